"""A deadline given someone to act is an ultimatum (CAMEO 139) aimed at whoever is given the time:
"gave Moscow until midnight to explain", "gave the rebels 48 hours to surrender". What they are to
do is demanded, not done; time to leave is an expulsion, told by other rules. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        # A limit ("until Friday") or a span of time ("48 hours", "a week") given to act.
        ("Greece gave Turkey until Friday to remove its survey ship.", {("GRC", "139", "TUR")}),
        ("Algeria gave Morocco 48 hours to explain the incursion.", {("DZA", "139", "MAR")}),
        ("Serbia gave Kosovo a week to reverse the licence plate ban.", {("SRB", "139", "KSV")}),
    ],
)
def test_a_deadline_to_act_is_an_ultimatum(
    nlp: Language, text: str, dyads: set[tuple[str, str, str]]
) -> None:
    # Only the ultimatum: the act demanded is not coded as done.
    assert event_dyads(nlp, text, DAY) == dyads


@pytest.mark.parametrize(
    "text",
    [
        # Money given to do something is aid, not a deadline.
        "Norway gave Ukraine $5 million to rebuild schools.",
        # Time to leave is an expulsion, not this rule's.
        "Venezuela gave the Colombian diplomats 24 hours to leave the country.",
        # A deadline not given is none.
        "Egypt did not give Ethiopia a week to respond.",
        # A court's deadline in its own case is procedure.
        "A federal judge in Texas gave the prosecutors until Friday to file their evidence.",
    ],
)
def test_no_ultimatum_without_a_deadline_to_act(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(code == "139" for _, code, _ in found), found
