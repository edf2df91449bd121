"""Titles written with a hyphen ("Director-General", "Governor-General", "Inspector-General")
are the offices their spaced forms name, not an army general after a hyphen. Sentences are
made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "CANBERRA -- Australia's Governor-General praised the Kenyan police.",
            "Australia's Governor-General",
            "AUSGOV",
        ),
        (
            "NAIROBI -- Kenya's Inspector-General met the officers on Friday.",
            "Kenya's Inspector-General",
            "KENGOV",
        ),
        (
            "NAIROBI -- The Director-General of the World Health Organization praised the Kenyan police.",
            "Director-General of the World Health Organization",
            "IGOUNOHLH",
        ),
    ],
)
def test_a_hyphenated_title_is_the_office(nlp: Language, text: str, mention: str, code: str) -> None:
    found = actor_codes(nlp, text, DAY)
    assert found.get(mention) == code, found
    assert "General" not in found, found
