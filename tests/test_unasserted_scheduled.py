"""Modality: an infinitive completing a word of timetable or design ("are due to meet", "are
slated to sign", "was meant to help") tells what is arranged, not what was done, so it is no
event; the same act told as done still is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_events_coder import assert_exactly, code

SCHEDULED = [
    "Turkey is set to meet Greece in Athens next week.",
    "Germany is slated to meet France in Paris on Friday.",
    "Egypt and Sudan are slated to sign the accord in Cairo.",
    # A coordinated predicate with no subject of its own shares the timetable.
    "Germany and France are set to meet and sign the treaty in Paris.",
]


@pytest.mark.parametrize("text", SCHEDULED)
def test_a_scheduled_act_is_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_the_same_act_told_as_done_is_an_event(nlp: Language) -> None:
    assert_exactly(nlp, "Germany met France in Paris on Friday.", {("DEU", "04", "FRA")})
