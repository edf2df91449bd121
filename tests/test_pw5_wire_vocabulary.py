"""Common wire wordings the dictionaries lacked: taking to the streets (141), taking control of
property (171) or a town (192), standing behind or throwing one's weight behind a party (051),
extending a loan or credit (071), withdrawing a permission or accreditation (172) and a halt to
military operations (087). Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thousands of Kenyans took to the streets of Mombasa on Tuesday.", "141"),
        ("Albanian police took control of the Iranian embassy on Thursday.", "171"),
        ("Congolese rebels took control of the town of Bunia on Monday.", "192"),
        ("Saudi Arabia threw its weight behind Egypt on Monday.", "051"),
        ("The European Union stands behind Finland, the Commission president said on Monday.", "051"),
        ("India extended a $1 billion loan to Sri Lanka on Monday.", "071"),
        ("Pakistan withdrew the accreditation of two Indian journalists on Monday.", "172"),
        ("The Saudi-led coalition announced a halt to military operations in Yemen on Monday.", "087"),
    ],
)
def test_wire_wordings_are_coded(nlp: Language, text: str, code: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert any(c == code for _, c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "She took the children to the streets near the school.",
        "The company took control of the market last year.",
    ],
)
def test_ordinary_uses_code_nothing_new(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY)
    assert not any(c in ("171", "141") for _, c, _ in found), found
