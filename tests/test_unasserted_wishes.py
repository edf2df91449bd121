"""Assertion filtering: clauses that tell what is hoped for or what a participant habitually is,
not what was done, code no event."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc


def roots(nlp: Language, text: str) -> set[str]:
    """The CAMEO roots of the events coded in ``text``."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2021, 4, 20)))
    return {e.cameo_root for e in doc._.events}


@pytest.mark.parametrize(
    "text",
    [
        "Georgia, which hopes to join NATO, has been in deadlock since the election.",
        "France said it hoped Iran would meet Saudi officials.",
        "Israel had hoped to forge ties with Saudi Arabia.",
    ],
)
def test_what_is_hoped_for_is_no_event(nlp: Language, text: str) -> None:
    assert roots(nlp, text) == set()


def test_a_wish_to_do_is_still_an_intent(nlp: Language) -> None:
    assert "03" in roots(nlp, "Georgia wants to join NATO.")


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria, which supplies most of Niger's electricity, has cut power exports to its neighbour.",
        "Chad, which hosts French troops, voted on Sunday.",
    ],
)
def test_a_present_relative_clause_tells_a_standing_trait(nlp: Language, text: str) -> None:
    assert not roots(nlp, text) & {"04", "07"}


def test_a_past_relative_clause_is_still_an_event(nlp: Language) -> None:
    assert "19" in roots(nlp, "The rebels, who attacked Niger's army on Monday, said they would stop.")
