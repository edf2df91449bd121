"""Targets read inside a noun phrase: a deed's doer named with "by" is what a reaction to the
deed is aimed at (not those it was done to). Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


AIMED = [
    # The doer of the deed a reaction names ("by ...") is its target, not the deed's victims.
    (
        "Italy condemned the killing of an Italian journalist by Egyptian police on Friday.",
        ("ITA", "111", "EGY"),
        ("ITA", "111", "ITA"),
    ),
    (
        "Mexico's government denounced the harsh treatment of Mexican migrants by American police on Monday.",
        ("MEX", "111", "USA"),
        ("MEX", "111", "MEX"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), AIMED)
def test_targets_inside_the_object_phrase(
    nlp: Language,
    text: str,
    expected: tuple[str, str, str],
    wrong: tuple[str, str, str],
) -> None:
    found = dyads(nlp, text)
    assert expected in found, found
    assert wrong not in found, found
