"""The event scorer's country normalisation (no model needed)."""

from __future__ import annotations

import pytest

from clio.evaluate.events import country_of


@pytest.mark.parametrize(
    ("code", "country"),
    [
        ("RUSGOV", "RUS"),
        ("USA", "USA"),
        ("IGOUNO", "IGO"),
        ("---REB", ""),  # PETRARCH's unknown country
        ("---", ""),  # PETRARCH's unknown target
        ("", ""),
        (None, ""),
        ("rusmil", "RUS"),
    ],
)
def test_country_of(code: str | None, country: str) -> None:
    assert country_of(code) == country
