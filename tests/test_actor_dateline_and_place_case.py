"""Actor resolution: a wire dateline the story never names again is where the reporter sits, not
whose officials the story's people are; a common word the tagger takes for a place ("the gulf")
names no town."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.clean import find_noise
from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str) -> dict[str, str]:
    """Each actor's text and its code, with the dateline found as the pipeline finds it."""
    day = dt.date(2022, 3, 1)
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day, noise=find_noise(text)))
    return {a.text: a.code for a in doc._.actors}


def test_a_person_is_not_of_a_dateline_country_the_story_never_names(nlp: Language) -> None:
    text = (
        "NAIROBI, March 1 (Wire) — Ethiopia's government expelled seven U.N. officials on Thursday, "
        "accusing them of meddling in the war in Tigray. "
        "Tulu Legesse told reporters in Addis Ababa that the decision was final."
    )
    codes = actor_codes(nlp, text)
    assert codes.get("Tulu Legesse", "")[:3] == "ETH", codes


def test_a_person_keeps_a_dateline_country_the_story_names(nlp: Language) -> None:
    text = (
        "NAIROBI, March 1 (Wire) — Kenya's government expelled seven U.N. officials on Thursday. "
        "Tulu Legesse told reporters the decision was final."
    )
    codes = actor_codes(nlp, text)
    assert codes.get("Tulu Legesse", "")[:3] == "KEN", codes


def test_a_common_word_tagged_as_a_place_names_no_town(nlp: Language) -> None:
    codes = actor_codes(nlp, "Britain has deployed troops in the gulf.")
    assert codes.get("troops") == "GBRMIL", codes
