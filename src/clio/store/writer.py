"""The store: writes article results in transactional batches and answers what is already stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Engine, Insert, Table, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from clio import dedup
from clio.errors import StoreError
from clio.records import ArticleResult, ErrorRow
from clio.store import schema, series
from clio.store.database import open_database
from clio.store.rows import child_rows

_TABLES: dict[str, Table] = {t.name: t for t in schema.metadata.sorted_tables}


def insert_ignoring_duplicates(engine: Engine, table: Table) -> Insert:
    """An INSERT that skips rows whose primary key exists (so reruns and concurrent writers are safe)."""
    if engine.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if engine.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return table.insert().prefix_with("IGNORE")


class Store:
    """Article results in a SQL database (SQLite by default, PostgreSQL for teams)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Called after each committed write with the number of events it added (clio.warning
        # raises alerts from there during `clio run --watch`).
        self.listeners: list[Callable[[int], None]] = []

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(open_database(url))

    def close(self) -> None:
        self.engine.dispose()

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        found: set[str] = set()
        with self.engine.connect() as connection:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                found.update(
                    connection.scalars(select(schema.articles.c.id).where(schema.articles.c.id.in_(chunk)))
                )
        return found

    def known_content_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        """content hash -> stored article id, for those of ``hashes`` already stored."""
        wanted = list(set(hashes))
        found: dict[str, str] = {}
        table = schema.articles
        with self.engine.connect() as connection:
            for i in range(0, len(wanted), 500):
                rows = connection.execute(
                    select(table.c.content_hash, table.c.id).where(
                        table.c.content_hash.in_(wanted[i : i + 500])
                    )
                )
                found.update({h: aid for h, aid in rows})
        return found

    def near_duplicate_of(self, keys: Iterable[str]) -> dict[str, str]:
        """band key -> a stored article with that LSH band, for those of ``keys`` already stored."""
        wanted = sorted(set(keys))
        found: dict[str, str] = {}
        table = schema.minhash_bands
        with self.engine.connect() as connection:
            for i in range(0, len(wanted), 500):
                rows = connection.execute(
                    select(table.c.band_key, func.min(table.c.article_id))
                    .where(table.c.band_key.in_(wanted[i : i + 500]))
                    .group_by(table.c.band_key)
                )
                found.update({key: aid for key, aid in rows})
        return found

    def write(
        self,
        results: Sequence[ArticleResult],
        *,
        minhashes: dict[str, bytes] | None = None,
        errors: Sequence[ErrorRow] = (),
    ) -> None:
        """Store a batch in one transaction: all of it or, on failure, none of it."""
        now = dt.datetime.now(dt.UTC)
        signatures = minhashes or {}
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _TABLES}
        for result in results:
            article = result.article
            rows["articles"].append(
                {
                    "id": article.id,
                    "date": article.date,
                    "title": article.title,
                    "source": article.source,
                    "url": article.url,
                    "path": article.path,
                    "text": article.text,
                    "content_hash": article.content_hash,
                    "minhash": signatures.get(article.id),
                    "ingested_at": now,
                }
            )
            if article.id in signatures:
                rows["minhash_bands"].extend(
                    {"band_key": key, "article_id": article.id}
                    for key in dedup.band_keys(signatures[article.id])
                )
            for name, table_rows in child_rows(result).items():
                rows[name].extend(table_rows)
            rows["ingest_errors"].extend(
                _error_dict(ErrorRow(article.path or article.id, e.stage, e.message, article.id), now)
                for e in result.errors
            )
        rows["ingest_errors"].extend(_error_dict(e, now) for e in errors)
        inserted: set[str] = set()
        try:
            with self.engine.begin() as connection:
                for table in schema.metadata.sorted_tables:  # parents before children
                    if rows[table.name]:
                        # Rows in key order: concurrent writers lock shared keys in the same order,
                        # so overlapping batches wait for each other instead of deadlocking.
                        key = [c.name for c in table.primary_key.columns]
                        ordered = sorted(rows[table.name], key=lambda row: tuple(row[k] for k in key))
                        insert = insert_ignoring_duplicates(self.engine, table)
                        if table is not schema.events:
                            connection.execute(insert, ordered)
                            continue
                        # The early-warning series count only the events inserted now (never twice).
                        inserted = set(connection.scalars(insert.returning(table.c.id), ordered))
                        series.add_events(connection, (row for row in ordered if row["id"] in inserted))
        except SQLAlchemyError as exc:
            reason = database_reason(exc)
            raise StoreError(f"cannot write to {self.engine.url!r}: {reason}", reason) from exc
        for listener in self.listeners:
            listener(len(inserted))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {
                name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
                for name, table in _TABLES.items()
            }


MAX_REASON_CHARS = 300


def database_reason(exc: SQLAlchemyError) -> str:
    """The driver's message, on one short line: SQLAlchemy's own adds the statement and every
    parameter (a batch's whole text)."""
    original = getattr(exc, "orig", None) or exc
    reason = " ".join(f"{type(original).__name__}: {original}".split())
    return reason if len(reason) <= MAX_REASON_CHARS else reason[: MAX_REASON_CHARS - 3] + "..."


def _error_dict(error: ErrorRow, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": error.id,
        "location": error.location,
        "stage": error.stage,
        "message": error.message,
        "article_id": error.article_id,
        "created_at": now,
    }
