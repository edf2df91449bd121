"""What a negated verb of knowing or perceiving completes is not told to have happened, also
when a second clause is coordinated with the first ("did not know how ... or why ...")."""

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
        # the second clause of a negated "know" shares its unknowing
        "The Kenyan minister did not know how the weapons reached the border or why Somali troops "
        "would attack Kenyan police there.",
        # negated verbs of perceiving
        "A Kenyan officer told the inquiry he never saw Somali troops attack Kenyan police.",
        "A Kenyan officer never heard Somali troops threaten Kenyan police.",
    ],
)
def test_an_unknown_or_unseen_act_is_no_event(nlp: Language, text: str) -> None:
    assert codes(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister said the weapons reached the border and Somali troops attacked "
        "Kenyan police there.",
        "A Kenyan officer told the inquiry he saw Somali troops attack Kenyan police.",
    ],
)
def test_a_told_or_seen_act_stays_an_event(nlp: Language, text: str) -> None:
    assert codes(nlp, text) == {("SOMMIL", "190", "KENCOP")}
