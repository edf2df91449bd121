"""Reported wrongs (helper ra8): a speaker stating that another actor did something wrong in
itself ("said Russia ignored repeated warnings", "lied", "violated the ceasefire", "was trying to
destabilise the region") or is to blame ("bears full responsibility", "is responsible for", "is
guilty of") accuses that actor (CAMEO 112), though the wrong is no coded act. A denied, supposed,
asked or foreseen wrong charges no one, nor does a wrong of the speaker's own side or one with no
doer named. Sentences are made up; full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of wrongdoing in the stated clause.
        (
            "Ukraine's foreign ministry said on Tuesday that Russia ignored repeated warnings.",
            ("UKR", "112", "RUS"),
        ),
        (
            "The Turkish government said on Monday that Greece had violated the ceasefire.",
            ("TUR", "112", "GRC"),
        ),
        ("Chinese officials said on Monday that Japan lied about the incident.", ("CHN", "112", "JPN")),
        # What the accused tries or keeps doing.
        (
            "Pakistan's army said on Monday that India was trying to destabilise the region.",
            ("PAK", "112", "IND"),
        ),
        (
            "The Kremlin said on Monday that Ukraine continues to violate the ceasefire.",
            ("RUS", "112", "UKR"),
        ),
        # Blame borne, or a blaming state.
        (
            "Iran's foreign ministry said on Tuesday that Israel bears full responsibility for the attack.",
            ("IRN", "112", "ISR"),
        ),
        (
            "Russia's foreign ministry said on Tuesday that Washington is responsible for the escalation.",
            ("RUS", "112", "USA"),
        ),
        (
            "Russia's foreign ministry said on Tuesday that the United States was guilty of aggression.",
            ("RUS", "112", "USA"),
        ),
    ],
)
def test_a_reported_wrong_of_another_is_an_accusation(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in event_dyads(nlp, text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # Denied, negated or borne by no one.
        "The Turkish government said on Monday that Greece had not violated the ceasefire.",
        "Greece's foreign ministry denied on Monday that Turkey had violated its airspace.",
        "Germany's foreign ministry said on Monday that Austria had violated no rules.",
        "Iran's foreign ministry said on Tuesday that Israel bears no responsibility for the attack.",
        # Supposed or asked.
        "The Turkish government said on Monday that Greece might have violated the ceasefire.",
        "Did Greece violate the ceasefire, the Turkish government asked on Monday.",
        # No doer named.
        "The Turkish government said on Monday that the ceasefire had been violated.",
    ],
)
def test_no_accusation_without_a_charge(nlp: Language, text: str) -> None:
    coded = event_dyads(nlp, text, DAY)
    assert not any(code.startswith("112") for _, code, _ in coded)


def test_the_speakers_own_side_is_not_accused(nlp: Language) -> None:
    coded = event_dyads(
        nlp, "Russia's foreign ministry said on Monday that Russia had ignored the warnings.", DAY
    )
    assert not any(code.startswith("112") for _, code, _ in coded)
