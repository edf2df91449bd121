"""Event dating: a deadline ("by midnight on Sunday", "until noon on Friday", "until May 29") is
the time something is to be done by, never the time of the act that sets it, and a sentence set
only on a deadline names no day the story moves on to. The parser may hang such an expression
on a word inside it ("by midnight" on the preposition, "on Sunday" on the verb); the preposition
just before it still makes it a bound."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, sentence_time, story_time

WEDNESDAY = dt.date(2023, 6, 14)


def _event_day(nlp: Language, text: str, verb: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=WEDNESDAY))
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The junta gave the French ambassador until Sunday to leave the country.", "gave"),
        ("The ministry ordered the two attaches out of the country by midnight on Friday.", "ordered"),
        ("Prosecutors gave the company until June 30 to hand over the contracts.", "gave"),
    ],
)
def test_a_deadline_does_not_date_the_act_that_sets_it(nlp: Language, text: str, verb: str) -> None:
    # No other time: the act is told on the article's day.
    assert _event_day(nlp, text, verb) == ("2023-06-14", "article")


@pytest.mark.slow
def test_the_acts_own_day_still_wins_over_a_deadline(nlp: Language) -> None:
    text = "The junta on Monday gave the French ambassador until Sunday to leave the country."
    assert _event_day(nlp, text, "gave") == ("2023-06-12", "day")


@pytest.mark.slow
def test_a_sentence_set_on_a_deadline_does_not_move_the_story(nlp: Language) -> None:
    text = "The ministry ordered the two attaches out of the country by midnight on Friday."
    doc = nlp(prepare_doc(nlp, text, article_date=WEDNESDAY))
    with story_time(doc):
        assert sentence_time(doc, next(iter(doc.sents)), WEDNESDAY) is None
