"""Coordinated co-doers of a cooperative act whose only object is their own forces ("Thailand
and Cambodia agreed to withdraw their troops") act towards each other: the troops are what
they act with, not a target. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "Thailand and Cambodia agreed on Monday to withdraw their troops from the disputed temple.",
        {("THA", "0356", "KHM"), ("KHM", "0356", "THA")},
    ),
    (
        "India and China agreed to pull back their troops from the border on Monday.",
        {("IND", "035", "CHN"), ("CHN", "035", "IND")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_co_doers_withdrawing_their_forces_act_on_each_other(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= event_dyads(nlp, text, DAY)
