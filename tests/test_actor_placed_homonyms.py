"""Actor countries from the place finder's reading of a name: a country's name that the story's
places make an American state or town ("a Georgia jail" in Ohio, "a Palestine man" in East Texas)
and a town abroad's name among a state's towns ("of Swansea" among South Carolina's) take the
country the place finder resolved them to; where the story is about the country, it stays."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2019, 4, 2)  # the articles' date


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "A Palestine man was arrested Tuesday by Anderson County deputies near Tyler, Texas. "
            "Palestine police said he had fled a traffic stop in Anderson County on Sunday.",
            "Palestine police",
            "USACOP",
        ),
        (
            "Georgia prison officials said on Monday that the inmate had been moved. He had been "
            "arrested in Greene County, Ohio, last May, and Columbus police searched his homes in "
            "Xenia and Dayton.",
            "Georgia prison officials",
            "USAGOV",
        ),
        (
            "The drug dealer died in a Georgia jail last summer, police said. He was arrested in "
            "Greene County, Ohio, and Columbus police searched his homes in Xenia and Dayton.",
            "drug dealer",
            "USACRM",
        ),
        (
            "Three people were charged with burglary on Friday, the Lexington County Sheriff's "
            "Department said. Mark T. Rowe, 33, of Swansea, and Jane Ellis of Batesburg-Leesville "
            "were held in the county jail.",
            "Mark T. Rowe",
            "USACVL",
        ),
        # The country itself, where the story's places are its own.
        (
            "Georgia recalled its ambassador from Moscow on Monday after Russian troops moved "
            "closer to Tbilisi and Gori.",
            "Georgia",
            "GEO",
        ),
    ],
)
def test_homonyms_take_the_place_finders_country(nlp: Language, text: str, mention: str, code: str) -> None:
    codes = actor_codes(nlp, text, DAY)
    assert codes.get(mention) == code, codes
