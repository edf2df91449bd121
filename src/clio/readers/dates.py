"""Article dates: ISO dates and datetimes (with or without a zone) and a few unambiguous forms.

The article date anchors relative expressions ("on Wednesday", "last month"), so a wrong date is
worse than none: anything we cannot read exactly gives ``None`` and a reason, never a guess.
A datetime gives the calendar date *as written* (``2021-12-16T23:30:00-05:00`` is 16 December),
because that is the date the reporter's "today" refers to.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

# Written-out forms seen in feeds and page metadata; all carry day, month and year explicitly.
_STRPTIME_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
)
# Every warning about a missing or unusable article date says so (the run summary leaves these
# common warnings out; they are kept in ingest_errors).
UNRESOLVED = "relative dates stay unresolved"
_ISO_DATE_PREFIX = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?=$|[T ])")


def parse_date(value: str) -> dt.date | None:
    """The calendar date written in ``value``, or ``None`` when it is not an exact day."""
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        pass
    # A datetime whose time or zone part Python rejects still states its day unambiguously.
    match = _ISO_DATE_PREFIX.match(text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    for fmt in _STRPTIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if "," in text and any(ch.isdigit() for ch in text):  # RFC 2822, as in RSS: "Thu, 16 Dec 2021 ..."
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError, OverflowError):  # huge year or zone offset
            return None
    return None


def date_warning(location: str, value: object) -> str:
    """The warning attached to an article whose date is missing or unusable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"{location}: no date; {UNRESOLVED}"
    shown = value if isinstance(value, str) else repr(value)
    if isinstance(shown, str) and len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{location}: no usable date ({shown!r}); {UNRESOLVED} (write it as YYYY-MM-DD)"
