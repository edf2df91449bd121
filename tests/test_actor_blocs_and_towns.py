"""Actor resolution: an adjective of a region's bloc ("European lawmakers", "Southern African
leaders") makes the group the bloc's, not the country of the story; a seat of power ("White House
officials") is its country's whatever town of that name a gazetteer knows; a body "in the port city
of X" is of X's country, as one "in X" is."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2021, 6, 1)  # the articles' date


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # A regional adjective before a group noun is the bloc's, not the other actor's country.
        ("Ankara on Monday accused European lawmakers of meddling.", "European lawmakers", "IGOEUREEC"),
        (
            "Harare rejected the criticism from Southern African leaders on Thursday.",
            "Southern African leaders",
            "IGOSAFSAD",
        ),
        # A seat of power with its staff: the building's country, not a same-named town abroad.
        (
            "Ottawa's parliament denounced insults by White House officials on Tuesday.",
            "White House officials",
            "USAGOV",
        ),
        # "in the ... city of X": the town word and "of" stand between the body and its place.
        (
            "India protested Bangladesh's arrest of the monk on Sunday. A court in the port city "
            "of Chattogram denied him bail on Monday.",
            "court in the port city of Chattogram",
            "BGDJUD",
        ),
        (
            "Pakistan blamed India for the attack on Sunday. Police in the southern city of "
            "Karachi detained three men on Monday.",
            "Police in the southern city of Karachi",
            "PAKCOP",
        ),
        # An owner written before the body says whose it is, wherever it stands.
        (
            "NATO said on Tuesday it would send more troops, a day after rioters attacked its "
            "soldiers in the northern town of Zvecan.",
            "soldiers",
            "IGOWSTNAT",
        ),
    ],
)
def test_regional_blocs_seats_and_towns(nlp: Language, text: str, mention: str, code: str) -> None:
    codes = actor_codes(nlp, text, DAY)
    assert codes.get(mention) == code, codes
