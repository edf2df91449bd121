"""Event dating (helper dt7): a relative clause set in an occasion ("an interview published on
Tuesday, in which he also accused ...", "a summit on Friday at which ...") happens on the day
the occasion is given; an occasion with no day leaves the clause on the story's day. An event
noun made by a dated past participle ("a curfew imposed by the army on Tuesday") takes its day."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

THURSDAY = dt.date(2024, 4, 4)


def _date(nlp: Language, text: str, predicate: str) -> str | None:
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    token = next(t for t in doc if t.text == predicate)
    with story_time(doc):
        return event_date(doc, token, reference=THURSDAY)[0]


@pytest.mark.slow
def test_relative_clause_in_a_dated_interview_takes_its_day(nlp: Language) -> None:
    text = (
        "Mugabe made the threat in an interview with a state newspaper published on Tuesday, in "
        "which he also accused British officials of lying.\n"
    )
    assert _date(nlp, text, "accused") == "2024-04-02"


@pytest.mark.slow
def test_relative_clause_in_an_undated_interview_keeps_the_story_day(nlp: Language) -> None:
    text = "Mugabe accused British officials of lying in an interview in which he made no threat.\n"
    assert _date(nlp, text, "accused") == "2024-04-04"


@pytest.mark.slow
def test_event_noun_takes_the_day_its_participle_made_it_on(nlp: Language) -> None:
    text = "A night curfew imposed by the army on Tuesday remained in force, officials said.\n"
    assert _date(nlp, text, "curfew") == "2024-04-02"


@pytest.mark.slow
def test_event_noun_with_an_undated_participle_keeps_the_story_day(nlp: Language) -> None:
    text = "A night curfew imposed by the army remained in force, officials said.\n"
    assert _date(nlp, text, "curfew") == "2024-04-04"
