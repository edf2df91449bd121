"""The audience and the medium of a statement are no target: "told reporters", "welcomed the
announcement on social media" name who heard the words or what carried them, not whom they are
aimed at. The press acted upon keeps its reading ("accused journalists", "the attack on state
television", "sanctions on state television"). Full pipeline (actors and coder), every event
kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


HEARD_OR_CARRIED = [
    # The medium after a message noun: the welcome is for what was announced, by whom.
    (
        "Somalia announced a port deal with Ethiopia in July. "
        "The Kenyan government welcomed the announcement on social media.",
        ("KEN", "051", "SOM"),
        ("KEN", "051", "KEN"),
    ),
    # The reporters told are the audience; the demand is on Spain.
    (
        "Portugal's foreign minister told reporters on Monday that Spain must first apologise.",
        ("PRT", "102", "ESP"),
        ("PRT", "102", "PRT"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HEARD_OR_CARRIED)
def test_the_audience_or_medium_is_no_target(
    nlp: Language, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert expected in found
    assert absent not in found


ACTED_UPON = [
    ("Kenya's president accused journalists of spreading lies on Monday.", ("KEN", "112", "KEN")),
    ("Brazil's president condemned the attack on state television on Sunday.", ("BRA", "111", "BRA")),
    ("The United States imposed sanctions on Russian state television on Monday.", ("USA", "163", "RUS")),
]


@pytest.mark.parametrize(("text", "expected"), ACTED_UPON)
def test_the_press_acted_upon_stays_a_target(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in dyads(nlp, text)
