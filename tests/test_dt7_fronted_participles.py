"""Event dating (helper dt7): a fronted participle the tagger reads as a simple past ("In an
address broadcast on Sunday night, the president said ...") tells the main clause's occasion,
as any participial adjunct does; a fronted clause with a subject of its own does not."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc
from clio.time.dating import event_date, story_time

WEDNESDAY = dt.date(2025, 3, 12)


def _date(nlp: Language, text: str, predicate: str) -> str | None:
    doc = nlp(prepare_doc(nlp, text, article_date=WEDNESDAY))
    token = next(t for t in doc if t.text == predicate)
    with story_time(doc):
        return event_date(doc, token, reference=WEDNESDAY)[0]


@pytest.mark.slow
def test_fronted_participle_misread_as_past_dates_the_main_clause(nlp: Language) -> None:
    text = (
        "In an address streamed on Monday night from an undisclosed location, the president said "
        "he had been forced to flee and urged citizens to stay calm.\n"
    )
    assert _date(nlp, text, "said") == "2025-03-10"


@pytest.mark.slow
def test_fronted_clause_with_its_own_subject_keeps_its_day(nlp: Language) -> None:
    text = "After rebels shelled the airport on Monday, the president urged citizens to stay calm.\n"
    assert _date(nlp, text, "urged") == "2025-03-12"
