"""A definite arrest, detention or sentence with no one named ("the police announced the arrest")
is the one the story told before: aimed at whoever the story said was arrested, not at the
country's people at large. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

TEXT = (
    "Iranian security officers detained a French teacher, Louis Arnaud, in Tehran on Monday, his"
    " family said. France condemned the detention and summoned Iran's ambassador.\n\n"
    "Iran's intelligence ministry announced the arrest on Tuesday."
)


def test_a_told_arrest_is_aimed_at_the_one_arrested(nlp: Language) -> None:
    dyads = event_dyads(nlp, TEXT, DAY, root_only=True)
    assert ("IRN", "17", "FRA") in dyads
    assert ("IRN", "17", "IRN") not in dyads
