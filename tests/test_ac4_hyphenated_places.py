"""The end of a hyphenated place name is no place of its own: "Dade" in "Miami-Dade" is not the
Chinese town of that name; the whole name is looked up instead ("Miami-Dade County")."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.nlp import prepare_doc
from tests.actor_text import actor_codes

DAY = dt.date(2021, 6, 4)


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=DAY))
    return {location.text: location.country for location in doc._.locations}


def test_the_whole_hyphenated_name_is_the_place(nlp: Language) -> None:
    found = _countries(nlp, "Officers of the Miami-Dade police detained a driver on Friday after a chase.")
    assert found.get("Miami-Dade") == "USA", found
    assert "Dade" not in found, found


def test_a_hyphenated_county_places_its_police(nlp: Language) -> None:
    codes = actor_codes(nlp, "The Miami-Dade police arrested two teenagers on Thursday after a robbery.", DAY)
    assert codes.get("police") == "USACOP", codes
