"""Event vocabulary: common wordings of CAMEO acts that had no pattern (or the wrong one), one
case each, through the full pipeline (actors and coder). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # The wire spelling splits into "cease", "-", "fire": the truce is in the compound.
        ("Armenia and Azerbaijan declared a cease-fire on Tuesday.", ("ARM", "0871", "AZE")),
        ("Armenia and Azerbaijan declared a cease-fire on Tuesday.", ("AZE", "0871", "ARM")),
        # Standing with someone is backing them.
        ("Chile said on Tuesday that it stands with Peru.", ("CHL", "051", "PER")),
        ("Ghana voiced its backing for Togo on Tuesday.", ("GHA", "051", "TGO")),
        ("Kenya gave its endorsement to Uganda's bid on Tuesday.", ("KEN", "051", "UGA")),
        # Returning people: a release (084), whether the wording is Latin or phrasal.
        ("Thailand repatriated 40 Cambodian fishermen on Tuesday.", ("THA", "0841", "KHM")),
        ("Japan sent back the Chinese sailors on Tuesday.", ("JPN", "0841", "CHN")),
        # Nouns of complaint, objection and petition.
        ("Ghana sent a complaint to Togo's government on Tuesday.", ("GHA", "114", "TGO")),
        ("Peru raised objections to Chile's plan on Tuesday.", ("PER", "110", "CHL")),
        ("Nepalese villagers sent a petition to India's government on Tuesday.", ("NPL", "020", "IND")),
        # Opening a border undoes a closure: a yielding act.
        ("Turkey reopened its border with Armenia on Tuesday.", ("TUR", "080", "ARM")),
        ("Algeria opened its airspace to Moroccan flights on Tuesday.", ("DZA", "080", "MAR")),
        # An air raid is aerial bombardment; a siege restricts movement.
        ("Israeli jets carried out an air raid on Gaza on Tuesday.", ("ISR", "195", "PSE")),
        ("Russia imposed a siege on Ukraine's ports on Tuesday.", ("RUS", "191", "UKR")),
        ("A Kenyan judge remanded the Somali suspects in custody on Tuesday.", ("KEN", "173", "SOM")),
        # Linking an attack to someone blames them for it.
        ("Tehran's foreign minister linked the bombing to Israel on Tuesday.", ("IRN", "112", "ISR")),
    ],
)
def test_a_common_wording_codes_its_cameo_act(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Police questioning a person is an inquiry, not an appeal to them.
        ("Police in Accra questioned the Togolese suspects on Monday.", ("GHA", "090", "TGO")),
        # A national emergency is a state of emergency.
        ("Malawi's president declared a national emergency on Monday.", ("MWI", "1724", "MWI")),
    ],
)
def test_a_wording_with_two_senses_codes_the_one_its_object_names(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    "text",
    [
        # Deepening a row or clearing the way says how things stand, not what anyone did.
        "Peru said on Monday it had recalled its ambassador, deepening a row with Chile.",
        "Ghana and Togo signed a deal on Monday, clearing the way for joint patrols.",
        # Being linked to a group describes who someone is; it is no cooperation between them
        # (only forces linking up are).
        "Gunmen linked to the Taliban are active along the road, Pakistan's army said on Monday.",
        "Azerbaijan on Monday closed the road linking Armenia to Iran.",
    ],
)
def test_a_phrase_about_how_things_stand_is_no_cooperation_or_yielding(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(code in ("06", "08") for _, code, _ in found), found
