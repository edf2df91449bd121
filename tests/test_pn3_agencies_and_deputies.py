"""Published-news actors: national agencies and police forces named without their country ("the
IRS", "RCMP officers", "gardai") are that country's bodies, and "deputies" in an article that names
a sheriff are the sheriff's officers, not legislators. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2009, 3, 25)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # A country's own agency keeps its country in a story set elsewhere.
        (
            "HAVANA - The Immigration and Naturalization Service ruled on Wednesday that the boy may go.",
            "Immigration and Naturalization Service",
            "USAGOV",
        ),
        ("The talks in Cuba ended after the IRS froze the accounts of the firm.", "IRS", "USAGOV"),
        (
            "A Polish immigrant died after RCMP officers used a Taser at the airport.",
            "RCMP officers",
            "CANCOP",
        ),
        (
            "In Jakarta, Drug Enforcement Administration agents met their Indonesian partners.",
            "Drug Enforcement Administration",
            "USACOP",
        ),
        (
            "The Police Service of Northern Ireland searched the house on Monday.",
            "Police Service of Northern Ireland",
            "GBRCOP",
        ),
    ],
)
def test_a_national_agency_is_its_countrys_body(nlp: Language, text: str, name: str, code: str) -> None:
    found = actor_codes(nlp, text, DAY)
    assert found.get(name) == code, found


def test_gardai_are_the_police_of_an_irish_story(nlp: Language) -> None:
    text = "Three men from Clonmel, Co Tipperary, appeared in court in Ireland. Gardai arrested a fourth."
    assert actor_codes(nlp, text, DAY).get("Gardai") == "IRLCOP"


@pytest.mark.parametrize(
    ("text", "deputies", "code"),
    [
        # A story naming a sheriff: its deputies are his officers.
        (
            "Sheriff Tom Hale said deputies arrested a man near Dayton, Ohio, on Tuesday.",
            "deputies",
            "USACOP",
        ),
        (
            "The sheriff's office said the man fled. Deputies found him in a barn in Dayton, Ohio.",
            "Deputies",
            "USACOP",
        ),
        # Without a sheriff, deputies are members of a chamber, as before.
        ("In Rome, Italian deputies voted against the budget on Tuesday.", "Italian deputies", "ITALEG"),
    ],
)
def test_deputies_beside_a_sheriff_are_police(nlp: Language, text: str, deputies: str, code: str) -> None:
    found = actor_codes(nlp, text, DAY)
    assert found.get(deputies) == code, found
