"""Senses of "agree" in published news (helper pn6): agreeing with what a clause says (a
judgement, a view held now, the attribution of a quotation told first) is an opinion, not a
deal; a deal struck at home with no partner named ("agreed to a pay freeze") is struck with the
other side there. Sentences are made up; full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2010, 4, 7)


@pytest.mark.parametrize(
    "text",
    [
        "The Texas judge agreed with Mary Dorsey that there was no cause to open the file.",
        '"Nothing but good can come of it," Governor Rick Perry agreed.',
        "Texas lawmakers agree the state will pay its share.",
    ],
)
def test_agreeing_with_a_clause_is_an_opinion(nlp: Language, text: str) -> None:
    assert not any(code == "03" for _, code, _ in event_dyads(nlp, text, DAY, root_only=True))


def test_agreeing_that_something_will_happen_is_still_a_deal(nlp: Language) -> None:
    text = "Peru and Ecuador agreed that border talks would resume in May."
    assert ("PER", "03", "ECU") in event_dyads(nlp, text, DAY, root_only=True)


def test_a_deal_at_home_with_no_partner_named_is_with_the_other_side(nlp: Language) -> None:
    text = (
        "Teachers in Austin, Texas, met with Mayor Lee Leffingwell on Monday. The city council "
        "passed a budget. The Austin teachers union agreed to a pay cut to avoid layoffs, the "
        "mayor said. Texas Governor Rick Perry thanked the union."
    )
    dyads = event_dyads(nlp, text, DAY, root_only=True)
    assert any(code == "03" and target == "USA" for _, code, target in dyads)
