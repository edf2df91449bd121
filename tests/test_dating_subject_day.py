"""Story time: a day on a sentence's subject moves the story to it, and a background paragraph
moves it back only for itself."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import sentence_time

FRIDAY = dt.date(2022, 3, 11)
TUESDAY = dt.date(2022, 3, 8)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Tuesday's walkout was the longest in a decade.",
        "The vote in the senate on Tuesday ended months of deadlock.",
    ],
)
def test_a_day_on_the_subject_sets_the_story_day(nlp: Language, text: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    assert sentence_time(doc, next(iter(doc.sents)), FRIDAY) == TUESDAY


@pytest.mark.slow
def test_a_day_on_an_actor_subject_is_left_to_the_verb(nlp: Language) -> None:
    # The subject's own clause ("which met on Tuesday") tells a state of the actor, not the story.
    doc = nlp(prepare_doc(nlp, "The council, which met on Tuesday, is divided.", article_date=FRIDAY))
    assert sentence_time(doc, next(iter(doc.sents)), FRIDAY) is None
