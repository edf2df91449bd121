"""A thing the story told, named with its owner ("the president's comments"), is the owner's
doing: a reaction to it, here a protest's purpose clause, is aimed at the owner, not at whoever
was reported last. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)
LEAD = (
    "President Alassane Ouattara said the refugees were a danger. The African Union Commission "
    "condemned the remarks on March 1. "
)


def test_a_protest_against_an_owned_deed_targets_its_owner(nlp: Language) -> None:
    found = event_dyads(
        nlp,
        LEAD
        + "Hundreds of Ivorians marched through Abidjan on March 2 to denounce the president's comments.",
        DAY,
    )
    marches = {t for s, c, t in found if c.startswith("14")}
    assert marches == {"CIV"}


def test_a_direct_object_keeps_its_owner(nlp: Language) -> None:
    found = event_dyads(nlp, LEAD + "The opposition denounced the president's comments on March 2.", DAY)
    assert ("CIV", "111", "CIV") in found
