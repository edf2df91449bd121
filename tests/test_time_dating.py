"""event_date: the timex governing an event predicate, and the documented fallbacks."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, latest_day, precision_of

THURSDAY = dt.date(2021, 12, 16)


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2021-12-15", "day"),
        ("2021-12-15TMO", "day"),
        ("2021-12", "month"),
        ("2021-W50", "month"),
        ("2021", "year"),
        ("2021-Q3", "year"),
        ("199", None),
        ("PAST_REF", None),
        ("P3D", None),
        (None, None),
    ],
)
def test_precision_of(value: str | None, precision: str | None) -> None:
    assert precision_of(value) == precision


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "predicate", "date", "expected"),
    [
        ("Police arrested two men on Wednesday.", "arrested", THURSDAY, ("2021-12-15", "day")),
        ("The ministers will meet in February.", "meet", THURSDAY, ("2022-02", "month")),
        ("The firm was sanctioned in February.", "sanctioned", THURSDAY, ("2021-02", "month")),
        ("On Tuesday, police said they arrested the suspect.", "arrested", THURSDAY, ("2021-12-14", "day")),
        ("Rebels attacked the town, officials said.", "attacked", THURSDAY, ("2021-12-16", "article")),
        ("Rebels will attack the town.", "attack", THURSDAY, (None, "unknown")),
        ("Rebels attacked the town, officials said.", "attacked", None, (None, "unknown")),
        # A subordinate clause set at another time keeps its own date.
        (
            "The junta warned on Wednesday that it would respond, after regional leaders threatened to"
            " use force unless the president was reinstated by Sunday.",
            "threatened",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        (
            "The junta warned on Wednesday that it would respond, after regional leaders threatened to"
            " use force unless the president was reinstated by Sunday.",
            "warned",
            THURSDAY,
            ("2021-12-15", "day"),
        ),
        (
            "Rebels attacked the town on Monday after troops withdrew on Sunday.",
            "attacked",
            THURSDAY,
            ("2021-12-13", "day"),
        ),
        (
            "Rebels attacked the town on Monday after troops withdrew on Sunday.",
            "withdrew",
            THURSDAY,
            ("2021-12-12", "day"),
        ),
        (
            "Troops withdrew on Tuesday, before rebels attacked the town.",
            "attacked",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
        (
            "Troops withdrew on Tuesday and rebels attacked the town.",
            "attacked",
            THURSDAY,
            ("2021-12-14", "day"),
        ),
        (
            "Talks have been going on for three days, and troops withdrew.",
            "withdrew",
            THURSDAY,
            ("2021-12-16", "article"),
        ),
    ],
)
def test_event_date(
    nlp: Language, text: str, predicate: str, date: dt.date | None, expected: tuple[str | None, str]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=date))
    token = next(t for t in doc if t.text == predicate)
    assert event_date(doc, token) == expected


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2014", dt.date(2014, 12, 31)),
        ("2024-02", dt.date(2024, 2, 29)),
        ("2023-12", dt.date(2023, 12, 31)),
        ("2022-03-01", dt.date(2022, 3, 1)),
        ("2022-03-01T10:00", dt.date(2022, 3, 1)),
        ("2021-Q3", dt.date(2021, 12, 31)),
        ("2021-W05", dt.date(2021, 12, 31)),
        ("PAST_REF", None),
        ("199X", None),
        (None, None),
    ],
)
def test_latest_day(value: str | None, day: dt.date | None) -> None:
    assert latest_day(value) == day
