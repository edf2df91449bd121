"""A named person who is "called", with nothing said of them, is telephoned (CAMEO 041): "Ruto
called Museveni on Sunday". A second complement makes "call" naming ("called him a liar"),
summoning ("called him to testify", "as a witness") or a phrasal verb ("called on him").
Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Ukrainian President Volodymyr Zelensky called Joe Biden on Monday.", ("UKR", "041", "USA")),
        (
            "French President Emmanuel Macron called Biya on Friday to discuss the crisis.",
            ("FRA", "041", "CMR"),
        ),
    ],
)
def test_a_person_called_is_telephoned(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in event_dyads(nlp, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Macron called Erdogan a liar.",
        'Macron called Erdogan "a dictator" on Monday.',
        "Macron called on Erdogan to free the journalists.",
        "The prosecution called Smith as a witness.",
    ],
)
def test_naming_summoning_and_appeals_are_no_phone_call(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "041" for _, code, _ in found), found
