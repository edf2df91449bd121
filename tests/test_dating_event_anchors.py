"""Event dating: a time told against another event of the story ("two days before the
election", "hours after the summit", "on the eve of the poll") counts from that event's day
when the article names it, not from the day last named."""

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


def test_the_anchor_words_load() -> None:
    from clio.time.dating import load_event_anchors

    anchors = load_event_anchors()
    assert anchors.relations["before"] == -1 and anchors.fixed["eve"] == -1


@pytest.mark.slow
def test_days_before_an_event_count_from_its_day(nlp: Language) -> None:
    # The election was on Sunday; Wednesday was named since, but "two days before" is Friday.
    text = (
        "Voters in Lomara elected a new parliament on Sunday. The opposition rejected the count on "
        "Wednesday. Two days before the election, the army had arrested three candidates."
    )
    assert _date(nlp, text, "arrested") == ("2022-03-04", "day")


@pytest.mark.slow
def test_hours_after_an_event_are_its_day(nlp: Language) -> None:
    text = (
        "Monday's summit in Vantor ended without a deal. Talks resumed on Thursday. "
        "Hours after the summit, the premier accused his neighbour of bad faith."
    )
    assert _date(nlp, text, "accused") == ("2022-03-07", "day")


@pytest.mark.slow
def test_the_eve_of_an_event_is_the_day_before(nlp: Language) -> None:
    text = (
        "The referendum was held on Tuesday. Turnout was reported on Thursday. "
        "On the eve of the referendum, the government closed the border."
    )
    assert _date(nlp, text, "closed") == ("2022-03-07", "day")


@pytest.mark.slow
def test_a_span_of_an_event_is_not_its_day(nlp: Language) -> None:
    # "two days of talks" is how long the talks ran: the signing is not dated on their first day.
    text = "The talks in Norvik began on Monday. After two days of talks, the ministers signed a truce."
    assert _date(nlp, text, "signed") != ("2022-03-07", "day")
