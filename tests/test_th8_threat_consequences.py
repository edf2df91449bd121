"""Threats told as the grave consequence of a deed another may do: "any incursion would have
dire consequences", "such a move would mean war", "an attack would be a declaration of war",
"any aggression would not go unanswered" are threats (13) by the speaker, aimed at whoever the
clause names as the doer. The common verbs ("have", "mean") threaten only a deed someone may
do ("the drought would have consequences" does not), and a warning of a natural or economic
hazard ("warned of floods") is no threat. Sentences written for these tests. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greek foreign minister said on Tuesday that any Turkish incursion into Greek "
            "waters would have dire consequences.",
            ("GRC", "130", "TUR"),
        ),
        (
            "The Egyptian foreign minister said on Monday that any Ethiopian move to fill the dam "
            "again would have grave repercussions.",
            ("EGY", "130", "ETH"),
        ),
        (
            "Iran warned on Tuesday that any aggression by Israel would not go unanswered.",
            ("IRN", "130", "ISR"),
        ),
    ],
)
def test_a_grave_consequence_of_anothers_deed_threatens_its_doer(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY)


def test_naming_a_deed_war_threatens_the_other_side_of_the_story(nlp: Language) -> None:
    text = (
        "Indian troops crossed the line of control near Poonch on Sunday. "
        "Pakistan's army chief said on Monday that a further attack on Pakistani soil would be "
        "a declaration of war."
    )
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert ("PAK", "13", "IND") in found


def test_a_deed_left_without_consequences_denied_is_a_threat(nlp: Language) -> None:
    text = (
        "Britain expelled two Russian diplomats on Monday. The Russian ambassador in London said "
        "on Tuesday that the expulsions would not be left without consequences."
    )
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert ("RUS", "13", "GBR") in found


@pytest.mark.parametrize(
    "text",
    [
        "The agriculture minister said on Monday that the drought would have consequences for farmers.",
        "The Dutch premier said on Monday that the ruling would have no consequences for trade.",
        "The Kenyan weather office warned of floods on Tuesday.",
        "The Brazilian central bank warned on Monday of a recession next year.",
        "The Spanish central bank warned on Monday that prices would rise.",
    ],
)
def test_hazards_and_harmless_consequences_are_no_threats(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(code == "13" for _, code, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey threatened on Monday to close its airspace to Israeli planes if Germany "
            "recognised the vote.",
            ("TUR", "131", "DEU"),
        ),
        (
            "Hungary threatened on Friday to cut off the transit of Russian oil to Croatia if "
            "Austria blocked the pipeline deal.",
            ("HUN", "13", "AUT"),
        ),
    ],
)
def test_a_conditional_threat_is_aimed_at_the_doer_of_the_condition(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    found = event_dyads(nlp, text, DAY, root_only=len(expected[1]) == 2)
    assert expected in found


def test_a_condition_with_no_doer_leaves_the_threatened_target(nlp: Language) -> None:
    text = "Serbia warned Kosovo on Monday that it would retaliate if the power plant was seized."
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert ("SRB", "13", "KSV") in found


def test_a_condition_on_the_threateners_own_people_leaves_the_target(nlp: Language) -> None:
    text = (
        "Albanian police raided a Greek school in Himara on Saturday. Greece warned on Sunday "
        "that it would act if Greeks in Albania came under attack."
    )
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert ("GRC", "13", "GRC") not in found
