"""Only an envoy is recalled "for consultations": the recall reduces relations (CAMEO 161) with
the country the envoy served in, even when the object is a pronoun or a bare name. Sentences are
made up."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from tests.event_text import event_dyads

DAY = dt.date(2024, 3, 6)


def test_a_pronoun_recalled_for_consultations_is_an_envoy(nlp: Language) -> None:
    text = (
        "Algeria's ambassador to France, Said Moussi, said the decision was regrettable. "
        "Hours later Algiers recalled him for consultations."
    )
    found = event_dyads(nlp, text, DAY)
    assert ("DZA", "161", "FRA") in found


def test_goods_recalled_are_no_envoy(nlp: Language) -> None:
    found = event_dyads(nlp, "The Japanese carmaker recalled 2,000 cars for safety checks.", DAY)
    assert not any(code == "161" for _, code, _ in found), found
