"""Rejecting or dismissing what is said of oneself ("rejected any suggestion that it helped",
"rejected any role in the blast") denies it (016), as "deny" does; rejecting an offer or a
demand stays a rejection (12). Sentences are made up; full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's ministry rejected any suggestion on Monday that Budapest had helped the smugglers.",
        "Pakistan's army dismissed suggestions that its soldiers had shelled the village.",
        "Israel rejected any role in the blast at the Iranian port.",
    ],
)
def test_rejecting_what_is_said_of_oneself_denies_it(nlp: Language, text: str) -> None:
    codes = {code for _, code, _ in event_dyads(nlp, text, DAY)}
    assert "016" in codes
    assert not codes & {"110", "120"}


def test_rejecting_an_offer_stays_a_rejection(nlp: Language) -> None:
    assert ("KEN", "125", "SOM") in event_dyads(nlp, "Kenya rejected the offer of talks from Somalia.", DAY)
