"""Storage: schema, Alembic migrations, and the writer (SQLite by default, any SQLAlchemy URL)."""

from __future__ import annotations

from clio.store.database import create_db_engine, migrate, open_database
from clio.store.writer import ErrorRow, Store

__all__ = ["ErrorRow", "Store", "create_db_engine", "migrate", "open_database"]
