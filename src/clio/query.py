"""One event query used by the CLI, the REST API and the dashboard."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, func, literal, or_, select

from clio.store import schema

MAX_LIMIT = 10_000
SURROGATES = (0xD800, 0xDFFF)
events = schema.events


def prefix_clause(column: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range that an index can serve on SQLite and
    PostgreSQL alike (SQLite's case-insensitive LIKE cannot use an ordinary index)."""
    # The least string above every string with the prefix: the prefix with its last character
    # incremented; a last character that cannot be (U+10FFFF) is dropped and the one before it
    # incremented instead. A prefix of nothing but U+10FFFF has no such bound.
    stem = prefix.rstrip(chr(sys.maxunicode))
    if not stem:
        return column >= prefix if prefix else column.is_not(None)
    following = ord(stem[-1]) + 1
    if SURROGATES[0] <= following <= SURROGATES[1]:  # not characters: no database takes them
        following = SURROGATES[1] + 1
    return and_(column >= prefix, column < stem[:-1] + chr(following))


def _actor_clause(side: str, value: str) -> ColumnElement[bool]:
    """A 3-letter value is a country (ISO3); anything longer is a CAMEO actor code or its prefix."""
    value = value.strip().upper()
    if len(value) == 3 and value != "IGO":
        return events.c[f"{side}_country"] == value
    return prefix_clause(events.c[f"{side}_code"], value)


actor_clause = _actor_clause


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over stored events. Every field is optional; values are bound parameters, never SQL."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None  # either side, by code/country
    actor_name: str | None = None
    cameo: str | None = None  # a full code or a prefix ("19", "190")
    root: str | None = None
    plover: str | None = None
    mode: str | None = None  # PLOVER mode, e.g. heavy-weapons
    context: str | None = None  # one PLOVER context, e.g. military
    quad_class: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    article_id: str | None = None
    limit: int = 100
    offset: int = 0
    after: tuple[str, str] | None = None  # cursor: (day ISO or "", id) of the last row seen
    order: str = "desc"  # by day, then id

    def __post_init__(self) -> None:
        if not 0 < self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
        if self.order not in ("asc", "desc"):
            raise ValueError("order must be 'asc' or 'desc'")
        if self.root is not None and not (self.root.isdigit() and len(self.root) == 2):
            raise ValueError("root must be two digits, such as 04 or 19")
        if self.cameo is not None and not self.cameo.isdigit():
            raise ValueError("cameo must be digits, such as 042 or 19")

    def conditions(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.source:
            clauses.append(_actor_clause("source", self.source))
        if self.target:
            clauses.append(_actor_clause("target", self.target))
        if self.actor:
            clauses.append(or_(_actor_clause("source", self.actor), _actor_clause("target", self.actor)))
        if self.actor_name:
            pattern = f"%{self.actor_name.lower()}%"
            clauses.append(
                or_(
                    func.lower(events.c.source_name).like(pattern),
                    func.lower(events.c.target_name).like(pattern),
                )
            )
        if self.cameo:
            clauses.append(prefix_clause(events.c.cameo, self.cameo))
        if self.root:
            clauses.append(events.c.cameo_root == self.root)
        if self.plover:
            clauses.append(events.c.plover == self.plover.upper())
        if self.mode:
            clauses.append(events.c.mode == self.mode.strip().lower())
        if self.context:
            # Contexts are stored comma-separated: match one whole element.
            wrapped = literal(",") + events.c.context + literal(",")
            clauses.append(wrapped.like(f"%,{self.context.strip().lower()},%"))
        if self.quad_class is not None:
            clauses.append(events.c.quad_class == self.quad_class)
        if self.since:
            clauses.append(events.c.day >= self.since)
        if self.until:
            clauses.append(events.c.day <= self.until)
        if self.text:
            clauses.append(func.lower(events.c.sentence).like(f"%{self.text.lower()}%"))
        if self.article_id:
            clauses.append(events.c.article_id == self.article_id)
        return clauses

    def statement(self) -> Select[Any]:
        stmt = select(events).where(and_(True, *self.conditions()))
        if self.after:
            stmt = stmt.where(self._after_clause(*self.after))
        # Undated events sort as the oldest. Ordering by the bare column (not an expression) lets
        # the (filter, day) indexes return the first page without sorting every match.
        day, event = events.c.day, events.c.id
        if self.order == "desc":
            stmt = stmt.order_by(day.desc().nulls_last(), event.desc())
        else:
            stmt = stmt.order_by(day.asc().nulls_first(), event.asc())
        return stmt.limit(self.limit).offset(self.offset)

    def _after_clause(self, after_day: str, after_id: str) -> ColumnElement[bool]:
        """Rows after the cursor position (``after_day`` "" stands for an undated row)."""
        day, event = events.c.day, events.c.id
        if self.order == "desc":
            if not after_day:
                return and_(day.is_(None), event < after_id)
            cursor_day = dt.date.fromisoformat(after_day)
            return or_(day < cursor_day, and_(day == cursor_day, event < after_id), day.is_(None))
        if not after_day:
            return or_(and_(day.is_(None), event > after_id), day.is_not(None))
        cursor_day = dt.date.fromisoformat(after_day)
        return or_(day > cursor_day, and_(day == cursor_day, event > after_id))


def find_events(engine: Engine, query: EventQuery) -> list[dict[str, Any]]:
    """Event rows (dicts of column -> value) matching ``query``."""
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(query.statement())]


def count_events(engine: Engine, query: EventQuery) -> int:
    """How many events match ``query`` (its limit and cursor ignored)."""
    conditions = dataclasses.replace(query, after=None, offset=0).conditions()
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(events).where(*conditions)) or 0)


def iter_events(engine: Engine, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Every matching event, page by page (for exports larger than one page)."""
    cursor: tuple[str, str] | None = None
    while True:
        page = find_events(engine, _with_cursor(query, cursor))
        yield from page
        if len(page) < query.limit:
            return
        last = page[-1]
        cursor = (last["day"].isoformat() if last["day"] else "", last["id"])


def _with_cursor(query: EventQuery, cursor: tuple[str, str] | None) -> EventQuery:
    return dataclasses.replace(query, after=cursor, offset=0)


def event_summary(engine: Engine) -> dict[str, Any]:
    """Counts for a closing summary or a stats endpoint."""
    with engine.connect() as connection:
        by_root: dict[str, int] = dict(
            connection.execute(
                select(events.c.cameo_root, func.count())
                .group_by(events.c.cameo_root)
                .order_by(events.c.cameo_root)
            ).all()
        )
        dyads = connection.execute(
            select(events.c.source_code, events.c.target_code, func.count().label("n"))
            .group_by(events.c.source_code, events.c.target_code)
            .order_by(func.count().desc(), events.c.source_code, events.c.target_code)
            .limit(10)
        ).all()
        articles = connection.scalar(select(func.count()).select_from(schema.articles))
        total = connection.scalar(select(func.count()).select_from(events))
    return {
        "articles": int(articles or 0),
        "events": int(total or 0),
        "events_by_root": {str(k): int(v) for k, v in by_root.items()},
        "top_dyads": [{"source": s, "target": t, "count": int(n)} for s, t, n in dyads],
    }
