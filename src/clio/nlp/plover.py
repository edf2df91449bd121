"""The PLOVER component: adds mode, context and sentence number to the events on ``doc._.events``.

It runs after ``clio_events`` and rewrites each event with what :func:`clio.events.plover.describe`
finds in the event's sentence (noise spans left out) and the 1-based number of that sentence in
the Doc. Config: ``cues_file`` points at another cue file in the format of
``clio/data/events/plover_cues.jsonl`` (empty: the bundled one).
"""

from __future__ import annotations

import bisect
import dataclasses
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from clio.events.plover import Word, describe, load_cues
from clio.nlp.extensions import noise_tokens
from clio.ontology.plover import load_plover
from clio.records import Event, Span

# Words inside these named entities name something ("World Food Program", "Islamic Salvation
# Front"); they do not say what the event is about.
NAMES = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW"})


class PloverComponent:
    """spaCy component: ``doc._.events`` with PLOVER mode, context and sentence number."""

    def __init__(self, *, cues_file: str = "") -> None:
        self.table = load_plover()
        self.cues = load_cues(Path(cues_file) if cues_file else None)

    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = list(doc._.events or ())
        if not events:
            return doc
        noise = noise_tokens(doc)
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else []
        # Events of one sentence share its words: read them once.
        words = {event.span: _words(doc, event.span, noise) for event in events}
        doc._.events = [self._describe(event, words[event.span], starts) for event in events]
        return doc

    def _describe(self, event: Event, words: list[Word], starts: list[int]) -> Event:
        detail = describe(event.plover, event.cameo, words, table=self.table, cues=self.cues)
        number = bisect.bisect_right(starts, event.span[0]) if starts else None
        return dataclasses.replace(
            event, mode=detail.mode, context=detail.context, sentence_number=number or None
        )


def _words(doc: Doc, span: Span, noise: set[int]) -> list[Word]:
    """(lemma, lower-case text) of the tokens of ``span``, outside noise and names."""
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tokens is None:
        return []
    return [(t.lemma_.lower(), t.lower_) for t in tokens if t.i not in noise and t.ent_type_ not in NAMES]


@Language.factory(
    "clio_plover",
    assigns=["doc._.events"],
    requires=["doc._.events"],
    default_config={"cues_file": ""},
)
def make_plover(nlp: Language, name: str, cues_file: str) -> PloverComponent:
    return PloverComponent(cues_file=cues_file)
