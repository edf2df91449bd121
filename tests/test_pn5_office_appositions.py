"""A subject that is an office owned by a body and followed by the holder's name ("the agency's
media coordinator, Maria Lenz, reiterated calls for ...") is the holder acting for the body, not a
thing the body owns ("Canada's wildfires"), so the act has a source. Sentences are made up; full
pipeline, every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2009, 3, 25)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("UNHCR's media coordinator, Maria Lenz, reiterated calls for Kenya to reopen the border.", "KEN"),
        ("NATO's logistics chief, Peter Holt, reiterated calls for Serbia to reopen the border.", "SRB"),
    ],
)
def test_an_office_named_by_its_holder_acts_for_its_body(nlp: Language, text: str, target: str) -> None:
    # An international body has no country: the appeal is coded with the body as its source.
    assert any(code[:2] == "02" and t == target for _, code, t in event_dyads(nlp, text, DAY))


def test_an_owned_thing_is_still_no_actor(nlp: Language) -> None:
    text = "Canada's wildfires forced thousands of residents to leave their homes on Tuesday."
    assert not any(source == "CAN" for source, _, _ in event_dyads(nlp, text, DAY))
