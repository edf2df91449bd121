"""Attacking a measure, a rule or an argument is criticism (111), also when it is only intended
("said he wants to attack four provisions in the tax code"), not a military threat (138);
attacking a place stays force. Sentences are made up; full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2016, 10, 4)
LEAD = "Republican nominee Donald Trump avoided federal income taxes for years, the newspaper reported. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Sen. Sherrod Brown said on Tuesday he wants to attack three provisions in the tax code.",
        LEAD + "Sen. Sherrod Brown on Tuesday attacked the loopholes in the tax code.",
    ],
)
def test_attacking_a_measure_is_criticism(nlp: Language, text: str) -> None:
    codes = {code for _, code, _ in event_dyads(nlp, text, DAY)}
    assert "111" in codes and "138" not in codes


def test_attacking_a_place_stays_force(nlp: Language) -> None:
    text = "Taliban fighters attacked a police station in Kandahar on Tuesday."
    assert any(code[:2] in ("18", "19") for _, code, _ in event_dyads(nlp, text, DAY))
