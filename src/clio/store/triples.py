"""Stored events as dated (source code, CAMEO code, target code) triples: the temporal knowledge
graph that clio.forecast ranks over."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select

from clio.store import schema


def dated_triples(connection: Connection, *, until: dt.date) -> list[tuple[str, str, str, dt.date]]:
    """Every dated event with a target on or before ``until``, oldest first."""
    events = schema.events
    stmt = (
        select(events.c.source_code, events.c.cameo, events.c.target_code, events.c.day)
        .where(events.c.target_code.is_not(None), events.c.day.is_not(None), events.c.day <= until)
        .order_by(events.c.day)
    )
    return [(s, r, o, d) for s, r, o, d in connection.execute(stmt)]
