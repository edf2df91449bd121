"""The event component: codes who did what to whom in CAMEO/PLOVER and writes ``doc._.events``.

It reads ``doc._.actors`` (and ``doc._.locations``, ``doc._.noise``, ``doc._.article_id``,
``doc._.article_date``) and delegates the coding to :class:`clio.events.coder.EventCoder`,
which works from pattern data in ``clio/data/events`` (loaded once per component).

Config: ``goldstein`` ("phoenix" or "gdelt") picks the Goldstein variant; ``patterns_dir``
points at another folder of pattern files with the same names (empty: the bundled ones).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from clio.events.coder import EventCoder
from clio.events.patterns import load_book
from clio.ontology import GOLDSTEIN_VARIANTS


class EventComponent:
    """spaCy component: ``doc._.events = EventCoder(doc)``."""

    def __init__(self, *, goldstein: str = "phoenix", patterns_dir: str = "") -> None:
        if goldstein not in GOLDSTEIN_VARIANTS:
            raise ValueError(f"goldstein must be one of {GOLDSTEIN_VARIANTS}, not {goldstein!r}")
        book = load_book(Path(patterns_dir) if patterns_dir else None)
        self.coder = EventCoder(book, goldstein=goldstein)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.coder(doc)
        return doc


@Language.factory(
    "clio_events",
    assigns=["doc._.events"],
    requires=["doc._.actors"],
    default_config={"goldstein": "phoenix", "patterns_dir": ""},
)
def make_events(nlp: Language, name: str, goldstein: str, patterns_dir: str) -> EventComponent:
    return EventComponent(goldstein=goldstein, patterns_dir=patterns_dir)
