"""Material conflict acts the coder left uncoded: a donor halting, freezing or suspending money
that is no aid noun of its own ("payments", "disbursements") reduces aid (162), and a sit-in the
parser splits into "sit" - "in" is still a demonstration (141). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The IMF suspended disbursements to Sudan after the coup.", ("", "162", "SDN")),
        ("Germany halted payments to Niger on Tuesday.", ("DEU", "162", "NER")),
    ],
)
def test_halted_money_reduces_aid(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY)
    assert dyad in found, found


def test_split_sit_in_is_a_demonstration(nlp: Language) -> None:
    text = "Opposition supporters staged a sit-in outside the Kenyan parliament on Monday."
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert any(src == "KEN" and root == "14" for src, root, _ in found), found


def test_halting_an_offensive_is_no_aid_cut(nlp: Language) -> None:
    found = event_dyads(nlp, "Russia halted its offensive near Kharkiv on Monday.", DAY)
    assert not any(code == "162" for _, code, _ in found), found
