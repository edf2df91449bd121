"""Modality: predicates that a sentence names only as the setting of a statement, or as a further
part of what a verb asks for or plans, are not reported events."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_events_coder import code

# A participle of speaking on a verb of saying tells the occasion or the aside of the statement;
# speaking *with* another party is a conversation and stays an event.
STATEMENT_SETTINGS = [
    ("France said on Monday, referring to Russia, that Europe would stay united.", "010", False),
    ("Speaking to Germany's parliament on Monday, France said Europe would stay united.", "04", False),
    ("France, speaking with Germany by telephone, said Europe would stay united.", "04", True),
]


# An infinitive coordinated with the one that completes a verb is asked for, agreed or planned
# with it; an act that only goes on ("kept shelling ... and attacking") stays reported.
SHARED_COMPLEMENTS = [
    ("Germany urged Iran to free the prisoners and to respect its borders with Israel.", "051", False),
    ("Turkey asked Iran to end the raids and to meet Egypt in Cairo.", "04", False),
    ("Under the accord, Iran is to pull back its troops and to return the prisoners to Egypt.", "084", False),
    ("Russia kept shelling Ukraine and attacked Ukraine's ports.", "19", True),
]


# What a speaker set out as a commentator says ("a historian at a university") is analysis of the
# news; what a party's spokeswoman says is still its report.
COMMENTARY = [
    ('"Turkey blocked Sweden for months," said Jane Doe, a historian at a university in Oslo.', "17", False),
    ('"Russia has sent troops to Syria," said Jane Doe, a spokeswoman for the Kremlin.', "15", True),
]


@pytest.mark.parametrize(("text", "cameo", "coded"), [*STATEMENT_SETTINGS, *SHARED_COMPLEMENTS, *COMMENTARY])
def test_reported_or_not(nlp: Language, text: str, cameo: str, coded: bool) -> None:
    assert any(e.cameo.startswith(cameo) for e in code(nlp, text)) is coded
