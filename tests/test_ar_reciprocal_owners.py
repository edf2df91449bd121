"""A reciprocal owner ("expelled each other's ambassadors", "each expelled two of the other's
diplomats") makes coordinated subjects act on each other, as "each other" does as an object:
not each on the country the actor component gave the envoys. Full pipeline (actors and coder),
every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile expelled each other's ambassadors on Monday.",
        "Peru and Chile each expelled two of the other's diplomats on Monday.",
    ],
)
def test_reciprocal_owners_make_each_the_others_target(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert {("PER", "161", "CHL"), ("CHL", "161", "PER")} <= found
    assert ("CHL", "161", "CHL") not in found


def test_one_sides_own_envoy_keeps_its_reading(nlp: Language) -> None:
    # Guard: a plain possessor is no reciprocal.
    assert ("PER", "161", "CHL") in dyads(nlp, "Peru expelled Chile's ambassador on Monday.")
