"""Actor resolution: a wire dateline the story never names again is where the reporter sits, not
whose officials the story's people are; a common word the tagger takes for a place ("the gulf")
names no town."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 3, 1)  # the articles' date


def test_a_person_is_not_of_a_dateline_country_the_story_never_names(nlp: Language) -> None:
    text = (
        "NAIROBI, March 1 (Wire) — Ethiopia's government expelled seven U.N. officials on Thursday, "
        "accusing them of meddling in the war in Tigray. "
        "Tulu Legesse told reporters in Addis Ababa that the decision was final."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Tulu Legesse", "")[:3] == "ETH", codes


def test_a_person_keeps_a_dateline_country_the_story_names(nlp: Language) -> None:
    text = (
        "NAIROBI, March 1 (Wire) — Kenya's government expelled seven U.N. officials on Thursday. "
        "Tulu Legesse told reporters the decision was final."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Tulu Legesse", "")[:3] == "KEN", codes


def test_a_common_word_tagged_as_a_place_names_no_town(nlp: Language) -> None:
    codes = actor_codes(nlp, "Britain has deployed troops in the gulf.", DAY)
    assert codes.get("troops") == "GBRMIL", codes
