"""After an accusing verb's object, "with" gives the offence ("charged two men with the killing
of a tourist"), not a party: neither the offence word nor its victim is a target of the charge;
the one charged is. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)


def test_the_victim_of_the_offence_is_no_target(nlp: Language) -> None:
    text = "Police in Kenya charged two Somali men with the killing of a British tourist on Monday."
    dyads = event_dyads(nlp, text, DAY)
    assert ("KEN", "173", "SOM") in dyads
    assert ("KEN", "173", "GBR") not in dyads


def test_a_partner_after_with_still_counts(nlp: Language) -> None:
    text = "Japan signed a trade agreement with Vietnam on Monday."
    assert ("JPN", "057", "VNM") in event_dyads(nlp, text, DAY)
