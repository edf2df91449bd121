"""First-person subjects inside a quotation (helper pn6): in a direct quotation whose speaker the
quotation module resolved to an actor, "we", "I" and "our government" are that speaker's side,
so a clause they do is coded like any other; a quotation without a resolved speaker changes
nothing. Sentences are made up; full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2011, 6, 14)
LEAD = (
    "Brazil's Foreign Minister Antonio Patriota spoke to reporters on Tuesday: "
    '"We will not talk to Argentina now. '
)


@pytest.mark.parametrize(
    "quoted",
    [
        'We condemn the Argentine blockade of the river."',
        'Our government condemns the Argentine blockade of the river."',
    ],
)
def test_a_first_person_subject_in_a_quotation_is_its_speaker(nlp: Language, quoted: str) -> None:
    dyads = event_dyads(nlp, LEAD + quoted, DAY, root_only=True)
    assert ("BRA", "11", "ARG") in dyads


def test_an_unattributed_quotation_gives_no_speaker(nlp: Language) -> None:
    text = 'A sign at the border read: "We condemn the Argentine blockade of the river."'
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert not any(source == "BRA" for source, _, _ in dyads)
