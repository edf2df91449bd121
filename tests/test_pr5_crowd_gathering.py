"""A crowd or the public coming together ("crowds gathered on the square", "thousands of people
gathered in the capital") is a demonstration (141), not a meeting (04); leaders gathering with
someone stay a meeting. Sentences are made up; full pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 14)
LEAD = "BISHKEK (Reuters) - Kyrgyz opposition parties rejected the election count on Sunday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Crowds gathered on a central square in Bishkek on Monday to demand a new vote.",
        "Thousands of people gathered in the capital on Monday to demand a new vote.",
    ],
)
def test_a_crowd_gathering_is_a_demonstration(nlp: Language, sentence: str) -> None:
    dyads = event_dyads(nlp, LEAD + sentence, DAY)
    assert ("KGZ", "141", "KGZ") in dyads
    assert ("KGZ", "040", "KGZ") not in dyads


def test_leaders_gathering_with_someone_stay_a_meeting(nlp: Language) -> None:
    text = "JEDDAH (Reuters) - Saudi Arabia hosted a summit on Saturday. Arab leaders gathered with Biden."
    assert any(code == "040" for _, code, _ in event_dyads(nlp, text, DAY))
