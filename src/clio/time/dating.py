"""Date an event from the time expressions around its predicate.

``event_date(doc, token)`` picks, for the predicate ``token`` of an event:

1. a dated timex (DATE or TIME with a calendar value) whose own clause verb is the predicate,
   or that sits inside the predicate's subtree but not in a clause of its own ("met *on
   Wednesday*", "was sanctioned *in February*", "the attack *on Monday*"); the closest one when
   several qualify;
2. otherwise the nearest dated timex of a clause above the predicate ("*On Wednesday*, police
   said they arrested ..."), unless the way up leaves a clause set at another time ("after",
   "before", "unless", "if" ...): in "warned on Wednesday, after leaders threatened to act
   unless he was reinstated by Sunday" neither date dates the threat. Timexes of the predicate's
   own subordinate clauses date those clauses, never the predicate;
3. otherwise a fallback: the article date, with precision ``"article"``, when the predicate is
   in the past or present tense (a news report is about what happened up to its date); and
   ``(None, "unknown")`` for future or conditional predicates, or when the article has no date.

``PRESENT_REF`` ("now") counts as the article date (precision ``"article"``). Values coarser
than a year (decades, ``PAST_REF``) are not event dates and are skipped. Precision is ``"day"``,
``"month"`` or ``"year"``; a week or a season is reported with precision ``"month"``/``"year"``,
the nearest coarser unit in that set. Reads ``doc._.timexes`` (so runs after ``clio_timexes``),
costs one walk up the parse per candidate, and never changes the Doc.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from clio.records import Timex
from clio.time.tense import clause_verb, governing_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Subordinators of clauses set at another time than the clause they modify.
_OTHER_TIME = frozenset({"after", "before", "since", "until", "till", "unless", "if", "once"})
_MAX_HOPS = 12
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WEEK = re.compile(r"^\d{4}-W\d{2}")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR_PART = re.compile(r"^\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$")


def precision_of(value: str | None) -> str | None:
    """ "day", "month" or "year" for a calendar value; None when it cannot date an event."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value) or _MONTH.match(value):
        return "month"
    if _YEAR_PART.match(value):
        return "year"
    return None


def latest_day(value: str | None) -> dt.date | None:
    """The last day a calendar value can mean ("2014" -> 2014-12-31, "2024-02" -> 2024-02-29);
    None for values that are not calendar dates."""
    precision = precision_of(value)
    if value is None or precision is None:
        return None
    year = int(value[:4])
    try:
        if precision == "day":
            return dt.date.fromisoformat(value[:10])
        if _MONTH.match(value):
            month = int(value[5:7])
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        return None
    return dt.date(year, 12, 31)  # weeks, seasons, quarters, years: the year's end bounds them


def _event_value(value: str) -> str:
    """The calendar part of a value: TIME values keep only their day."""
    return value[:10] if _DAY.match(value) else value


def _dated(doc: Doc) -> list[tuple[Timex, Token]]:
    out = []
    for timex in doc._.timexes or []:
        if timex.type not in ("DATE", "TIME"):
            continue
        if timex.value != "PRESENT_REF" and precision_of(timex.value) is None:
            continue
        span = doc.char_span(timex.span[0], timex.span[1], alignment_mode="expand")
        if span is not None and len(span):
            out.append((timex, span.root))
    return out


def _verb_index(token: Token) -> int | None:
    verb = clause_verb(token)
    return None if verb is None else verb.i


def _result(doc: Doc, timex: Timex) -> tuple[str | None, str]:
    if timex.value == "PRESENT_REF":
        date = doc._.article_date
        return (date.isoformat(), "article") if date else (None, "unknown")
    value = timex.value or ""
    return _event_value(value), precision_of(value) or "unknown"


def _in_subtree(token: Token, index: int) -> bool:
    return token.left_edge.i <= index <= token.right_edge.i


def _governs(token: Token, timex_root: Token) -> bool:
    """The timex modifies the predicate itself, not a clause below it."""
    verb = _verb_index(timex_root)
    if verb == token.i:
        return True
    nested = verb is not None and _in_subtree(token, verb)
    return _in_subtree(token, timex_root.i) and not nested


def _dates_from_above(token: Token, timex_root: Token) -> bool:
    """The timex belongs to a clause above the predicate, reached without leaving a clause that
    is set at another time (see _OTHER_TIME); a timex outside any clause counts too."""
    verb = _verb_index(timex_root)
    if verb is None:
        return True
    if _in_subtree(token, verb):
        return False  # the predicate's own subordinate clause
    current = token
    for _ in range(_MAX_HOPS):
        if current.i == verb:
            return True
        if current.dep_ == "advcl" and any(
            child.dep_ == "mark" and child.lower_ in _OTHER_TIME for child in current.children
        ):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def event_date(doc: Doc, token: Token) -> tuple[str | None, str]:
    """(value, precision) for the event whose predicate is ``token``; see the module docstring."""
    sentence = token.sent
    candidates = [(t, root) for t, root in _dated(doc) if sentence.start <= root.i < sentence.end]
    governed = [(t, root) for t, root in candidates if _governs(token, root)]
    pool = governed or [(t, root) for t, root in candidates if _dates_from_above(token, root)]
    if pool:
        timex, _ = min(pool, key=lambda pair: abs(pair[1].i - token.i))
        return _result(doc, timex)
    date = doc._.article_date
    if date is not None and governing_tense(token) in ("past", "present", ""):
        return date.isoformat(), "article"
    return None, "unknown"
