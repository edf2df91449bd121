"""Answers given in reported speech ("retorted that", "replied that") report what the speaker
claims, as "said that" does. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador retorted that Peru had provoked the incident.",
        "Ecuador replied that Peru had provoked the incident.",
    ],
)
def test_a_retort_reports_the_speakers_accusation(nlp: Language, text: str) -> None:
    # Read as "said that": harm told by a party to a conflict is its accusation (112).
    assert ("ECU", "112", "PER") in event_dyads(nlp, text, DAY)


def test_a_reply_with_force_stays_force(nlp: Language) -> None:
    found = event_dyads(nlp, "Iran replied with missile strikes on Israel.", DAY)
    assert any(code == "190" for _, code, _ in found), found
