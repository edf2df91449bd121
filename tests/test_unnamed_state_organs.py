"""Actor resolution: an unnamed organ of state ("the interior ministry", "police") is of the
country the story is set in, not of the latest foreign actor named before it."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str) -> dict[str, str]:
    """Each actor's text and its code."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 3, 1)))
    return {a.text: a.code for a in doc._.actors}


def test_an_unnamed_ministry_is_of_the_country_the_story_is_set_in(nlp: Language) -> None:
    text = (
        "TUNIS, March 1 (Wire) — Floods swept through Sfax and Sousse on Monday. "
        "Italian Prime Minister Mario Draghi said Italy would send boats. "
        "The interior ministry said on Tuesday that 40 people had died."
    )
    codes = actor_codes(nlp, text)
    assert codes.get("interior ministry") == "TUNGOV", codes
