"""An agentless accusation of private people ("Daniel Harper is accused of strangling his
neighbour") is the police's accusation (112) of them, where the story is set, as an agentless
charge is; an agentless accusation of a state or an official ("Russia was accused of
meddling") names no author and stays uncoded. Sentences are made up; full pipeline (actors and
coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2009, 3, 25)


@pytest.mark.parametrize(
    "text",
    [
        "COLUMBUS, Ohio (AP) - Daniel Harper is accused of strangling his neighbour in her garage.",
        "COLUMBUS, Ohio (AP) - Mary Collins, 34, was accused on Monday of robbing a bank in Dayton.",
    ],
)
def test_an_agentless_accusation_of_private_people_is_the_polices(nlp: Language, text: str) -> None:
    assert ("USA", "112", "USA") in event_dyads(nlp, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (AP) - Russia was accused of meddling in the Ukrainian election.",
        "COLUMBUS, Ohio (AP) - Gov. Ted Strickland was accused of hiding the budget deficit.",
    ],
)
def test_an_agentless_accusation_of_a_state_or_official_has_no_author(nlp: Language, text: str) -> None:
    assert not any(code == "112" for _, code, _ in event_dyads(nlp, text, DAY))
