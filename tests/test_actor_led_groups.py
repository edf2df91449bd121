"""Actors whose country the story makes plain: a group a state leads ("the Saudi-led
coalition", "U.S.-led forces") is that state's, and the story's later "the coalition" is the
same group; the capital of a country the story names is that capital, not a same-named town
elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import build_nlp
from clio.settings import Settings
from tests.actor_text import actor_codes

DAY = dt.date(2023, 6, 7)


@pytest.fixture(scope="module")
def actor_nlp(settings: Settings) -> Language:
    return build_nlp(settings, components=("clio_actors",))


def test_led_coalition_is_the_leader_and_the_coalition_refers_back(actor_nlp: Language) -> None:
    """ "The Saudi-led coalition" is Saudi Arabia's; "the coalition" later in the story is the
    same coalition."""
    text = (
        "The Saudi-led coalition struck rebel positions near Marib on Sunday. On Monday the "
        "coalition said the raids had hit weapons depots."
    )
    codes = actor_codes(actor_nlp, text, DAY)
    assert codes["Saudi-led coalition"] == "SAU"
    assert codes["the coalition"] == "SAU"


def test_led_forces_written_as_one_word(actor_nlp: Language) -> None:
    """ "U.S.-led" is one token: the leader is read from the word itself, and the forces are
    its military."""
    text = "Late on Friday, U.S.-led forces struck targets in eastern Syria."
    assert actor_codes(actor_nlp, text, DAY)["U.S.-led forces"] == "USAMIL"


@pytest.fixture(scope="module")
def placed_nlp(settings: Settings) -> Language:
    """The actor component after the place finder, which may read a capital as a town."""
    return build_nlp(settings, components=("clio_places", "clio_actors"))


def test_capital_of_a_country_the_story_names_is_no_town_elsewhere(placed_nlp: Language) -> None:
    """A story on India and Pakistan names Islamabad: Pakistan's capital, not the Kashmiri town
    of that name the place finder may pick among the story's Indian places."""
    text = (
        "Gunmen killed tourists near Pahalgam and Srinagar on Tuesday. Pakistan denied any role, "
        "but India accused Islamabad of backing the attackers."
    )
    assert actor_codes(placed_nlp, text, DAY)["Islamabad"] == "PAKGOV"
