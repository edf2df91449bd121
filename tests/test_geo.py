"""Gazetteer, resolver and scorer logic (no spaCy model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clio.evaluate.geo import GoldDoc, GoldToponym, _Tally, country_iso3, load_gold, match_spans, score_doc
from clio.geo.gazetteer import iso3, load_gazetteer, normalize_name
from clio.geo.lexicon import load_lexicon
from clio.geo.resolve import Mention, distance_km, resolve_mentions
from clio.records import Location


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Paris", "paris"),
        ("St. Louis", "saint louis"),
        ("Ft. Worth", "fort worth"),
        ("the Netherlands", "netherlands"),
        ("Winston-Salem", "winston salem"),
        ("Côte d’Ivoire", "côte d'ivoire"),
        ("Mt. Vernon", "mount vernon"),
        ("Stanford", "stanford"),  # "st" only as a whole word
    ],
)
def test_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


@pytest.mark.parametrize(
    ("name", "kind", "cc", "lat", "lon"),
    [
        ("Kyiv", "city", "UA", 50.45, 30.52),
        ("Kiev", "city", "UA", 50.45, 30.52),
        ("Beijing", "city", "CN", 39.9, 116.4),
        ("Tbilisi", "city", "GE", 41.7, 44.8),
        ("Cottonport", "city", "US", 30.98, -92.05),  # a town of 2,000 people in Louisiana
        ("St. Louis", "city", "US", 38.63, -90.2),
        ("Crimea", "region", "UA", 45.0, 34.1),
        ("Tigray", "adm1", "ET", 14.0, 39.0),
        ("Ukraine", "country", "UA", 49.0, 32.0),
        ("U.S.", "country", "US", 39.8, -98.5),
        ("Britain", "country", "GB", 54.8, -2.7),
        ("Tex.", "adm1", "US", 31.2, -99.3),
        ("Avoyelles Parish", "adm2", "US", 31.1, -92.0),
        ("Europe", "continent", "", 48.7, 9.1),
        ("Gaza Strip", "region", "PS", 31.4, 34.4),
    ],
)
def test_gazetteer_lookup(name: str, kind: str, cc: str, lat: float, lon: float) -> None:
    gazetteer = load_gazetteer()
    places = [gazetteer.place(i) for i in gazetteer.lookup(name)]
    matching = [p for p in places if p.kind == kind and p.cc == cc]
    assert matching, f"{name}: {places}"
    best = max(matching, key=lambda p: p.population)
    assert distance_km(best.lat, best.lon, lat, lon) < 161


@pytest.mark.parametrize("name", ["Kelleyland", "Orchard St.", "Sheriff's Office", ""])
def test_gazetteer_misses(name: str) -> None:
    assert load_gazetteer().lookup(name) == ()


@pytest.mark.parametrize(
    ("word", "cc"),
    [("Ukrainian", "UA"), ("American", "US"), ("Chinese", "CN"), ("French", "FR"), ("Sofa", None)],
)
def test_demonyms(word: str, cc: str | None) -> None:
    assert load_gazetteer().demonym_country(word) == cc


@pytest.mark.parametrize(("cc", "code"), [("UA", "UKR"), ("US", "USA"), ("XK", "XKX"), ("", None)])
def test_iso3(cc: str, code: str | None) -> None:
    assert iso3(cc) == code


def test_gazetteer_loads_once() -> None:
    assert load_gazetteer() is load_gazetteer()
    assert "border" in load_lexicon().demonym_place_nouns


def _resolve(*names: str, qualifiers: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """Resolve names as one document; returns (name, cc, admin1) per mention."""
    gazetteer = load_gazetteer()
    qualifiers = qualifiers or {}
    mentions = []
    for name in names:
        qualifier = qualifiers.get(name)
        ids = gazetteer.lookup(qualifier) if qualifier else ()
        mentions.append(Mention(normalize_name(name), gazetteer.lookup(name), ids))
    out = []
    for index in resolve_mentions(gazetteer, mentions):
        assert index is not None
        place = gazetteer.place(index)
        out.append((place.name, place.cc, place.admin1))
    return out


@pytest.mark.parametrize(
    ("names", "qualifiers", "position", "expected_cc", "expected_admin1"),
    [
        (("Paris",), None, 0, "FR", "Ile-de-France"),  # population prior alone
        (("Paris", "Texas"), {"Paris": "Texas"}, 0, "US", "Texas"),  # "Paris, Texas"
        (("Paris", "Dallas", "Tyler", "Texas"), None, 0, "US", "Texas"),  # context, no qualifier
        (("Georgia",), None, 0, "GE", ""),  # the country, without context
        (("Georgia", "Atlanta", "Savannah"), None, 0, "US", "Georgia"),  # the US state
        (("Georgia", "Tbilisi", "Russia"), None, 0, "GE", ""),
        (("Washington",), None, 0, "US", "Washington, D.C."),  # the capital, not the state
        (("Alexandria", "Pineville", "Cottonport", "Louisiana"), None, 0, "US", "Louisiana"),
        (("Alexandria", "Cairo"), None, 0, "EG", None),
        (("Kyiv", "Crimea"), None, 1, "UA", None),
    ],
)
def test_resolution_uses_context(
    names: tuple[str, ...],
    qualifiers: dict[str, str] | None,
    position: int,
    expected_cc: str,
    expected_admin1: str | None,
) -> None:
    name, cc, admin1 = _resolve(*names, qualifiers=qualifiers)[position]
    assert cc == expected_cc, name
    if expected_admin1 is not None:
        assert admin1 == expected_admin1


def test_resolution_without_candidates() -> None:
    assert resolve_mentions(load_gazetteer(), [Mention("kelleyland", ())]) == [None]


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((48.8566, 2.3522), (51.5074, -0.1278), 344),
        ((0.0, 0.0), (0.0, 1.0), 111),
        ((10.0, 10.0), (10.0, 10.0), 0),
    ],
)
def test_distance(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert distance_km(*a, *b) == pytest.approx(km, abs=2)


@pytest.mark.parametrize(
    ("gold", "system", "exact", "pairs"),
    [
        ([(0, 5)], [(0, 5)], True, [(0, 0)]),
        ([(0, 5)], [(0, 9)], True, []),
        ([(0, 5)], [(0, 9)], False, [(0, 0)]),
        ([(0, 5), (10, 15)], [(12, 20)], False, [(1, 0)]),
        ([(0, 5)], [(5, 9)], False, []),  # touching is not overlapping
        ([(0, 5), (3, 8)], [(2, 6)], False, [(0, 0)]),  # one-to-one
    ],
)
def test_match_spans(
    gold: list[tuple[int, int]], system: list[tuple[int, int]], exact: bool, pairs: list[tuple[int, int]]
) -> None:
    assert match_spans(gold, system, exact=exact) == pairs


def test_score_doc_counts() -> None:
    text = "Fire in Alexandria and Paris."
    gold = GoldDoc(
        "d1",
        text,
        (GoldToponym(8, 18, 31.31, -92.45, "USA"), GoldToponym(23, 28, 33.66, -95.56, "USA")),
    )
    system = [
        Location("Alexandria", (8, 18), "Alexandria", "USA", 31.3, -92.4, "1"),  # right
        Location("Paris", (23, 28), "Paris", "FRA", 48.85, 2.35, "2"),  # wrong Paris
        Location("Fire", (0, 4), "Fire", "ITA", 45.0, 9.0, "3"),  # spurious
    ]
    tally, errors, km = _Tally(), list[str](), list[float]()
    score_doc(gold, system, tally, errors, km)
    assert (tally.gold, tally.system, tally.exact, tally.overlap) == (2, 3, 2, 2)
    assert (tally.resolvable, tally.within, tally.country_ok, tally.country_total) == (2, 1, 1, 2)
    assert any("spurious 'Fire'" in e for e in errors)


@pytest.mark.parametrize(("name", "code"), [("United States", "USA"), ("Russia", "RUS"), (None, None)])
def test_country_iso3(name: str | None, code: str | None) -> None:
    assert country_iso3(name) == code


def test_load_gold(tmp_path: Path) -> None:
    record = {
        "doc_id": "1",
        "text": "In Paris.",
        "toponyms": [{"start": 3, "end": 8, "lat": 48.85, "lon": 2.35, "country": "France"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.toponyms == (GoldToponym(3, 8, 48.85, 2.35, "FRA"),)
