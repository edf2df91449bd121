"""Score toponym recognition and resolution against LGL-style geoparsing data (``clio eval geo``).

Gold records (JSON Lines) carry ``text`` and ``toponyms``: character spans (``start``, ``end``)
with ``lat``/``lon`` (GeoNames coordinates; null where the annotators found no entry),
``geonameid`` and ``country`` (an English country name).

Matching: a system location and a gold toponym match *exactly* when their spans are equal, and
*by overlap* when the spans share a character; pairs are made one-to-one, in text order.

- recognition P/R/F1, exact and overlap;
- on overlap-matched pairs whose gold has coordinates: accuracy within 161 km (100 miles, the
  customary threshold), median error in km, and country accuracy (ISO3 of both sides);
- end-to-end P/R/F1@161: a system location is correct only when it overlaps a gold toponym that
  has coordinates and lies within 161 km of it (gold toponyms without coordinates are left out of
  this score on both sides).

The documents go through the model and the places component only, for speed.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from clio.errors import InputError
from clio.evaluate.report import EvalReport, prf
from clio.geo.resolve import distance_km
from clio.records import Location
from clio.settings import Settings

ACCURACY_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    lat: float | None
    lon: float | None
    country: str | None  # ISO3


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@lru_cache(maxsize=512)
def country_iso3(name: str | None) -> str | None:
    """ISO3 of an English country name as GeoNames writes it (None when unknown)."""
    if not name:
        return None
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        matches = pycountry.countries.search_fuzzy(name) if len(name) > 3 else []
        return str(matches[0].alpha_3) if matches else None


def load_gold(path: Path, *, limit: int | None = None) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                toponyms = tuple(
                    GoldToponym(
                        int(t["start"]),
                        int(t["end"]),
                        t.get("lat"),
                        t.get("lon"),
                        _safe_iso3(t.get("country")),
                    )
                    for t in record["toponyms"]
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                raise InputError(f"{path}:{number}", f"not an LGL-style record ({exc})") from None
            docs.append(GoldDoc(str(record.get("doc_id", number)), text, toponyms))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _safe_iso3(name: str | None) -> str | None:
    try:
        return country_iso3(name)
    except LookupError:
        return None


def match_spans(
    gold: list[tuple[int, int]], system: list[tuple[int, int]], *, exact: bool
) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of equal or overlapping spans, in text order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g, (gs, ge) in enumerate(gold):
        for s, (ss, se) in enumerate(system):
            if s in used:
                continue
            if (ss, se) == (gs, ge) if exact else ss < ge and gs < se:
                pairs.append((g, s))
                used.add(s)
                break
    return pairs


@dataclass(slots=True)
class _Tally:
    gold: int = 0
    system: int = 0
    exact: int = 0
    overlap: int = 0
    resolvable: int = 0  # matched pairs whose gold has coordinates
    within: int = 0
    country_ok: int = 0
    country_total: int = 0
    gold_with_coords: int = 0
    system_e2e: int = 0  # system locations not matched to a coordinate-less gold toponym


def score_doc(
    doc: GoldDoc, locations: list[Location], tally: _Tally, errors: list[str], errors_km: list[float]
) -> None:
    gold_spans = [(t.start, t.end) for t in doc.toponyms]
    system_spans = [loc.span for loc in locations]
    tally.gold += len(gold_spans)
    tally.system += len(system_spans)
    tally.exact += len(match_spans(gold_spans, system_spans, exact=True))
    pairs = match_spans(gold_spans, system_spans, exact=False)
    tally.overlap += len(pairs)
    tally.gold_with_coords += sum(1 for t in doc.toponyms if t.lat is not None)
    matched_system = {s for _, s in pairs}
    coordless = {s for g, s in pairs if doc.toponyms[g].lat is None}
    tally.system_e2e += len(system_spans) - len(coordless)
    for g, s in pairs:
        gold, loc = doc.toponyms[g], locations[s]
        if gold.country is not None and gold.lat is not None:
            tally.country_total += 1
            tally.country_ok += gold.country == loc.country
        if gold.lat is None or gold.lon is None:
            continue
        tally.resolvable += 1
        km = (
            distance_km(gold.lat, gold.lon, loc.lat or 0.0, loc.lon or 0.0)
            if loc.lat is not None
            else 20000.0
        )
        errors_km.append(km)
        if km <= ACCURACY_KM:
            tally.within += 1
        else:
            mention = doc.text[gold.start : gold.end]
            errors.append(f"{doc.doc_id} {mention!r} -> {loc.name} ({loc.country}) {km:.0f} km off")
    matched_gold = {g for g, _ in pairs}
    for g, t in enumerate(doc.toponyms):
        if g not in matched_gold:
            errors.append(f"{doc.doc_id} missed {doc.text[t.start : t.end]!r} at {t.start}")
    for s, loc in enumerate(locations):
        if s not in matched_system:
            errors.append(
                f"{doc.doc_id} spurious {loc.text!r} at {loc.span[0]} -> {loc.name} ({loc.country})"
            )


def evaluate(gold: Path, settings: Settings, *, limit: int | None = None) -> EvalReport:
    from clio.nlp import build_nlp, prepare_doc

    docs = load_gold(gold, limit=limit)
    nlp = build_nlp(settings, components=("clio_places",))
    tally = _Tally()
    errors: list[str] = []
    errors_km: list[float] = []
    for doc in docs:
        parsed = nlp(prepare_doc(nlp, doc.text, article_id=doc.doc_id))
        score_doc(doc, parsed._.locations or [], tally, errors, errors_km)
    exact = prf(tally.exact, tally.system - tally.exact, tally.gold - tally.exact)
    overlap = prf(tally.overlap, tally.system - tally.overlap, tally.gold - tally.overlap)
    e2e = prf(tally.within, tally.system_e2e - tally.within, tally.gold_with_coords - tally.within)
    metrics = {
        "docs": float(len(docs)),
        "gold_toponyms": float(tally.gold),
        "system_locations": float(tally.system),
        "recognition_exact_p": exact["precision"],
        "recognition_exact_r": exact["recall"],
        "recognition_exact_f1": exact["f1"],
        "recognition_overlap_p": overlap["precision"],
        "recognition_overlap_r": overlap["recall"],
        "recognition_overlap_f1": overlap["f1"],
        "accuracy_161km": tally.within / tally.resolvable if tally.resolvable else 0.0,
        "median_error_km": statistics.median(errors_km) if errors_km else 0.0,
        "country_accuracy": tally.country_ok / tally.country_total if tally.country_total else 0.0,
        "resolved_pairs": float(tally.resolvable),
        "e2e_p_161": e2e["precision"],
        "e2e_r_161": e2e["recall"],
        "e2e_f1_161": e2e["f1"],
    }
    notes = [
        "matching: exact = equal spans; overlap = spans share a character (one-to-one, text order)",
        "accuracy_161km, median_error_km and country_accuracy are on overlap-matched pairs whose gold "
        "toponym has coordinates; e2e counts a location correct when it overlaps such a toponym "
        "within 161 km",
    ]
    return EvalReport(task="geo", gold=str(gold), metrics=metrics, errors=errors, notes=notes)
