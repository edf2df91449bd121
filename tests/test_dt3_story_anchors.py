"""Event dating: a story-anchored expression ("the same day", "that night") counts from the day
last named only while that day still reaches it: to the end of its paragraph and into the first
sentence of the next. Past that the story is back on its own day, the lead's, so a reaction
told after an undated paragraph is not set on a background day two paragraphs up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

THURSDAY = dt.date(2023, 10, 19)


def _event_day(nlp: Language, text: str, verb: str) -> str | None:
    doc = nlp(prepare_doc(nlp, text, article_date=THURSDAY))
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # An undated quote paragraph lies between Monday and "the same day".
        (
            "The foreign minister condemned the attacks on Thursday.\n\n"
            "Gunmen attacked a border post on Monday night, killing two guards.\n\n"
            '"We will not tolerate this," a ministry spokesman told a briefing.\n\n'
            "The ambassador met the interior minister the same day.",
            "met",
        ),
        # Monday is named in the paragraph before, but undated sentences open this one.
        (
            "The government summoned the ambassador on Thursday.\n\n"
            "Troops boarded the ship on Monday afternoon.\n\n"
            "The foreign minister called the seizure unacceptable. He said the crew must be freed. "
            "The envoy was also expelled the same day by the defence ministry.",
            "expelled",
        ),
    ],
)
def test_a_day_named_paragraphs_back_no_longer_anchors(nlp: Language, text: str, verb: str) -> None:
    # The lead's Thursday, not the Monday of the background paragraph.
    assert _event_day(nlp, text, verb) == "2023-10-19"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # The next paragraph's first sentence goes on from the day just told.
        (
            "The foreign minister condemned the attacks on Thursday.\n\n"
            "Rebels announced late on Monday that they had quit the talks.\n\n"
            "The army went further the same evening and shelled the rebel camps.",
            "shelled",
        ),
        # So does a later sentence of the same paragraph.
        (
            "The foreign minister condemned the attacks on Thursday.\n\n"
            "Rebels quit the talks on Monday. The army shelled their camps the same evening.",
            "shelled",
        ),
    ],
)
def test_a_day_named_nearby_still_anchors(nlp: Language, text: str, verb: str) -> None:
    assert _event_day(nlp, text, verb) == "2023-10-16"
