"""Passive conjuncts: a past participle coordinated with an earlier verb and without a subject of
its own ("was shot and wounded by", "fled but was arrested") is passive too, so the subject it
shares is the one acted on, never the doer, and a shared "by" agent is the doer of both verbs."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2022, 3, 1)

CASES = [
    # The agent hangs on the second participle only; the first shares it, and the second is
    # not done by the victim.
    ("A Syrian soldier was shot and wounded by Turkish troops on Monday.", ("18", "19"), ("TUR", "SYR")),
    # The passive conjunct takes the first verb's active subject as the one arrested.
    ("The Russian journalist fled to the border but was arrested by Ukrainian police on Monday.", ("17",),
     ("UKR", "RUS")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "roots", "dyad"), CASES)
def test_passive_conjuncts_share_doer_and_victim(
    nlp: Language, text: str, roots: tuple[str, ...], dyad: tuple[str, str]
) -> None:
    found = {(s, c, t) for s, c, t in event_dyads(nlp, text, DAY) if c[:2] in roots}
    assert found, found
    assert all((source, target) == dyad for source, _, target in found), found


def test_an_active_coordination_keeps_its_subject(nlp: Language) -> None:
    # "shot and killed" with an object is active: the soldiers did both.
    found = event_dyads(nlp, "Turkish troops shot and killed a Syrian soldier on Monday.", DAY)
    assert ("TUR", "190", "SYR") in {(s, c[:3], t) for s, c, t in found}, found
    assert all(source == "TUR" for source, _, _ in found), found


def test_a_bare_be_conjunct_shares_the_first_verbs_modal(nlp: Language) -> None:
    # "be deported" has no finite verb of its own: "could" covers it, so nothing happened.
    text = "The Syrian man could spend ten years in prison and be deported by Lebanese police."
    assert not event_dyads(nlp, text, DAY)
