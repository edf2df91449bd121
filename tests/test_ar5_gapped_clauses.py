"""Gapped clauses: the second half of "A met X in P on Monday and Y in Q on Wednesday" keeps the
verb and its subject and names a second object; "A pledged N and B a further M" keeps the verb
and names a second subject, whose object is the later one. The parser hangs the left-over noun
on the verb, on the first clause's day or on a word of the first object. Full pipeline (actors
and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

SECOND_OBJECTS = [
    (
        "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday and the"
        " Tanzanian president in Dodoma on Wednesday.",
        ("KEN", "040", "TZA"),
    ),
    (
        "Secretary of State Mike Pompeo met King Salman in Riyadh on Tuesday and President Tayyip"
        " Erdogan in Ankara a day later.",
        ("USA", "040", "TUR"),
    ),
]

SECOND_SUBJECTS = [
    (
        "Germany pledged 40 million euros for Sudan and the European Union a further 25 million.",
        ("DEU", "SDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_OBJECTS)
def test_a_gapped_clause_names_a_second_object(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY, root_only=False)


@pytest.mark.parametrize(("text", "first"), SECOND_SUBJECTS)
def test_a_gapped_clause_names_a_second_subject(nlp: Language, text: str, first: tuple[str, str]) -> None:
    # The organisation (no country: "") gives too, to the same recipient, and receives nothing.
    giver, recipient = first
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert (giver, "03", recipient) in dyads
    assert ("", "03", recipient) in dyads
    assert all(t in (recipient, None) for _, root, t in dyads if root == "03")
