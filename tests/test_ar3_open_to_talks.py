"""An intent adjective states an intent towards the act its preposition names: "open to talks
with Somalia", "ready for negotiations with Kenya" (036), as "ready to hold talks" does.
"Open" frames only as an adjective: "opened talks", "opened fire" are the acts themselves.
"Dialogue" is talks. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

INTENTS = [
    ("Kenya said on Monday it remained open to talks with Somalia.", ("KEN", "036", "SOM")),
    ("Ghana is open to dialogue with Togo, its foreign minister said on Tuesday.", ("GHA", "036", "TGO")),
    (
        "Kenya is ready for negotiations with Somalia, its foreign minister said on Monday.",
        ("KEN", "036", "SOM"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_an_intent_adjective_frames_its_prepositional_act(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY)


def test_open_as_a_verb_is_the_act(nlp: Language) -> None:
    assert ("KEN", "046", "SOM") in event_dyads(nlp, "Kenya opened talks with Somalia on Monday.", DAY)
    fire = event_dyads(nlp, "Kenyan forces opened fire on Somali troops on Monday.", DAY)
    assert ("KEN", "190", "SOM") in fire
    assert not any(code.startswith("03") for _, code, _ in fire)
