"""Actor resolution: people who gather or march are of the place they march in, whatever their
trade (students, farmers), and a country's embassy or consulate is no clue to where anyone near
it is, since it stands on another country's soil; a bare "the ministry" after a ministry named
with its country is that ministry, not one of the country the story is set in."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.actor_text import actor_codes

DAY = dt.date(2021, 6, 1)  # the articles' date


def test_students_marching_on_a_consulate_are_of_the_host_town(nlp: Language) -> None:
    codes = actor_codes(
        nlp, "About two hundred students marched on the Argentine consulate in Asuncion on Monday.", DAY
    )
    assert codes.get("students") == "PRYEDU", codes


def test_farmers_protesting_at_an_embassy_are_of_the_host_town(nlp: Language) -> None:
    codes = actor_codes(
        nlp, "Hundreds of farmers protested outside the French embassy in Nairobi on Friday.", DAY
    )
    assert codes.get("farmers") == "KENAGR", codes


def test_an_unplaced_crowd_is_not_of_the_embassy_it_faces(nlp: Language) -> None:
    codes = actor_codes(
        nlp, "In Lima, a small crowd of workers waited near the Bolivian embassy all night.", DAY
    )
    assert codes.get("workers") != "BOLLAB", codes


def test_the_ministry_is_the_ministry_just_named(nlp: Language) -> None:
    text = (
        "KYIV, June 1 (Wire) - Ukraine said its air defences were on alert in Kyiv and Lviv. "
        "Belarus's defence ministry said its troops were only training near Brest. "
        "Later the ministry denied that any soldiers had moved towards Ukraine."
    )
    doc_codes = actor_codes(nlp, text, DAY)
    assert doc_codes.get("ministry") == "BLRGOV", doc_codes
