"""Score time expressions with the TempEval-3 metric (``clio eval timex --gold FILE``).

Gold: JSON Lines with ``doc_id``, ``dct`` (the document creation time), ``text`` and ``timexes``
(``start``, ``end``, ``type``, ``value``). Each text runs through the spaCy model and the
``clio_timexes`` component with ``dct`` as the article date.

Metrics (TempEval-3, UzZaman et al. 2013):

* strict extraction P/R/F1: system and gold spans identical;
* relaxed extraction P/R/F1: spans overlap (one-to-one, largest overlap first);
* type and value: accuracy over the relaxed matches, and attribute F1 = relaxed F1 x accuracy.

The breakdown is per gold type (relaxed recall, value accuracy on matches); ``errors`` lists
misses, spurious matches and wrong values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clio.errors import InputError
from clio.evaluate.report import EvalReport, prf
from clio.records import Timex
from clio.settings import Settings


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]


def read_gold(path: Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Read a TempEval-style JSON Lines gold file."""
    docs: list[GoldDoc] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}", "check the --gold path") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw: dict[str, Any] = json.loads(line)
            dct = dt.date.fromisoformat(raw["dct"][:10]) if raw.get("dct") else None
            timexes = tuple(
                GoldTimex(int(t["start"]), int(t["end"]), str(t["type"]), t.get("value"))
                for t in raw["timexes"]
            )
            docs.append(GoldDoc(str(raw.get("doc_id", number)), dct, str(raw["text"]), timexes))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"{path}:{number}", f"not a timex gold record ({exc})", "expected doc_id, dct, text, timexes"
            ) from exc
        if limit is not None and len(docs) >= limit:
            break
    return docs


def match_spans(gold: Sequence[GoldTimex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one relaxed matches (gold index, system index), the largest overlaps first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.span[1]) - max(g.start, s.span[0])
            if overlap > 0:
                pairs.append((overlap, gi, si))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    matches = []
    for _, gi, si in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            matches.append((gi, si))
    return sorted(matches)


def _system_timexes(docs: Sequence[GoldDoc], settings: Settings, anchoring: str) -> Iterator[list[Timex]]:
    from clio.nlp import build_nlp, prepare_doc

    nlp = build_nlp(settings, components=())
    nlp.add_pipe("clio_timexes", config={"anchoring": anchoring})
    prepared = (prepare_doc(nlp, d.text, article_id=d.id, article_date=d.dct) for d in docs)
    for doc in nlp.pipe(prepared, batch_size=settings.batch_size):
        yield list(doc._.timexes or [])


def score(docs: Sequence[GoldDoc], systems: Sequence[Sequence[Timex]], *, gold_name: str = "") -> EvalReport:
    """TempEval-3 scores of ``systems`` (one timex list per gold doc)."""
    n_gold = n_system = strict = relaxed = type_ok = value_ok = 0
    per_type: Counter[str] = Counter()
    per_type_found: Counter[str] = Counter()
    per_type_value: Counter[str] = Counter()
    errors: list[str] = []
    for doc, system in zip(docs, systems, strict=True):
        n_gold += len(doc.timexes)
        n_system += len(system)
        matches = match_spans(doc.timexes, system)
        matched_gold = {gi for gi, _ in matches}
        matched_system = {si for _, si in matches}
        for g in doc.timexes:
            per_type[g.type] += 1
        for gi, si in matches:
            g, s = doc.timexes[gi], system[si]
            relaxed += 1
            per_type_found[g.type] += 1
            strict += (g.start, g.end) == s.span
            type_ok += g.type == s.type
            if g.value == s.value:
                value_ok += 1
                per_type_value[g.type] += 1
            else:
                errors.append(
                    f"{doc.id}\tVALUE\t{doc.text[g.start : g.end]!r}\tgold {g.type} {g.value}"
                    f"\tsystem {s.text!r} {s.type} {s.value}\tdct {doc.dct}"
                )
        for gi, g in enumerate(doc.timexes):
            if gi not in matched_gold:
                errors.append(f"{doc.id}\tMISS\t{doc.text[g.start : g.end]!r}\tgold {g.type} {g.value}")
        for si, s in enumerate(system):
            if si not in matched_system:
                errors.append(f"{doc.id}\tSPURIOUS\t{s.text!r}\tsystem {s.type} {s.value}")
    strict_prf = prf(strict, n_system - strict, n_gold - strict)
    relaxed_prf = prf(relaxed, n_system - relaxed, n_gold - relaxed)
    type_accuracy = type_ok / relaxed if relaxed else 0.0
    value_accuracy = value_ok / relaxed if relaxed else 0.0
    metrics = {
        "documents": float(len(docs)),
        "gold": float(n_gold),
        "system": float(n_system),
        "strict_precision": strict_prf["precision"],
        "strict_recall": strict_prf["recall"],
        "strict_f1": strict_prf["f1"],
        "relaxed_precision": relaxed_prf["precision"],
        "relaxed_recall": relaxed_prf["recall"],
        "relaxed_f1": relaxed_prf["f1"],
        "type_accuracy": type_accuracy,
        "type_f1": relaxed_prf["f1"] * type_accuracy,
        "value_accuracy": value_accuracy,
        "value_f1": relaxed_prf["f1"] * value_accuracy,
    }
    breakdown = {
        kind: {
            "gold": float(count),
            "relaxed_recall": per_type_found[kind] / count,
            "value_accuracy": per_type_value[kind] / per_type_found[kind] if per_type_found[kind] else 0.0,
        }
        for kind, count in sorted(per_type.items())
    }
    return EvalReport(task="timex", gold=gold_name, metrics=metrics, breakdown=breakdown, errors=errors)


def evaluate(
    gold: Path, settings: Settings, *, limit: int | None = None, anchoring: str | None = None
) -> EvalReport:
    """Run the timex component over a gold file and score it (TempEval-3 metric).

    ``anchoring="narrative"`` resolves relative dates against the last date the text named
    instead of the document date (for histories such as WikiWars); the default is the
    settings' ``time_anchoring`` (``CLIO_TIME_ANCHORING``, news unless set).
    """
    docs = read_gold(gold, limit=limit)
    systems = list(_system_timexes(docs, settings, anchoring or settings.time_anchoring))
    return score(docs, systems, gold_name=str(gold))
