"""Event dating (helper dt7): an act told with no time of its own and repeated by a pro-form
conjunct with a day ("has repeatedly denied any link, and its spokeswoman did so again on
Friday") was last done on that day; a repetition told by a verb of its own changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

SUNDAY = dt.date(2024, 1, 14)


def _date(nlp: Language, text: str, predicate: str) -> str | None:
    doc = nlp(prepare_doc(nlp, text, article_date=SUNDAY))
    token = next(t for t in doc if t.text == predicate)
    with story_time(doc):
        return event_date(doc, token, reference=SUNDAY)[0]


@pytest.mark.slow
def test_act_repeated_with_did_so_on_a_day_takes_that_day(nlp: Language) -> None:
    text = (
        "Uganda has repeatedly denied arming the rebels, and its army spokesman did so again on "
        "Friday, calling the claims baseless.\n"
    )
    assert _date(nlp, text, "denied") == "2024-01-12"


@pytest.mark.slow
def test_act_repeated_by_a_verb_of_its_own_keeps_the_story_day(nlp: Language) -> None:
    text = "Uganda has repeatedly denied arming the rebels, and its army spokesman repeated the denial.\n"
    assert _date(nlp, text, "denied") == "2024-01-14"
