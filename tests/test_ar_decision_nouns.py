"""A step taken, written as a noun with a "to" infinitive ("Poland's decision to close its border
with Belarus"), is the act of the noun's owner: the infinitive's doer is the possessor. A
threatened or planned step is no act taken and stays uncoded as one. Full pipeline (actors and
coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


STEPS_TAKEN = [
    ("Minsk condemned Poland's decision to close its border with Belarus.", ("POL", "160", "BLR")),
    ("Beijing welcomed Honduras's decision to cut ties with Taiwan.", ("HND", "161", "TWN")),
]


@pytest.mark.parametrize(("text", "expected"), STEPS_TAKEN)
def test_the_decision_is_its_owners_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in dyads(nlp, text)


def test_a_threatened_step_is_not_taken(nlp: Language) -> None:
    # Guard: only nouns of a step taken lend their owner to the infinitive.
    found = dyads(nlp, "Minsk condemned Poland's threat to close its border with Belarus.")
    assert ("POL", "160", "BLR") not in found
