"""Passives whose doer or victim the coder must find outside the passive verb's own arguments.

A relative clause in the passive acts on the noun it describes ("a journalist who was detained
by police"), and an agentless passive of violence takes its doer from a clause told as
happening at the same moment ("was shot dead when police opened fire on him").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_events_coder import assert_exactly, code

EXACT = [
    # The relative pronoun (or the whole a part is taken from) stands for the noun described.
    ("Turkey condemned Russia over the protesters who were detained by police in Moscow.",
     {("TUR", "111", "RUS"), ("---COP", "173", "---OPP")}),
    ("Syria attacked the protesters, several of whom were later detained by Russia.",
     {("SYR", "19", "---OPP"), ("RUS", "17", "---OPP")}),
    # The doer of an agentless passive of violence is who acts on someone at that moment (the
    # opening of fire on "the crowd", no actor, is an act of its own).
    ("Ten protesters were shot dead on Sunday when police opened fire on the crowd.",
     {("---COP", "175", "---OPP"), ("---COP", "190", None)}),
]  # fmt: skip

NEGATIVE_SOURCES = [
    # A clause about the victims themselves or a happening that acts on nothing names no doer.
    ("Ten protesters were shot dead on Sunday as they marched towards the police station.", "---OPP"),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_events(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert_exactly(nlp, text, expected)


@pytest.mark.parametrize(("text", "victim"), NEGATIVE_SOURCES)
def test_no_doer_from_the_victims_clause(nlp: Language, text: str, victim: str) -> None:
    events = [e for e in code(nlp, text) if e.target is not None and e.target.code == victim]
    assert events
    assert all(e.source.code == "" for e in events)


def test_a_far_by_phrase_naming_an_actor_is_the_agent(nlp: Language) -> None:
    # The parser takes the "by" phrase after a run of place and time phrases for a plain preposition.
    text = (
        "Major General Oleh Sirko was shot twice at close range in Kyiv on Sept. 5"
        " by two senior police officers."
    )
    events = [e for e in code(nlp, text) if e.cameo.startswith("19")]
    assert events
    assert all(e.source.code == "---COP" for e in events)
