"""A clause set on one country's side of a shared place ("On the Moroccan side, police fired tear
gas", "On the Pakistani side of the border, soldiers fired") places its unnamed state organs in
that country, not in the country of the actor named before."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 5, 3)


def test_police_on_a_named_countrys_side(nlp: Language) -> None:
    text = (
        "Spanish police said on Tuesday that migrants swam to Ceuta. On the Moroccan side, police "
        "fired tear gas to disperse the crowd."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("police") == "MARCOP", codes


def test_soldiers_on_a_demonyms_side_of_the_border(nlp: Language) -> None:
    text = (
        "Afghan officials said on Tuesday that refugees massed at the crossing. On the Pakistani "
        "side of the border, soldiers fired warning shots."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("soldiers") == "PAKMIL", codes


def test_a_day_is_no_side(nlp: Language) -> None:
    text = (
        "Spanish police said on Tuesday that migrants swam to Ceuta. On Wednesday, police fired "
        "tear gas to disperse the crowd."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("police") == "ESPCOP", codes
