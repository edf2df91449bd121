"""What a thing will bring about ("the loan would finance the plan") is a forecast of its
effect, not the stated intent of the actor named in its modifiers; actors and the craft that
carry their crews still announce what they will do."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc


def codes(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, CAMEO code, target) of the events coded in ``text``."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 5, 10)))
    return {(e.source.code, e.cameo, e.target.code if e.target else "-") for e in doc._.events}


def test_what_a_thing_will_do_is_no_intent(nlp: Language) -> None:
    text = "The loan, from the Kenyan central bank, would finance the third phase of the Somali plan."
    assert codes(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain said it would ban trophy imports from Tanzania.", {("GBR", "1312", "TZA")}),
        ("The Kenyan army will attack Somali rebels.", {("KENMIL", "138", "SOMREB")}),
        ("Kenyan warships will fire on Somali pirates.", {("KENMIL", "138", "SOMCRM")}),
    ],
)
def test_what_an_actor_or_its_craft_will_do_is_an_intent(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert codes(nlp, text) == expected
