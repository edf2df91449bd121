"""A part or stage of an event ("the first round of talks between A and B", "the resumption of
talks with C") has the event's parties: a reaction to it is aimed at them. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "Jordan and Kuwait on Sunday welcomed the first round of talks between Ethiopia and Egypt.",
        {("JOR", "051", "ETH"), ("JOR", "051", "EGY"), ("KWT", "051", "ETH"), ("KWT", "051", "EGY")},
    ),
    ("Brazil welcomed the resumption of talks with Venezuela on Monday.", {("BRA", "051", "VEN")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_stage_of_an_event_has_its_parties(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= event_dyads(nlp, text, DAY)
