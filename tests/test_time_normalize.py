"""Normalization of time-expression strings against an anchor date (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from clio.time.normalize import normalize

THURSDAY = dt.date(2021, 12, 16)  # a Thursday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # the examples
        ("Wednesday", "past", ("DATE", "2021-12-15", None)),
        ("Wednesday", "future", ("DATE", "2021-12-22", None)),
        ("February", "future", ("DATE", "2022-02", None)),
        ("February", "past", ("DATE", "2021-02", None)),
        ("early next year", "", ("DATE", "2022", "START")),
        ("November 12, 2021", "", ("DATE", "2021-11-12", None)),
        ("three days", "", ("DURATION", "P3D", None)),
        ("every week", "", ("SET", "P1W", None)),
        ("now", "", ("DATE", "PRESENT_REF", None)),
        ("at present", "", ("DATE", "PRESENT_REF", None)),
        # deictic and relative
        ("yesterday", "", ("DATE", "2021-12-15", None)),
        ("tomorrow", "", ("DATE", "2021-12-17", None)),
        ("today", "", ("DATE", "2021-12-16", None)),
        ("tonight", "", ("TIME", "2021-12-16TNI", None)),
        ("yesterday morning", "", ("TIME", "2021-12-15TMO", None)),
        ("last week", "", ("DATE", "2021-W49", None)),
        ("this week", "", ("DATE", "2021-W50", None)),
        ("next month", "", ("DATE", "2022-01", None)),
        ("last month", "", ("DATE", "2021-11", None)),
        ("last year", "", ("DATE", "2020", None)),
        ("earlier this year", "", ("DATE", "2021", "START")),
        ("later this month", "", ("DATE", "2021-12", "END")),
        ("two days ago", "", ("DATE", "2021-12-14", None)),
        ("three years ago", "", ("DATE", "2018", None)),
        ("two months ago", "", ("DATE", "2021-10", None)),
        ("this spring", "", ("DATE", "2021-SP", None)),
        ("last summer", "", ("DATE", "2021-SU", None)),
        ("next Friday", "", ("DATE", "2021-12-17", None)),
        ("last Thursday", "", ("DATE", "2021-12-09", None)),
        # a weekday of a named week: its day in that calendar week (Thursday anchor: week 50)
        ("Thursday last week", "", ("DATE", "2021-12-09", None)),
        ("Monday last week", "", ("DATE", "2021-12-06", None)),
        ("Friday of next week", "", ("DATE", "2021-12-24", None)),
        ("the past decade", "", ("DATE", "201", None)),  # the decade before this one
        ("recently", "", ("DATE", "PAST_REF", None)),
        ("the future", "", ("DATE", "FUTURE_REF", None)),
        # explicit and partial calendar dates
        ("12 Nov", "", ("DATE", "2021-11-12", None)),
        ("Nov. 12", "", ("DATE", "2021-11-12", None)),
        ("Jan. 5", "future", ("DATE", "2022-01-05", None)),
        ("2014", "", ("DATE", "2014", None)),
        ("March 2020", "", ("DATE", "2020-03", None)),
        ("June last year", "", ("DATE", "2020-06", None)),
        ("mid-November", "past", ("DATE", "2021-11", "MID")),
        ("the end of 1990", "", ("DATE", "1990", "END")),
        ("the 1990s", "", ("DATE", "199", None)),
        ("the early 1980s", "", ("DATE", "198", "START")),
        ("the '90s", "", ("DATE", "199", None)),
        ("the 20th century", "", ("DATE", "19", None)),
        ("490 BC", "", ("DATE", "BC0490", None)),
        ("AD 79", "", ("DATE", "0079", None)),
        ("Winter 1942", "", ("DATE", "1942-WI", None)),
        ("Q3", "past", ("DATE", "2021-Q3", None)),
        ("the third quarter", "past", ("DATE", "2021-Q3", None)),
        ("the first half of 2020", "", ("DATE", "2020-H1", None)),
        ("2021-11-12", "", ("DATE", "2021-11-12", None)),
        ("Christmas", "future", ("DATE", "2021-12-25", None)),
        ("Christmas", "past", ("DATE", "2020-12-25", None)),
        ("Thanksgiving", "past", ("DATE", "2021-11-25", None)),
        ("10:30 p.m.", "", ("TIME", "2021-12-16T22:30", None)),
        ("noon", "", ("TIME", "2021-12-16T12:00", None)),
        # durations and sets
        ("24 hours", "", ("DURATION", "PT24H", None)),
        ("six months", "", ("DURATION", "P6M", None)),
        ("twenty-four hours", "", ("DURATION", "PT24H", None)),
        ("two decades", "", ("DURATION", "P20Y", None)),
        ("half an hour", "", ("DURATION", "PT30M", None)),
        ("a few days", "", ("DURATION", "PXD", None)),
        ("more than two years", "", ("DURATION", "P2Y", "MORE_THAN")),
        ("nearly a week", "", ("DURATION", "P1W", "APPROX")),
        ("the first nine months", "", ("DURATION", "P9M", None)),
        ("five-year", "", ("DURATION", "P5Y", None)),
        ("daily", "", ("SET", "P1D", None)),
        ("every Monday", "", ("SET", "XXXX-WXX-1", None)),
        ("twice a year", "", ("SET", "P1Y", None)),
    ],
)
def test_normalize(text: str, tense: str, expected: tuple[str, str | None, str | None]) -> None:
    assert normalize(text, anchor=THURSDAY, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wednesday", ("DATE", "XXXX-WXX-3", None)),
        ("Christmas", ("DATE", "XXXX-12-25", None)),
        ("November 12", ("DATE", "XXXX-11-12", None)),
        ("February", ("DATE", "XXXX-02", None)),
        ("yesterday", ("DATE", None, None)),
        ("next year", ("DATE", None, None)),
        ("November 12, 2021", ("DATE", "2021-11-12", None)),
        ("three days", ("DURATION", "P3D", None)),
    ],
)
def test_normalize_without_anchor(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert normalize(text, anchor=None) == expected


@pytest.mark.parametrize(
    "text",
    ["Winter Olympics", "may", "march", "1,500", "$2,000", "a 45-year-old", "45-year-old", "hello", "Feb 30"],
)
def test_not_a_time(text: str) -> None:
    assert normalize(text, anchor=THURSDAY) is None
