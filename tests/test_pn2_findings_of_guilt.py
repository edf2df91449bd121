"""A conviction finds someone guilty (CAMEO 116), however it is worded: "convicted X", "found X
guilty", "X was found guilty". The parser makes "guilty" a small clause whose subject is the one
convicted (``arguments.small_clause_subjects``); the pattern ``hand.v.find.guilty`` reads the
adjective. An acquittal ("found X not guilty", "acquitted X") finds no guilt and is no event
(``hand.v.acquit``). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan court convicted Ugandan journalist John Okello of espionage on Monday.",
        "A Kenyan court found Ugandan journalist John Okello guilty of espionage on Monday.",
        "A Kenyan court found Ugandan journalist John Okello liable for the damage on Monday.",
        "Ugandan journalist John Okello was found guilty of espionage by a Kenyan court on Monday.",
    ],
)
def test_a_conviction_finds_guilt(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert ("KEN", "116", "UGA") in found, found


def test_an_acquittal_finds_no_guilt(nlp: Language) -> None:
    text = "A Kenyan court found Ugandan journalist John Okello not guilty of espionage on Monday."
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "116" for _, code, _ in found), found


def test_an_acquittal_eases_no_sanction(nlp: Language) -> None:
    # The verb dictionary's 081 read an acquittal as easing a sanction; it ends a case instead.
    text = "A Kenyan court acquitted Ugandan journalist John Okello of espionage on Monday."
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "081" for _, code, _ in found), found
