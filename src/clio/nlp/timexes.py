"""Placeholder component: writes an empty doc._.timexes until its issue lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimexComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc


@Language.factory("clio_timexes", assigns=["doc._.timexes"])
def make_timexes(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent()
