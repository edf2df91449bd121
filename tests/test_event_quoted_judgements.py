"""Judgements told in a direct quotation before or apart from its attribution ('"This is a
betrayal," the minister said'): criticism (CAMEO 11) or praise (05) by the quoted actor, as in
reported speech. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2023, 6, 14)


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, DAY, root_only=True)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Talks between Chile and Peru stalled on Monday. \"Lima's offer is a humiliation for "
            "our fishermen. We came in good faith,\" Chile's foreign minister told reporters.",
            ("CHL", "11", "PER"),
        ),
        (
            "Ghana's president spoke in Accra on Tuesday: "
            '"We will not stay silent. The Togolese army is a disgrace."',
            ("GHA", "11", "TGO"),
        ),
    ],
)
def test_a_quoted_judgement_of_another_actor_is_criticism(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found


def test_a_quoted_judgement_of_a_deed_the_story_told_is_aimed_at_its_doer(nlp: Language) -> None:
    # "This" stands for the closure the story reported: criticism of whoever closed the border.
    text = (
        "Kenya closed its border with Uganda on Friday. "
        '"This is shameful and irresponsible," Uganda\'s prime minister said on Saturday.'
    )
    found = dyads(nlp, text)
    assert ("UGA", "11", "KEN") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # A commentator's judgement is no event.
        'Kenya closed its border with Uganda on Friday. "This is shameful and irresponsible," said Jane '
        "Roe, an analyst at a Nairobi think tank.",
        # An "it" that stands for a clause judges no one.
        "Kenya closed its border with Uganda on Friday. "
        '"It would be a mistake to reopen it now," Kenya\'s interior minister said.',
    ],
)
def test_a_quote_that_judges_no_party_is_no_criticism(nlp: Language, text: str) -> None:
    found = dyads(nlp, text)
    assert not any(root == "11" for _, root, _ in found), found
