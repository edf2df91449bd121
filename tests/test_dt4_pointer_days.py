"""Event dating, pointers back to the story ("that night", "the same day"): a day named
inside a restrictive relative clause ("a strike that began on Wednesday") only says which
strike, so a pointer after it counts from the day the story last told; a clause set off by a
comma ("the union, which announced a walkout on Sunday") tells a deed and still counts."""

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
def test_a_pointer_skips_a_day_named_in_a_restrictive_relative_clause(nlp: Language) -> None:
    text = (
        "Farmers blocked the main highway on Monday.\n\n"
        "On Saturday, rioters burned the town hall in Ostrava, days into a strike that began on "
        "Wednesday.\n\n"
        "The governor imposed a curfew the same day."
    )
    assert _event_day(nlp, text, "imposed") == ("2023-10-14", "day")


@pytest.mark.slow
def test_a_day_in_a_relative_clause_set_off_by_a_comma_still_counts(nlp: Language) -> None:
    text = (
        "Farmers blocked the main highway on Monday.\n\n"
        "On Saturday, rioters burned the town hall in Ostrava. The strike was called by the miners' "
        "union, which announced a general walkout on Sunday.\n\n"
        "The governor imposed a curfew the same day."
    )
    assert _event_day(nlp, text, "imposed") == ("2023-10-15", "day")
