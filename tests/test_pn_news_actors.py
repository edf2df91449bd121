"""Published-news actors: juries and government agencies are state organs that act and are
acted on ("a grand jury indicted him", "criticized state agencies"), through the full pipeline.
Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc

DAY = dt.date(2024, 3, 6)


def coded_dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    """Every event as (source code, CAMEO code, target code), the actor codes with their sector."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=DAY))
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in doc._.events}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # A jury is the court's organ: what it does is the judiciary's act.
        ("A Kenyan grand jury indicted two Somali businessmen on Tuesday.", ("KENJUD", "173", "SOMBUS")),
        ("Two Somali businessmen were indicted by a Kenyan grand jury.", ("KENJUD", "173", "SOMBUS")),
        ("A Kenyan jury convicted a Somali businessman on Tuesday.", ("KENJUD", "116", "SOMBUS")),
        # Agencies of a government are its executive, named without a country too (the story's).
        ("Kenya's president criticized the federal agencies on Tuesday.", ("KENGOV", "111", "KENGOV")),
        ("Kenya's president criticized state agencies on Tuesday.", ("KENGOV", "111", "KENGOV")),
    ],
)
def test_a_state_organ_of_the_news_is_an_actor(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = coded_dyads(nlp, text)
    assert dyad in found, found
