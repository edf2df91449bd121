"""History told as history: a year after a preposition is a year even before a plural noun,
and "December of that year" is in the year the text last named, not the article's."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, is_history

ARTICLE = dt.date(2024, 5, 14)


def _values(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(prepare_doc(nlp, text, article_date=ARTICLE))
    return [t.value for t in doc._.timexes]


@pytest.mark.slow
def test_a_year_after_a_preposition_is_a_year_before_a_plural_noun(nlp: Language) -> None:
    assert "2009" in _values(nlp, "In 2009 soldiers fired on the marchers in the capital.")


@pytest.mark.slow
def test_a_count_before_a_plural_noun_is_still_no_year(nlp: Language) -> None:
    assert "2000" not in _values(nlp, "The ministry said 2000 soldiers had crossed the river.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rebels took the port in 2016 and lost it in March of that year.", "2016-03"),
        ("The treaty was drafted in 2011 and signed on June 3 of the same year.", "2011-06-03"),
    ],
)
def test_a_month_of_that_year_takes_the_year_last_named(nlp: Language, text: str, value: str) -> None:
    assert _values(nlp, text)[-1] == value


@pytest.mark.slow
def test_a_month_of_that_year_with_no_year_named_keeps_its_reading(nlp: Language) -> None:
    assert _values(nlp, "Talks resumed in March of that year.")[-1] == "2024-03"


@pytest.mark.slow
def test_a_past_decade_makes_a_clause_history(nlp: Language) -> None:
    doc = nlp(prepare_doc(nlp, "Chad expelled the envoy in the 1980s.", article_date=ARTICLE))
    verb = next(t for t in doc if t.lemma_ == "expel")
    assert is_history(event_date(doc, verb)[0], ARTICLE)


@pytest.mark.slow
def test_the_current_decade_says_nothing(nlp: Language) -> None:
    doc = nlp(prepare_doc(nlp, "Chad expelled the envoy in the 2020s.", article_date=ARTICLE))
    verb = next(t for t in doc if t.lemma_ == "expel")
    assert event_date(doc, verb) == (ARTICLE.isoformat(), "article")
