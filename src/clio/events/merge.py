"""One event per (source, code, target, date) within an article, with all its evidence spans."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from clio.records import Event


def merge_key(event: Event) -> tuple[str, str, str, str]:
    return (
        event.source.code,
        event.cameo,
        event.target.code if event.target else "",
        event.date or "",
    )


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge duplicates: the first mention is kept, evidence collects every span, confidence the max."""
    merged: dict[tuple[str, str, str, str], Event] = {}
    for event in events:
        key = merge_key(event)
        kept = merged.get(key)
        if kept is None:
            merged[key] = dataclasses.replace(event, evidence=event.evidence or (event.span,))
            continue
        evidence = tuple(sorted(set(kept.evidence) | set(event.evidence or (event.span,))))
        merged[key] = dataclasses.replace(
            kept, evidence=evidence, confidence=max(kept.confidence, event.confidence)
        )
    return list(merged.values())
