"""A person described in apposition as an official of a body ("Jane Roe, the Treasury
Department's chief negotiator") speaks for the body; and a government body of no named country in
what a government says is that government's own ("The White House said the National Security
Council's coordinator would ...")."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 5, 3)


def test_a_possessed_title_makes_the_person_the_bodys_official(nlp: Language) -> None:
    text = (
        "NAIROBI, May 3 (Reuters) - Kenyan officials met on Tuesday. The U.S. State Department said "
        "on Tuesday that Jane Roe, the Treasury Department's chief negotiator, would visit Nairobi."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Jane Roe") == "USAGOV", codes


def test_a_body_in_a_governments_words_is_its_own(nlp: Language) -> None:
    text = (
        "SUVA, May 3 (Reuters) - Fiji's leaders met on Tuesday. The White House said on Tuesday "
        "that John Doe, the National Security Council's director for Asia, would fly to Suva."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("National Security Council") == "USAGOV", codes
    assert codes.get("John Doe") == "USAGOV", codes


def test_police_in_a_governments_words_stay_where_they_act(nlp: Language) -> None:
    text = (
        "SUVA, May 3 (Reuters) - The U.S. embassy said on Tuesday that police had arrested two "
        "American tourists in Suva."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("police") == "FJICOP", codes
