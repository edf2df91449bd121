"""Valleys the news names and GeoNames lists under another name ("the Bekaa Valley", the Beqaa
governorate) are regions of their country, and a body whose own phrase sets it in such a place
("an army patrol in the Bekaa Valley") is of that place's country, not of the people named just
before it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.geo.gazetteer import iso3, load_gazetteer
from tests.actor_text import actor_codes

DAY = dt.date(2010, 5, 8)


@pytest.mark.parametrize(
    ("name", "country"),
    [("Bekaa Valley", "LBN"), ("the Bekaa", "LBN"), ("Swat Valley", "PAK"), ("Panjshir Valley", "AFG")],
)
def test_valleys_are_regions_of_their_country(name: str, country: str) -> None:
    gazetteer = load_gazetteer()
    places = [gazetteer.place(i) for i in gazetteer.lookup(name)]
    assert [iso3(p.cc) for p in places] == [country]


def test_a_patrol_set_in_a_valley_is_of_its_country(nlp: Language) -> None:
    text = (
        "Syrian traders crossed the border on Friday, and smugglers shot at an army patrol in the "
        "Bekaa Valley on Saturday."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("army patrol") == "LBNMIL", codes


def test_armed_groups_are_placed_by_their_deeds_clause(nlp: Language) -> None:
    text = (
        "Syrian traders crossed the border on Friday, and armed groups shot at an army patrol in "
        "the Bekaa Valley on Saturday."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("armed groups") == "LBNREB", codes
