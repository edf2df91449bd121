"""Officials of an international organisation the story names: "foreign ministers of the
22-member bloc", "officials of the bloc" and "the bloc's secretary-general, Jane Roe" speak for the
organisation, not for the country the context would give them."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2022, 5, 3)


def test_ministers_of_a_named_organisation_are_its_own(nlp: Language) -> None:
    text = "Oil ministers of the Arab League met in Cairo on Monday to discuss output."
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("ministers") == "IGOMEAARL", codes


def test_ministers_of_the_bloc_are_the_latest_organisations(nlp: Language) -> None:
    text = (
        "The Arab League met in Cairo on Monday. In a joint statement, foreign ministers of the "
        "22-member bloc urged Israel to withdraw."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("foreign ministers") == "IGOMEAARL", codes


def test_officials_of_the_bloc(nlp: Language) -> None:
    text = (
        "Leaders of the African Union met in Addis Ababa. Kenya protested, and officials of the "
        "bloc said talks would go on."
    )
    codes = actor_codes(nlp, text, DAY)
    assert codes.get("officials") == "IGOAFRAFU", codes


def test_a_private_name_apposed_to_the_blocs_title(nlp: Language) -> None:
    for text in (
        "The Arab League met in Cairo on Monday. Qatar protested, and the bloc's secretary-general, "
        "Ali Hassan, has called the decision a violation.",
        "The Arab League met in Cairo on Monday. Qatar protested, and Ali Hassan, the bloc's "
        "secretary-general, has called the decision a violation.",
    ):
        codes = actor_codes(nlp, text, DAY)
        assert codes.get("Ali Hassan") == "IGOMEAARL", (text, codes)


def test_ministers_of_countries_keep_their_countries(nlp: Language) -> None:
    codes = actor_codes(nlp, "Foreign ministers of Kenya and Uganda met in Nairobi on Monday.", DAY)
    assert codes.get("Foreign ministers of Kenya") == "KENGOV", codes
