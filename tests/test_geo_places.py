"""The clio_places component and location_for_sentence, through the spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from clio.geo.resolve import distance_km
from clio.nlp import prepare_doc
from clio.nlp.places import location_for_sentence
from clio.records import Location


def _locations(nlp: Language, text: str, noise: tuple[tuple[int, int], ...] = ()) -> list[Location]:
    doc = nlp(prepare_doc(nlp, text, noise=noise))
    locations: list[Location] = doc._.locations
    for location in locations:
        assert text[location.span[0] : location.span[1]] == location.text
    return locations


@pytest.mark.parametrize(
    ("text", "mention", "country", "lat", "lon"),
    [
        ("Talks were held in Ankara on Wednesday.", "Ankara", "TUR", 39.9, 32.9),
        ("Troops massed on the Ukrainian border.", "Ukrainian border", "UKR", 49.0, 32.0),
        ("Fighting continued in western Tigray.", "Tigray", "ETH", 14.0, 39.0),
        ("Russia annexed Crimea in 2014.", "Crimea", "UKR", 45.0, 34.1),
        ("He grew up in Paris, Texas.", "Paris", "USA", 33.66, -95.56),
        ("The mayor of Paris met the president in France.", "Paris", "FRA", 48.85, 2.35),
        ("The governor of Georgia spoke in Atlanta.", "Georgia", "USA", 32.7, -83.4),
        ("Russian tanks entered Georgia near Tbilisi.", "Georgia", "GEO", 42.0, 43.5),
        ("The president flew to Washington for talks.", "Washington", "USA", 38.9, -77.0),
        ("Protesters gathered in Beijing and Shanghai.", "Shanghai", "CHN", 31.2, 121.5),
        ("The attack happened in Kabul, Afghanistan.", "Kabul", "AFG", 34.5, 69.2),
        (
            "Deputies arrested 14 people in the Cottonport area of Louisiana.",
            "Cottonport",
            "USA",
            30.98,
            -92.05,
        ),
        ("NEW YORK (Reuters) - Stocks fell on Monday.", "NEW YORK", "USA", 40.71, -74.0),  # the city
        (
            "Officers of the Gainesville Police Department made the arrest.",
            "Gainesville",
            "USA",
            29.65,
            -82.32,
        ),
        ("Missiles struck Kharkiv and Odesa overnight.", "Odesa", "UKR", 46.5, 30.7),
        ("Missiles struck Kharkiv and Odesa overnight.", "Kharkiv", "UKR", 50.0, 36.2),
        ("Rebels seized Goma in eastern Congo.", "Congo", "COD", 0.0, 25.0),
    ],
)
def test_toponyms_resolved(
    nlp: Language, text: str, mention: str, country: str, lat: float, lon: float
) -> None:
    found = {location.text: location for location in _locations(nlp, text)}
    assert mention in found, f"{mention!r} not in {list(found)}"
    location = found[mention]
    assert location.country == country
    assert location.lat is not None and location.lon is not None
    assert distance_km(location.lat, location.lon, lat, lon) < 161


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Peterson gave a lecture.",
        "Georgia Smith was arrested on Tuesday.",
        "Paris Hilton arrived late.",
        "He spoke at the White House.",
        "The committee met on Monday to discuss the budget.",
        "The Supreme Court and the Constitutional Court ruled on Monday.",  # courts, not towns
        # A legislature is no town (there is a Congress in Arizona), wherever it sits.
        "Farmers stormed Congress, and lawmakers in Parliament voted at night.",
        "Protesters stormed Parliament.",
    ],
)
def test_no_toponyms(nlp: Language, text: str) -> None:
    assert _locations(nlp, text) == []


@pytest.mark.parametrize("text", ["", "   ", "In", "\u201cin\u201d"])
def test_degenerate_texts(nlp: Language, text: str) -> None:
    assert _locations(nlp, text) == []


def test_noise_is_skipped(nlp: Language) -> None:
    text = "JOHN ROE / AFP via Getty Images in London The minister arrived in Kyiv."
    noise = ((0, 41),)
    assert [location.text for location in _locations(nlp, text, noise)] == ["Kyiv"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At talks in Ankara on Wednesday, the Turkish minister met his Swedish counterpart.", "Ankara"),
        ("Troops massed on the Ukrainian border.", "Ukrainian border"),
        ("Police clashed with protesters in Beijing.", "Beijing"),
        ("Turkey criticized Sweden on Monday.", None),
        ("The Russian foreign minister spoke to reporters.", None),
    ],
)
def test_location_for_sentence(nlp: Language, text: str, expected: str | None) -> None:
    doc = nlp(prepare_doc(nlp, text))
    (sent,) = list(doc.sents)
    location = location_for_sentence(doc, sent)
    assert (location.text if location else None) == expected
