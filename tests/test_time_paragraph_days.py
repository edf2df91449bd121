"""Event dating across paragraphs: a paragraph with no day of its own is told on the lead's day,
not on the day of a background paragraph before it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, sentence_time

FRIDAY = dt.date(2022, 3, 11)


def _date(nlp: Language, text: str, predicate: str) -> tuple[str | None, str]:
    """Date ``predicate`` with the story's day carried sentence by sentence, as the coder does."""
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    token = next(t for t in doc if t.text == predicate)
    reference = None
    for sentence in doc.sents:
        if sentence.start > token.i:
            break
        if sentence.start <= token.i < sentence.end:
            return event_date(doc, token, reference=reference)
        reference = sentence_time(doc, sentence, reference) or reference
    raise AssertionError(predicate)


@pytest.mark.slow
def test_a_new_paragraph_returns_to_the_lead_day(nlp: Language) -> None:
    # The background paragraph is set on Monday; the next one names no day: it is Thursday's.
    text = (
        "Chile on Thursday expelled two Peruvian diplomats.\n\n"
        "On Monday, Peru's navy had seized a Chilean trawler.\n\n"
        "The foreign ministry also recalled its ambassador from Lima."
    )
    assert _date(nlp, text, "recalled") == ("2022-03-10", "context")


@pytest.mark.slow
def test_the_day_of_a_paragraph_carries_on_within_it(nlp: Language) -> None:
    # Within the background paragraph, Monday carries on to the sentence after it.
    text = (
        "Chile on Thursday expelled two Peruvian diplomats.\n\n"
        "On Monday, Peru's navy had seized a Chilean trawler. Its crew was detained in Callao."
    )
    assert _date(nlp, text, "detained") == ("2022-03-07", "context")


@pytest.mark.slow
def test_a_paragraph_stays_on_a_day_the_lead_sets_its_news_against(nlp: Language) -> None:
    # The lead reacts "a day after" Wednesday's raid: the body's Wednesday carries on.
    text = (
        "Chile on Thursday expelled two Peruvian diplomats, a day after a raid on its consulate.\n\n"
        "Peruvian police raided the consulate in Tacna on Wednesday.\n\n"
        "The consul protested to the Peruvian government."
    )
    assert _date(nlp, text, "protested") == ("2022-03-09", "context")
