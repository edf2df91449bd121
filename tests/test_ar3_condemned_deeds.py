"""A conflictual reaction to a word that refers back to a deed ("condemned the move",
"condemned the action") is aimed at the doer of the latest deed, not at whoever spoke about it
last; one to words ("condemned the remarks") at the latest speaker. Full pipeline (actors and
coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)
BOMBING = (
    "Russian warplanes bombed a Ukrainian port on Friday. Poland's foreign minister accused "
    "Moscow of terrorism the same day. "
)

CASES = [
    (BOMBING + "On Saturday, Germany condemned the move.", ("DEU", "111", "RUS")),
    (BOMBING + "On Saturday, Germany condemned the remarks.", ("DEU", "111", "POL")),
    (
        "Chinese coast guard ships rammed a Philippine supply boat on Sunday. Manila accused Beijing "
        "of aggression on Monday. Japan condemned the action on Tuesday.",
        ("JPN", "111", "CHN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_reaction_to_a_deed_word_targets_the_doer(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY)
