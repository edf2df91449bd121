"""The clio_timexes component on parsed text: recognition, tense-aware values, negatives."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.records import Timex

THURSDAY = dt.date(2021, 12, 16)

pytestmark = pytest.mark.slow


def _timexes(nlp: Language, text: str, *, date: dt.date | None = THURSDAY, noise=()) -> list[Timex]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=date, noise=noise))
    return list(doc._.timexes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Wednesday in Ankara.", [("Wednesday", "DATE", "2021-12-15")]),
        ("The ministers will meet on Wednesday in Ankara.", [("Wednesday", "DATE", "2021-12-22")]),
        ("Turkey wants to meet in February.", [("February", "DATE", "2022-02")]),
        ("The firm was sanctioned in February.", [("February", "DATE", "2021-02")]),
        ("Growth will slow early next year.", [("early next year", "DATE", "2022")]),
        ("The deal was signed on November 12, 2021.", [("November 12, 2021", "DATE", "2021-11-12")]),
        ("The talks lasted three days.", [("three days", "DURATION", "P3D")]),
        ("Inspectors visit every week.", [("every week", "SET", "P1W")]),
        ("The border is now closed.", [("now", "DATE", "PRESENT_REF")]),
        ("Two soldiers were killed yesterday.", [("yesterday", "DATE", "2021-12-15")]),
        ("Prices rose 3 percent in the 1990s.", [("the 1990s", "DATE", "199")]),
        ("The company earns $5 million a year.", [("a year", "SET", "P1Y")]),
        ("He was born in May 1960.", [("May 1960", "DATE", "1960-05")]),
        ("Elections are due in May.", [("May", "DATE", "2022-05")]),
        (
            "Third-quarter profit rose to $5 million from $3 million a year earlier.",
            [("Third-quarter", "DATE", "2021-Q3"), ("a year earlier", "DATE", "2020-Q3")],
        ),
        ("Sales rose from a year ago.", [("a year ago", "DATE", "2020")]),
    ],
)
def test_recognition_and_value(nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _timexes(nlp, text)
    assert [(t.text, t.type, t.value) for t in found] == expected
    for timex in found:
        assert text[timex.span[0] : timex.span[1]] == timex.text


@pytest.mark.parametrize(
    "text",
    [
        "Athletes arrived for the Winter Olympics.",
        "Theresa May said the vote would go ahead.",
        "Protesters march through the capital.",
        "The Sunday Times reported the leak.",
        "Police said 2000 soldiers were deployed.",
        "The minister pledged $2,000 to each family.",
        "A 45-year-old man was arrested.",
        "The bill passed by 312 votes to 188.",
        "It may rain, officials said.",
    ],
)
def test_no_false_positives(nlp: Language, text: str) -> None:
    assert _timexes(nlp, text) == []


def test_without_article_date_relative_values_are_unknown(nlp: Language) -> None:
    found = _timexes(nlp, "They met yesterday and signed on November 12, 2021.", date=None)
    assert [(t.text, t.value) for t in found] == [("yesterday", None), ("November 12, 2021", "2021-11-12")]


def test_noise_spans_are_skipped(nlp: Language) -> None:
    text = "Photo taken Monday by AFP. The ministers met on Wednesday."
    found = _timexes(nlp, text, noise=[(0, 26)])
    assert [t.text for t in found] == ["Wednesday"]
