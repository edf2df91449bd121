"""Placeholder component: writes an empty doc._.quotes until its issue lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuoteComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("clio_quotes", assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> QuoteComponent:
    return QuoteComponent()
