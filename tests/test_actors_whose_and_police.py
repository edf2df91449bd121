"""Actor resolution: "whose" stands for the actor its relative clause hangs on ("the European
Union, whose delegation urged ..."), not for the latest country named before it; unnamed police
and security forces are of the wire's dateline country, where the reporter sees them act, unless
their own phrase places them elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2021, 6, 1)  # the articles' date


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "whose" is the noun its relative clause describes, not the country named before it.
        (
            "Washington has been quieter than the European Union, whose delegation urged Bolivia "
            "on Friday to respect the ruling.",
            "delegation",
            "IGOEUREEC",
        ),
        # Unnamed security forces act where the wire is filed, not where most places are.
        (
            "BAGHDAD, July 20 (Wire) — Hundreds of protesters stormed the Swedish embassy before dawn. "
            "The protest followed Koran burnings in Stockholm, Gothenburg, Malmo and Uppsala, and "
            "Iraq's government condemned the attack. Security forces arrested about 20 people.",
            "Security forces",
            "IRQCOP",
        ),
        # Police placed by their own phrase keep that place.
        (
            "DHAKA, Dec 2 (Wire) — Bangladesh summoned India's envoy on Monday. "
            "Police in Tripura state arrested seven people.",
            "Police",
            "INDCOP",
        ),
    ],
)
def test_whose_and_unnamed_police(nlp: Language, text: str, mention: str, code: str) -> None:
    codes = actor_codes(nlp, text, DAY)
    assert codes.get(mention) == code, codes
