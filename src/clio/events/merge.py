"""One real-world event, one record per article: what several clauses or sentences say about the
same happening (same source, target and day, same CAMEO root) is merged, keeping the best
evidence as the record and every evidence span."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from clio.records import Event


def merge_key(event: Event) -> tuple[str, str, str, str]:
    """Events with one key are one happening: "struck" (190) and "the air strikes" (195) by one
    side on another on one day."""
    return (
        event.source.code,
        event.cameo_root,
        event.target.code if event.target else "",
        event.date or "",
    )


def _strength(event: Event) -> tuple[float, int, bool]:
    """The better record of a happening: the more confident, then the more specific code."""
    return (event.confidence, len(event.cameo), not event.cameo.endswith("0"))


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge mentions of one happening: the strongest mention is the record (its code, sentence
    and span), its evidence collects every span, in text order."""
    merged: dict[tuple[str, str, str, str], Event] = {}
    for event in events:
        key = merge_key(event)
        kept = merged.get(key)
        spans = set(event.evidence or (event.span,))
        if kept is None:
            merged[key] = dataclasses.replace(event, evidence=tuple(sorted(spans)))
            continue
        best = event if _strength(event) > _strength(kept) else kept
        evidence = tuple(sorted(set(kept.evidence) | spans))
        merged[key] = dataclasses.replace(best, evidence=evidence)
    return list(merged.values())
