"""A refusal answers whoever made the thing refused; when the maker is named only by "its" or
"their" ("said its offer to send firefighters had been declined by La Paz"), it is the actor the
pronoun points back to: Bolivia refuses Chile. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "Chile's foreign ministry said on Tuesday that its offer to send firefighters had been declined"
        " by La Paz.",
        ("BOL", "12", "CHL"),
    ),
    (
        "The Philippines accused Vietnam of harassing its fishermen on Monday. Japan's government said"
        " on Friday that its proposal for joint patrols had been rejected by Beijing.",
        ("CHN", "12", "JPN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_refused_offer_named_by_its_answers_its_maker(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY, root_only=True)
