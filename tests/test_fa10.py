"""Sources a story makes plain without naming their country next to them: an official named
right after a sentence about the state they speak for, and a group a state leads ("the
Saudi-led coalition") with the later "the coalition"."""

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


def test_official_after_a_state_subject_speaks_for_that_state(actor_nlp: Language) -> None:
    """The wire files from Warsaw, but the minister named after "Lithuania refused" in the same
    paragraph is Lithuania's."""
    text = (
        "WARSAW, June 7 (Wire) — Poland asked its neighbours on Wednesday to back the plan.\n\n"
        "Lithuania refused on Tuesday to sign the joint statement. Foreign Minister Jonas "
        "Petrauskaitis told reporters that the text was too weak."
    )
    assert actor_codes(actor_nlp, text, DAY)["Foreign Minister Jonas Petrauskaitis"] == "LTUGOV"


def test_official_in_a_new_paragraph_keeps_the_dateline(actor_nlp: Language) -> None:
    """A new paragraph may bring a new speaker: the official is the dateline country's."""
    text = (
        "WARSAW, June 7 (Wire) — Poland asked its neighbours on Wednesday to back the plan.\n\n"
        "Lithuania refused on Tuesday to sign the joint statement.\n\n"
        "Foreign Minister Jonas Petrauskaitis told reporters that the text was too weak."
    )
    assert actor_codes(actor_nlp, text, DAY)["Foreign Minister Jonas Petrauskaitis"] == "POLGOV"


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
