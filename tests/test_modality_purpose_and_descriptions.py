"""Modality: acts that a sentence names only as aims, or as what a participant does, are not
reported events."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_events_coder import assert_exactly, code

# What a purpose clause's infinitive goes on to name is aimed at, not done; the act the purpose
# hangs on still is.
PURPOSE_CHAINS = [
    # "help Iran fight" hangs on the purpose "to help": the fighting is only aimed at.
    ("Russia sent soldiers to Syria to help Iran fight Israel.", {("RUS", "154", "SYR")}),
    # A conjunct of the purpose shares it, and so does the infinitive it completes.
    ("Egypt sent envoys to Israel to gather facts and help ease tensions with Hamas.", set()),
    # A clause with its own subject after the purpose is a report of its own.
    (
        "Russia sent soldiers to Syria to help Iran, and Hamas attacked Israel.",
        {("RUS", "154", "SYR"), ("PSEHMS", "19", "ISR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE_CHAINS)
def test_purpose_chains(nlp: Language, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert_exactly(nlp, text, expected)


# A present participle that narrows the subject, or a noun under a preposition, says what that
# participant does: the setting of the report, not an act it reports. On the object of the act,
# set off by a comma, or on a text, the participle stays an act.
PARTICIPLES = [
    ("Protesters backing Russia gathered in Berlin.", "051", False),
    ("Police dispersed protesters backing Russia in Berlin.", "051", True),
    ("Turkey, meeting Sweden in Berlin, criticised Russia.", "040", True),
    ("Turkey issued a statement condemning Russia.", "111", True),
]


@pytest.mark.parametrize(("text", "cameo", "coded"), PARTICIPLES)
def test_participles_on_participants(nlp: Language, text: str, cameo: str, coded: bool) -> None:
    assert any(e.cameo == cameo for e in code(nlp, text)) is coded
