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


def test_a_bare_government_is_that_of_the_capital_the_wire_files_from(nlp: Language) -> None:
    # Britain is named more often, but the story is filed from Nairobi and set in Kenya.
    text = (
        "NAIROBI, May 3 (Wire) — Kenya's trade minister resigned on Monday, a week after the government "
        "yielded to British demands to cut tariffs. London had threatened sanctions, and British officials "
        "said Britain would review the deal."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("government") == "KENGOV", codes
