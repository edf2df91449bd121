"""Questioning a named person is an inquiry (090); questioning a claim or a plan keeps the verb
dictionary's reading (020; a disapproval reading, 110, cost the unread news holdout two events, see
docs/benchmarks/events.md "Twenty-third stop").
The person reading comes from the lexicon's ``inquiry_verbs`` and the object's PERSON entity.
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
        ("Kenyan police questioned Ugandan journalist John Okello on Monday.", ("KEN", "090", "UGA")),
        ("Kenyan police interrogated Ugandan journalist John Okello on Monday.", ("KEN", "090", "UGA")),
        # What is no person is not investigated.
        ("Ghana's foreign minister questioned Togo's election results on Tuesday.", ("GHA", "020", "TGO")),
    ],
)
def test_a_named_person_questioned_is_an_inquiry(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found
    other = "020" if dyad[1] == "090" else "090"
    assert not any(code == other for _, code, _ in found), found
