"""Published-news actors: a person the knowledge base does not know, named with a title of a
known organisation ("FBI Director Jane Roe", "Director of the FBI Jane Roe", "the head of the
FBI, Jane Roe,"), is that organisation's official and takes its code, not the code of a civilian
of the country the story is set in. Names and sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2009, 3, 25)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "NAIROBI (AP) -- FBI Director Harold Brennick praised the Kenyan police.",
            "Harold Brennick",
            "USACOP",
        ),
        (
            "NAIROBI (AP) -- Director of the U.S. Federal Bureau of Investigation (FBI) Harold Brennick"
            " said here Friday that the probe had made progress.",
            "Harold Brennick",
            "USACOP",
        ),
        (
            "NAIROBI -- The head of the FBI, Harold Brennick, praised the Kenyan police.",
            "Harold Brennick",
            "USACOP",
        ),
        (
            "NAIROBI -- Amnesty International director Harold Brennick criticized the Kenyan police.",
            "Harold Brennick",
            "NGOHRIAMN",
        ),
    ],
)
def test_an_official_takes_the_organisations_code(nlp: Language, text: str, name: str, code: str) -> None:
    found = actor_codes(nlp, text, DAY)
    assert found.get(name) == code, found


def test_a_private_person_stays_a_civilian(nlp: Language) -> None:
    # No organisation's title with the name: a civilian of the story's country.
    found = actor_codes(nlp, "NAIROBI -- Harold Brennick, 45, praised the Kenyan police.", DAY)
    assert found.get("Harold Brennick") == "KENCVL", found
