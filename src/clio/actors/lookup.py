"""Explain how a name resolves: the pure logic behind ``clio actors lookup``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from clio.actors.kb import KnowledgeBase, resolve_roles, split_code


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    kind: str
    code: str
    country: str | None
    sector: str | None
    reason: str
    source: str
    roles: tuple[str, ...]
    chosen: bool


def explain(kb: KnowledgeBase, name: str, day: dt.date | None) -> list[Candidate]:
    """Every knowledge-base entry listing ``name``, with the code it has on ``day``; the one the
    resolver picks comes first, marked ``chosen``."""
    best = kb.resolve(name, day)
    out = []
    for entry in kb.find(name):
        resolution = resolve_roles(entry, day)
        country, sector = split_code(resolution.code)
        roles = tuple(
            f"{r.code} {r.start.isoformat() if r.start else '…'}–{r.end.isoformat() if r.end else '…'}"
            if r.dated
            else f"{r.code} (default)"
            for r in entry.roles
        )
        out.append(
            Candidate(
                name=entry.name,
                kind=entry.kind,
                code=resolution.code,
                country=country,
                sector=sector,
                reason=resolution.reason,
                source=entry.source,
                roles=roles,
                chosen=best is not None and best.entry is entry,
            )
        )
    out.sort(key=lambda c: not c.chosen)
    return out
