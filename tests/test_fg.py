"""Actor resolution: the country of a state organ the text names without one ("the ministry",
"the government") comes from the story, not from the latest foreign actor or the wire's seat."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 3, 1)  # the articles' date


def test_a_bare_ministry_renames_the_ministry_placed_just_before(nlp: Language) -> None:
    # "the foreign ministry in Nairobi" is headed by "ministry", not by its place's last word.
    text = (
        "OTTAWA, May 3 (Wire) — Canada's envoy was summoned to the foreign ministry in Nairobi on Monday. "
        "The ministry accused Canadian officials of meddling."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("ministry") == "KENGOV", codes
