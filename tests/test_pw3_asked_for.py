"""Asking someone for a thing requests it of them (CAMEO 020) even when the thing asked is no
event of its own ("asked Washington for an explanation"); a "for" phrase of time is how long the
asking went on, not what was asked. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Argentina asked Britain for an explanation on Tuesday.", ("ARG", "020", "GBR")),
        ("Chile asked Peru and Bolivia for more fire engines.", ("CHL", "020", "BOL")),
    ],
)
def test_asking_someone_for_a_thing_is_a_request(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in event_dyads(nlp, text, DAY)


def test_a_span_of_time_is_not_what_is_asked(nlp: Language) -> None:
    found = event_dyads(nlp, "Japan pressed South Korea for months.", DAY)
    assert not any(code.startswith("02") for _, code, _ in found), found
