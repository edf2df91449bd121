"""Targets read inside a noun phrase: a deed's doer named with "by" is what a reaction to the
deed is aimed at (not those it was done to), and what the source's own country has ("Beijing's
support") is no party of the act. Full pipeline (actors and coder), every event kept."""

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
    # Support the source's own country gives is aimed at whoever it is for.
    (
        "The Chinese foreign minister reaffirmed Beijing's support for Pakistan on Monday.",
        ("CHN", "051", "PAK"),
        ("CHN", "051", "CHN"),
    ),
    (
        "Finland's foreign minister spoke to the Estonian prime minister by phone on Thursday "
        "and pledged Helsinki's support.",
        ("FIN", "032", "EST"),
        ("FIN", "032", "FIN"),
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


def test_another_countrys_possession_stays_the_target(nlp: Language) -> None:
    found = dyads(nlp, "Iran's foreign minister criticised Israel's attacks on Lebanon on Monday.")
    assert ("IRN", "111", "ISR") in found, found


def test_a_place_stormed_at_home_stands_for_its_owner(nlp: Language) -> None:
    # Force used on what the source's own state has is still aimed at that state.
    found = dyads(nlp, "Thousands of Kenyan protesters stormed Nairobi's city hall on Tuesday.")
    assert ("KEN", "145", "KEN") in found, found
