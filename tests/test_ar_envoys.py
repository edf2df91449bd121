"""Envoys as targets: an ambassador or diplomat the source acts on stands for the state that sent
it, never for the source's own country. A foreign envoy summoned is aimed at its named sender; an
own envoy recalled is aimed at the host, named ("to Peru") or implied by the story. Full pipeline
(actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads


def dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    return event_dyads(nlp, text, dt.date(2024, 5, 1))


SENT_BY_ANOTHER = [
    # The posting place ("in Oslo") does not make a foreign diplomat the host's own.
    (
        "Norway summoned Russia's most senior diplomat in Oslo on Monday.",
        ("NOR", "114", "RUS"),
        ("NOR", "114", "NOR"),
    ),
    # The source's own ambassadors, recalled, are not acted upon: the hosts are.
    (
        "On Tuesday the Japanese government recalled Japan's ambassadors to Peru and Chile "
        "for consultations.",
        ("JPN", "161", "PER"),
        ("JPN", "161", "JPN"),
    ),
    # An own envoy withdrawn with no host named: the other side of the story.
    (
        "Kenya accused Uganda of arming rebels. Kenya withdrew its ambassador on Friday.",
        ("KEN", "161", "UGA"),
        ("KEN", "161", "KEN"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), SENT_BY_ANOTHER)
def test_an_envoy_stands_for_its_sender(
    nlp: Language, text: str, expected: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    found = dyads(nlp, text)
    assert expected in found
    assert absent not in found


def test_a_foreign_envoy_expelled_is_still_its_country(nlp: Language) -> None:
    # Guard: an envoy of another country than the source's keeps its reading.
    assert ("ESP", "161", "FRA") in dyads(nlp, "Spain expelled the French ambassador on Monday.")
