"""Crowd-control weapons say the act whatever the verb: police who use tear gas on or against
people (the parser may hang "against" on the weapon noun), or lob or deploy water cannon or tear
gas at them, repress them violently (175), and scattering a crowd is dispersing it. Using other
things ("used drones to strike") keeps its own reading, and "used tear gas to disperse them" is
left to its purpose verb. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Georgian riot police used tear gas on students in Tbilisi.", ("GEO", "175", "GEO")),
        ("Bolivian police used water cannon and batons against miners in La Paz.", ("BOL", "175", "BOL")),
        ("Ugandan police lobbed tear gas canisters at demonstrators in Kampala.", ("UGA", "175", "UGA")),
        ("Armenian police deployed water cannon against the protesters in Yerevan.", ("ARM", "175", "ARM")),
        ("Serbian police scattered the protesters in Belgrade on Sunday.", ("SRB", "175", "SRB")),
    ],
)
def test_riot_control_weapons_are_repression(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


def test_other_instruments_keep_their_reading(nlp: Language) -> None:
    found = event_dyads(nlp, "Israel used drones to strike targets in Gaza.", DAY, root_only=True)
    assert ("ISR", "19", "PSE") in found, found
    assert not any(code == "17" for _, code, _ in found), found


def test_purpose_verb_keeps_the_act(nlp: Language) -> None:
    text = "Malian riot police used tear gas to disperse demonstrators in Bamako."
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "175" for _, code, _ in found), found
