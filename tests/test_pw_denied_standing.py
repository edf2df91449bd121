"""Saying another side "has no right", "no business" or "no legal basis" to do what it does denies
it the standing to act: a criticism (111) of that side by the speaker. The speaker's own side
having no right is restraint, and a right granted is no criticism. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Lithuania's foreign minister said Moscow had no right to decide Lithuania's alliances.",
            ("LTU", "111", "RUS"),
        ),
        (
            "The Philippine coast guard said China had no legal basis for its claims in the South China Sea.",
            ("PHL", "111", "CHN"),
        ),
        (
            "Iran's foreign ministry said American warships had no business in the Persian Gulf.",
            ("IRN", "111", "USA"),
        ),
    ],
)
def test_denying_another_side_standing_criticises_it(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's own country: restraint, not criticism.
        "German Chancellor Olaf Scholz said Germany had no right to interfere in Polish courts.",
        # A right granted.
        "Kenya said Somalia had the right to defend itself.",
    ],
)
def test_own_restraint_and_granted_rights_are_no_criticism(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "111" for _, code, _ in found), found
