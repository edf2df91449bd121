"""Doers reached by a step past the verb: a verb of causing or allowing with an object ("prompted
X to", "forced X to", "was forced to") hands its infinitive to that object (other verbs with an
object, "summoned the envoy to protest", keep their own subject); a statement's relative clause ("in
a statement that called on X") is the act of whoever issued it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2022, 3, 1)

CASES = [
    # The one prompted threatens, not the strikes that prompted it.
    ("Iranian drone strikes prompted Israel to threaten Tehran with retaliation on Monday.", "13",
     ("ISR", "IRN")),
    # The one forced frees the prisoners, not the one who forced it.
    ("Pressure from Brussels forced Serbia to free the two Kosovo police officers on Monday.", "08",
     ("SRB", "KSV")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "root", "dyad"), CASES)
def test_the_object_of_a_causing_verb_does_its_infinitive(
    nlp: Language, text: str, root: str, dyad: tuple[str, str]
) -> None:
    found = {(s, t) for s, c, t in event_dyads(nlp, text, DAY, root_only=True) if c == root}
    assert found == {dyad}, found


def test_a_passive_causing_verb_hands_the_act_to_its_subject(nlp: Language) -> None:
    # "was forced by the offensive to withdraw": Ukraine withdraws.
    found = event_dyads(nlp, "Ukraine was forced by the offensive to withdraw its troops from Bakhmut.", DAY)
    assert any(s == "UKR" and c.startswith("08") for s, c, _ in found), found


def test_other_verbs_with_an_object_keep_their_subject(nlp: Language) -> None:
    # "summoned the ambassador to protest": the protest is Russia's, not Finland's.
    text = "Moscow summoned Finland's ambassador on Monday to protest against the closure of the border."
    found = event_dyads(nlp, text, DAY)
    assert found, found
    assert all(s == "RUS" for s, _, _ in found), found


def test_a_statement_speaks_for_whoever_issued_it(nlp: Language) -> None:
    # "in a statement that called on Athens": the ministry calls on Athens, not the statement.
    text = (
        "Ankara recalled its envoy, and its foreign ministry denounced the raid in a statement"
        " that called on Athens to punish the attackers."
    )
    found = event_dyads(nlp, text, DAY, root_only=True)
    assert ("TUR", "02", "GRC") in found, found
