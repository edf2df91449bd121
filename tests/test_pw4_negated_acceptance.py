"""Not accepting is refusing (CAMEO 12): "does not recognise", "will not accept" code a
rejection in any tense, while a condition ("if Iran does not accept ...") keeps the
clause unasserted. Dictionary gaps of the same wire stories: "track down" and "retake". Sentences
are made up."""

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
            "Serbia does not recognise Kosovo, Foreign Minister Marko Djuric said on Tuesday.",
            ("SRB", "120", "KSV"),
        ),
        (
            "Morocco will never recognize Algeria's claim to the region, Rabat said on Tuesday.",
            ("MAR", "120", "DZA"),
        ),
    ],
)
def test_not_accepting_is_a_refusal(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY, root_only=False)
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        "If Bolivia does not accept the ruling, Chile will recall its ambassador, officials said on Tuesday.",
        "Iran, which does not recognise the Taliban government, reopened its embassy in Kabul on Tuesday.",
        "Kosovo is not recognised by Serbia.",
    ],
)
def test_conditions_and_described_standing_are_no_refusal(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(code == "12" for _, code, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("India vowed on Tuesday to track down Pakistani militants.", ("IND", "138", "PAK")),
        ("Ukraine's army vowed on Tuesday to retake Bakhmut from Russian forces.", ("UKR", "138", "RUS")),
    ],
)
def test_vowing_to_track_down_or_retake_is_a_threat(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found
