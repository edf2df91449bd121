"""Clauses the coder read as descriptions of a noun. A perfect relative clause set on a day of its
own by a relative day word ("who had met X the day before", "which had attacked ... this month")
tells an event, as one with a weekday does; a present-tense relative clause of a claim kept up
("Uganda, which accuses Kenya of ...", "a charge that Kampala denies") is the party's speech act,
while a standing trait ("Nigeria, which supplies Niger's power") stays none; a mediation
participle with its "by" agent ("talks hosted by Qatar") is the agent's act towards the parties.
Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Kenya's envoy, who had met Somalia's president the day before, said talks would resume.",
            ("KEN", "04", "SOM"),
        ),
        (
            "Malian rebels, who had attacked an army post this month, issued a statement on Saturday.",
            ("MLI", "19", "MLI"),
        ),
    ],
)
def test_perfect_relative_set_on_a_relative_day(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyad in found, found


def test_perfect_relative_over_a_span_stays_a_record(nlp: Language) -> None:
    found = event_dyads(
        nlp, "Malian rebels, who have attacked army posts for years, issued a statement.", DAY
    )
    assert not any(code.startswith("19") for _, code, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Uganda, which accuses Kenya of harbouring rebels, closed the border on Friday.",
            ("UGA", "112", "KEN"),
        ),
        (
            "Kenya's opposition accused Uganda of hiring mercenaries, a charge that Kampala denies.",
            ("UGA", "016", "KEN"),
        ),
    ],
)
def test_present_relative_claim_is_a_speech_act(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


def test_present_relative_trait_stays_none(nlp: Language) -> None:
    found = event_dyads(nlp, "Nigeria, which supplies most of Niger's power, cut the supply on Monday.", DAY)
    assert not any(code.startswith("06") or code.startswith("07") for _, code, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        (
            "Ethiopia and Eritrea signed a peace deal on Sunday after talks hosted by Saudi Arabia.",
            {("SAU", "04", "ETH"), ("SAU", "04", "ERI")},
        ),
        (
            "Sudan and South Sudan agreed to reopen the border in a deal brokered by Egypt.",
            {("EGY", "04", "SDN")},
        ),
    ],
)
def test_mediation_participle_with_its_agent(
    nlp: Language, text: str, dyads: set[tuple[str, str, str]]
) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyads <= found, found
