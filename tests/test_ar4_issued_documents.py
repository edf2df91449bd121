"""A reaction to a document the story told being issued ("the assembly adopted a resolution ...
Moscow rejected it ... Ukraine welcomed the resolution") is aimed at the document's issuer, not
at whoever reacted to it last. Full pipeline (actors and coder), every event kept."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.nlp import prepare_doc

DAY = dt.date(2024, 5, 1)


def _dyads(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=DAY))
    return {(e.source.code, e.cameo, e.target.code if e.target else None) for e in doc._.events}


def test_welcoming_a_resolution_targets_its_issuer(nlp: Language) -> None:
    text = (
        "The U.N. General Assembly adopted a resolution on Friday demanding that Russia withdraw "
        "its troops. Moscow rejected the resolution. Ukraine welcomed the resolution on Saturday."
    )
    dyads = _dyads(nlp, text)
    assert ("UKR", "051", "IGOUNO") in dyads
    assert ("UKR", "051", "RUSGOV") not in dyads
