"""Placeholder component: writes an empty doc._.locations until its issue lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlaceComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.locations = []
        return doc


@Language.factory("clio_places", assigns=["doc._.locations"])
def make_places(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()
