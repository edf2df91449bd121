"""Calendar arithmetic for TIMEX3 values: shifting dates, weeks, months, quarters, holidays."""

from __future__ import annotations

import calendar
import datetime as dt


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by ``months`` (may be negative)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_date(day: dt.date, *, days: int = 0, months: int = 0, years: int = 0) -> dt.date:
    """``day`` moved by whole months/years (clamped to the month's length) and days."""
    year, month = shift_months(day.year, day.month, months + 12 * years)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last)) + dt.timedelta(days=days)


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value, e.g. ``2021-W50``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` (1 = Monday) of a month (n = -1 for the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
