"""A reaction to "the offer", "the vote" or "the decision" is aimed at whoever the story said made
that offer, held that vote or took that decision ("Lars Berg ... offered to fund a port" ... "rejected
the offer"; "the Kurds ... their vote" ... "criticised the vote"), not at whoever did the latest
thing the story told. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "Norway's envoy, Lars Berg, who visited Colombo last week, offered to fund a new port if Sri"
        " Lanka ended its talks with China. India condemned China's naval build-up in the area on"
        " Monday.\n\nSri Lanka's president rejected the offer on Tuesday, his office said.",
        ("LKA", "12", "NOR"),
        ("LKA", "12", "IND"),
    ),
    (
        "Baghdad cut flights to the Kurdish region on Thursday to punish the Kurds for their vote on"
        " independence. Turkey closed its border with the region on Wednesday.\n\nThe U.S. State"
        " Department criticised the vote on Monday.",
        ("USA", "11", "IRQ"),
        ("USA", "11", "TUR"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_a_reaction_to_a_told_act_is_aimed_at_its_doer(
    nlp: Language, text: str, wanted: tuple[str, str, str], unwanted: tuple[str, str, str]
) -> None:
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert wanted in dyads
    assert unwanted not in dyads
