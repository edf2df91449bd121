"""A deadline whose limit is a phrase ("until the end of the week") is still an ultimatum
(CAMEO 139) when the parser hangs the act demanded on the limit's noun ("the week to remove")
rather than on "gave". Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Greece gave Turkey until the end of the week to remove its survey ship.", ("GRC", "139", "TUR")),
        (
            "Erdogan gave Syrian government forces until the end of February to pull back.",
            ("TUR", "139", "SYR"),
        ),
    ],
)
def test_an_act_hung_on_the_limit_is_still_demanded(
    nlp: Language, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in event_dyads(nlp, text, DAY)


def test_a_limit_with_no_act_demanded_is_no_ultimatum(nlp: Language) -> None:
    found = event_dyads(nlp, "Turkey gave Greece until the end of the month.", DAY)
    assert not any(code == "139" for _, code, _ in found), found
