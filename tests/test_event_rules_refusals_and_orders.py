"""Threats, rejections and shows of force that the coder used to miss or misfile: a right
reserved to act threatens; dismissing criticism or denying a request rejects (12), it does not
deny responsibility (016); an order a state gives its own soldiers to take a forceful step is
that step, done by the state. The full pipeline runs (sectors decide whose forces are whose);
countries are compared, with the full CAMEO code."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.evaluate.events import actor_country
from clio.nlp import prepare_doc

CASES = [
    # Reserving the right to act against someone is a warning of it (13).
    ("Serbia said it reserved the right to take further steps against Montenegro.", {("SRB", "130", "MNE")}),
    ("Russia reserves the right to respond to Finland, the Kremlin said.", {("RUS", "130", "FIN")}),
    # Criticism dismissed and requests denied are rejected (120), aimed at whoever voiced them.
    ("Australia dismissed criticism from China on Tuesday.", {("AUS", "120", "CHN")}),
    ("Russia denied a request from Norway on Monday.", {("RUS", "120", "NOR")}),
    # Denying an accusation still denies responsibility.
    ("Russia rejected Norway's accusation on Monday.", {("RUS", "016", "NOR")}),
    # A refusal answers whoever made what is refused, not those the request is about.
    ("Washington opposed Tehran's request for a loan from the International Monetary Fund.",
     {("USA", "120", "IRN")}),
    # A state ordering its own soldiers to a forceful step takes the step itself.
    ("Guatemala's government ordered soldiers on Friday to reinforce the border with Belize.",
     {("GTM", "154", "BLZ")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_threats_rejections_and_ordered_force(
    nlp: Language, text: str, expected: set[tuple[str, str, str | None]]
) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2022, 3, 1)))
    got = {
        (actor_country(e.source), e.cameo, actor_country(e.target) if e.target else None)
        for e in doc._.events
    }
    assert got == expected
