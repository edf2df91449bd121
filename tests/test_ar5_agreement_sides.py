"""A reaction to an agreement is aimed at the sides that made it; when the story told the
agreement as one actor's act towards two sides ("Norway brokered an accord between Colombia and
the ELN rebels"), the broker is no side: "Chile welcomed the accord" is aimed at Colombia and the
rebels, not at Norway. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "Norway brokered an accord between Colombia and the ELN rebels on Monday after talks with both"
        " sides in Oslo.\n\nChile welcomed the accord on Tuesday.",
        "CHL",
        "NOR",
        "COL",
    ),
    (
        "Turkey mediated a grain deal between Russia and Ukraine on Friday.\n\nThe United Nations"
        " praised the deal on Saturday.",
        "",
        "TUR",
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "reactor", "broker", "side"), CASES)
def test_a_reaction_to_a_brokered_agreement_skips_the_broker(
    nlp: Language, text: str, reactor: str, broker: str, side: str
) -> None:
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert (reactor, "05", side) in dyads
    assert (reactor, "05", broker) not in dyads
