"""A person named with "one of" a group of role holders in apposition ("Kevin Marsh, one of the
soldiers who guarded the camp,") holds the role, not a private life in the story's country."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 5, 3)


def test_one_of_the_soldiers_is_a_soldier(nlp: Language) -> None:
    text = (
        "Kevin Marsh, one of the soldiers who guarded the camp, told the hearing he had feared for "
        "his safety. The inquiry in Lagos resumed on Monday."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Kevin Marsh") == "NGAMIL", codes


def test_one_of_four_airport_police_is_police(nlp: Language) -> None:
    text = (
        "An inquiry in Ottawa resumed on Monday. Kevin Marsh, one of four airport police who "
        "confronted the man, told the hearing he had feared for his safety."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Kevin Marsh", "")[3:] == "COP", codes
