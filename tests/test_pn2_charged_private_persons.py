"""A passive charge or arrest of a private person the knowledge base does not know ("Dunleavy is
charged with ...") is the authorities' act where the story is set: ``roles.implied_authority``
takes the setting's country when the one charged is a person's name but no actor, and the
target is then found as a private person. Local court stories name suspects by bare name and
age ("Mark T. Dunleavy, 31, of Decatur"). Sentences are made up."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 9)

STORY = (
    "Hit-and-run suspect appears in court. A man accused of driving the car that killed a cyclist "
    "in a hit-and-run crash made his first court appearance Friday morning. Mark T. Dunleavy, 31, "
    "of Decatur, was in the custody of the Macon County Sheriff's Department for an appearance "
    "before Judge Anne Porter. The hearing was held to advise Dunleavy of the charge against him "
    "and explain his rights as a U.S. citizen. Dunleavy is charged with leaving the scene of a "
    "fatal accident and failing to report it to police. Porter told Dunleavy that a prison "
    "sentence of up to 12 years is possible."
)


def test_a_named_private_person_charged_is_charged_by_the_setting(nlp: Language) -> None:
    found = event_dyads(nlp, STORY, DAY)
    assert ("USA", "173", "USA") in found, found
