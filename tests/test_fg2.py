"""The place finder reads a name written before a town's noun ("X police", "an X man") as a town,
not as a region or a bigger homonym abroad of the same name."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2009, 3, 2)))
    return {location.text: location.country for location in doc._.locations}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Berea is a district of Lesotho (and an old name of Aleppo) and towns in Ohio and Kentucky.
        ("Officers of the Berea police arrested a driver on Tuesday after a short chase.", "Berea", "USA"),
        # Delta is a state of Nigeria and a city near Vancouver.
        ("A Delta police officer told the hearing he had examined the weapon.", "Delta", "CAN"),
    ],
)
def test_a_name_before_a_town_noun_is_a_town(nlp: Language, text: str, name: str, country: str) -> None:
    assert _countries(nlp, text).get(name) == country


def test_the_town_cue_speaks_for_the_bare_name_too(nlp: Language) -> None:
    text = "Robbery in Berea. Berea police are looking for the man who took a purse on Friday."
    found = _countries(nlp, text)
    assert found.get("Berea") == "USA", found


def test_a_big_region_keeps_its_name_before_a_town_noun(nlp: Language) -> None:
    # Florida is also a town in Cuba; "a Florida man" still means the state.
    assert (
        _countries(nlp, "A Florida man was arrested after a chase on the interstate.").get("Florida") == "USA"
    )
