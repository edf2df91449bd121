"""Naming something by a word that condemns it is a criticism (111): "named" is a naming verb
like "called" and "branded", what a description is "for" is part of what it says ("a rehearsal
for invasion"), and blockades, witch hunts, pretexts and mercenaries condemn what they name.
Sentences are made up."""

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
            "Syria's foreign minister named Israel the greatest threat to the region on Tuesday.",
            ("SYR", "111", "ISR"),
        ),
        (
            "Serbia described the Kosovo police operation as a prelude to war and a rehearsal for invasion.",
            ("SRB", "111", "KSV"),
        ),
        ("Belarus called the Lithuanian investigation a witch hunt on Tuesday.", ("BLR", "111", "LTU")),
        ("Armenia called the Azerbaijani checkpoint a blockade on Tuesday.", ("ARM", "111", "AZE")),
        ("Russia described the Ukrainian fighters as mercenaries on Tuesday.", ("RUS", "111", "UKR")),
    ],
)
def test_condemning_names_are_criticism(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        # What a description is for condemns only when that is condemning.
        "Kenya called the Ugandan proposal a recipe for peace on Tuesday.",
        # Naming someone to a role is no judgement.
        "Chile named Bolivia its new partner on Tuesday.",
    ],
)
def test_neutral_names_are_no_criticism(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "111" for _, code, _ in found), found
