"""Obligations a speaker puts on another actor, in reported speech or in a direct quotation
(helper qn7): "said Togo should reopen the border" / "Togo needs to ..." is the speaker's appeal
(02), "Togo has to reopen it" a demand (10) like "must"; "should have done" a reproach (111); a
quoted sentence of its own that does so is the quoted speaker's. What the speaker's own side
should do, an obligation on a condition, a question and a past necessity put nothing on anyone.
Sentences are made up; full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Advice said of another is an appeal, with the act asked for.
        ("Ghana's foreign minister said on Monday that Togo should reopen its border.", ("GHA", "02", "TGO")),
        ("Kenya's president said on Friday that Uganda ought to withdraw its troops.", ("KEN", "02", "UGA")),
        ("Kenya's president said on Friday that Uganda needs to withdraw its troops.", ("KEN", "02", "UGA")),
        # "has to" / "needs to" oblige as "must" does: a demand.
        ("Ghana's foreign minister said on Monday that Togo has to reopen its border.", ("GHA", "10", "TGO")),
        ('"Togo has to reopen the border," Ghana\'s foreign minister said on Monday.', ("GHA", "10", "TGO")),
        # A quoted sentence of its own, attributed after the quotation ends.
        (
            '"Togo should reopen the border. This cannot go on," Ghana\'s foreign minister said on Monday.',
            ("GHA", "02", "TGO"),
        ),
    ],
)
def test_an_obligation_put_on_another_is_a_demand_or_an_appeal(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY, root_only=True)


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's own side.
        '"We should reopen the border. This cannot go on," Ghana\'s foreign minister said on Monday.',
        # On a condition, or asked.
        '"If Togo wants peace, it should reopen the border," Ghana\'s foreign minister said on Monday.',
        "Ghana's foreign minister said on Monday that if Togo wants peace, it has to reopen the border.",
        '"Should Togo reopen the border? We doubt it," Ghana\'s foreign minister said on Monday.',
        # A necessity that was, not one put now.
        "Ghana's foreign minister said on Monday that Togo had to close its border in the storm.",
    ],
)
def test_no_obligation_put_on_another(nlp: Language, text: str) -> None:
    coded = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(code in ("02", "10") and target == "TGO" for _, code, target in coded)


def test_advice_against_an_act_asks_for_restraint_not_for_the_act(nlp: Language) -> None:
    text = "Ghana's foreign minister said on Monday that Togo should not arm the rebels."
    coded = event_dyads(nlp, text, DAY)
    assert ("GHA", "020", "TGO") in coded
    assert ("GHA", "0232", "TGO") not in coded  # not an appeal for military aid


def test_what_another_should_have_done_is_a_reproach(nlp: Language) -> None:
    text = "Morocco's justice minister wrote on Tuesday that Spain should have weighed the cost."
    coded = event_dyads(nlp, text, DAY)
    assert ("MAR", "111", "ESP") in coded
    assert not any(code.startswith("02") for _, code, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's own people are reassured, not appealed to; people at large are advised.
        "The U.S. secretary of state told reporters on Monday that Americans should sleep well at night.",
        '"Women in abusive homes need to get out," the Kenyan police chief said on Monday.',
        # "must have" guesses; it reproaches no one.
        "Ghana's foreign minister said on Monday that Togo must have known about the raid.",
    ],
)
def test_no_appeal_and_no_reproach(nlp: Language, text: str) -> None:
    coded = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(code in ("02", "10", "11") for _, code, _ in coded)
