"""Actor resolution: the country of a state organ the text names without one ("the ministry",
"the government") comes from the story, not from the latest foreign actor or the wire's seat."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 3, 1)  # the articles' date

NORTH = (
    "SEOUL, Aug 21 (Wire) — North Korea warned the South on Friday. The North fired two shells "
    "across the border. Hours later, the North's army sent a letter."
)

# (text, a mention's words, its code; None: no actor)
CASES = [
    # "the foreign ministry in Nairobi" is headed by "ministry", not by its place's last word.
    (
        "OTTAWA, May 3 (Wire) — Canada's envoy was summoned to the foreign ministry in Nairobi on Monday. "
        "The ministry accused Canadian officials of meddling.",
        "ministry",
        "KENGOV",
    ),
    # Britain is named more often, but the story is filed from Nairobi and set in Kenya.
    (
        "NAIROBI, May 3 (Wire) — Kenya's trade minister resigned on Monday, a week after the government "
        "yielded to British demands to cut tariffs. London had threatened sanctions, and British officials "
        "said Britain would review the deal.",
        "government",
        "KENGOV",
    ),
    # "the North" and the army it owns are North Korea's, not of the wire's seat (Seoul).
    (NORTH, "North", "PRK"),
    (NORTH, "army", "PRKMIL"),
    # "the West" is never the West Bank.
    (
        "JERUSALEM, May 2 (Wire) — Troops raided two towns in the West Bank. The West urged restraint.",
        "West",
        None,
    ),
    # "its neighbour's government" names whose it is; the dateline (Bujumbura) must not override it.
    (
        "BUJUMBURA, Jan 12 (Wire) — Rwanda accused Burundi on Friday of sealing the border. Burundi's "
        "minister said Burundi had suspended all dealings with its neighbour's government. Rwanda said "
        "Kigali regretted it.",
        "government",
        "RWAGOV",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_an_unnamed_organ_takes_the_story_country(
    nlp: Language, text: str, words: str, expected: str | None
) -> None:
    codes = actor_codes(nlp, text, DAY)
    assert codes.get(words) == expected, codes
