"""Event nouns told with their own doer. A deed noun whose doer is named by a possessor or a "by"
phrase, under a preposition of time, cause or topic ("after", "over", "following"), refers to a
deed that happened; without a named doer, or under "for", it stays unasserted. Reproof nouns
("rebuke", "ridicule") are criticism, and a remark or move drawing one from a party is its owner's
("Chad's remarks drew a rebuke from Sudan"). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Canada imposed sanctions on Moscow over Russia's annexation of Crimea.", ("RUS", "19", "UKR")),
        (
            "Oslo recalled its envoy after Belarus's expulsion of two Norwegian diplomats.",
            ("BLR", "17", "NOR"),
        ),
    ],
)
def test_owned_deed_under_a_preposition_happened(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyad in found, found


def test_asked_for_deed_stays_unasserted(nlp: Language) -> None:
    text = "Peru called for Chile's withdrawal of its troops from the border."
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(root == "08" and src == "CHL" for src, root, _ in found), found


def test_owned_words_are_no_deed(nlp: Language) -> None:
    text = "Lima delayed the vote over Bolivia's objections to the border plan."
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(src == "BOL" for src, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kenya's remarks on the border drew a sharp rebuke from Uganda on Tuesday.", ("UGA", "11", "KEN")),
        ("The Nigerian minister's comments drew ridicule from Ghana.", ("GHA", "11", "NGA")),
    ],
)
def test_reproof_drawn_by_an_owned_remark(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyad in found, found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Ghana shut its border with Togo on Friday, a move that drew protests from Togo.",
            ("TGO", "14", "GHA"),
        ),
        (
            "Nigeria's president told reporters that the troops would stay in Niamey,"
            " a remark that drew criticism from Chad.",
            ("TCD", "11", "NGA"),
        ),
    ],
)
def test_summary_noun_stands_for_its_clause_doer(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyad in found, found
