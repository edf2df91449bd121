"""Third-pass coder rules, as tables of wire-style sentences with hand-built actors.

Each positive row lists every event expected (source, code prefix, target); the coder must
produce exactly those dyads, so a false extra event fails the row. Hard negatives expect nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_events_coder import assert_exactly, code

EXACT = [
    # An intransitive victim verb: the subject suffers; the violent setting's side acted.
    ("Ten Russian soldiers died in Ukraine's artillery shelling near the border.", {("UKR", "19", "RUS")}),
    ("Two police died in a bomb attack in Moscow.", {("", "19", "---COP")}),
    # A participle modifying a noun is background; its noun is the patient, not the agent.
    # A clause set a measured time before the news is an event of its own, dated from it.
    (
        "Israel released Hamas prisoners, three days after Hamas attacked Egypt.",
        {("ISR", "084", "PSEHMS"), ("PSEHMS", "19", "EGY")},
    ),
    (
        "Russia praised Sweden, an aide said, two weeks after Turkey attacked Syria.",
        {("RUS", "051", "SWE"), ("TUR", "19", "SYR")},
    ),
    ("Russia condemned Ukraine after Turkey attacked Syria.", {("RUS", "111", "UKR"), ("TUR", "19", "SYR")}),
    ("Germany paid compensation to Syria for damage done when police attacked it ten years ago.",
     {("DEU", "0842", "SYR")}),
    ("The protesters detained by police were released by Russia on Monday.", {("RUS", "0841", "---OPP")}),
]  # fmt: skip

NEGATIVE = [
    "Two police died in a car crash outside Moscow.",  # no violence in the setting
    "Ten protesters died of their injuries.",  # nothing says who acted
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_events(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert_exactly(nlp, text, expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []
