"""A bare past participle hung on a clause ("..., mostly blamed on faulty wiring") is passive:
with no "by" agent its doer is unknown, not the subject of the clause it hangs on. A
participle with an object is an active verb the tagger misread and keeps that subject.
Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)


def test_a_reduced_passive_does_not_inherit_the_subject(nlp: Language) -> None:
    found = event_dyads(
        nlp,
        "The Kenyan army is tracking reports of several fires each week in Somalia, "
        "mostly blamed on faulty wiring.",
        DAY,
    )
    assert not any(code.startswith("11") for _, code, _ in found)


def test_an_active_participle_keeps_its_subject(nlp: Language) -> None:
    found = event_dyads(
        nlp,
        'Kenya\'s foreign ministry condemned the raid as "reckless and irresponsible", called on '
        "Mogadishu to stop it and said Kenya would take all necessary measures.",
        DAY,
    )
    assert ("KEN", "020", "SOM") in found
    assert ("KEN", "111", "SOM") in found
