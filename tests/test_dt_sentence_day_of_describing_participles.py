"""Story dating: the day a sentence is set on is read in the same order as its main event's day.
A day the parser hangs on a participle that only describes the verb's object ("bases hosting
U.S. troops early on Wednesday") is the verb's, and it comes before a day hung on a participial
adjunct, which is often one of the adjunct's noun phrases' ("taking revenge for the killing of
a general in a strike on Friday"). Otherwise the story moves to the older day and every later
sentence without a day of its own is told on it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, sentence_time, story_time

THURSDAY = dt.date(2023, 5, 11)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Iran fired missiles at two Iraqi bases hosting U.S. troops early on Wednesday, taking "
            "revenge for the killing of a general in a drone strike at Baghdad airport on Friday.",
            dt.date(2023, 5, 10),
        ),
        # No describing participle: the adjunct's day is still the sentence's.
        (
            "The ministers met in Geneva, speaking to reporters on Tuesday after the talks.",
            dt.date(2023, 5, 9),
        ),
    ],
)
def test_the_sentence_day(nlp: Language, text: str, day: dt.date) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    with story_time(doc):
        assert sentence_time(doc, next(iter(doc.sents)), None) == day


@pytest.mark.slow
def test_the_next_sentence_is_told_on_that_day(nlp: Language) -> None:
    text = (
        "Iran fired missiles at two Iraqi bases hosting U.S. troops early on Wednesday, taking "
        "revenge for the killing of a general in a drone strike at Baghdad airport on Friday. "
        "The Revolutionary Guards claimed the attack in a statement."
    )
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    first = next(iter(doc.sents))
    claimed = next(t for t in doc if t.text == "claimed")
    with story_time(doc):
        reference = sentence_time(doc, first, None)
        assert event_date(doc, claimed, reference=reference) == ("2023-05-10", "context")
