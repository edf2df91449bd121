"""A time limit for each SQL statement, so one unselective query cannot tie up a server.

SQLite has no statement timeout: a progress handler interrupts the statement once its deadline
(set just before it runs) has passed. PostgreSQL uses ``statement_timeout``. Either way the
statement fails, and ``is_timeout`` recognises the error.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

PROGRESS_STEPS = 10_000  # SQLite VM instructions between deadline checks (a few microseconds)
POSTGRES_CANCELLED = "57014"  # query_canceled


def limit_statement_time(engine: Engine, seconds: float) -> None:
    """Make every statement on ``engine``'s future connections fail after ``seconds``."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_progress_handler)
        event.listen(engine, "before_cursor_execute", _deadline_setter(seconds))
    elif engine.dialect.name == "postgresql":

        def set_timeout(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
            dbapi_connection.commit()

        event.listen(engine, "connect", set_timeout)
    engine.dispose()  # connections opened before now lack the limit


def _sqlite_progress_handler(dbapi_connection: Any, record: Any) -> None:
    info = record.info

    def over_time() -> int:
        return 1 if time.monotonic() > info.get("clio_deadline", float("inf")) else 0

    dbapi_connection.set_progress_handler(over_time, PROGRESS_STEPS)


def _deadline_setter(seconds: float) -> Any:
    def set_deadline(connection: Any, *_args: Any) -> None:
        connection.info["clio_deadline"] = time.monotonic() + seconds

    return set_deadline


def is_timeout(exc: BaseException) -> bool:
    """Whether ``exc`` is a statement stopped by the limit."""
    if not isinstance(exc, DBAPIError):
        return False
    original = exc.orig
    if getattr(original, "sqlstate", None) == POSTGRES_CANCELLED:
        return True
    return "interrupted" in str(original).lower()
