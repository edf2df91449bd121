"""Score actor recognition against event gold data (``clio eval actors --gold FILE``).

Works on both event benchmarks (PLOVER gold standard records and PETRARCH-2 validation records):
each gold event names a source and a target as CAMEO codes ("USA", "LBRREF", "IGO"; several
joined by ";"). Per record, the gold actors are the union of all sources and targets; the system
actors are the codes of ``doc._.actors`` found in the sentence (run through the pipeline with the
record's date as the article date).

* **country level** — sets of country codes per record (the first three letters; IGO and NGO
  codes both count as ``IGO``, the gold data's label for any international organisation);
  micro precision / recall / F1 over all records. Sector-only system actors (no country) are
  not counted.
* **country+sector level** — only for the countries whose gold code carries a sector
  ("LBRREF", "RUSGOV"; not "USA" or "ISR***"): gold items are country + first sector code, system
  items are the system codes (country + first sector) for those same countries; micro P/R/F1.
  International organisations are left out here (their second-level codes differ between
  conventions: "IGOGOV" in the gold vs CAMEO's "IGOUNO").
* Legacy gold country codes are read as ISO 3166 (``JAP`` -> JPN, ``ITL`` -> ITA).
* Records without any gold actor (no-event records) are skipped: they annotate no actors.
* **source / target recall** — the share of gold source (target) countries found.

Note the gold lists only the actors of the coded events, while the system reports every actor in
the sentence, so country-level precision is a lower bound.

Each metric is reported twice:

* ``mentions`` (the metric names without prefix) — every actor the actor component finds in the
  sentence, as above;
* ``participants_*`` — the sources and targets of the events the event coder finds in the
  sentence, the system's own answer to "who acted on whom"; a sentence where it codes no event
  falls back to its actor mentions, so a missed event costs what it costs in ``mentions``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clio.errors import InputError
from clio.evaluate.report import EvalReport, prf
from clio.settings import Settings

_INTERNATIONAL = ("IGO", "NGO")
# Legacy country codes found in the PLOVER gold, read as their ISO 3166 equivalents.
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA"}


@dataclass(frozen=True, slots=True)
class GoldActors:
    id: str
    text: str
    date: dt.date | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def _codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    codes = (code.strip() for code in value.split(";") if code.strip())
    return tuple(GOLD_CODE_FIXES.get(code[:3], code[:3]) + code[3:] for code in codes)


def read_gold(path: Path, *, limit: int | None = None) -> list[GoldActors]:
    records: list[GoldActors] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                events = data.get("gold_events") or []
                # The PLOVER records carry a placeholder date (2000-01-01), not a real one.
                date = None if data.get("dataset") == "plover_gsr" else parse_gold_date(data.get("date"))
                records.append(
                    GoldActors(
                        id=str(data.get("id", number)),
                        text=data["text"],
                        date=date,
                        sources=tuple(c for e in events for c in _codes(e.get("source"))),
                        targets=tuple(c for e in events for c in _codes(e.get("target"))),
                    )
                )
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise InputError(
                    f"{path}:{number}",
                    f"not a gold event record ({exc})",
                    "expected JSON with text and gold_events",
                ) from exc
            if limit is not None and len(records) >= limit:
                break
    return records


def parse_gold_date(value: Any) -> dt.date | None:
    """``2008-08-04``, or ``121108`` (yymmdd, as some PETRARCH records have); None when absent."""
    if not isinstance(value, str) or not value:
        return None
    if len(value) == 6 and value.isdigit():
        year = int(value[:2])
        return dt.date(year + (2000 if year < 30 else 1900), int(value[2:4]), int(value[4:6]))
    return dt.date.fromisoformat(value[:10])


def country_of(code: str) -> str | None:
    """The country-level label of a CAMEO code: ``RUSGOV`` -> RUS, ``IGOWSTNAT`` / ``NGO...`` -> IGO."""
    head = code[:3].upper()
    if len(head) < 3 or not head.isalpha():
        return None
    return "IGO" if head in _INTERNATIONAL else head


def sector_of(code: str) -> str | None:
    """The first sector of a country code (``LBRREF`` -> REF); None for IGOs, bare or unknown ("***")."""
    if country_of(code) in (None, "IGO"):
        return None
    sector = code[3:6]
    return sector.upper() if len(sector) == 3 and sector.isalpha() else None


@dataclass(slots=True)
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], found: set[str]) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)


def score(records: Iterable[tuple[GoldActors, list[str]]]) -> tuple[dict[str, float], list[str]]:
    """Metrics and error lines from (gold record, system codes) pairs."""
    country = _Counts()
    sector = _Counts()
    source_hit = source_all = target_hit = target_all = 0
    errors: list[str] = []
    for gold, system_codes in records:
        gold_codes = [*gold.sources, *gold.targets]
        if not any(country_of(c) for c in gold_codes):
            continue  # a record without coded events says nothing about its actors
        gold_countries = {c for c in map(country_of, gold_codes) if c}
        found_countries = {c for c in map(country_of, system_codes) if c}
        country.add(gold_countries, found_countries)
        with_sector = {f"{country_of(c)}{sector_of(c)}" for c in gold_codes if sector_of(c)}
        sector_countries = {item[:3] for item in with_sector}
        found_sector = {
            f"{country_of(c)}{sector_of(c)}"
            for c in system_codes
            if sector_of(c) and country_of(c) in sector_countries
        }
        sector.add(with_sector, found_sector)
        for code in gold.sources:
            label = country_of(code)
            if label:
                source_all += 1
                source_hit += label in found_countries
        for code in gold.targets:
            label = country_of(code)
            if label:
                target_all += 1
                target_hit += label in found_countries
        missing, extra = gold_countries - found_countries, found_countries - gold_countries
        wrong_sector = with_sector - found_sector
        if missing or extra or wrong_sector:
            errors.append(
                f"{gold.id}: gold {sorted(gold_codes)} system {sorted(system_codes)}"
                f" missing {sorted(missing)} extra {sorted(extra)} sector-miss {sorted(wrong_sector)}"
                f" | {gold.text[:160]}"
            )
    metrics: dict[str, float] = {}
    for name, counts in (("country", country), ("country_sector", sector)):
        for key, value in prf(counts.tp, counts.fp, counts.fn).items():
            metrics[f"{name}_{key}"] = round(value, 4)
    metrics["source_country_recall"] = round(source_hit / source_all, 4) if source_all else 0.0
    metrics["target_country_recall"] = round(target_hit / target_all, 4) if target_all else 0.0
    return metrics, errors


def _participants(doc: Any) -> list[str]:
    """Codes of the sources and targets of the sentence's events; its actor mentions if none."""
    codes = [
        actor.code
        for event in doc._.events or ()
        for actor in (event.source, event.target)
        if actor is not None and actor.code
    ]
    return codes or [actor.code for actor in doc._.actors]


def evaluate(gold: Path, settings: Settings, *, limit: int | None = None) -> EvalReport:
    """Run the pipeline on each gold sentence and score its actors (see the module docstring)."""
    from clio.clean import find_noise
    from clio.nlp import build_nlp, prepare_doc

    records = read_gold(gold, limit=limit)
    nlp = build_nlp(settings)
    mentions = []
    participants = []
    for record in records:
        text = record.text
        doc = nlp(
            prepare_doc(nlp, text, article_id=record.id, article_date=record.date, noise=find_noise(text))
        )
        mentions.append((record, [actor.code for actor in doc._.actors]))
        participants.append((record, _participants(doc)))
    metrics, errors = score(mentions)
    participant_metrics, participant_errors = score(participants)
    errors.extend(f"participants {line}" for line in participant_errors)
    metrics.update({f"participants_{name}": value for name, value in participant_metrics.items()})
    metrics["records"] = float(len(records))
    return EvalReport(
        task="actors",
        gold=str(gold),
        metrics=metrics,
        errors=errors,
        notes=[
            "country: per-record sets of country codes (IGO/NGO -> IGO), micro P/R/F1",
            "country_sector: country + first sector, only for gold countries that carry a sector",
            "gold lists event actors only; mentions are every actor found: their precision is a lower bound",
            "participants_*: the sources and targets of the events coded in the sentence (mentions if none)",
        ],
    )
