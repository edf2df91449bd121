"""Force on something no force can touch (a reputation, a peace deal) is a figure of speech,
not an assault; force on people, places and things stays one."""

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
    "text",
    [
        "Kenyan police are destroying the reputation of the Kenyan parliament.",
        "Mali's junta tore up a 2015 peace deal with Algerian separatist groups last week.",
    ],
)
def test_force_on_an_intangible_is_no_event(nlp: Language, text: str) -> None:
    assert codes(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali rebels destroyed a Kenyan army base.", {("SOMREB", "190", "KENMIL")}),
        ("Somali rebels tore up the Kenyan flag.", {("SOMREB", "180", "KEN")}),
    ],
)
def test_force_on_a_thing_stays_an_event(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert codes(nlp, text) == expected
