"""Score quote extraction against PolNeAR-style attribution data (``clio eval quotes``).

Gold records (JSON Lines) carry ``text`` and ``quotes``: each with ``contents`` (character
spans of what was said, possibly several), ``sources`` (the speaker as the attribution names
it) and ``direct`` (the content holds quotation marks).

Matching, at a coverage threshold *t* (0.3 lenient, 0.8 strict):

* each system quote belongs to the gold quote whose content it overlaps most (if any);
* a gold quote is matched when the system quotes belonging to it cover more than *t* of its
  content characters (a quote split by "he said" may be found as two pieces);
* recall = matched gold quotes / gold quotes; precision = system quotes belonging to a matched
  gold quote / system quotes.

"Direct" scores compare gold quotes flagged direct with system quotes of kind ``direct`` or
whose text holds a double quotation mark (PolNeAR's own test: every content with a mark is
direct, every one without is not). Speaker accuracy counts lenient matches whose gold has a
source: correct when a belonging system quote names a speaker (``speaker_mention``, else
``speaker_span``) overlapping a gold source span. PolNeAR's source is the attribution's own
words (often "he"), so this measures attribution, not pronoun resolution; ``*_speaker_named``
is the share of those pairs that are correct *and* carry a resolved speaker name.

PolNeAR annotated some documents several times; each document is scored once, against its
first annotation in file order, so those documents do not weigh more than the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from clio.errors import InputError
from clio.evaluate.report import EvalReport, prf
from clio.records import Quote, Span
from clio.settings import Settings

THRESHOLDS = {"lenient": 0.3, "strict": 0.8}
DOUBLE_MARKS = frozenset('"“”„‟«»')


@dataclass(frozen=True, slots=True)
class GoldQuote:
    contents: tuple[Span, ...]
    sources: tuple[Span, ...]
    direct: bool

    @property
    def chars(self) -> set[int]:
        return {i for start, end in self.contents for i in range(start, end)}


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def load_gold(path: Path, *, limit: int | None = None) -> list[GoldDoc]:
    """Documents of a PolNeAR-style JSONL file, one annotation per document."""
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_id = str(record.get("doc_id", number))
                if doc_id in seen:
                    continue
                quotes = tuple(
                    GoldQuote(
                        contents=tuple((int(c["start"]), int(c["end"])) for c in q["contents"]),
                        sources=tuple((int(s["start"]), int(s["end"])) for s in q.get("sources", [])),
                        direct=bool(q.get("direct", False)),
                    )
                    for q in record["quotes"]
                    if q["contents"]
                )
                docs.append(GoldDoc(doc_id, record["text"], quotes))
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"{path}:{number}", f"not a PolNeAR-style record: {exc}") from exc
            seen.add(doc_id)
            if limit is not None and len(docs) >= limit:
                break
    return docs


def is_direct(quote: Quote) -> bool:
    return quote.kind == "direct" or any(ch in DOUBLE_MARKS for ch in quote.text)


@dataclass
class _Counts:
    gold: int = 0
    system: int = 0
    matched_gold: int = 0
    matched_system: int = 0
    speaker_pairs: int = 0
    speaker_correct: int = 0
    speaker_named: int = 0


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_document(
    gold: Iterable[GoldQuote], system: Iterable[Quote], *, threshold: float, counts: _Counts
) -> list[tuple[GoldQuote, list[Quote]]]:
    """Add one document's counts; return the unmatched gold quotes with their pieces."""
    golds = list(gold)
    systems = list(system)
    gold_chars = [g.chars for g in golds]
    belongs: dict[int, list[Quote]] = {i: [] for i in range(len(golds))}
    for quote in systems:
        best, best_overlap = -1, 0
        for index, chars in enumerate(gold_chars):
            overlap = sum(1 for i in range(quote.span[0], quote.span[1]) if i in chars)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best >= 0:
            belongs[best].append(quote)
    counts.gold += len(golds)
    counts.system += len(systems)
    misses: list[tuple[GoldQuote, list[Quote]]] = []
    for index, gold_quote in enumerate(golds):
        pieces = belongs[index]
        covered = {i for q in pieces for i in range(q.span[0], q.span[1])} & gold_chars[index]
        if not gold_chars[index] or len(covered) <= threshold * len(gold_chars[index]):
            misses.append((gold_quote, pieces))
            continue
        counts.matched_gold += 1
        counts.matched_system += len(pieces)
        if gold_quote.sources:
            counts.speaker_pairs += 1
            right = [
                q
                for q in pieces
                if (mention := q.speaker_mention or q.speaker_span)
                and any(_overlaps(mention, s) for s in gold_quote.sources)
            ]
            if right:
                counts.speaker_correct += 1
                if any(q.speaker for q in right):
                    counts.speaker_named += 1
    return misses


def evaluate(gold: Path, settings: Settings, *, limit: int | None = None) -> EvalReport:
    """Run the pipeline over the gold texts and score its quotes (see module docstring)."""
    from clio.nlp import COMPONENTS, build_nlp, prepare_doc

    docs = load_gold(gold, limit=limit)
    # Quotes read actors (and nothing after them): the later components are not needed.
    nlp = build_nlp(settings, components=COMPONENTS[: COMPONENTS.index("clio_quotes") + 1])
    predictions: list[list[Quote]] = []
    for gold_doc in docs:
        doc = nlp(prepare_doc(nlp, gold_doc.text, article_id=gold_doc.doc_id))
        predictions.append(list(doc._.quotes or []))
    return score(docs, predictions, gold_name=str(gold))


def score(docs: list[GoldDoc], predictions: list[list[Quote]], *, gold_name: str = "") -> EvalReport:
    """Scores of ``predictions`` (one list of quotes per gold document)."""
    metrics: dict[str, float] = {}
    breakdown: dict[str, dict[str, float]] = {}
    errors: list[str] = []
    for subset in ("direct", "all"):
        for level, threshold in THRESHOLDS.items():
            counts = _Counts()
            for gold_doc, quotes in zip(docs, predictions, strict=True):
                golds = [g for g in gold_doc.quotes if subset == "all" or g.direct]
                system = [q for q in quotes if subset == "all" or is_direct(q)]
                misses = score_document(golds, system, threshold=threshold, counts=counts)
                if subset == "direct" and level == "lenient":
                    errors.extend(_describe_misses(gold_doc, misses))
            precision = counts.matched_system / counts.system if counts.system else 0.0
            recall = counts.matched_gold / counts.gold if counts.gold else 0.0
            result = prf(0, 0, 0)
            result["precision"], result["recall"] = precision, recall
            result["f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result["gold"], result["system"] = float(counts.gold), float(counts.system)
            breakdown[f"{subset}@{threshold}"] = result
            metrics[f"{subset}_f1@{threshold}"] = result["f1"]
            if level == "lenient":
                accuracy = counts.speaker_correct / counts.speaker_pairs if counts.speaker_pairs else 0.0
                named = counts.speaker_named / counts.speaker_pairs if counts.speaker_pairs else 0.0
                metrics[f"{subset}_speaker_accuracy"] = accuracy
                metrics[f"{subset}_speaker_named"] = named
                breakdown[f"{subset}@{threshold}"]["speaker_accuracy"] = accuracy
    notes = [
        f"{len(docs)} documents (first annotation of each); matching by content-character coverage",
        "speaker accuracy: lenient matches whose gold has a source; overlap of speaker_mention",
    ]
    return EvalReport(
        task="quotes", gold=gold_name, metrics=metrics, breakdown=breakdown, errors=errors, notes=notes
    )


def _describe_misses(gold_doc: GoldDoc, misses: list[tuple[GoldQuote, list[Quote]]]) -> list[str]:
    lines = []
    for gold_quote, pieces in misses:
        content = " | ".join(gold_doc.text[s:e] for s, e in gold_quote.contents)
        found = "; ".join(q.text[:60] for q in pieces) or "nothing"
        lines.append(f"{gold_doc.doc_id}: missed {content[:120]!r} (found {found!r})")
    return lines
