"""A delegation sent or led somewhere is a visit by its sender to the place it goes ("led a
delegation to Beijing": 042 to China), the delegation itself being no target; said of the
future it is an intent to visit (036). A "visited X" keeps X as the one visited. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

VISITS = [
    (
        "Japan's foreign minister led a delegation to Beijing on Monday for talks on the islands.",
        ("JPN", "042", "CHN"),
    ),
    ("Kenya sent a delegation to Mogadishu on Monday.", ("KEN", "042", "SOM")),
    (
        "Ukraine's president led a delegation of ministers on a visit to Warsaw on Tuesday.",
        ("UKR", "042", "POL"),
    ),
    ("Eritrea said on Monday it would send a delegation to Addis Ababa.", ("ERI", "036", "ETH")),
]


@pytest.mark.parametrize(("text", "expected"), VISITS)
def test_a_delegation_visits_where_it_goes(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_dyads(nlp, text, DAY)


def test_the_delegation_is_not_the_one_visited(nlp: Language) -> None:
    found = event_dyads(nlp, "Kenya sent a delegation to the talks in Geneva on Monday.", DAY)
    assert ("KEN", "042", "KEN") not in found


def test_a_place_visited_stays_the_target(nlp: Language) -> None:
    found = event_dyads(nlp, "Niger's prime minister visited Moscow on Monday.", DAY)
    assert ("NER", "042", "RUS") in found
