"""The European Union's court is the Union acting through its judiciary, not a court of the
country the sentence names."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from clio.nlp import prepare_doc


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Justice fined Hungary on Thursday.",
        "The ECJ ruled against Slovakia.",
    ],
)
def test_the_eu_court_is_the_eu_judiciary(nlp: Language, text: str) -> None:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=dt.date(2023, 5, 4)))
    codes = [a.code for a in doc._.actors]
    assert "IGOEUREECJUD" in codes, codes
