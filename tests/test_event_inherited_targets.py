"""Targets the text leaves to its context: a reaction to "it" that stands for a deed the story
told, and a coordinated predicate that shares the subject and the party of the conjunct before
it. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2023, 5, 12)

# Each text codes at least the (source, code, target) given.
INHERITED = [
    # A reaction to "it" is aimed at the doer of the deed the story told.
    (
        "Kenya expelled two Chinese diplomats on Tuesday. The Japanese government welcomed it on Wednesday.",
        ("JPN", "051", "KEN"),
    ),
    # A conjunct's apology goes to the party of the call it shares a subject with.
    (
        "Brazil's president telephoned Argentine President Javier Milei on Thursday and apologised "
        "for the remarks.",
        ("BRA", "055", "ARG"),
    ),
    # A pronoun that names an actor still names it.
    (
        "A Chinese trade delegation arrived in Nairobi on Monday. Kenyan President William Ruto "
        "welcomed them at the palace.",
        ("KEN", "051", "CHN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INHERITED)
def test_a_target_left_to_the_context_is_found(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert expected in found, found


def test_a_thing_seized_is_not_a_deed_reacted_to(nlp: Language) -> None:
    found = event_dyads(
        nlp,
        "Somali pirates attacked an Indian ship on Monday. Greek commandos boarded a tanker on Tuesday "
        "and seized it.",
        DAY,
    )
    assert not any(s == "GRC" and t == "SOM" for s, _, t in found), found
