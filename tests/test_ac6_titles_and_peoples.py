"""Actors whose country or title came out wrong: an abbreviated rank the tokenizer did not keep
("Sgt.", "Const.", "Cpl.") ended the sentence and left the name a private person; a regional
people's demonym ("Catalan", "Uyghur", "Tibetan") named no country, so the actor took the
country of whatever came before; a U.S. congressional title ("Representative", "Rep.") in a story
filed abroad took the dateline's country."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 5, 3)


def test_abbreviated_rank_keeps_its_name(nlp: Language) -> None:
    text = (
        "WASHINGTON (Reuters) - Officers stopped a truck near the port on Friday."
        " Sgt. Paula Meyer said two drivers were "
        "held. Cpl. Dan Ortiz confirmed the arrests."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Sgt. Paula Meyer", "")[3:] == "MIL", codes
    assert codes.get("Cpl. Dan Ortiz", "")[3:] == "MIL", codes


def test_abbreviated_police_rank_keeps_its_name(nlp: Language) -> None:
    text = (
        "OTTAWA (Reuters) - A woman was hurt in a crash on Route 9 on Friday. Insp. Maria Gomez said "
        "she was treated."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Insp. Maria Gomez", "")[3:] == "COP", codes


def test_regional_peoples_take_their_state(nlp: Language) -> None:
    text = (
        "Turkish officials met visiting Russian diplomats on Monday. Separately, Catalan activists "
        "rallied in a square, and Uyghur exiles petitioned the envoys."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Catalan activists", "")[:3] == "ESP", codes
    assert codes.get("Uyghur exiles", "")[:3] == "CHN", codes


def test_congress_title_is_american_in_a_story_filed_abroad(nlp: Language) -> None:
    text = (
        "BOGOTA (Reuters) - Colombia thanked Washington for the aid on Tuesday. Representative "
        "Thomas Miller called the aid a waste."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Representative Thomas Miller", "")[:3] == "USA", codes
