"""The event component: codes who did what to whom in CAMEO/PLOVER and writes ``doc._.events``.

It reads ``doc._.actors`` (and ``doc._.locations``, ``doc._.noise``, ``doc._.article_id``,
``doc._.article_date``) and delegates the coding to :class:`clio.events.coder.EventCoder`,
which works from pattern data in ``clio/data/events`` (loaded once per component).

Every event's ``confidence`` is the calibrated probability that it is fully right
(:mod:`clio.events.confidence`); events below ``min_confidence`` are dropped (a negative value,
the default, takes the threshold the fitted model recommends; 0 keeps everything).

Config: ``goldstein`` ("phoenix" or "gdelt") picks the Goldstein variant; ``patterns_dir``
points at another folder of pattern files, frames and event lexicon with the same names
(``clio.events.patterns.DATA_FILES``; empty: the bundled ones);
``mode`` is "rules" (the coder alone) or "accurate", which adds the embedding step of
:mod:`clio.events.embedding` for sentences the rules leave uncoded. Accurate mode checks at
construction that its packages are installed and loads the sentence model on the first Doc;
rules mode never imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from clio import ontology
from clio.cache import cached
from clio.events import lexicon, patterns
from clio.events.coder import EventCoder
from clio.events.confidence import load_model
from clio.events.merge import merge_events
from clio.events.patterns import PatternBook, load_book
from clio.nlp.extensions import doc_text
from clio.ontology import GOLDSTEIN_VARIANTS
from clio.settings import MODES

if TYPE_CHECKING:
    from clio.events.embedding import EmbeddingCoder


class EventComponent:
    """spaCy component: ``doc._.events = EventCoder(doc)`` (+ the embedding step when accurate)."""

    def __init__(
        self,
        *,
        goldstein: str = "phoenix",
        patterns_dir: str = "",
        mode: str = "rules",
        min_confidence: float = -1.0,
    ) -> None:
        if goldstein not in GOLDSTEIN_VARIANTS:
            raise ValueError(f"goldstein must be one of {GOLDSTEIN_VARIANTS}, not {goldstein!r}")
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        book = load_book(Path(patterns_dir)) if patterns_dir else load_bundled_book()
        self.coder = EventCoder(book, goldstein=goldstein)
        self.confidence = load_model()
        self.min_confidence = self.confidence.threshold if min_confidence < 0 else min_confidence
        # Off only to fit the model (benchmarks/fit_confidence.py): events keep the coder's score.
        self.calibrated = True
        self.embedder: EmbeddingCoder | None = None
        if mode == "accurate":
            from clio.events import embedding

            embedding.require_packages()
            self.embedder = embedding.EmbeddingCoder(embedding.load_exemplars(), goldstein=goldstein)

    def __call__(self, doc: Doc) -> Doc:
        events = self.coder(doc, doc_text(doc))
        if self.embedder is not None:
            events = merge_events([*events, *self.embedder(doc, events)])
        if self.calibrated:
            events = [e for e in self.confidence.calibrate(events) if e.confidence >= self.min_confidence]
        doc._.events = events
        return doc


def load_bundled_book() -> PatternBook:
    """The bundled pattern book, from the start-up cache (clio.cache) when it was read before from
    the same pattern files, CAMEO table and parsing code."""
    folder = patterns.default_data_dir()
    inputs = [Path(patterns.__file__), Path(lexicon.__file__), Path(ontology.__file__)]
    inputs += [folder / name for name in patterns.DATA_FILES]
    inputs += sorted(Path(ontology.__file__).parent.glob("*.tsv"))
    return cached("events", PatternBook, load_book, inputs)


@Language.factory(
    "clio_events",
    assigns=["doc._.events"],
    requires=["doc._.actors"],
    default_config={"goldstein": "phoenix", "patterns_dir": "", "mode": "rules", "min_confidence": -1.0},
)
def make_events(
    nlp: Language, name: str, goldstein: str, patterns_dir: str, mode: str, min_confidence: float
) -> EventComponent:
    return EventComponent(
        goldstein=goldstein, patterns_dir=patterns_dir, mode=mode, min_confidence=min_confidence
    )
