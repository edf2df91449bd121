"""Passives whose doer or victim the coder must find outside the passive verb's own arguments.

A relative clause in the passive acts on the noun it describes ("a journalist who was detained
by police"), and an agentless passive of violence takes its doer from a clause told as
happening at the same moment ("was shot dead when police opened fire on him").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_events_coder import assert_exactly

EXACT = [
    # The relative pronoun (or the whole a part is taken from) stands for the noun described.
    ("Turkey condemned Russia over the protesters who were detained by police in Moscow.",
     {("TUR", "111", "RUS"), ("---COP", "173", "---OPP")}),
    ("Syria attacked the protesters, several of whom were later detained by Russia.",
     {("SYR", "19", "---OPP"), ("RUS", "17", "---OPP")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_events(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert_exactly(nlp, text, expected)
