"""Firing, sacking or dismissing an official is an administrative sanction (CAMEO 172), as the
read gold codes dismissals in wire and local news; it is no shooting, even with a place after
"at". The person reading comes from the lexicon's ``dismissal_verbs`` and the object's PERSON
entity; an office noun as the object uses the pattern ``hand.v.fire.staff``. Firing a weapon
or firing at someone stays force. Sentences are made up."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto fired Interior Minister Fred Matiangi at State House on Monday.",
        "Kenyan President William Ruto dismissed Interior Minister Fred Matiangi on Monday.",
        "Kenyan President William Ruto fired his police chief on Monday.",
    ],
)
def test_a_dismissed_official_is_sanctioned(nlp: Language, text: str) -> None:
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert ("KEN", "17", "KEN") in found, found
    assert not any(code == "19" for _, code, _ in found), found


def test_firing_at_a_person_stays_force(nlp: Language) -> None:
    found = event_dyads(nlp, "Kenyan police fired at Ugandan journalist John Okello on Monday.", DAY)
    assert ("KEN", "190", "UGA") in found, found
