"""A deed the actor component reads as an agent ("air strike", "missile strike") is of the side
its "by" phrase names, not of the country named last: "after an air strike by Pakistani forces
killed 12 Indian soldiers" is Pakistan's attack, however the sentence began. Full pipeline (actors
and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


BY_ITS_AGENT = [
    (
        "Indian artillery pounded Pakistani positions overnight after an air strike by Pakistani "
        "forces killed 12 Indian soldiers on Thursday evening.",
        ("PAK", "195", "IND"),
        ("IND", "195", "IND"),
    ),
    (
        "Ukrainian troops shelled Russian positions on Monday, a day after a missile strike by "
        "Russian forces killed nine Ukrainian soldiers.",
        ("RUS", "195", "UKR"),
        ("UKR", "195", "UKR"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), BY_ITS_AGENT)
def test_a_deed_is_of_its_agent(
    nlp: Language, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert expected in found
    assert absent not in found


def test_a_deed_without_an_agent_keeps_its_reading(nlp: Language) -> None:
    # Guard: a nationality on the deed itself still names its side.
    assert ("ISR", "195", "PSE") in dyads(nlp, "Israeli air strikes killed 20 people in Gaza on Monday.")
