"""Placeholder component: writes an empty doc._.events until its issue lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("clio_events", assigns=["doc._.events"], default_config={"goldstein": "phoenix"})
def make_events(nlp: Language, name: str, goldstein: str) -> EventComponent:
    return EventComponent()
