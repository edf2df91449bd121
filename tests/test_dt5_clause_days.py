"""Event dating (helper dt5), clauses without a day of their own:

- a deed told in the simple past in an "after" clause of a clause with a calendar day of its own
  ("landed late on Wednesday after the junta freed them") is told on that day, not on the
  story's or the article's;
- a refusal told in the future ("said Budapest would not accept the quotas") is made when it is
  said, like an intent or a threat, not left undated;
- a blast, an explosion and a bombing are one event for a time told against it ("a week
  before the blast": the day of the explosion);
- a past participle on the occasion an act happens at gives its day ("pledged aid at a video
  conference hosted by Germany on Sunday").
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

SATURDAY = dt.date(2023, 10, 7)
THURSDAY = dt.date(2023, 10, 12)


def _event_day(nlp: Language, text: str, verb: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=SATURDAY))
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "day"),
    [
        (
            "Ten sailors held in Norland landed in Lisbon late on Wednesday after the junta freed "
            "them in exchange for a banker.",
            "freed",
            "2023-10-04",
        ),
        (
            "Police arrested the mayor on Friday after he struck an officer outside the town hall.",
            "struck",
            "2023-10-06",
        ),
    ],
)
def test_a_deed_just_before_a_dated_one_is_told_on_its_day(
    nlp: Language, text: str, verb: str, day: str
) -> None:
    assert _event_day(nlp, text, verb) == (day, "day")


@pytest.mark.slow
def test_an_after_clause_without_a_dated_head_still_has_no_day(nlp: Language) -> None:
    # The head names no day: the story's own day, as before.
    text = "The minister resigned after the coalition collapsed."
    assert _event_day(nlp, text, "collapsed") == ("2023-10-07", "article")


@pytest.mark.slow
def test_a_refusal_in_the_future_is_made_when_said(nlp: Language) -> None:
    text = (
        "Hungary's government spokesman said Budapest would not accept the European Union's migrant quotas."
    )
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=THURSDAY))
    refusals = [e for e in doc._.events if e.cameo.startswith("12")]
    assert refusals and all(e.date == "2023-10-12" for e in refusals), refusals


@pytest.mark.slow
def test_a_time_told_against_a_blast_counts_from_the_explosion(nlp: Language) -> None:
    text = (
        "A week before the blast, the army had cut every hotline with the South. The office in "
        "Kaesong was destroyed by a controlled explosion on Tuesday afternoon."
    )
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    token = next(t for t in doc if t.text == "cut")
    with story_time(doc):
        assert event_date(doc, token) == ("2023-10-03", "day")


@pytest.mark.slow
def test_a_participle_on_the_occasion_gives_its_day(nlp: Language) -> None:
    # The day is on the conference the pledge is made at, not on the pledge itself.
    text = (
        "Donor governments pledged nearly 90 million euros in emergency aid for Moldova at a video "
        "conference hosted by Germany on Sunday, but insisted the money go to the refugees."
    )
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    token = next(t for t in doc if t.text == "pledged")
    with story_time(doc):
        assert event_date(doc, token) == ("2023-10-08", "day")
