"""A share word as the object ("lifted most of its sanctions on Niger") takes its share of the
noun under its "of"; that noun's own target phrase ("on Niger") names the target, as it does for
the plain object ("lifted its sanctions on Niger"). Full pipeline (actors and coder), every
event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    ("Canada lifted most of its sanctions on Belarus on Tuesday.", ("CAN", "085", "BLR")),
    ("Japan eased some of its trade restrictions on South Korea on Tuesday.", ("JPN", "081", "KOR")),
    ("Norway lifted all of its sanctions on Myanmar on Tuesday.", ("NOR", "085", "MMR")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_share_of_an_object_keeps_the_objects_target(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY)
