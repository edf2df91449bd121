"""Score event coding against the event benchmarks (``clio eval events --gold FILE``).

Two gold formats (JSON Lines with ``text``, ``date`` and ``gold_events``), told apart by their
``dataset`` field:

* **PLOVER gold standard** (``plover_gsr``): one sentence, one gold PLOVER category. Scored as
  PLOVER category micro-F1 per sentence (the set of categories coded in a sentence against the
  gold set), with old category names mapped to the PLOVER 2021 ones (DEMAND -> REQUEST,
  DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); plus category + source-country
  recall (a gold event is found when an event of its category has a source country among the
  gold source actors').
* **PETRARCH-2 validation** (``up_petr2_gsr``): CAMEO source, code and target per event.
  Scored as CAMEO root F1 (sets of roots per sentence), full-code F1, root + country-dyad F1
  (source country, root, target country; an IGO counts as ``IGO``), full-code accuracy (of the
  gold events matched at root + dyad, those with the exact code) and the number of
  no-event records on which anything was coded (must be 0).

Each record's text runs through the full pipeline as ``clio extract`` runs it (``build_nlp`` +
``prepare_doc`` with the record's date as the article date and the noise ``clio.clean`` marks).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clio.errors import InputError
from clio.evaluate.report import EvalReport, prf
from clio.records import Actor, Event
from clio.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

OLD_PLOVER_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str
    cameo: str
    plover: str
    source_countries: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    dataset: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    no_events: bool


def plover_name(name: str) -> str:
    """The PLOVER 2021 name of a category, old names mapped."""
    upper = name.strip().upper()
    return OLD_PLOVER_NAMES.get(upper, upper)


def country_of(code: str | None) -> str:
    """The country part of a CAMEO actor code ("RUSGOV" -> "RUS"; IGOs -> "IGO"; none -> "").

    PETRARCH writes an unknown country as "---" ("---REB", a bare "---" target): that is the
    same as no country, so it compares equal to a missing actor or an actor without a country.
    """
    country = (code or "")[:3].upper()
    return "" if country == "---" else country


def actor_country(actor: Actor | None) -> str:
    """The country a coded actor was resolved to ("IGO" for international organisations); ""
    for an actor whose country is unknown ("UAF", unnamed gunmen), whatever its code starts with."""
    if actor is None:
        return ""
    if actor.code.startswith("IGO"):
        return "IGO"
    return (actor.country or "").upper()


def _parse_date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _gold_event(data: dict[str, Any]) -> GoldEvent:
    sources = tuple(country_of(a.get("code")) for a in data.get("source_actors") or [] if a.get("code"))
    source = data.get("source") or ""
    return GoldEvent(
        source=source,
        target=data.get("target") or "",
        cameo=str(data.get("cameo") or ""),
        plover=plover_name(data.get("plover") or ""),
        source_countries=sources or ((country_of(source),) if source else ()),
    )


def load_gold(path: Path, *, limit: int | None = None) -> list[GoldRecord]:
    """Records of an event benchmark file."""
    records: list[GoldRecord] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not valid JSON ({exc.msg})") from None
        if "text" not in data:
            raise InputError(f"{path}:{number}", "record has no 'text'", "event gold records need text")
        records.append(
            GoldRecord(
                id=str(data.get("id", number)),
                dataset=str(data.get("dataset", "")),
                text=data["text"],
                date=_parse_date(data.get("date")),
                events=tuple(_gold_event(e) for e in data.get("gold_events") or []),
                no_events=bool(data.get("noevents")) or not data.get("gold_events"),
            )
        )
        if limit is not None and len(records) >= limit:
            break
    return records


def _describe(events: Iterable[Event]) -> str:
    return "; ".join(
        f"{e.source.code} {e.cameo}({e.plover or '-'}) {e.target.code if e.target else '-'} [{e.pattern}]"
        for e in events
    )


def score_plover(records: Sequence[GoldRecord], predictions: Sequence[Sequence[Event]]) -> EvalReport:
    """PLOVER category micro-F1 per sentence, per-category breakdown and misses."""
    tp = fp = fn = 0
    per: dict[str, Counter[str]] = {}
    found_with_country = total_gold = 0
    errors: list[str] = []
    for record, events in zip(records, predictions, strict=True):
        gold = {e.plover for e in record.events if e.plover}
        predicted = {e.plover for e in events if e.plover}
        for category in gold | predicted:
            counts = per.setdefault(category, Counter())
            if category in gold and category in predicted:
                counts["tp"] += 1
            elif category in gold:
                counts["fn"] += 1
            else:
                counts["fp"] += 1
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        for event in record.events:
            total_gold += 1
            if any(
                e.plover == event.plover and actor_country(e.source) in event.source_countries for e in events
            ):
                found_with_country += 1
        if gold != predicted:
            coded = f"coded {sorted(predicted)} :: {_describe(events)}"
            errors.append(f"{record.id}: gold {sorted(gold)} {coded} :: {record.text}")
    metrics = {f"plover_{k}": v for k, v in prf(tp, fp, fn).items()}
    metrics["plover_source_country_recall"] = found_with_country / total_gold if total_gold else 0.0
    metrics["records"] = float(len(records))
    breakdown = {cat: prf(c["tp"], c["fp"], c["fn"]) for cat, c in sorted(per.items())}
    return EvalReport(task="events", gold="", metrics=metrics, breakdown=breakdown, errors=errors)


def _sets(events: Iterable[tuple[str, str, str]]) -> tuple[set[str], set[str], set[tuple[str, str, str]]]:
    items = list(events)
    return (
        {code[:2] for _, code, _ in items},
        {code for _, code, _ in items},
        {(src, code[:2], tgt) for src, code, tgt in items},
    )


def score_cameo(records: Sequence[GoldRecord], predictions: Sequence[Sequence[Event]]) -> EvalReport:
    """CAMEO root F1, full-code F1, root + country-dyad F1, full-code accuracy, no-event check."""
    counts = {name: Counter[str]() for name in ("root", "code", "dyad")}
    per_root: dict[str, Counter[str]] = {}
    matched = exact = 0
    false_alarm_records = no_event_records = 0
    errors: list[str] = []
    for record, events in zip(records, predictions, strict=True):
        gold_items = [(country_of(e.source), e.cameo, country_of(e.target)) for e in record.events if e.cameo]
        pred_items = [(actor_country(e.source), e.cameo, actor_country(e.target)) for e in events]
        gold_sets, pred_sets = _sets(gold_items), _sets(pred_items)
        for name, gold, predicted in zip(("root", "code", "dyad"), gold_sets, pred_sets, strict=True):
            counts[name]["tp"] += len(gold & predicted)  # type: ignore[operator]
            counts[name]["fp"] += len(predicted - gold)  # type: ignore[operator]
            counts[name]["fn"] += len(gold - predicted)  # type: ignore[operator]
        for root in gold_sets[0] | pred_sets[0]:
            c = per_root.setdefault(root, Counter())
            c[
                "tp"
                if root in gold_sets[0] and root in pred_sets[0]
                else "fn"
                if root in gold_sets[0]
                else "fp"
            ] += 1
        for src, code, tgt in gold_items:
            hits = [c for s, c, t in pred_items if (s, c[:2], t) == (src, code[:2], tgt)]
            if hits:
                matched += 1
                exact += code in hits
        if record.no_events:
            no_event_records += 1
            false_alarm_records += bool(events)
        if gold_sets[2] != pred_sets[2]:
            errors.append(
                f"{record.id}: gold {sorted(f'{s} {c} {t}' for s, c, t in gold_items) or 'no event'} "
                f"coded {_describe(events) or 'nothing'} :: {record.text}"
            )
    metrics: dict[str, float] = {}
    for name, c in counts.items():
        metrics.update({f"{name}_{k}": v for k, v in prf(c["tp"], c["fp"], c["fn"]).items()})
    metrics["full_code_accuracy"] = exact / matched if matched else 0.0
    metrics["no_event_records"] = float(no_event_records)
    metrics["no_event_records_with_events"] = float(false_alarm_records)
    metrics["records"] = float(len(records))
    breakdown = {root: prf(c["tp"], c["fp"], c["fn"]) for root, c in sorted(per_root.items())}
    return EvalReport(task="events", gold="", metrics=metrics, breakdown=breakdown, errors=errors)


def code_records(
    records: Sequence[GoldRecord], settings: Settings, *, nlp: Language | None = None
) -> list[list[Event]]:
    """Run every record's text through the full pipeline (``nlp``, default: built from
    ``settings``), noise marking included, as ``clio extract`` does, and return its events."""
    from clio.clean import find_noise
    from clio.nlp import build_nlp, prepare_doc

    nlp = nlp or build_nlp(settings)
    out: list[list[Event]] = []
    for number, record in enumerate(records):
        doc = prepare_doc(
            nlp,
            record.text,
            article_id=f"gold-{number}",
            article_date=record.date,
            noise=find_noise(record.text),
        )
        doc = nlp(doc)
        out.append(list(doc._.events or []))
    return out


def score(records: Sequence[GoldRecord], predictions: Sequence[Sequence[Event]]) -> EvalReport:
    """Pick the metric by dataset: PLOVER categories, or CAMEO codes and dyads."""
    if records and all(r.dataset.startswith("plover") for r in records):
        return score_plover(records, predictions)
    return score_cameo(records, predictions)


def evaluate(
    gold: Path,
    settings: Settings,
    *,
    limit: int | None = None,
    coder: Callable[[Sequence[GoldRecord], Settings], list[list[Event]]] = code_records,
) -> EvalReport:
    """Score the event coder on ``gold`` (see the module docstring for the metrics)."""
    records = load_gold(gold, limit=limit)
    report = score(records, coder(records, settings))
    return EvalReport(
        task="events",
        gold=str(gold),
        metrics=report.metrics,
        breakdown=report.breakdown,
        errors=report.errors,
        notes=[f"mode={settings.mode}", f"goldstein={settings.goldstein}"],
    )
