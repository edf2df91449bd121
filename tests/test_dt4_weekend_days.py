"""Event dating: a deed told of a weekend ("arrested two men over the weekend") falls on one of
its two days, not on a week value that no day can match: its Sunday, or its Saturday when the
article is written on that Saturday and the Sunday is still to come."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time


def _event_day(nlp: Language, text: str, verb: str, article: dt.date) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=article))
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)


@pytest.mark.slow
def test_a_weekend_deed_told_on_monday_falls_on_the_sunday(nlp: Language) -> None:
    text = "Police in Dunmore arrested two men over the weekend for stealing copper wire, the sheriff said."
    assert _event_day(nlp, text, "arrested", dt.date(2023, 10, 16)) == ("2023-10-15", "day")


@pytest.mark.slow
def test_a_weekend_deed_told_on_saturday_falls_on_the_saturday(nlp: Language) -> None:
    text = "Rebels shelled the port of Kessa this weekend, the navy said."
    assert _event_day(nlp, text, "shelled", dt.date(2023, 10, 14)) == ("2023-10-14", "day")
