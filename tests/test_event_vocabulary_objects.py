"""Event vocabulary, second round: verbs whose object decides the CAMEO act ("claimed the
bombing", "quit the bloc", "released footage"), through the full pipeline (actors and coder).
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
        # Claiming an attack acknowledges responsibility for it.
        ("Boko Haram claimed the bombing of a Nigerian army post on Tuesday.", ("NGA", "015", "NGA")),
        # Taking people hostage is abduction.
        ("Gunmen took three Italian engineers hostage in Niger on Tuesday.", ("NER", "181", "ITA")),
        # Trading fire is fighting on both sides.
        ("Armenia and Azerbaijan traded fire along their border on Tuesday.", ("ARM", "190", "AZE")),
        # Boycotting a legislature or a vote is a political protest, not an embargo.
        ("The Serbian opposition boycotted the parliament on Tuesday.", ("SRB", "143", "SRB")),
        # Taking issue with what another does, or objecting to it, is disapproval.
        ("Ecuador took issue with the Peruvian government's plan on Tuesday.", ("ECU", "110", "PER")),
        ("Ghanaian farmers objected to the new rules of Ivory Coast on Tuesday.", ("GHA", "110", "CIV")),
        # Leaving a bloc reduces relations with it; leaving talks halts negotiations.
        ("Mali quit the alliance with Algeria on Tuesday.", ("MLI", "160", "DZA")),
        ("Russia left the talks with Ukraine on Tuesday.", ("RUS", "164", "UKR")),
        # Capturing people is detaining them; capturing a ship or arms seizes property.
        ("Nigerian troops captured 40 Boko Haram fighters on Tuesday.", ("NGA", "173", "NGA")),
        ("Iranian forces captured a British tanker in the Gulf on Tuesday.", ("IRN", "171", "GBR")),
        # Respecting another's sovereignty states an intent to keep to it.
        ("Uzbekistan said on Tuesday that it respects the sovereignty of Tajikistan.", ("UZB", "030", "TJK")),
    ],
)
def test_a_verb_codes_the_act_its_object_names(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Released material is no released person.
        ("Japan's navy released video footage of a Chinese frigate on Tuesday.", "0841"),
        # People sheltering somewhere are nobody's aid.
        ("Villagers sheltered in a bunker near the Thai border on Tuesday.", "075"),
        # Referring to someone makes no statement to them.
        ("Speaking in Lagos, Ghana's president referred to Nigeria's oil minister on Tuesday.", "010"),
        # Declaring a winner is no statement to the winner.
        ("Zambia's electoral commission declared Hichilema the winner on Tuesday.", "010"),
    ],
)
def test_a_non_act_reading_codes_nothing(nlp: Language, text: str, code: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(c == code for _, c, _ in found), found
