"""Targets the text leaves to its context: a reaction to "it" that stands for a deed the story
told, and a coordinated predicate that shares the subject and the party of the conjunct before
it. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2023, 5, 12))


def test_a_reaction_to_it_is_aimed_at_the_doer_of_the_deed(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Kenya expelled two Chinese diplomats on Tuesday. The Japanese government welcomed it on Wednesday.",
    )
    assert ("JPN", "051", "KEN") in found, found


def test_a_conjunct_apology_goes_to_the_party_of_the_call(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Brazil's president telephoned Argentine President Javier Milei on Thursday and apologised "
        "for the remarks.",
    )
    assert ("BRA", "055", "ARG") in found, found


def test_a_pronoun_that_names_an_actor_still_names_it(nlp: Language) -> None:
    found = dyads(
        nlp,
        "A Chinese trade delegation arrived in Nairobi on Monday. Kenyan President William Ruto "
        "welcomed them at the palace.",
    )
    assert ("KEN", "051", "CHN") in found, found


def test_a_thing_seized_is_not_a_deed_reacted_to(nlp: Language) -> None:
    found = dyads(
        nlp,
        "Somali pirates attacked an Indian ship on Monday. Greek commandos boarded a tanker on Tuesday "
        "and seized it.",
    )
    assert not any(s == "GRC" and t == "SOM" for s, _, t in found), found
