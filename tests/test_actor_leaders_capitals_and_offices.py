"""Actor resolution: a government written with the person at its head is of that person's
country, not of the country named last or of the one most of the story's places are in:
"Prime Minister X's government", "the coalition government led by X", and "her government"
after an official known only by a title ("Norway's trade minister said her government ...").
And a crowd a wire puts in "the capital" is in the capital of its dateline, not of the country
it marches against or whose embassy it stands outside. And the holder of an office written
before an organisation ("secretary-general of the OAS") speaks for the organisation."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2021, 6, 1)  # the articles' date


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A titled leader's possessive government.
        (
            "Pakistan's army said it had shot down a drone near Lahore on Sunday. "
            "Prime Minister Narendra Modi's government denied sending it.",
            "INDGOV",
        ),
        # A government led by a named leader.
        (
            "Farmers blocked roads in Toulouse, Lyon and Marseille on Monday. "
            "The coalition government led by Pedro Sanchez said it would not change the rules.",
            "ESPGOV",
        ),
        # "her government" after an official known only by a title.
        (
            "Sweden closed its border crossings on Friday, and Swedish police turned back trucks. "
            "Norway's trade minister said on Monday that her government would ask Sweden to reopen "
            "the crossings.",
            "NORGOV",
        ),
    ],
)
def test_a_government_is_of_its_heads_country(nlp: Language, text: str, code: str) -> None:
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("government") == code, codes


@pytest.mark.parametrize(
    ("text", "crowd", "country"),
    [
        (
            "NAIROBI, June 1 (Wire) — Kenya recalled its envoy from Uganda on Tuesday.\n\n"
            "Hundreds of students marched through the capital on Tuesday, chanting slogans against Uganda.",
            "students",
            "KEN",
        ),
        # Outside a foreign embassy in the capital: still the dateline's country.
        (
            "LUSAKA, June 1 (Wire) — Zambia's government welcomed Britain's offer on Tuesday.\n\n"
            "Dozens of protesters gathered outside the British embassy in the capital on Monday.",
            "protesters",
            "ZMB",
        ),
    ],
)
def test_a_crowd_in_the_capital_is_of_the_datelines_country(
    nlp: Language, text: str, crowd: str, country: str
) -> None:
    codes = actor_codes(nlp, text, DAY)
    assert codes.get(crowd, "")[:3] == country, codes


def test_the_titled_head_of_an_organisation_speaks_for_it(nlp: Language) -> None:
    text = (
        "Chile's senate voted on Friday to impeach the minister. Maria Lopez, secretary-general "
        "of the Organization of American States, urged calm on Saturday."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("Maria Lopez", "").startswith("IGO"), codes
