"""Open a database by SQLAlchemy URL and bring its schema up to date with Alembic."""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

from clio.errors import StoreError
from clio.settings import normalize_db_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x636C696F  # "clio": the PostgreSQL advisory lock held while migrating


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (the dashboard) don't block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine for ``url`` (a bare path means a SQLite file)."""
    url = normalize_db_url(url)
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}. Check --db / CLIO_DB") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@functools.lru_cache(maxsize=1)
def _migration_lock() -> threading.Lock:
    """Alembic's migration context is process-global: one migration at a time per process."""
    return threading.Lock()


def migrate(engine: Engine) -> None:
    """Apply every pending Alembic migration (safe when several writers start at once)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with _migration_lock(), engine.begin() as connection:
            if connection.dialect.name == "postgresql":  # and one at a time per database server
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database {engine.url!r}: {exc}") from exc


def open_database(url: str) -> Engine:
    """An engine whose schema is current."""
    engine = create_db_engine(url)
    migrate(engine)
    return engine
