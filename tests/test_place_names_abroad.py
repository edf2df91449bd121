"""Actor resolution: which country an actor mention gets (the place finder's and the
gazetteer's reading of a town's name, and a town named in front of an organ of state)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.geo.gazetteer import load_gazetteer
from clio.geo.resolve import outweighed_regions
from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str) -> dict[str, str]:
    """Each actor's text and its code."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 3, 1)))
    return {a.text: a.code for a in doc._.actors}


@pytest.mark.parametrize(
    ("name", "region_cc"),
    [("La Paz", "HN"), ("Santiago", "DO")],
)
def test_a_small_region_abroad_gives_way_to_a_big_city_of_its_name(name: str, region_cc: str) -> None:
    gazetteer = load_gazetteer()
    places = [gazetteer.place(i) for i in gazetteer.lookup(name)]
    dropped = {(places[i].kind, places[i].cc) for i in outweighed_regions(places)}
    assert ("adm1", region_cc) in dropped, dropped


def test_a_region_keeps_its_name_against_a_city_known_by_it_only_as_another_name() -> None:
    # Tokyo was once called Edo; Edo State in Nigeria is still the reading of "Edo".
    gazetteer = load_gazetteer()
    places = [gazetteer.place(i) for i in gazetteer.lookup("Edo")]
    dropped = {(places[i].kind, places[i].cc) for i in outweighed_regions(places)}
    assert ("adm1", "NG") not in dropped, dropped


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Riot police in La Paz dispersed a crowd of miners on Thursday.", "Riot police in La Paz", "BOLCOP"),
        ("In Santiago, police detained forty students after a march.", "police", "CHLCOP"),
    ],
)
def test_police_in_a_capital_are_of_its_country_not_of_a_namesake_region(
    nlp: Language, text: str, mention: str, code: str
) -> None:
    codes = actor_codes(nlp, text)
    assert codes.get(mention) == code, codes


def test_a_common_word_before_a_ministry_names_no_town(nlp: Language) -> None:
    # "justice" is also a village in Illinois; written in lower case it is the ministry's brief.
    codes = actor_codes(nlp, "Chad's government met rebels. The justice ministry then freed 40 prisoners.")
    assert codes.get("justice ministry") == "TCDGOV", codes
