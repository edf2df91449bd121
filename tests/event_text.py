"""What the whole pipeline codes from a short text, as (source country, CAMEO code, target
country) triples: shared by the event rule tests that check full-pipeline dyads."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.nlp import prepare_doc


def event_dyads(
    nlp: Language, text: str, day: dt.date, *, root_only: bool = False
) -> set[tuple[str, str, str | None]]:
    """Every event's source country, code (its two-digit root with ``root_only``) and target
    country ("" for a source without a country, None for no target); ``day`` is the article's date."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day))

    def code_of(cameo: str) -> str:
        return cameo[:2] if root_only else cameo

    return {
        (
            e.source.country or "",
            e.cameo[:2] if root_only else e.cameo,
            e.target.country if e.target else None,
        )
        for e in doc._.events
    }
