"""Event dating: counts of hours and days told against the story's last named day ("hours
earlier", "a day later" hung on an object, "the day before")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date

FRIDAY = dt.date(2022, 3, 11)


def _date(nlp: Language, text: str, predicate: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    token = next(t for t in doc if t.text == predicate)
    return event_date(doc, token, reference=FRIDAY)


@pytest.mark.slow
def test_hours_earlier_stays_on_the_day_last_named(nlp: Language) -> None:
    # "Hours earlier" is Tuesday, the day just told, not the story's Friday.
    text = "The rebels seized the dam on Tuesday. Hours earlier, the army had shelled the valley."
    assert _date(nlp, text, "shelled") == ("2022-03-08", "day")


@pytest.mark.slow
def test_a_day_later_hung_on_the_object_dates_the_verb(nlp: Language) -> None:
    # The parser may hang "a day later" on the object's noun; it still dates the second act.
    text = (
        "Rome recalled its ambassador on Monday, and lodged a protest with the French envoy, "
        "Marc Dubois, a day later."
    )
    assert _date(nlp, text, "lodged") == ("2022-03-08", "day")


@pytest.mark.slow
def test_the_day_before_is_a_day_earlier(nlp: Language) -> None:
    # "the day before" is Tuesday, not the same Wednesday ("the day" alone would be).
    text = "The summit opened on Wednesday. The premier, who met the king the day before, praised the host."
    assert _date(nlp, text, "met") == ("2022-03-08", "day")


@pytest.mark.slow
def test_a_day_after_since_is_not_an_anchor(nlp: Language) -> None:
    # "since Sunday" bounds a stay; "hours later" counts from Tuesday, the day of the oath.
    text = (
        "The envoy took the oath on Tuesday at the embassy, where he has lived since Sunday. "
        "Hours later, the council endorsed the mission."
    )
    assert _date(nlp, text, "endorsed") == ("2022-03-08", "day")
