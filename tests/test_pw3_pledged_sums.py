"""A sum of money a party pledges, promises or offers is aid promised (CAMEO 0331) though no
aid noun names it, and a light verb's object may be a sum the parser tags as a number ("announced
$40 million in new aid": "million"). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Japan pledged $12 million to Nepal on Sunday.", ("JPN", "0331", "NPL")),
        ("Germany promised 20 million euros to Jordan on Monday.", ("DEU", "0331", "JOR")),
    ],
)
def test_a_sum_pledged_is_aid_promised(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in event_dyads(nlp, text, DAY)


def test_a_sum_demanded_is_no_aid(nlp: Language) -> None:
    # A plain demand (100), not a demand for aid (103) nor aid promised (03x).
    found = event_dyads(nlp, "Iran demanded $6 billion from South Korea on Monday.", DAY)
    assert ("IRN", "100", "KOR") in found
    assert not any(code.startswith(("03", "07", "103")) for _, code, _ in found), found


def test_a_sum_announced_in_aid_is_aid(nlp: Language) -> None:
    found = event_dyads(nlp, "Canada announced $40 million in new aid for Haiti on Tuesday.", DAY)
    assert ("CAN", "070", "HTI") in found
