"""Actor resolution: "whose" stands for the actor its relative clause hangs on ("the European
Union, whose delegation urged ..."), not for the latest country named before it; unnamed police
and security forces are of the wire's dateline country, where the reporter sees them act, unless
their own phrase places them elsewhere."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2021, 6, 1)  # the articles' date


def test_whose_stands_for_the_actor_the_clause_describes(nlp: Language) -> None:
    text = (
        "Washington has been quieter than the European Union, whose delegation urged Bolivia "
        "on Friday to respect the ruling."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("delegation") == "IGOEUREEC", codes


def test_unnamed_security_forces_are_of_the_dateline_country(nlp: Language) -> None:
    text = (
        "BAGHDAD, July 20 (Wire) — Hundreds of protesters stormed the Swedish embassy before dawn. "
        "The protest followed Koran burnings in Stockholm, Gothenburg, Malmo and Uppsala, and "
        "Iraq's government condemned the attack. Security forces arrested about 20 people."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Security forces") == "IRQCOP", codes


def test_police_placed_by_their_own_phrase_keep_that_place(nlp: Language) -> None:
    text = (
        "DHAKA, Dec 2 (Wire) — Bangladesh summoned India's envoy on Monday. "
        "Police in Tripura state arrested seven people."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Police") == "INDCOP", codes
