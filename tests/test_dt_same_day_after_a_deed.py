"""Event dating: a same-day expression ("within hours", "the same day") on a verb that also has an
"after" clause naming a day of its own ("Within hours, the governor declared a curfew after
rioters burned the town hall on Saturday") counts from that deed's day, not from the day last
named before it; the parser may hang the clause on a verb coordinated with the dated one. A
count of days ("a day later") still counts from the story's day."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

MONDAY = dt.date(2023, 10, 16)


def _event_day(nlp: Language, text: str, verb: str) -> tuple[str | None, str]:
    doc = nlp(prepare_doc(nlp, text, article_date=MONDAY))
    token = next(t for t in doc if t.text == verb)
    with story_time(doc):
        return event_date(doc, token)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The interior minister resigned on Monday.\n\n"
            "Within hours, the governor declared a curfew after rioters burned the town hall on Saturday.",
            "declared",
        ),
        (
            "The interior minister resigned on Monday.\n\n"
            "Within hours, the governor declared a state of emergency and imposed a curfew on the "
            "province, after rioters burned the town hall on Saturday.",
            "imposed",
        ),
    ],
)
def test_within_hours_of_a_dated_deed(nlp: Language, text: str, verb: str) -> None:
    assert _event_day(nlp, text, verb) == ("2023-10-14", "day")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "dated"),
    [
        # No "after" clause: the day last named.
        (
            "Rioters burned the town hall on Saturday. Within hours, the governor declared a curfew.",
            "declared",
            ("2023-10-14", "day"),
        ),
        # A count of days moves from the story's day, whatever the clause.
        (
            "Police arrested the mayor on Friday. A day later, a judge freed him after his lawyers "
            "appealed on Thursday.",
            "freed",
            ("2023-10-14", "day"),
        ),
    ],
)
def test_other_anchored_days_are_unchanged(
    nlp: Language, text: str, verb: str, dated: tuple[str, str]
) -> None:
    assert _event_day(nlp, text, verb) == dated
