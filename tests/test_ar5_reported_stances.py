"""A refusal (or a demand, criticism or threat) told by the side it is aimed at is the doer's own
act ("Peru's army had refused the Chilean plane permission to land, the Chilean minister said":
Peru refuses Chile, 12), not an accusation by the speaker (112), which stays for harm done to
the speaker's side ("said Indian troops had obstructed a Chinese patrol"). Full pipeline (actors
and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

REFUSALS = [
    (
        "Peru's army had refused the Chilean plane permission to land, the Chilean foreign minister said.",
        ("PER", "12", "CHL"),
    ),
    (
        "Serbia's interior ministry refused the Croatian convoy entry, Croatia's prime minister said.",
        ("SRB", "12", "HRV"),
    ),
]

HARM = [
    (
        "A Chinese army spokesman said Indian troops had obstructed a routine Chinese patrol.",
        ("CHN", "11", "IND"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_a_refusal_told_by_the_refused_side_is_the_refusal(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert expected in dyads
    doer, _, speaker = expected
    assert (speaker, "11", doer) not in dyads


@pytest.mark.parametrize(("text", "expected"), HARM)
def test_harm_told_by_the_harmed_side_stays_an_accusation(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY, root_only=True)
