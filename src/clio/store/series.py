"""Series upkeep: event counts per unit and period, added in the transaction that stores events.

Only events the writer actually inserted are counted (the INSERT returns their ids), so reruns,
duplicates and concurrent writers never count an event twice. Rows are upserted in key order
(``count = count + increment``) so concurrent writers do not deadlock.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import Connection, Insert, Numeric, cast, func, select
from sqlalchemy.dialects import postgresql, sqlite

from clio.store import schema

INTERVALS = ("day", "week", "month")
GOLDSTEIN_DIGITS = 6  # far below the one decimal of a score, far above float noise
UNITS = ("corpus", "country", "actor", "country_dyad", "dyad")
SeriesKey = tuple[str, dt.date, str, str, str]  # interval, period, unit, source, target


def period_of(day: dt.date, interval: str) -> dt.date:
    """The first day of the day, ISO week (Monday) or month holding ``day``."""
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def event_units(row: Mapping[str, Any]) -> Iterator[tuple[str, str, str]]:
    """The units an event row counts towards: the corpus, each actor and country taking part
    (once each), and its directed dyads of actor codes and of countries."""
    yield ("corpus", "", "")
    source, target = row.get("source_code"), row.get("target_code")
    source_country, target_country = row.get("source_country"), row.get("target_country")
    for code in dict.fromkeys(c for c in (source, target) if c):
        yield ("actor", code, "")
    for country in dict.fromkeys(c for c in (source_country, target_country) if c):
        yield ("country", country, "")
    if source and target:
        yield ("dyad", source, target)
    if source_country and target_country:
        yield ("country_dyad", source_country, target_country)


def increments(rows: Iterable[Mapping[str, Any]]) -> dict[SeriesKey, dict[str, float]]:
    """Counts to add per series row for event rows (those without a day are not in any series).

    Events are first grouped by everything that decides their series rows (day, actors,
    countries, quad class, root), so each group is expanded into units and periods once."""
    groups: dict[tuple[Any, ...], list[float]] = defaultdict(lambda: [0, 0.0])
    for row in rows:
        day = row.get("day")
        if day is None:
            continue
        key = (
            day,
            row.get("source_code"),
            row.get("source_country"),
            row.get("target_code"),
            row.get("target_country"),
            int(row["quad_class"]),
            str(row.get("cameo_root") or ""),
        )
        group = groups[key]
        group[0] += 1
        group[1] += float(row.get("goldstein") or 0.0)
    names = (*schema.SERIES_COUNTS, "goldstein_sum")
    totals: dict[SeriesKey, dict[str, float]] = defaultdict(lambda: dict.fromkeys(names, 0))
    for (day, source, source_country, target, target_country, quad, root), (
        count,
        goldstein,
    ) in groups.items():
        event = {
            "source_code": source,
            "source_country": source_country,
            "target_code": target,
            "target_country": target_country,
        }
        columns = ["events"]
        if 1 <= quad <= 4:
            columns.append(f"quad{quad}")
        if root.isdigit() and 1 <= int(root) <= 20:
            columns.append(f"root{int(root):02d}")
        units = list(event_units(event))
        for interval in INTERVALS:
            period = period_of(day, interval)
            for unit, unit_source, unit_target in units:
                cell = totals[(interval, period, unit, unit_source[:32], unit_target[:32])]
                for column in columns:
                    cell[column] += count
                cell["goldstein_sum"] += goldstein
    for cell in totals.values():
        cell["goldstein_sum"] = round(cell["goldstein_sum"], GOLDSTEIN_DIGITS)
    return totals


def _upsert(connection: Connection) -> Insert:
    table = schema.series
    postgres = connection.dialect.name == "postgresql"
    insert = postgresql.insert(table) if postgres else sqlite.insert(table)
    added = {name: table.c[name] + insert.excluded[name] for name in schema.SERIES_COUNTS}
    total = table.c.goldstein_sum + insert.excluded.goldstein_sum
    # Rounded at every addition, so the stored sum does not depend on the order in which batches
    # arrive (Goldstein scores have one decimal; float addition is not associative).
    # PostgreSQL rounds to a number of digits only as numeric.
    added["goldstein_sum"] = func.round(cast(total, Numeric) if postgres else total, GOLDSTEIN_DIGITS)
    return insert.on_conflict_do_update(index_elements=list(table.primary_key.columns), set_=added)


def add_events(connection: Connection, rows: Iterable[Mapping[str, Any]]) -> int:
    """Add event rows to the series inside the caller's transaction; returns the rows touched."""
    totals = increments(rows)
    if not totals:
        return 0
    keys = ("interval", "period", "unit", "source", "target")
    values = [dict(zip(keys, key, strict=True), **counts) for key, counts in sorted(totals.items())]
    connection.execute(_upsert(connection), values)
    return len(values)


def backfill(connection: Connection, *, chunk: int = 5_000) -> None:
    """Count every stored event into the series (the migration that adds them runs this)."""
    events = schema.events
    columns = [
        events.c[name]
        for name in (
            "id",
            "day",
            "source_code",
            "source_country",
            "target_code",
            "target_country",
            "quad_class",
            "cameo_root",
            "goldstein",
        )
    ]
    last = ""
    while True:
        batch = (
            connection.execute(select(*columns).where(events.c.id > last).order_by(events.c.id).limit(chunk))
            .mappings()
            .all()
        )
        if not batch:
            return
        add_events(connection, [dict(row) for row in batch])
        last = batch[-1]["id"]


def unit_of(source: str, target: str | None = None) -> tuple[str, str, str]:
    """The series unit a user names: three letters are a country (ISO3), longer codes an actor;
    with a target, the directed dyad of the same kind (a country and an actor: actor codes)."""
    source = source.strip().upper()
    target = (target or "").strip().upper()
    if not target:
        return ("country" if len(source) == 3 else "actor", source, "")
    if len(source) == 3 and len(target) == 3:
        return ("country_dyad", source, target)
    return ("dyad", source, target)


def load_series(
    connection: Connection,
    *,
    interval: str,
    unit: str,
    until: dt.date | None = None,
    key: tuple[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Stored series rows of one unit kind and interval (periods starting on or before ``until``),
    of every unit or only of ``key`` (source, target)."""
    table = schema.series
    stmt = select(table).where(table.c.interval == interval, table.c.unit == unit)
    if until is not None:
        stmt = stmt.where(table.c.period <= until)
    if key is not None:
        stmt = stmt.where(table.c.source == key[0], table.c.target == key[1])
    return [dict(row) for row in connection.execute(stmt.order_by(table.c.period)).mappings()]


def last_day(connection: Connection) -> dt.date | None:
    """ "Now" for the stored news: the latest article date (events may be dated ahead, e.g. a
    scheduled vote), else the latest day in the series."""
    value = connection.scalar(select(func.max(schema.articles.c.date)))
    if value is None:
        table = schema.series
        value = connection.scalar(select(func.max(table.c.period)).where(table.c.interval == "day"))
    return value if isinstance(value, dt.date) or value is None else dt.date.fromisoformat(str(value))
