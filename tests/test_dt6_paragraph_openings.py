"""Event dating (helper dt6): a paragraph that opens without a day and names one further on
tells its opening sentences on that day, not on the lead's day it would otherwise fall back to;
a later day told in the past perfect is background and does not date them."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

FRIDAY = dt.date(2022, 3, 11)


def _date(nlp: Language, text: str, predicate: str) -> str | None:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    token = next(t for t in doc if t.text == predicate)
    with story_time(doc):
        return event_date(doc, token, reference=FRIDAY)[0]


LEAD = "ROME, March 11 (Wire) — Italy summoned Egypt's ambassador on Friday over the death of a student.\n\n"


@pytest.mark.slow
def test_paragraph_opening_takes_the_day_named_further_on(nlp: Language) -> None:
    text = LEAD + (
        "Cairo hit back with a protest of its own. The Egyptian foreign ministry summoned the "
        "Italian envoy late on Tuesday and rejected the claims.\n"
    )
    assert _date(nlp, text, "hit") == "2022-03-08"


@pytest.mark.slow
def test_pluperfect_background_further_on_leaves_the_lead_day(nlp: Language) -> None:
    text = LEAD + (
        "Cairo condemned the summons. On Tuesday, the Egyptian foreign ministry had warned Rome "
        "against any such step.\n"
    )
    assert _date(nlp, text, "condemned") == "2022-03-11"


@pytest.mark.slow
def test_sentence_tied_to_what_came_before_keeps_the_lead_day(nlp: Language) -> None:
    text = LEAD + (
        "Police detained the student's lawyer soon afterwards. Prosecutors charged him on Tuesday "
        "with spreading false news.\n"
    )
    assert _date(nlp, text, "detained") == "2022-03-11"


@pytest.mark.slow
def test_sentence_counted_from_another_day_keeps_the_lead_day(nlp: Language) -> None:
    text = LEAD + (
        "The summons came a day after police detained the student's lawyer. Prosecutors charged "
        "him on Tuesday with spreading false news.\n"
    )
    assert _date(nlp, text, "detained") == "2022-03-10"
