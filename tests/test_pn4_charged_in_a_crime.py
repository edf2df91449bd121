"""A charge for a crime named after "in" ("was charged in the bombing", "charged in connection
with the robbery") is an arrest or charge (173), as "charged with murder" is; the author of an
agentless charge is the police of the story's country. "Charged in" something that is no crime
("in a civil suit", "fees charged in the county") is no such charge. Sentences are made up;
full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2009, 3, 25)
PLACE = "COLUMBUS, Ohio (AP) - "

CHARGES = [
    ("Daniel Harper has already been charged in the hotel bombing.", ("USA", "173", "USA")),
    ("Daniel Harper was charged on Monday in the death of his landlord.", ("USA", "173", "USA")),
    ("Daniel Harper was charged in connection with the bank robbery.", ("USA", "173", "USA")),
    ("County prosecutors charged Daniel Harper in the shooting.", ("USA", "173", "USA")),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES)
def test_a_charge_in_a_crime_is_a_charge(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_dyads(nlp, PLACE + text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Daniel Harper was charged last month in a civil suit filed by the county.",
        "The fees charged in the county are the highest in the state.",
    ],
)
def test_charged_in_no_crime_is_no_charge(nlp: Language, text: str) -> None:
    assert not any(code == "173" for _, code, _ in event_dyads(nlp, PLACE + text, DAY))
