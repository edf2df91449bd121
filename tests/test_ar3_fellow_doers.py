"""Those who act in a clause coordinated with the source's own, on no one of the source's side,
are fellow doers in the news and not the target the source's act leaves implicit: "Germany
suspended the licence, and Carney condemned the hijacking" aims neither at the other. One whose
act names the source's country stays its counterpart ("Israeli jets struck Gaza, and Hamas
vowed revenge"). Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)
SEIZURE = "Iran seized a Greek tanker in the Gulf on Sunday, and Iranian guards detained its crew. "

FELLOWS = [
    (
        "Germany suspended the licence of the state shipping line on Monday, and Canadian Prime "
        "Minister Mark Carney condemned the hijacking the same night.",
        {("DEU", "160", "IRN"), ("CAN", "111", "IRN")},
    ),
    (
        "Germany froze the assets of the state shipping line on Monday, and Canada called for restraint.",
        {("DEU", "160", "IRN"), ("CAN", "020", "IRN")},
    ),
]


@pytest.mark.parametrize(("second", "expected"), FELLOWS)
def test_coordinated_doers_are_not_each_others_targets(
    nlp: Language, second: str, expected: set[tuple[str, str, str | None]]
) -> None:
    found = event_dyads(nlp, SEIZURE + second, DAY)
    assert expected <= found
    assert not {("DEU", c, "CAN") for _, c, _ in found} & found
    assert not {("CAN", c, "DEU") for _, c, _ in found} & found


def test_a_peer_who_acts_on_the_source_stays_its_counterpart(nlp: Language) -> None:
    found = event_dyads(nlp, "Israeli aircraft struck Gaza on Friday, and Hamas vowed revenge.", DAY)
    assert ("PSE", "130", "ISR") in found
