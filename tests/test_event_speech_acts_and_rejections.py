"""Events the coder used to miss entirely: a speech act coordinated with a reported clause
("said the talks were over and urged X to ..."), which the parser hangs on the reported clause
so that it took that clause's subject (a thing, or another party) as its source. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2022, 3, 10)


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, DAY, root_only=True)


def test_an_appeal_after_a_reported_judgement_is_the_reporters(nlp: Language) -> None:
    text = (
        "Norway said on Tuesday that the election had been unfair and urged Belarus to free the jailed "
        "candidates."
    )
    assert ("NOR", "02", "BLR") in dyads(nlp, text)


def test_an_accusation_after_a_reported_stance_is_the_reporters(nlp: Language) -> None:
    text = "Chile said on Monday that the new border law was illegal and accused Peru of breaking the treaty."
    found = dyads(nlp, text)
    assert ("CHL", "11", "PER") in found, found


def test_a_conjunct_with_its_own_auxiliary_stays_in_the_reported_clause(nlp: Language) -> None:
    # "had accused" is told of Uganda, in the reported clause's own tense.
    text = "Kenya said on Monday that Uganda had closed the border and had accused Nairobi of smuggling."
    found = dyads(nlp, text)
    assert ("UGA", "11", "KEN") in found, found
    assert ("KEN", "11", "KEN") not in found, found


def test_a_phrasal_verb_that_rejects_is_coded(nlp: Language) -> None:
    text = "Fiji turned down an offer of patrol boats from Australia on Monday."
    found = dyads(nlp, text)
    assert ("FJI", "12", "AUS") in found, found


def test_a_particle_after_the_object_still_makes_the_phrasal_verb(nlp: Language) -> None:
    text = "Fiji turned Australia's offer down on Monday."
    found = dyads(nlp, text)
    assert ("FJI", "12", "AUS") in found, found
