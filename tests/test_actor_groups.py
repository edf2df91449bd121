"""Group nouns (farmers, fundamentalists, workers, believers, gunmen) take the country of their
own sentence and CAMEO's people-like sectors; protesters stay OPP as in CAMEO's agents dictionary."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import build_nlp, prepare_doc
from clio.settings import Settings


@pytest.fixture(scope="module")
def actor_nlp(settings: Settings) -> Language:
    return build_nlp(settings, components=("clio_actors",))


def codes(nlp: Language, text: str, date: str | None) -> list[tuple[str, str]]:
    day = dt.date.fromisoformat(date) if date else None
    doc = nlp(prepare_doc(nlp, text, article_date=day))
    return [(a.text, a.code) for a in doc._.actors]


# (text, article date, (mention text, expected code))
GROUPS = [
    ("Thousands of farmers blocked motorways across Spain on Tuesday.", None, ("farmers", "ESPAGR")),
    ("Kenyan farmers demanded compensation for the drought.", None, ("Kenyan farmers", "KENAGR")),
    ("Egyptian students marched on Tuesday.", None, ("Egyptian students", "EGYEDU")),
    ("Striking miners in Chile blocked the main highway.", None, ("miners in Chile", "CHLLAB")),
    (
        "Villagers in northern Ghana said the river had burst its banks.",
        None,
        ("Villagers in northern Ghana", "GHACVL"),
    ),
    ("Nurses went on strike across Zimbabwe over unpaid wages.", None, ("Nurses", "ZWEHLH")),
    (
        "Islamic fundamentalists set fire to a courthouse in Tunisia.",
        None,
        ("Islamic fundamentalists", "TUNCVLMUS"),
    ),
    (
        "Moroccan fundamentalists called for a boycott of the vote.",
        None,
        ("Moroccan fundamentalists", "MARRAD"),
    ),
    ("Activists in Minsk staged a silent rally.", None, ("Activists in Minsk", "BLROPP")),
    # CAMEO's agents dictionary codes protesters, demonstrators and rioters as opposition (OPP).
    ("Bolivian protesters burned tyres outside the ministry.", None, ("Bolivian protesters", "BOLOPP")),
    ("Demonstrators in Nepal demanded the minister resign.", None, ("Demonstrators in Nepal", "NPLOPP")),
    # Peoples without a state of their own are the civilians of the country they live in.
    ("Thousands of Turkish Kurds marched in Diyarbakir.", None, ("Turkish Kurds", "TURCVL")),
    ("Tamils in Sri Lanka marked the anniversary.", None, ("Tamils in Sri Lanka", "LKACVL")),
    ("The Serbs of northern Kosovo boycotted the local vote.", None, ("Serbs", "KSVCVL")),
    # Detainees and prisoners are civilians; prisoners of war are soldiers.
    ("Guards beat Palestinian detainees in the prison.", None, ("Palestinian detainees", "PSECVL")),
    ("Iran freed two British prisoners on Friday.", None, ("British prisoners", "GBRCVL")),
    ("Ukraine handed back 40 Russian prisoners of war.", None, ("Russian prisoners of war", "RUSMIL")),
    # The country of whoever reports the event places the victims only when nothing else does.
    (
        "Somali gunmen attacked a market on Friday, killing 12 people, officials in Nairobi said.",
        None,
        ("people", "SOMCVL"),
    ),
    ("Kenyan police said three people were killed in the attack.", None, ("people", "KENCVL")),
    # Unnamed gunmen are of the country where their sentence places them (as the wire-article gold
    # and ICEWS code them), not of their victims; a nationality written on them counts first.
    ("Gunmen abducted two Turkish engineers in northern Nigeria.", None, ("Gunmen", "NGAUAF")),
    ("Nigerian gunmen abducted two Turkish engineers.", None, ("Nigerian gunmen", "NGAUAF")),
    # A country that people protest against does not place them.
    ("Hundreds of people joined anti-Israel protests in Amman.", None, ("people", "JORCVL")),
]


@pytest.mark.parametrize(("text", "date", "expected"), GROUPS)
def test_group_nouns(actor_nlp: Language, text: str, date: str | None, expected: tuple[str, str]) -> None:
    assert expected in codes(actor_nlp, text, date)


# A group noun takes the country its own sentence names, else the country the article names
# most (people are local: not the last country named, as institutions such as "the ministry" do).
def test_group_noun_takes_its_sentence_country_else_the_article_country(actor_nlp: Language) -> None:
    text = "Peru recalled its ambassador on Monday. Farmers said the harvest was lost."
    assert ("Farmers", "PERAGR") in codes(actor_nlp, text, None)
    text = "Peru and Peru's army met Chile's envoy. Farmers in Chile said the harvest was lost."
    assert ("Farmers in Chile", "CHLAGR") in codes(actor_nlp, text, None)


# Names and titles that merely contain a religion word are not groups of believers.
NOT_BELIEVERS = [
    ("Archbishop Paul Mensah called for calm in Ghana.", "CVLCHR"),
    ("The Muslim Brotherhood rejected the charter in Egypt.", "CVLMUS"),
]


@pytest.mark.parametrize(("text", "absent_suffix"), NOT_BELIEVERS)
def test_religious_titles_and_names_are_not_civilians(
    actor_nlp: Language, text: str, absent_suffix: str
) -> None:
    assert not any(code.endswith(absent_suffix) for _, code in codes(actor_nlp, text, None))
