"""The ``alerts`` table: store raised alerts once, find them, and fetch the events behind them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, or_, select

from clio.store import schema
from clio.store.writer import insert_ignoring_duplicates

EVIDENCE_COLUMNS = (
    "id",
    "day",
    "cameo",
    "cameo_root",
    "quad_class",
    "goldstein",
    "source_code",
    "target_code",
    "sentence",
    "article_id",
)


def insert_alerts(connection: Connection, rows: Sequence[dict[str, Any]]) -> set[str]:
    """Store alerts not stored before (by id); returns the ids that are new."""
    if not rows:
        return set()
    table = schema.alerts
    ordered = sorted(rows, key=lambda row: row["id"])
    stmt = insert_ignoring_duplicates(connection.engine, table).returning(table.c.id)
    return set(connection.scalars(stmt, ordered))


def find_alerts(
    connection: Connection,
    *,
    since: dt.date | None = None,
    ids: Sequence[str] | None = None,
    source: str | None = None,
    target: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Alerts, latest forecast period first; ``since`` keeps alerts for periods from that day on.
    ``source``/``target`` match either side of a dyad when only ``source`` is given."""
    table = schema.alerts
    stmt = select(table)
    if since is not None:
        stmt = stmt.where(table.c.period >= since)
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(list(ids)))
    if source and target:
        stmt = stmt.where(table.c.source == source.upper(), table.c.target == target.upper())
    elif source:
        stmt = stmt.where(or_(table.c.source == source.upper(), table.c.target == source.upper()))
    stmt = stmt.order_by(table.c.period.desc(), table.c.probability.desc(), table.c.id).limit(limit)
    found = []
    for row in connection.execute(stmt).mappings():
        alert = dict(row)
        alert["signals"] = json.loads(alert["signals"])
        alert["evidence"] = json.loads(alert["evidence"])
        found.append(alert)
    return found


def unit_condition(unit: str, source: str, target: str) -> ColumnElement[bool]:
    """Events behind a series unit (see clio.store.series.event_units); a dyad's include the
    other direction's, which its forecast also weighs."""
    events = schema.events
    if unit in ("dyad", "country_dyad"):
        side = "code" if unit == "dyad" else "country"
        forward = and_(events.c[f"source_{side}"] == source, events.c[f"target_{side}"] == target)
        backward = and_(events.c[f"source_{side}"] == target, events.c[f"target_{side}"] == source)
        return or_(forward, backward)
    if unit == "country":
        return or_(events.c.source_country == source, events.c.target_country == source)
    if unit == "actor":
        return or_(events.c.source_code == source, events.c.target_code == source)
    return and_(True)


def unit_events(
    connection: Connection,
    unit: str,
    source: str,
    target: str,
    *,
    since: dt.date,
    until: dt.date,
    limit: int = 12,
) -> list[dict[str, Any]]:
    """A unit's events in [since, until], conflict first (material, then verbal), newest first,
    with their article's title and link."""
    events, articles = schema.events, schema.articles
    stmt = (
        select(*(events.c[c] for c in EVIDENCE_COLUMNS), articles.c.title, articles.c.url)
        .join(articles, articles.c.id == events.c.article_id)
        .where(unit_condition(unit, source, target), events.c.day >= since, events.c.day <= until)
        .order_by(events.c.quad_class.desc(), events.c.day.desc(), events.c.id)
        .limit(limit)
    )
    rows = []
    for row in connection.execute(stmt).mappings():
        item = dict(row)
        item["day"] = item["day"].isoformat() if item["day"] else None
        rows.append(item)
    return rows
