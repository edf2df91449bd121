"""Published-news wordings of CAMEO acts that the coder missed (helper pn5): a release from
custody ("was released on bail", "granted bail to") is the authorities' (0841) though no one is
named; admitting charges or a deed told in a clause ("admitted that he stole the car") is an
admission (015); naming a thing with a word of praise ("called the ruling a huge victory")
praises its doer (051); a verb of being that puts its subject "in talks / in negotiations with"
a partner is a consultation with it (04). Sentences are made up; full pipeline (actors and
coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2009, 3, 25)
ARREST = "Dayton police arrested John Fumo on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        ARREST + "Fumo was released on his own recognizance on Tuesday.",
        ARREST + "Fumo was released from the county jail late Tuesday.",
        ARREST + "A Montgomery County judge granted bail to Fumo on Tuesday.",
    ],
)
def test_a_release_from_custody_is_the_authorities(nlp: Language, text: str) -> None:
    assert ("USA", "0841", "USA") in event_dyads(nlp, text, DAY)


def test_a_release_that_ends_no_custody_has_no_implied_author(nlp: Language) -> None:
    text = "KABUL (AP) - Two Italian aid workers were released on Tuesday, officials in Rome said."
    assert not any(code.startswith("084") for _, code, _ in event_dyads(nlp, text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        ARREST + "Fumo admitted three counts of burglary in court on Tuesday.",
        ARREST + "Fumo admitted to police that he stole a car from the pharmacy lot.",
    ],
)
def test_admitting_charges_or_a_deed_is_an_admission(nlp: Language, text: str) -> None:
    assert ("USA", "015", "USA") in event_dyads(nlp, text, DAY)


def test_admitting_a_state_of_affairs_is_no_admission(nlp: Language) -> None:
    text = ARREST + "The police chief admitted that the department is short of officers."
    assert not any(code == "015" for _, code, _ in event_dyads(nlp, text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Ohio Gov. Ted Strickland called the Supreme Court's decision a great victory for families.",
        "Sen. Sherrod Brown described the court's ruling as a milestone for Ohio workers.",
    ],
)
def test_naming_a_deed_with_praise_praises_its_doer(nlp: Language, text: str) -> None:
    assert ("USA", "051", "USA") in event_dyads(nlp, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Ohio Gov. Ted Strickland is in talks with the state teachers union about the budget.",
        "Georgia's foreign minister said Tbilisi remained in negotiations with Moscow over the border.",
    ],
)
def test_being_in_talks_with_a_partner_consults_it(nlp: Language, text: str) -> None:
    assert any(code[:2] == "04" and target for _, code, target in event_dyads(nlp, text, DAY))


def test_not_being_in_talks_is_no_consultation(nlp: Language) -> None:
    text = "Iran's foreign minister said Tehran is not in talks with Washington."
    assert not any(code[:2] == "04" for _, code, _ in event_dyads(nlp, text, DAY))
