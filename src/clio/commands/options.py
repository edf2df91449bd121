"""Option parsing shared by the commands: one place for the messages users see."""

from __future__ import annotations

import datetime as dt

from clio.errors import ClioError


def parse_date(value: str | None, option: str) -> dt.date | None:
    """An ISO date given to ``option``, or a one-line error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ClioError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None
