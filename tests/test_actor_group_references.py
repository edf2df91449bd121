"""Groups a story names by a common noun after naming their members or the organisation: "the
bloc" and "the alliance" refer back to an organisation, "both Gulf states" to the countries
listed before."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.clean import find_noise
from clio.nlp import build_nlp, prepare_doc
from clio.settings import Settings

DAY = dt.date(2024, 3, 4)


@pytest.fixture(scope="module")
def actor_nlp(settings: Settings) -> Language:
    return build_nlp(settings, components=("clio_actors",))


def actors(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=DAY, noise=find_noise(text)))
    return [(a.text, a.code) for a in doc._.actors]


@pytest.mark.parametrize(
    "text",
    [
        "EU foreign policy chief Anna Lind said on Monday that the bloc would send more observers.",
        "The European Union's envoy told reporters that the bloc expected Minsk to free them.",
    ],
)
def test_the_bloc_in_a_reported_clause(actor_nlp: Language, text: str) -> None:
    """The tagger calls a lower-case "bloc" in a reported clause a proper noun; it is still the
    EU named before."""
    assert ("the bloc", "IGOEUREEC") in actors(actor_nlp, text)


def test_the_alliance_is_the_military_alliance_named(actor_nlp: Language) -> None:
    """NATO, named first, is "the alliance"; the EU, named after it, is no alliance."""
    text = (
        "NATO ministers met in Brussels on Monday. The European Union said it shared their worry. "
        "Officials said the alliance would send more ships to the Baltic."
    )
    assert ("the alliance", "IGOWSTNAT") in actors(actor_nlp, text)


def test_counted_states_with_a_modifier_are_the_countries_listed(actor_nlp: Language) -> None:
    """ "Both Gulf states" are Qatar and Oman, listed before; "the two governments" they urged
    are the other two countries, not the Gulf states again."""
    text = (
        "India and Pakistan exchanged fire along the border on Saturday. Qatar and Oman offered "
        "to mediate. Both Gulf states urged the two governments on Sunday to show restraint."
    )
    found = actors(actor_nlp, text)
    assert ("Both Gulf states", "QAT") in found and ("Both Gulf states", "OMN") in found
    assert ("two governments", "INDGOV") in found and ("two governments", "PAKGOV") in found


def test_counted_states_without_a_list_are_left_alone(actor_nlp: Language) -> None:
    """With no list of three countries, "the three Gulf states" are not guessed from the
    countries the story named most (Qatar, the target, among them)."""
    text = (
        "Qatar rejected the demands on Monday. Qatar said Saudi Arabia and Egypt had no case. "
        "The three Gulf states ordered Qatari citizens to leave."
    )
    assert not [code for mention, code in actors(actor_nlp, text) if mention == "three Gulf states"]
