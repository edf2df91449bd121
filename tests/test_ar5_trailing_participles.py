"""A participle set off by a comma at the end of a reported clause speaks for the reporter, also
when the parser hangs it on a clause nested inside the reported one ("told reporters that the
deal would not let China station warships there, dismissing concerns from Australia": Fiji
dismisses, not China). Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 5, 1)

CASES = [
    (
        "Fiji's prime minister told reporters on Monday that the new port deal would not let China"
        " station warships in the islands, dismissing concerns from Australia and New Zealand.",
        ("FJI", "AUS"),
        "CHN",
    ),
    (
        "Mali's junta said on Friday that the agreement would allow Russia to train its army,"
        " rejecting criticism from France.",
        ("MLI", "FRA"),
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "dyad", "inner"), CASES)
def test_a_trailing_participle_is_the_reporters(
    nlp: Language, text: str, dyad: tuple[str, str], inner: str
) -> None:
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    reporter, critic = dyad
    assert any(s == reporter and t == critic for s, _, t in dyads)
    assert not any(s == inner and t == critic for s, _, t in dyads)
