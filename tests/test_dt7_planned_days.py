"""Event dating (helper dt7): a time still to come set on the infinitive complement of a verb
told in the past ("agreed to meet again next Saturday") is the time of the act it plans; the
verb itself keeps the story's day. A past day on a complement still dates the verb, and so does
a day on the state an order puts its object in ("ordered the frontier closed on Thursday")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

MONDAY = dt.date(2024, 9, 16)


def _date(nlp: Language, text: str, predicate: str) -> str | None:
    doc = nlp(prepare_doc(nlp, text, article_date=MONDAY))
    token = next(t for t in doc if t.text == predicate)
    with story_time(doc):
        return event_date(doc, token, reference=dt.date(2024, 9, 15))[0]


@pytest.mark.slow
def test_agreement_to_meet_on_a_coming_day_keeps_the_story_day(nlp: Language) -> None:
    text = "Kenyan and Somali envoys agreed to meet again next Thursday, the mediator said.\n"
    assert _date(nlp, text, "agreed") == "2024-09-15"


@pytest.mark.slow
def test_promise_to_vote_in_a_coming_year_keeps_the_story_day(nlp: Language) -> None:
    text = "The junta promised to hold elections in 2026, the state broadcaster said.\n"
    assert _date(nlp, text, "promised") == "2024-09-15"


@pytest.mark.slow
def test_complement_on_a_past_day_still_dates_the_verb(nlp: Language) -> None:
    text = "Rebel fighters stopped shelling the town on Thursday, the army said.\n"
    assert _date(nlp, text, "stopped") == "2024-09-12"


@pytest.mark.slow
def test_order_that_puts_its_object_in_a_state_takes_the_state_s_day(nlp: Language) -> None:
    text = (
        "Caracas had ordered the frontier with Guyana closed on Thursday, and on Friday soldiers "
        "fired on traders near the crossing.\n"
    )
    assert _date(nlp, text, "ordered") == "2024-09-12"
