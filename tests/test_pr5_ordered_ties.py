"""An order a state gives its own bodies and firms to cut ties with another country ("ordered
its airlines to suspend flights to Lithuania") is the state's own act against that country
(16), not a demand (10) on its own airlines; an order to another country stays a demand.
Sentences are made up; full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "MINSK (Reuters) - Belarusian President Alexander Lukashenko ordered Belarusian airlines on Tuesday "
        "to suspend flights to Lithuania.",
        "MINSK (Reuters) - Lukashenko ordered the national bank to freeze the assets of Lithuanian firms.",
    ],
)
def test_an_order_to_ones_own_bodies_to_cut_ties_is_the_states_act(nlp: Language, text: str) -> None:
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert ("BLR", "16", "LTU") in dyads
    assert ("BLR", "10", "BLR") not in dyads


def test_an_order_to_another_country_stays_a_demand(nlp: Language) -> None:
    text = "MINSK (Reuters) - Lukashenko ordered Lithuania to suspend its border checks."
    assert ("BLR", "10", "LTU") in event_dyads(nlp, text, DAY, root_only=True)


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Reuters) - Kenya's president ordered the frontier with Somalia closed on Monday.",
        "NAIROBI (Reuters) - Kenya ordered its border with Somalia closed on Monday.",
    ],
)
def test_an_order_that_puts_a_border_in_a_state_is_the_act_itself(nlp: Language, text: str) -> None:
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert ("KEN", "16", "SOM") in dyads
    assert ("KEN", "10", "SOM") not in dyads
