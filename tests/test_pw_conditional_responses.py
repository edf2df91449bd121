"""A side's word that it will respond to what another does, made conditional ("said Beijing would
react firmly if Japan sent warships"), threatens (13) whoever the condition names, whatever verb
reports it. A response with no condition, or one by no actor, is no threat. Sentences are made up."""

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
            "Chinese officials said Beijing would react firmly if Japan sent warships to the strait.",
            ("CHN", "130", "JPN"),
        ),
        ("Turkey said it would respond if Greece extended its territorial waters.", ("TUR", "130", "GRC")),
    ],
)
def test_a_conditional_response_threatens_the_side_the_condition_names(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        # No condition: an answer promised, not a threat.
        "Indian officials said New Delhi would respond to the letter next week.",
        # Markets are no side that threatens.
        "Economists said markets would react if the central bank raised rates.",
    ],
)
def test_no_threat_without_a_condition_or_a_side(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(code.startswith("13") for _, code, _ in found), found


def test_a_warning_keeps_its_own_reading(nlp: Language) -> None:
    # Those the condition says may be attacked are the warner's people, not the one threatened.
    text = "Hungary warned on Sunday that Budapest would act if Hungarians in Ukraine came under attack."
    found = event_dyads(nlp, text, DAY)
    assert ("HUN", "130", "HUN") not in found, found
