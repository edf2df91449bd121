"""Disapproval (CAMEO 11) the coder used to miss: a speaker calling another actor's doings a
breach, a fiasco or undemocratic, in a reported clause or with "call"/"describe as". Full
pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2022, 3, 10)


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, DAY, root_only=True)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Chile's foreign ministry said the Peruvian decree was a breach of the 1929 treaty.",
            ("CHL", "11", "PER"),
        ),
        ("Ghana's president described Togo's closure of the border as a fiasco.", ("GHA", "11", "TGO")),
        (
            "Kenya's government called the Ugandan raid a blatant breach of its sovereignty.",
            ("KEN", "11", "UGA"),
        ),
    ],
)
def test_a_condemning_word_for_anothers_doings_is_criticism(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert dyad in found, found


def test_a_neutral_report_of_a_breach_is_no_criticism(nlp: Language) -> None:
    # The word names what happened; no one is judged by the speaker.
    text = "Police said the breach of the dam on Monday flooded two villages."
    found = dyads(nlp, text)
    assert not any(root == "11" for _, root, _ in found), found
