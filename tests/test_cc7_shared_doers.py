"""Shared doers: a clause that repeats an act with a stand-in verb ("..., as did France", "and
so did Canada"), a companion named between a subject and its verb ("Turkey, along with Iran,
condemned ...", "Japan, joined by South Korea, ..."), and a distributive "each ... the other"
(each side acts on the other). Every one of them does the act too, towards the same target.
Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

ECHOED = [
    ("Spain condemned the bombing of the Egyptian embassy, as did Portugal.", ("PRT", "111", "EGY")),
    ("Spain condemned the bombing of the Egyptian embassy, and so did Portugal.", ("PRT", "111", "EGY")),
    ("Norway criticised the Venezuelan election, as did Sweden and Denmark.", ("SWE", "111", "VEN")),
    ("Norway criticised the Venezuelan election, as did Sweden and Denmark.", ("DNK", "111", "VEN")),
    ("Spain condemned the Egyptian crackdown on protests, and Portugal did likewise.", ("PRT", "111", "EGY")),
    ("Spain has condemned the bombing of the Egyptian embassy, as has Portugal.", ("PRT", "111", "EGY")),
    # Hung on the infinitive, the repeat is still the subject's whole act.
    ("Russia threatened to expel the Polish ambassador, as did Belarus.", ("BLR", "1313", "POL")),
    ("Germany urged Israel to halt the offensive, as did France.", ("FRA", "0256", "ISR")),
]

COMPANIONS = [
    ("Kenya, along with Uganda, condemned the coup in Gabon.", ("UGA", "111", "GAB")),
    ("Kenya, together with Uganda, condemned the coup in Gabon.", ("UGA", "111", "GAB")),
    ("Kenya, joined by Uganda, condemned the coup in Gabon.", ("UGA", "111", "GAB")),
]

# A companion of a passive's "by" agent brokers too; it is no party to what was brokered.
BROKERED = "The prisoner swap between Armenia and Azerbaijan was brokered by Qatar together with Oman."

# "X phoned Y and asked him to ..., her office said": a report tagged on after its clause leaves
# the clause its own story; "him" is the one phoned, not the clause's subject.
TAGGED_REPORT = (
    "Italy's prime minister phoned Erdogan on Monday and asked him to free the detained journalists,"
    " her office said."
)

RECIPROCAL = [
    ("Ecuador and Peru each accused the other of violating the border accord.", ("ECU", "112", "PER")),
    ("Ecuador and Peru each accused the other of violating the border accord.", ("PER", "112", "ECU")),
]

# The same words that add nobody: a negated stand-in, one with a clause of its own, a companion
# after the verb, "the other side" with no "each".
GUARDS = [
    ("Spain condemned the bombing of the Egyptian embassy, but Portugal did not.", "PRT"),
    ("Spain recalled its ambassador from Egypt, as Portugal did in 2019.", "PRT"),
    ("Kenyan police arrested the opposition leader along with two Ugandan aides.", "UGA"),
]


@pytest.mark.parametrize(("text", "expected"), ECHOED)
def test_a_stand_in_clause_repeats_the_act(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in event_dyads(nlp, text, DAY)


@pytest.mark.parametrize(("text", "expected"), COMPANIONS)
def test_a_companion_before_the_verb_joins_the_act(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    dyads = event_dyads(nlp, text, DAY)
    assert expected in dyads
    assert ("KEN", "111", "GAB") in dyads


@pytest.mark.parametrize(("text", "expected"), RECIPROCAL)
def test_each_acts_on_the_other(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    dyads = event_dyads(nlp, text, DAY)
    assert expected in dyads


@pytest.mark.parametrize(("text", "absent"), GUARDS)
def test_no_extra_doer_without_a_repeat_or_companion(nlp: Language, text: str, absent: str) -> None:
    assert all(source != absent for source, _, _ in event_dyads(nlp, text, DAY))


def test_a_companion_of_a_passive_agent_acts_with_it(nlp: Language) -> None:
    dyads = event_dyads(nlp, BROKERED, DAY)
    assert ("OMN", "045", "ARM") in dyads
    assert ("QAT", "045", "OMN") not in dyads


def test_a_pronoun_in_a_conjunct_before_a_tagged_report_is_no_self_reference(nlp: Language) -> None:
    dyads = event_dyads(nlp, TAGGED_REPORT, DAY, root_only=True)
    assert ("ITA", "02", "TUR") in dyads
    assert ("ITA", "02", "ITA") not in dyads


def test_the_side_that_repeats_an_act_is_no_target_of_it(nlp: Language) -> None:
    dyads = event_dyads(nlp, "Russia vowed to retaliate, as did Belarus.", DAY)
    assert all(target != "BLR" for _, _, target in dyads)
    assert any(source == "BLR" for source, _, _ in dyads)
