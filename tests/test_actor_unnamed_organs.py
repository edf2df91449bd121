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


def test_the_north_is_the_country_named_north_korea_earlier(nlp: Language) -> None:
    # "the North" and the army it owns are North Korea's, not of the wire's seat (Seoul).
    text = (
        "SEOUL, Aug 21 (Wire) — North Korea warned the South on Friday. The North fired two shells "
        "across the border. Hours later, the North's army sent a letter."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("North") == "PRK", codes
    assert codes.get("army") == "PRKMIL", codes


def test_the_west_is_not_the_west_bank(nlp: Language) -> None:
    text = "JERUSALEM, May 2 (Wire) — Troops raided two towns in the West Bank. The West urged restraint."
    codes = actor_codes(nlp, text, DAY)
    assert "West" not in codes, codes


def test_a_government_with_an_owner_does_not_take_the_dateline(nlp: Language) -> None:
    # "its neighbour's government" names whose it is; the dateline (Bujumbura) must not override it.
    text = (
        "BUJUMBURA, Jan 12 (Wire) — Rwanda accused Burundi on Friday of sealing the border. Burundi's "
        "minister said Burundi had suspended all dealings with its neighbour's government. Rwanda said "
        "Kigali regretted it."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("government") == "RWAGOV", codes
