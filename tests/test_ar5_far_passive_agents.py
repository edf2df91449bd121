"""A passive verb's "by" agent that the parser hangs on the noun of one of the verb's own phrases
("was detained on a patrol boat by the Chinese coast guard", "had been jailed in a labour camp
for smuggling by a court in Grodno") is still the agent: the doer, not a target. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "The Philippine fishermen were detained for two days on a patrol boat by the Chinese coast guard"
        " near the shoal.",
        ("CHN", "17", "PHL"),
    ),
    (
        "Belarus freed two Lithuanian truck drivers on Friday.\n\nThe drivers had been jailed for five"
        " years in a labour camp for smuggling by a court in Grodno in May, after hearings that"
        " Lithuania's foreign ministry called a farce.",
        ("BLR", "17", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_far_by_phrase_is_the_passive_agent(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    source, root, target = expected
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    doers = {s for s, r, _ in dyads if r == root}
    assert source in doers
    if target is not None:
        assert (source, root, target) in dyads
        assert all(t != source for s, r, t in dyads if r == root and s == target)
