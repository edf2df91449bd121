"""The place finder reads a name written before a town's noun ("X police", "an X man") as a town,
not as a region or a bigger homonym abroad of the same name."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.geo.gazetteer import load_gazetteer, normalize_name
from clio.geo.resolve import Mention, resolve_mentions
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


def test_names_resolve_together_not_in_turns() -> None:
    # Updated all at once, "London" and "Richmond" pulled each other between England and Canada
    # every round and ended in different countries; updated in turn they settle together.
    gazetteer = load_gazetteer()
    names = ["London", "Richmond", "Ontario", "Japan", "Tokyo"]
    mentions = [Mention(normalize_name(name), gazetteer.lookup(name)) for name in names]
    chosen = resolve_mentions(gazetteer, mentions)
    countries = {name: gazetteer.place(c).cc for name, c in zip(names, chosen, strict=True) if c is not None}
    assert countries["London"] == countries["Richmond"] == "CA", countries


def test_a_dateline_inside_a_tagged_name_is_still_a_place(nlp: Language) -> None:
    # The tagger reads "WATKINSVILLE - Oconee County" as one organisation's name.
    text = "Budget cut. WATKINSVILLE - Oconee County commissioners approved the budget Tuesday."
    found = _countries(nlp, text)
    assert found.get("WATKINSVILLE") == "USA", found
    assert found.get("Oconee County") == "USA", found


def test_a_hyphenated_group_name_is_no_dateline(nlp: Language) -> None:
    # "RED" is a town in India; "RED-Tabara" opening a sentence is a rebel group, not a dateline.
    text = "Gunmen attacked the post. RED-Tabara, which operates from bases in eastern Congo, said so."
    assert "RED" not in _countries(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GeoNames names these Irish counties in Irish only (Maigh Eo, An Clár, Ciarraí).
        ("Anglers criticised Mayo County Council over the new road on Monday.", "Mayo"),
        ("Gardai arrested two men in Ennis, County Clare, on Monday.", "County Clare"),
        ("Flooding closed roads across County Kerry on Monday, the council said.", "County Kerry"),
    ],
)
def test_irish_counties_are_known_by_their_english_names(nlp: Language, text: str, name: str) -> None:
    assert _countries(nlp, text).get(name) == "IRL", _countries(nlp, text)
