"""Event dating: anchored days counted along the story, clock times, complements and clause
attachments that give an event the day of another clause."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, sentence_time

FRIDAY = dt.date(2022, 3, 11)
MONDAY = dt.date(2022, 3, 7)


def _date(
    nlp: Language, text: str, predicate: str, reference: dt.date | None = None
) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=FRIDAY))
    token = next(t for t in doc if t.text == predicate)
    return event_date(doc, token, reference=reference)


@pytest.mark.slow
def test_anchored_day_counts_from_an_anchored_day(nlp: Language) -> None:
    # "the same night" is the night of the day after Tuesday, not Tuesday's.
    text = (
        "The envoys met in Geneva on Tuesday. "
        "A day later, the rebels shelled the port. "
        "The navy answered the same night."
    )
    assert _date(nlp, text, "answered") == ("2022-03-09", "day")


@pytest.mark.slow
def test_evening_clock_time_is_the_story_day(nlp: Language) -> None:
    # "from 8 p.m." names no day: the curfew is imposed on the day the story tells (Monday).
    text = "Rioters looted shops on Monday. The mayor imposed a curfew from 8 p.m. across the city."
    assert _date(nlp, text, "imposed") == ("2022-03-07", "day")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # A gerund complement is the verb's act: the day is the verb's.
        ("The ministry stopped granting visas on Tuesday.", "stopped", ("2022-03-08", "day")),
        # An urged act is still to come: its day is not the urging's.
        ("The senator urged voters to march on Sunday.", "urged", ("2022-03-07", "context")),
        # A present participle on the subject tells the occasion of the clause.
        ("Gulf ministers, gathering on Wednesday, condemned the raid.", "condemned", ("2022-03-09", "day")),
        # A noun that heads a small clause has no time of its own.
        ("Serbia declared the Croatian envoy persona non grata on Tuesday.", "declared",
         ("2022-03-08", "day")),
        # A measure hung on the head clause still measures the "after" clause.
        ("The walkout came a day after Ruto dismissed the cabinet.", "dismissed", ("2022-03-06", "day")),
    ],
)  # fmt: skip
def test_clause_attachments(
    nlp: Language, text: str, predicate: str, expected: tuple[str | None, str]
) -> None:
    assert _date(nlp, text, predicate, reference=MONDAY) == expected


@pytest.mark.slow
def test_a_participial_adjunct_sets_the_story_time(nlp: Language) -> None:
    doc = nlp(
        prepare_doc(
            nlp, "Speaking in Lagos on Wednesday, the president warned the rebels.", article_date=FRIDAY
        )
    )
    assert sentence_time(doc, next(iter(doc.sents)), MONDAY) == dt.date(2022, 3, 9)
