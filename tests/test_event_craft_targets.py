"""A weapon or craft that is hit is the act's target; one that is fired or sent is its
instrument. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2023, 9, 15)

# (text, the (source, root, target) it codes)
HIT = [
    # "shoot down" and "down": the craft brought down is the side fired upon.
    ("Indian air defences shot down a Pakistani drone near Amritsar on Thursday.", ("IND", "19", "PAK")),
    ("Greek fighter jets downed a Turkish helicopter over the Aegean on Thursday.", ("GRC", "19", "TUR")),
    # A passive with its agent reads the same.
    ("A Saudi warplane was shot down by Houthi fighters on Thursday.", ("YEM", "19", "SAU")),
]


@pytest.mark.parametrize(("text", "expected"), HIT)
def test_a_craft_brought_down_is_the_target(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert expected in found, found


def test_weapons_fired_stay_instruments(nlp: Language) -> None:
    # The missiles Serbia fires are its own, not a target; nor are bare drones hit given a side.
    found = event_dyads(nlp, "Serbia fired Serbian missiles at Kosovo on Thursday.", DAY, root_only=True)
    assert not any(s == "SRB" and t == "SRB" for s, _, t in found), found
    found = event_dyads(nlp, "Sudanese troops downed drones on Thursday, the army said.", DAY, root_only=True)
    assert not any(s == "SDN" and r == "19" and t == "SDN" for s, r, t in found), found
