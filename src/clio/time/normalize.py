"""Normalize one time-expression string: the pure entry point used by tests and other stages."""

from __future__ import annotations

import datetime as dt

from clio.time.grammar import match_text
from clio.time.resolve import Resolved, resolve


def normalize(text: str, *, anchor: dt.date | None, tense: str = "") -> Resolved | None:
    """TIMEX3 ``(type, value, mod)`` of ``text`` read against ``anchor`` in ``tense``.

    ``tense`` is "past", "present", "future" or "" (unknown). Returns None when ``text`` as a
    whole is not a time expression this grammar knows.

    >>> normalize("early next year", anchor=dt.date(2021, 12, 16))
    ('DATE', '2022', 'START')
    """
    candidate = match_text(text)
    if candidate is None:
        return None
    return resolve(candidate, anchor=anchor, tense=tense)
