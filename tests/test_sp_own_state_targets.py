"""A source acting on another country: its own state or government named beside it (the owner
of its envoys, a topic's setting) is not a second target; alone it still is."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc


def codes(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, CAMEO code, target) of the events coded in ``text``."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 5, 10)))
    return {(e.source.code, e.cameo, e.target.code if e.target else "-") for e in doc._.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean President Gabriel Boric recalled Chile's ambassadors to Peru and Bolivia on Monday.",
            {("CHLGOV", "161", "PER"), ("CHLGOV", "161", "BOL")},
        ),
        (
            "Vietnam's defence minister discussed with Japan the training of Japanese officers in "
            "Vietnamese military academies.",
            {("VNMGOV", "040", "JPN"), ("VNMGOV", "040", "JPNMIL")},
        ),
    ],
)
def test_own_state_beside_a_foreign_target_is_no_target(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert codes(nlp, text) == expected


def test_own_government_alone_stays_the_target(nlp: Language) -> None:
    text = "Chilean President Gabriel Boric criticised the Chilean government on Monday."
    assert codes(nlp, text) == {("CHLGOV", "111", "CHLGOV")}
