"""Aggregations over stored events for the API and dashboard: time series, dyads, actors, networks.

Every function takes an engine and plain arguments and returns JSON-ready dicts. SQL groups by
day (portable across SQLite and PostgreSQL); weeks and months are folded in Python, so no
dialect-specific date functions are needed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    Integer,
    String,
    and_,
    case,
    cast,
    extract,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
)

from clio.ontology.plover import split_contexts
from clio.query import EventQuery, actor_clause, event_summary
from clio.store import schema

INTERVALS = ("day", "week", "month")
QUAD_CLASSES = (1, 2, 3, 4)
events = schema.events
articles = schema.articles


def period_start(day: dt.date, interval: str) -> dt.date:
    """The first day of the day/ISO week (Monday)/month that contains ``day``."""
    if interval == "day":
        return day
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    raise ValueError(f"interval must be one of {', '.join(INTERVALS)}")


MAX_FILLED_PERIODS = 5000
WEEK_EPOCH = dt.date(1800, 1, 6)  # a Monday
WEEK_EPOCH_JULIAN = 2378501.5  # julianday('1800-01-06') in SQLite


def next_period(start: dt.date, interval: str) -> dt.date:
    """The first day of the period after the one starting at ``start``."""
    if interval == "day":
        return start + dt.timedelta(days=1)
    if interval == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def all_periods(first: dt.date, last: dt.date, interval: str) -> list[dt.date]:
    """Every period start from ``first`` to ``last`` so charts show quiet periods as zero
    (only the periods seen when the span is too long to fill)."""
    periods: list[dt.date] = []
    current = first
    while current <= last:
        periods.append(current)
        if len(periods) > MAX_FILLED_PERIODS:
            return []
        current = next_period(current, interval)
    return periods


def _filled(seen: Iterable[dt.date], interval: str) -> list[dt.date]:
    ordered = sorted(seen)
    if not ordered:
        return []
    return all_periods(ordered[0], ordered[-1], interval) or ordered


@dataclass
class _Bucket:
    counts: dict[int, int] = field(default_factory=lambda: dict.fromkeys(QUAD_CLASSES, 0))
    goldstein_sum: float = 0.0

    def add(self, quad_class: int, count: int, goldstein_sum: float) -> None:
        self.counts[quad_class] = self.counts.get(quad_class, 0) + count
        self.goldstein_sum += goldstein_sum

    def as_dict(self) -> dict[str, Any]:
        total = sum(self.counts.values())
        return {
            "events": total,
            "quad_counts": {str(q): n for q, n in sorted(self.counts.items())},
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": round(self.goldstein_sum / total, 3) if total else None,
        }


def _as_date(value: Any) -> dt.date:
    # SQLite returns Date columns as date objects through SQLAlchemy; be lenient with strings.
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _day_range(since: dt.date | None, until: dt.date | None) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [events.c.day.is_not(None)]
    if since:
        clauses.append(events.c.day >= since)
    if until:
        clauses.append(events.c.day <= until)
    return clauses


def _period_keys(interval: str, dialect: str) -> list[ColumnElement[Any]]:
    """What to GROUP BY for ``interval``: months are grouped in SQL, days and weeks by day (weeks
    are folded in Python). SQLite stores dates as ISO text, so its month is the first 7 characters
    (twice as fast as strftime); elsewhere EXTRACT. The day is read as text so SQLite rows skip
    SQLAlchemy's slower date conversion."""
    if interval == "month":
        if dialect == "sqlite":
            return [func.substr(type_coerce(events.c.day, String), 1, 7)]
        return [extract("year", events.c.day), extract("month", events.c.day)]
    if interval == "week" and dialect in ("sqlite", "postgresql"):
        # Whole weeks since WEEK_EPOCH (a Monday), in SQL; other databases fold days in Python.
        if dialect == "sqlite":
            days = func.julianday(type_coerce(events.c.day, String)) - WEEK_EPOCH_JULIAN
        else:
            days = events.c.day - literal(WEEK_EPOCH, Date)
        return [cast(func.floor(days / 7), Integer).label("week")]
    return [type_coerce(events.c.day, String)]


def _period_of(keys: Sequence[Any], interval: str) -> dt.date:
    if interval == "week" and isinstance(keys[0], int):
        return WEEK_EPOCH + dt.timedelta(weeks=keys[0])
    if interval == "month":
        if len(keys) == 1:  # "YYYY-MM"
            return dt.date(int(keys[0][:4]), int(keys[0][5:7]), 1)
        return dt.date(int(keys[0]), int(keys[1]), 1)
    return period_start(_as_date(keys[0]), interval)


def timeline(engine: Engine, query: EventQuery, *, interval: str = "day") -> dict[str, Any]:
    """Event counts per period and quad class for the events matching ``query`` (dated ones only)."""
    period_start(dt.date(2000, 1, 1), interval)  # validates interval
    # Always by (quad class, day), the order of ix_events_quad_day, so even an unfiltered timeline
    # over millions of events is one streaming index scan; periods are folded in Python.
    keys = _period_keys("day", engine.dialect.name)
    stmt = (
        select(events.c.quad_class, func.count(), func.sum(events.c.goldstein), *keys)
        .where(events.c.day.is_not(None), *query.conditions())
        .group_by(events.c.quad_class, events.c.day)
    )
    buckets: dict[dt.date, _Bucket] = defaultdict(_Bucket)
    with engine.connect() as connection:
        for quad, count, gold, *period in connection.execute(stmt):
            buckets[_period_of(period, interval)].add(int(quad), int(count), float(gold or 0))
    return {
        "interval": interval,
        "series": [{"period": p.isoformat(), **buckets[p].as_dict()} for p in _filled(buckets, interval)],
    }


def dyad_series(
    engine: Engine,
    a: str,
    b: str,
    *,
    interval: str = "day",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> dict[str, Any]:
    """Interactions between ``a`` and ``b`` (countries or actor codes) per period, both directions.

    Each period has ``a_to_b``, ``b_to_a`` and ``total``, each with counts per quad class and the
    summed and mean Goldstein score.
    """
    period_start(dt.date(2000, 1, 1), interval)
    forward = and_(actor_clause("source", a), actor_clause("target", b))
    backward = and_(actor_clause("source", b), actor_clause("target", a))
    range_clauses = _day_range(since, until)
    # One grouped query per direction: each can use its own (country|code, day) index.
    keys = _period_keys(interval, engine.dialect.name)
    parts = [
        select(
            literal(name).label("direction"),
            events.c.quad_class,
            func.count().label("n"),
            func.sum(events.c.goldstein).label("g"),
            *keys,
        )
        .where(condition, *range_clauses)
        .group_by(*keys, events.c.quad_class)  # read from the covering dyad indexes
        for name, condition in (("a_to_b", forward), ("b_to_a", backward))
    ]
    periods: dict[dt.date, dict[str, _Bucket]] = defaultdict(
        lambda: {"a_to_b": _Bucket(), "b_to_a": _Bucket(), "total": _Bucket()}
    )
    with engine.connect() as connection:
        for direction, quad, count, gold, *period in connection.execute(union_all(*parts)):
            slot = periods[_period_of(period, interval)]
            slot[direction].add(int(quad), int(count), float(gold or 0))
            slot["total"].add(int(quad), int(count), float(gold or 0))
    return {
        "a": a.upper(),
        "b": b.upper(),
        "interval": interval,
        "series": [
            {"period": p.isoformat(), **{k: v.as_dict() for k, v in periods[p].items()}}
            for p in _filled(periods, interval)
        ],
    }


def top_actors(
    engine: Engine,
    *,
    search: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Actors by number of events they take part in (as source or target), optionally searched
    by code or name (case-insensitive substring)."""
    sides = []
    for side in ("source", "target"):
        code = events.c[f"{side}_code"]
        name = events.c[f"{side}_name"]
        clauses: list[ColumnElement[bool]] = [code.is_not(None)]
        if since:
            clauses.append(events.c.day >= since)
        if until:
            clauses.append(events.c.day <= until)
        if search:
            pattern = f"%{search.lower()}%"
            clauses.append(or_(func.lower(code).like(pattern), func.lower(name).like(pattern)))
        sides.append(
            select(
                code.label("code"),
                func.max(name).label("name"),
                func.max(events.c[f"{side}_country"]).label("country"),
                func.count().label("n"),
            )
            .where(*clauses)
            .group_by(code)
        )
    merged: dict[str, dict[str, Any]] = {}
    with engine.connect() as connection:
        for code, name, country, count in connection.execute(union_all(*sides)):
            entry = merged.setdefault(code, {"code": code, "name": name, "country": country, "events": 0})
            entry["events"] += int(count)
            entry["name"] = entry["name"] or name
            entry["country"] = entry["country"] or country
    ranked = sorted(merged.values(), key=lambda e: (-e["events"], e["code"]))
    return ranked[:limit]


def network(
    engine: Engine,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    query: EventQuery | None = None,
    by: str = "code",
    limit: int = 100,
) -> dict[str, Any]:
    """A weighted directed actor graph: the ``limit`` heaviest source->target edges and their nodes.

    ``by="code"`` makes one node per actor code (RUSGOV, RUSMIL); ``by="country"`` one per country
    (actors without a country, such as IGOs, keep their code).
    """
    if by not in ("code", "country"):
        raise ValueError("by must be 'code' or 'country'")
    source: ColumnElement[Any]
    target: ColumnElement[Any]
    if by == "code":
        source, target = events.c.source_code, events.c.target_code
    else:
        source = func.coalesce(events.c.source_country, events.c.source_code)
        target = func.coalesce(events.c.target_country, events.c.target_code)
    clauses = [events.c.target_code.is_not(None), *(query.conditions() if query else [])]
    if since:
        clauses.append(events.c.day >= since)
    if until:
        clauses.append(events.c.day <= until)
    count = func.count()
    stmt = (
        select(
            source.label("source"),
            target.label("target"),
            count.label("n"),
            func.avg(events.c.goldstein),
            func.sum(case((events.c.quad_class <= 2, 1), else_=0)),
        )
        .where(*clauses)
        .group_by(source, target)
        .order_by(count.desc(), source, target)
        .limit(limit)
    )
    edges = []
    weights: dict[str, int] = defaultdict(int)
    with engine.connect() as connection:
        for source_id, target_id, n, mean, cooperative in connection.execute(stmt):
            edges.append(
                {
                    "source": source_id,
                    "target": target_id,
                    "events": int(n),
                    "goldstein_mean": round(float(mean or 0), 3),
                    "cooperation": int(cooperative or 0),
                    "conflict": int(n) - int(cooperative or 0),
                }
            )
            weights[source_id] += int(n)
            weights[target_id] += int(n)
    nodes = [{"id": code, "events": w} for code, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"by": by, "nodes": nodes, "edges": edges}


def located_events(engine: Engine, query: EventQuery, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Places with coordinates and how many matching events happened there."""
    count = func.count()
    stmt = (
        select(
            events.c.lat,
            events.c.lon,
            func.max(events.c.location_name),
            func.max(events.c.location_country),
            count,
            func.avg(events.c.goldstein),
        )
        .where(events.c.lat.is_not(None), events.c.lon.is_not(None), *query.conditions())
        .group_by(events.c.lat, events.c.lon)
        .order_by(count.desc(), events.c.lat, events.c.lon)
        .limit(limit)
    )
    with engine.connect() as connection:
        return [
            {
                "lat": float(lat),
                "lon": float(lon),
                "name": name,
                "country": country,
                "events": int(n),
                "goldstein_mean": round(float(mean or 0), 3),
            }
            for lat, lon, name, country, n, mean in connection.execute(stmt)
        ]


def stats(engine: Engine) -> dict[str, Any]:
    """Corpus-wide counts: articles, events, by root and quad class, date range, top dyads."""
    summary = event_summary(engine)
    with engine.connect() as connection:
        by_quad: dict[int, int] = {
            int(q): int(n)
            for q, n in connection.execute(
                select(events.c.quad_class, func.count()).group_by(events.c.quad_class)
            )
        }
        first, last = connection.execute(select(func.min(events.c.day), func.max(events.c.day))).one()
        located = connection.scalar(select(func.count()).where(events.c.lat.is_not(None)))
        errors = connection.scalar(select(func.count()).select_from(schema.ingest_errors))
    return {
        **summary,
        "events_by_quad_class": {str(q): int(n) for q, n in sorted(by_quad.items())},
        "first_day": _as_date(first).isoformat() if first else None,
        "last_day": _as_date(last).isoformat() if last else None,
        "located_events": int(located or 0),
        "ingest_errors": int(errors or 0),
    }


def event_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row as JSON-ready values (dates as ISO strings, evidence as span lists)."""
    out = dict(row)
    if isinstance(out.get("day"), dt.date):
        out["day"] = out["day"].isoformat()
    if "context" in out:
        out["context"] = list(split_contexts(out.get("context")))
    evidence = out.get("evidence")
    if isinstance(evidence, str):
        try:
            out["evidence"] = json.loads(evidence)
        except ValueError:
            out["evidence"] = []
    return out


def find_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    """One event with its article's metadata and the text of its evidence spans."""
    stmt = (
        select(
            events, articles.c.title, articles.c.date.label("article_date"), articles.c.source, articles.c.url
        )
        .join(articles, articles.c.id == events.c.article_id)
        .where(events.c.id == event_id)
    )
    with engine.connect() as connection:
        row = connection.execute(stmt).mappings().first()
        if row is None:
            return None
        text = connection.scalar(select(articles.c.text).where(articles.c.id == row["article_id"])) or ""
    data = dict(row)
    article = {
        "id": data["article_id"],
        "title": data.pop("title"),
        "date": _iso(data.pop("article_date")),
        "source": data.pop("source"),
        "url": data.pop("url"),
    }
    event = event_json(data)
    if event.get("section") == "title":  # a headline event: its spans point into the title
        text = article["title"] or ""
    spans = [s for s in event.get("evidence") or [] if _valid_span(s, len(text))]
    event["evidence_text"] = [text[s[0] : s[1]] for s in spans]
    event["article"] = article
    return event


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def _valid_span(span: Any, length: int) -> bool:
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(v, int) for v in span)
        and 0 <= span[0] <= span[1] <= length
    )


def _span_rows(connection: Any, table: Any, article_id: str) -> list[dict[str, Any]]:
    stmt = select(table).where(table.c.article_id == article_id).order_by(table.c.start, table.c.end)
    rows = []
    for row in connection.execute(stmt).mappings():
        item = {k: v for k, v in row.items() if k not in ("article_id", "start", "end")}
        item["span"] = [row["start"], row["end"]]
        rows.append(item)
    return rows


def article_detail(engine: Engine, article_id: str) -> dict[str, Any] | None:
    """The article text with its actors, events, timexes, quotes and locations as spans."""
    with engine.connect() as connection:
        row = (
            connection.execute(
                select(
                    articles.c.id,
                    articles.c.date,
                    articles.c.title,
                    articles.c.source,
                    articles.c.url,
                    articles.c.path,
                    articles.c.text,
                ).where(articles.c.id == article_id)
            )
            .mappings()
            .first()
        )
        if row is None:
            return None
        detail: dict[str, Any] = dict(row)
        detail["date"] = _iso(detail["date"])
        for name, table in (
            ("actors", schema.actors),
            ("timexes", schema.timexes),
            ("quotes", schema.quotes),
            ("locations", schema.locations),
        ):
            detail[name] = _span_rows(connection, table, article_id)
        event_rows = connection.execute(
            select(events).where(events.c.article_id == article_id).order_by(events.c.start, events.c.id)
        ).mappings()
        detail["events"] = [_with_span(event_json(dict(r))) for r in event_rows]
    for quote in detail["quotes"]:
        start, end = quote.pop("speaker_start"), quote.pop("speaker_end")
        quote["speaker_span"] = [start, end] if start is not None and end is not None else None
    return detail


def _with_span(event: dict[str, Any]) -> dict[str, Any]:
    event["span"] = [event.pop("start"), event.pop("end")]
    return event
