"""Saying another actor is "behind" a deed accuses it (112): "officials said Hamas was behind
the attack", also through a belief the speaker states ("said they believe ... was behind").
Denied ("was not behind") or about no deed ("behind the house"), it accuses no one. Sentences
are made up; full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "JERUSALEM - Israeli officials said on Monday that Hamas was behind the bombing of the bus.",
        "JERUSALEM - Israeli police said they believe Hamas was behind the shooting in Hebron.",
        "JERUSALEM - Hamas was behind the ambush near the border, Israeli officials said.",
    ],
)
def test_saying_another_is_behind_a_deed_accuses_it(nlp: Language, text: str) -> None:
    assert ("ISR", "112", "PSE") in event_dyads(nlp, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "JERUSALEM - Israeli officials said on Monday that Hamas was not behind the bombing.",
        "JERUSALEM - Israeli officials said the Hamas rockets were behind the wall.",
    ],
)
def test_no_deed_or_a_denial_accuses_no_one(nlp: Language, text: str) -> None:
    assert not any(code == "112" for _, code, _ in event_dyads(nlp, text, DAY))
