"""Infinitives the coder read as purposes not yet reached. A speech act that a summons, call or
meeting is made for is delivered in it ("summoned the envoy on Monday to demand ..."), whether the
parser hangs the infinitive on the verb or on its object; "sent troops to crush ..." stays a
purpose. An appeal's infinitive after its addressee and a time adjunct ("asked the Nigerien
government on Friday to investigate"), which the parser hangs on the verb as an adverbial clause,
is what is asked. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Latvia summoned a Belarusian diplomat on Thursday to demand an explanation.",
            ("LVA", "10", "BLR"),
        ),
        (
            "Kenya's president telephoned Abiy Ahmed of Ethiopia on Wednesday to urge restraint.",
            ("KEN", "02", "ETH"),
        ),
    ],
)
def test_speech_act_delivered_by_a_contact(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyad in found, found


def test_other_purposes_stay_unasserted(nlp: Language) -> None:
    found = event_dyads(
        nlp, "Rwanda sent troops to Mozambique on Thursday to crush the insurgents.", DAY, root_only=True
    )
    assert not any(code in ("18", "19", "20") for _, code, _ in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Chad's foreign minister asked the Nigerien government on Friday to investigate the killings.",
            ("TCD", "02", "NER"),
        ),
    ],
)
def test_asked_infinitive_after_a_time_adjunct(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert dyad in found, found
