"""Score PLOVER mode and context (``clio eval plover --gold FILE``) on PLOVER gold-standard records.

Each record's text runs through the full pipeline (as ``clio eval events`` does). A gold event
is *matched* when the sentence has a coded event of the same PLOVER type; mode and context are
scored on matched events only, and only where the gold gives them:

* **mode accuracy**: of matched gold events with a mode, those where a coded event of that type
  has the same mode;
* **context precision / recall / F1**: per matched gold event with contexts, the gold set
  against the union of the contexts of the coded events of that type (micro-averaged).

Each is also computed for the CAMEO2PLOVER table alone (the coded CAMEO code's mode and
contexts, no cue words), to show what the cue words add.

The gold file predates the 2021 table, so its older names are read in the 2021 vocabulary
first (the same kind of mapping as the event scorer's DEMAND -> REQUEST): the modes in
``GOLD_MODES`` (hunger strikes ``strike-hun`` -> ``hunger``, strikes -> ``boycott`` as in CAMEO
143, organised or spontaneous demonstrations and riots -> ``demo``, ``riot``, hosting -> ``visit``
as in CAMEO 043, ``detain`` -> ``arrest``, threatened curfews and martial law -> ``restrict`` as
in CAMEO 1323/1324), ``other`` as no mode, and the contexts in ``GOLD_CONTEXTS`` (``refugee(s)``
-> ``migration``, ``resources`` -> ``resource``, ``rights`` -> ``rights_freedoms``, the protest
context ``political`` (political and constitutional reform) -> ``political_institutions``,
``discrimination`` -> ``religion_ethnicity``, ``assets`` -> ``economic``). The 2021 table's
``executive`` (change of leadership or policy) is counted as ``government`` on both sides.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clio.errors import InputError
from clio.evaluate.events import GoldRecord, code_records, load_gold, plover_name
from clio.evaluate.report import EvalReport, prf
from clio.ontology.plover import load_plover
from clio.records import Event
from clio.settings import Settings

GOLD_MODES = {
    ("PROTEST", "strike-hun"): "hunger",
    ("PROTEST", "strike-gen"): "boycott",
    ("PROTEST", "strike-lim"): "boycott",
    ("PROTEST", "demo-org"): "demo",
    ("PROTEST", "demo-spon"): "demo",
    ("PROTEST", "riot-spon"): "riot",
    ("CONSULT", "host"): "visit",
    ("COERCE", "detain"): "arrest",
    ("THREATEN", "curfew"): "restrict",
    ("THREATEN", "martial-law"): "restrict",
}
NO_MODE = frozenset({"other"})
GOLD_CONTEXTS = {
    "refugee": "migration",
    "refugees": "migration",
    "resources": "resource",
    "rights": "rights_freedoms",
    "political": "political_institutions",
    "discrimination": "religion_ethnicity",
    "assets": "economic",
    "executive": "government",
}


@dataclass(frozen=True, slots=True)
class GoldDetail:
    """The PLOVER type, mode and contexts of one gold event (in the 2021 vocabulary)."""

    plover: str
    mode: str | None
    contexts: frozenset[str]


def gold_mode(plover: str, mode: str) -> str | None:
    name = mode.strip().lower()
    if not name or name in NO_MODE:
        return None
    return GOLD_MODES.get((plover, name), name)


def normal_contexts(values: Iterable[str]) -> frozenset[str]:
    names = (v.strip().lower() for v in values)
    return frozenset(GOLD_CONTEXTS.get(n, n) for n in names if n)


def gold_detail(data: dict[str, Any]) -> GoldDetail:
    plover = plover_name(str(data.get("plover") or ""))
    return GoldDetail(
        plover=plover,
        mode=gold_mode(plover, str(data.get("mode") or "")),
        contexts=normal_contexts(str(data.get("context") or "").split(",")),
    )


def load_details(path: Path, *, limit: int | None = None) -> list[list[GoldDetail]]:
    """The gold events' PLOVER details, record by record (the same records as ``load_gold``)."""
    details: list[list[GoldDetail]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not valid JSON ({exc.msg})") from None
        details.append([gold_detail(e) for e in data.get("gold_events") or []])
        if limit is not None and len(details) >= limit:
            break
    return details


Predict = Callable[[Event], tuple[str | None, frozenset[str]]]


def coded(event: Event) -> tuple[str | None, frozenset[str]]:
    """What Clio output: the event's mode and contexts."""
    return event.mode, normal_contexts(event.context)


def table_only(event: Event) -> tuple[str | None, frozenset[str]]:
    """What the CAMEO2PLOVER table alone gives the event's code."""
    mapping = load_plover().mapping(event.cameo)
    if mapping is None:
        return None, frozenset()
    mode = mapping.mode if mapping.type == event.plover else None
    return mode, normal_contexts(mapping.contexts)


@dataclass
class _Tally:
    mode_gold: int = 0
    mode_right: int = 0
    mode_given: int = 0
    context: Counter[str] = field(default_factory=Counter)


def score(
    records: Sequence[GoldRecord],
    details: Sequence[Sequence[GoldDetail]],
    predictions: Sequence[Sequence[Event]],
) -> EvalReport:
    """Mode accuracy and context P/R/F1 on matched gold events (see the module docstring)."""
    variants: dict[str, Predict] = {"": coded, "table_only_": table_only}
    tallies = {name: _Tally() for name in variants}
    per_type: dict[str, Counter[str]] = {}
    matched = unmatched = 0
    errors: list[str] = []
    for record, gold_events, events in zip(records, details, predictions, strict=True):
        for gold in gold_events:
            if not gold.plover:
                continue
            same = [e for e in events if e.plover == gold.plover]
            if not same:
                unmatched += 1
                continue
            matched += 1
            counts = per_type.setdefault(gold.plover, Counter())
            for name, predict in variants.items():
                tally = tallies[name]
                outputs = [predict(e) for e in same]
                modes = {m for m, _ in outputs if m}
                contexts = frozenset().union(*(c for _, c in outputs))
                if gold.mode:
                    tally.mode_gold += 1
                    tally.mode_given += bool(modes)
                    tally.mode_right += gold.mode in modes
                    if not name:
                        counts["mode_gold"] += 1
                        counts["mode_right"] += gold.mode in modes
                        if gold.mode not in modes:
                            errors.append(
                                f"{record.id}: {gold.plover} mode gold {gold.mode!r} coded "
                                f"{sorted(modes) or 'none'} :: {record.text}"
                            )
                if gold.contexts:
                    tally.context["tp"] += len(gold.contexts & contexts)
                    tally.context["fp"] += len(contexts - gold.contexts)
                    tally.context["fn"] += len(gold.contexts - contexts)
                    if not name and gold.contexts != contexts:
                        errors.append(
                            f"{record.id}: {gold.plover} context gold {sorted(gold.contexts)} "
                            f"coded {sorted(contexts)} :: {record.text}"
                        )
    metrics: dict[str, float] = {
        "gold_events_matched": float(matched),
        "gold_events_type_not_coded": float(unmatched),
    }
    for name, tally in tallies.items():
        metrics[f"{name}mode_gold"] = float(tally.mode_gold)
        metrics[f"{name}mode_accuracy"] = tally.mode_right / tally.mode_gold if tally.mode_gold else 0.0
        metrics[f"{name}mode_given"] = tally.mode_given / tally.mode_gold if tally.mode_gold else 0.0
        for key, value in prf(tally.context["tp"], tally.context["fp"], tally.context["fn"]).items():
            metrics[f"{name}context_{key}"] = value
    breakdown = {
        plover: {
            "mode_gold": float(c["mode_gold"]),
            "mode_accuracy": c["mode_right"] / c["mode_gold"] if c["mode_gold"] else 0.0,
        }
        for plover, c in sorted(per_type.items())
        if c["mode_gold"]
    }
    return EvalReport(task="plover", gold="", metrics=metrics, breakdown=breakdown, errors=errors)


def evaluate(
    gold: Path,
    settings: Settings,
    *,
    limit: int | None = None,
    coder: Callable[[Sequence[GoldRecord], Settings], list[list[Event]]] = code_records,
) -> EvalReport:
    """Score PLOVER mode and context on ``gold`` (see the module docstring)."""
    records = load_gold(gold, limit=limit)
    details = load_details(gold, limit=limit)
    if len(details) != len(records):
        raise InputError(str(gold), "records without text", "every gold record needs 'text'")
    report = score(records, details, coder(records, settings))
    return EvalReport(
        task="plover",
        gold=str(gold),
        metrics=report.metrics,
        breakdown=report.breakdown,
        errors=report.errors,
        notes=[f"mode={settings.mode}"],
    )
