"""Time values a CAMEO coder would not take: a national holiday is the named country's day, a
date that names a place is no time, a granted deadline lies ahead of the act that grants it, and
a period set on an object that names the act ("fought clashes between 2008 and 2011") dates the
act as history."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.language import Language

from clio.errors import DataError
from clio.nlp import prepare_doc
from clio.time.dating import event_date, is_history
from clio.time.lexicon import load_lexicon

ARTICLE = dt.date(2023, 9, 20)  # a Wednesday


def _timexes(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(prepare_doc(nlp, text, article_date=ARTICLE))
    return [(t.text, t.value) for t in doc._.timexes]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crowds marched through Jakarta on Indonesian Independence Day.",
            [("Indonesian Independence Day", "2023-08-17")],
        ),
        (
            "Mexico's Independence Day was marked with a parade.",
            [("Mexico's Independence Day", "2023-09-16")],
        ),
        (
            "The president spoke to troops on American Independence Day.",
            [("American Independence Day", "2023-07-04")],
        ),
        # No country named: the day is unknown, not 4 July.
        ("Thousands rallied in the capital on Independence Day.", []),
    ],
)
def test_a_national_holiday_is_the_named_countrys_day(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _timexes(nlp, text) == expected


@pytest.mark.slow
def test_a_fixed_holiday_keeps_its_day(nlp: Language) -> None:
    assert _timexes(nlp, "Shops closed early on Christmas Eve.") == [("Christmas Eve", "2022-12-24")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Students gathered on March 8 Square in the old town.",
        "Traffic was halted on the 6th of October Bridge.",
        "Marchers walked down July 26 Avenue toward the palace.",
    ],
)
def test_a_date_naming_a_place_is_no_time(nlp: Language, text: str) -> None:
    assert _timexes(nlp, text) == []


@pytest.mark.slow
def test_a_date_before_a_place_keeps_its_time(nlp: Language) -> None:
    # The place name is elsewhere: "on Monday" still dates the rally.
    assert _timexes(nlp, "Students gathered in Freedom Square on Monday.") == [("Monday", "2023-09-18")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry gave the envoys until Friday to leave the country.", "2023-09-22"),
        ("Warsaw gave Minsk until noon on Thursday to answer.", "2023-09-21T12:00"),
    ],
)
def test_a_granted_deadline_lies_ahead(nlp: Language, text: str, value: str) -> None:
    assert [v for _, v in _timexes(nlp, text)] == [value]


@pytest.mark.slow
def test_a_span_that_ran_until_a_day_stays_past(nlp: Language) -> None:
    assert [v for _, v in _timexes(nlp, "The strike lasted until Friday.")] == ["2023-09-15"]


def _verb_date(nlp: Language, text: str, lemma: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=ARTICLE))
    verb = next(t for t in doc if t.lemma_ == lemma)
    return event_date(doc, verb)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The two armies fought a series of battles along the river between 2009 and 2012.", "fight"),
        ("Rebels launched raids on border posts from 2014 to 2016.", "launch"),
        ("Rebel units fought fierce battles near the old fort between 2009 and 2012.", "fight"),
    ],
)
def test_a_period_on_the_act_named_by_the_object_is_history(nlp: Language, text: str, lemma: str) -> None:
    value, _ = _verb_date(nlp, text, lemma)
    assert is_history(value, ARTICLE)


@pytest.mark.slow
def test_a_period_on_an_object_of_another_verb_stays_news(nlp: Language) -> None:
    # Condemning is today's act; the killings it names are the ones in the past.
    value, precision = _verb_date(
        nlp, "The council condemned the army's killings of villagers between 2009 and 2012.", "condemn"
    )
    assert not is_history(value, ARTICLE)
    assert precision == "article"


def test_national_holidays_are_checked_on_load(tmp_path: Path) -> None:
    raw = json.loads((resources.files("clio") / "data" / "time" / "lexicon.json").read_text(encoding="utf-8"))
    raw["national_holidays"] = {"independence day": {"narnian": "13-40"}}
    bad = tmp_path / "lexicon.json"
    bad.write_text(json.dumps(raw))
    with pytest.raises(DataError, match="narnian"):
        load_lexicon(bad)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # A past day at the end of a command's complement is the day of the command.
        ("The governor ordered police to clear the highway on Monday.", "order", ("2023-09-18", "day")),
        ("The trader was ordered to repay the investors on Tuesday.", "order", ("2023-09-19", "day")),
        # An appeal keeps the day on the act it calls for.
        ("The mayor urged residents to leave the coast on Monday.", "urge", ("2023-09-20", "article")),
        # A limit is no day of the command.
        ("The court ordered the assembly to meet no later than Monday.", "order", ("2023-09-20", "article")),
        # A day still ahead is the ordered act's.
        ("The ministry told the envoy to leave the country next Monday.", "tell", ("2023-09-20", "article")),
    ],
)
def test_a_command_told_in_the_past_is_given_on_its_complements_past_day(
    nlp: Language, text: str, lemma: str, expected: tuple[str, str]
) -> None:
    assert _verb_date(nlp, text, lemma) == expected
