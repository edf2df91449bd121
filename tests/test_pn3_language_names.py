"""A people's word used as the name of a language ("airing in English and Spanish", "spoke in
Spanish", "translated into French", "speaks Russian") is no actor, and does not set the country
of the people around it. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Tucson, the senator's ad runs in English and Spanish on local radio.", "Spanish"),
        ("In Tucson, the senator's ad runs in English and Spanish on local radio.", "English"),
        ("In Tucson, the pamphlet was translated into French last week.", "French"),
    ],
)
def test_a_language_is_no_actor(nlp: Language, text: str, language: str) -> None:
    assert language not in actor_codes(nlp, text, DAY)


def test_a_language_does_not_place_the_listeners(nlp: Language) -> None:
    found = actor_codes(nlp, "In Tucson, the mayor spoke in Spanish to the crowd on Monday.", DAY)
    assert found.get("crowd") == "USACVL", found


def test_the_people_stay_actors(nlp: Language) -> None:
    # With an article, the word names the people.
    found = actor_codes(nlp, "The mayor of Tucson criticized the French on Monday.", DAY)
    assert found.get("French") == "FRA", found
