"""Being "open to" talks or cooperation with someone states the intent to have them (CAMEO
036, 031); dialogue is talks by another name. The verb "open" frames nothing ("opened its
border" is the act). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Peru's president said on Monday that Peru remains open to dialogue with Ecuador.",
            ("PER", "036", "ECU"),
        ),
        ("The Serbian government said it was open to cooperation with Croatia.", ("SRB", "031", "HRV")),
    ],
)
def test_open_to_talks_is_an_intent(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in event_dyads(nlp, text, DAY)


def test_the_verb_open_is_no_intent(nlp: Language) -> None:
    found = event_dyads(nlp, "Turkey opened its border with Armenia on Friday.", DAY)
    assert ("TUR", "080", "ARM") in found
    assert not any(code.startswith("03") for _, code, _ in found), found
