"""Published-news vocabulary: wordings of arrests and disapproval common in local and national
news ("took him into custody", "railed against", "voiced concern about"),
through the full pipeline (actors and coder). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # Taking someone into custody is an arrest, in the active and in the passive.
        ("Kenyan police took the Somali suspects into custody on Tuesday.", ("KEN", "173", "SOM")),
        ("Two Ugandan journalists were taken into custody by Kenyan police.", ("KEN", "173", "UGA")),
        # Railing against someone denounces them.
        ("Peru's president railed against the Chilean government on Tuesday.", ("PER", "111", "CHL")),
        # Voicing or expressing concern about another's doings disapproves of them.
        ("Chile voiced concern about the Peruvian mining plan on Tuesday.", ("CHL", "110", "PER")),
        ("Kenya expressed concerns over Uganda's new border rules on Tuesday.", ("KEN", "110", "UGA")),
        # Clearing protesters (or their camp) away is violent repression, not yielding.
        ("Kenyan police cleared the Ugandan protesters from the square on Tuesday.", ("KEN", "175", "UGA")),
    ],
)
def test_a_news_wording_codes_its_cameo_act(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Questioning a suspect is still an inquiry, not disapproval.
        ("Police in Accra questioned the Togolese suspects on Monday.", "090"),
        # Taking something that is no custody is no arrest.
        ("Kenyan police took the Somali suspects to Nairobi on Monday.", "173"),
        # Clearing what is no protest (a road, the way) is no repression.
        ("Kenyan protesters cleared the road to Uganda on Monday.", "175"),
    ],
)
def test_the_other_sense_keeps_its_reading(nlp: Language, text: str, code: str) -> None:
    found = event_dyads(nlp, text, DAY)
    if code == "090":
        assert ("GHA", "090", "TGO") in found, found
        assert not any(c == "110" for _, c, _ in found), found
    else:
        assert not any(c == code for _, c, _ in found), found


def test_concern_over_a_disaster_addresses_no_one(nlp: Language) -> None:
    # A flood is no one's deed: the concern is not aimed at whoever acted last in the story.
    found = event_dyads(
        nlp,
        "Ghana's president dissolved parliament on Monday. Togo voiced concern over the floods on Tuesday.",
        DAY,
    )
    assert not any(source == "TGO" and target is not None for source, _, target in found), found
