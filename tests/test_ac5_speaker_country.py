"""A country told by what it is ("the kingdom", "the country") as the subject of what a state's
body or official says is the speaker's own country, not the country last named as a subject."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 5, 3)


def test_the_kingdom_in_a_saudi_bodys_words(nlp: Language) -> None:
    text = (
        "Iran and Saudi Arabia restored ties last year. Hours before the summit, Saudi Arabia's "
        "civil aviation authority said the kingdom would open its airspace to all carriers."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("kingdom") == "SAU", codes


def test_the_kingdom_said_alone_keeps_the_latest_subject(nlp: Language) -> None:
    text = "Jordan protested to Israel on Monday. The kingdom said the raid broke the treaty."
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("kingdom") == "JOR", codes
