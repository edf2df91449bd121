"""Placeholder component: writes an empty doc._.actors until its issue lands."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = []
        return doc


@Language.factory("clio_actors", assigns=["doc._.actors"], default_config={"extra_files": []})
def make_actors(nlp: Language, name: str, extra_files: list[str]) -> ActorComponent:
    return ActorComponent()
