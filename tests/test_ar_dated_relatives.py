"""A perfect relative clause set on a day of its own tells an event ("the envoy, who had
criticised President Ruto on Monday"); without one, or with only a span ("in recent weeks"), it
describes its noun's record and stays background. Full pipeline (actors and coder), every event
kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


def test_a_dated_perfect_relative_clause_is_an_event(nlp: Language) -> None:
    found = dyads(nlp, "Kenya expelled the Ugandan envoy, who had criticised President Ruto on Monday.")
    assert ("UGA", "111", "KEN") in found
    assert ("KEN", "161", "UGA") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expelled the Ugandan envoy, who had criticised President William Ruto.",
        "Kenya expelled the Ugandan envoy, who had criticised President William Ruto in recent weeks.",
    ],
)
def test_an_undated_perfect_relative_clause_is_background(nlp: Language, text: str) -> None:
    assert ("UGA", "111", "KEN") not in dyads(nlp, text)
