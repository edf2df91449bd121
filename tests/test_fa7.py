"""Actor resolution of relative possessives: "whose" stands for the actor its relative clause
hangs on ("the European Union, whose delegation urged ..."), not for the latest country named
before it."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.clean import find_noise
from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str) -> dict[str, str]:
    """Each actor's text and its code."""
    day = dt.date(2021, 6, 1)
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day, noise=find_noise(text)))
    return {a.text: a.code for a in doc._.actors}


def test_whose_stands_for_the_actor_the_clause_describes(nlp: Language) -> None:
    text = (
        "Washington has been quieter than the European Union, whose delegation urged Bolivia "
        "on Friday to respect the ruling."
    )
    codes = actor_codes(nlp, text)
    assert codes.get("delegation") == "IGOEUREEC", codes
