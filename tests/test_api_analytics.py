"""Calendar helpers behind the time series (pure functions)."""

from __future__ import annotations

import datetime as dt

import pytest

from clio.analytics import all_periods, period_start

D = dt.date


@pytest.mark.parametrize(
    ("day", "interval", "expected"),
    [
        (D(2022, 2, 24), "day", D(2022, 2, 24)),
        (D(2022, 2, 24), "week", D(2022, 2, 21)),  # a Thursday -> its Monday
        (D(2022, 2, 21), "week", D(2022, 2, 21)),
        (D(2023, 1, 1), "week", D(2022, 12, 26)),  # a Sunday belongs to the week before
        (D(2022, 2, 24), "month", D(2022, 2, 1)),
        (D(2024, 12, 31), "month", D(2024, 12, 1)),
    ],
)
def test_period_start(day: dt.date, interval: str, expected: dt.date) -> None:
    assert period_start(day, interval) == expected


def test_unknown_interval_is_refused() -> None:
    with pytest.raises(ValueError, match="interval"):
        period_start(D(2022, 1, 1), "year")


@pytest.mark.parametrize(
    ("first", "last", "interval", "expected"),
    [
        (
            D(2022, 11, 1),
            D(2023, 2, 1),
            "month",
            [D(2022, 11, 1), D(2022, 12, 1), D(2023, 1, 1), D(2023, 2, 1)],
        ),
        (D(2024, 1, 1), D(2024, 3, 1), "month", [D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1)]),
        (D(2022, 2, 21), D(2022, 3, 7), "week", [D(2022, 2, 21), D(2022, 2, 28), D(2022, 3, 7)]),
        (D(2024, 2, 28), D(2024, 3, 1), "day", [D(2024, 2, 28), D(2024, 2, 29), D(2024, 3, 1)]),
        (D(2022, 1, 1), D(2022, 1, 1), "day", [D(2022, 1, 1)]),
        (D(1900, 1, 1), D(2022, 1, 1), "day", []),  # too many to fill: the caller keeps what it saw
    ],
)
def test_all_periods(first: dt.date, last: dt.date, interval: str, expected: list[dt.date]) -> None:
    assert all_periods(first, last, interval) == expected
