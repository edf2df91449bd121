"""Speech acts of roots 01 and 05 that were left uncoded or coded with another root:

* a denial answers whoever made the charge: "denied the charge" points back at the story's
  accuser, also when the charge is the noun of a relative clause without a relative word in the
  same sentence ("..., a charge Minsk denied");
* dismissing a report or an account, or dismissing anything as false, is a denial (016), not a
  rejection of a proposal (120);
* a relative clause acts on the noun it hangs on ("a request that X dismissed" is refused);
* naming a thing or a party with a word of approval ("a positive step", "constructive", "a true
  friend") is praise (051).

Full pipeline (actors and coder), every event kept. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

DENIALS = [
    (
        "Poland accused Belarus on Monday of pushing migrants towards its border, a charge Belarus"
        " denied on Tuesday.",
        ("BLR", "016", "POL"),
    ),
    (
        "Serbia accused Croatia on Monday of stirring unrest in its north. Hungary criticised Austria"
        " over its border checks on Tuesday.\n\nCroatia denied the charge on Wednesday.",
        ("HRV", "016", "SRB"),
    ),
    (
        "Iran's foreign ministry on Sunday dismissed the British reports of a tanker seizure as"
        " disinformation.",
        ("IRN", "016", "GBR"),
    ),
]

PRAISE = [
    (
        "The Chilean president called the release of the sailors by Peru a positive step on Monday.",
        ("CHL", "051", "PER"),
    ),
    (
        "The Kenyan foreign minister called Uganda a true friend on Tuesday.",
        ("KEN", "051", "UGA"),
    ),
    (
        "The Japanese government called its talks with India constructive on Friday.",
        ("JPN", "051", "IND"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), DENIALS)
def test_a_denial_answers_the_accuser(nlp: Language, text: str, wanted: tuple[str, str, str]) -> None:
    dyads = event_dyads(nlp, text, DAY)
    assert wanted in dyads


@pytest.mark.parametrize(("text", "wanted"), PRAISE)
def test_naming_with_approval_is_praise(nlp: Language, text: str, wanted: tuple[str, str, str]) -> None:
    dyads = event_dyads(nlp, text, DAY)
    assert wanted in dyads


def test_dismissing_a_demand_stays_a_rejection(nlp: Language) -> None:
    dyads = event_dyads(nlp, "Hamas dismissed the Israeli demand on Monday.", DAY, root_only=True)
    assert ("PSE", "12", "ISR") in dyads


def test_a_relative_clause_acts_on_its_noun(nlp: Language) -> None:
    """ "a request that Beijing dismissed": the sense is chosen by the noun the clause hangs on
    (a request dismissed is refused, 120), not by the relative pronoun."""
    text = (
        "Nepal asked India on Monday to delay the project, a request that New Delhi dismissed as groundless."
    )
    dyads = event_dyads(nlp, text, DAY)
    assert ("IND", "120", "NPL") in dyads
