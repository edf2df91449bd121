"""Article -> ArticleResult: noise marking, the spaCy pipeline, batching, and the local runner."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from clio import dedup
from clio.clean import find_noise
from clio.errors import InputError
from clio.nlp import build_nlp, prepare_doc
from clio.readers import Ingested, read_inputs
from clio.records import Article, ArticleResult, StageError
from clio.settings import Settings
from clio.store import ErrorRow, Store

ProgressCallback = Callable[[int], None]
T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items (itertools.batched arrives in Python 3.12)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def result_from_doc(article: Article, doc: Doc, errors: Sequence[StageError] = ()) -> ArticleResult:
    """Collect what the components wrote on ``doc`` into an ArticleResult."""
    return ArticleResult(
        article=article,
        actors=tuple(doc._.actors or ()),
        events=tuple(doc._.events or ()),
        timexes=tuple(doc._.timexes or ()),
        quotes=tuple(doc._.quotes or ()),
        locations=tuple(doc._.locations or ()),
        errors=tuple(errors),
        noise=tuple(doc._.noise or ()),
    )


class Extractor:
    """Runs the Clio pipeline over articles. Build once; reuse for many batches."""

    def __init__(self, settings: Settings, nlp: Language | None = None) -> None:
        self.settings = settings
        self.nlp = nlp if nlp is not None else build_nlp(settings)

    def _doc(self, article: Article) -> Doc:
        return prepare_doc(
            self.nlp,
            article.text,
            article_id=article.id,
            article_date=article.date,
            noise=find_noise(article.text),
        )

    def extract_one(self, article: Article, warnings: Sequence[str] = ()) -> ArticleResult:
        """Run each component in turn; a failing component is reported, the others still run."""
        errors = [StageError("reader", w) for w in warnings]
        if article.date is None and not warnings:
            errors.append(StageError("reader", "no article date; relative dates stay unresolved"))
        doc = self._doc(article)
        for name, component in self.nlp.pipeline:
            try:
                doc = component(doc)
            except Exception as exc:  # one bad article must never stop a batch
                errors.append(StageError(name, f"{type(exc).__name__}: {exc}"))
        return result_from_doc(article, doc, errors)

    def extract(self, items: Iterable[Ingested]) -> Iterator[ArticleResult]:
        """Results in input order, processed in batches with nlp.pipe."""
        for batch in batched(items, self.settings.batch_size):
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: Sequence[Ingested]) -> list[ArticleResult]:
        try:
            docs = list(self.nlp.pipe(self._doc(item.article) for item in batch))
        except Exception:  # find which article failed, and keep the rest
            return [self.extract_one(item.article, item.warnings) for item in batch]
        results = []
        for item, doc in zip(batch, docs, strict=True):
            errors = [StageError("reader", w) for w in item.warnings]
            if item.article.date is None and not item.warnings:
                errors.append(StageError("reader", "no article date; relative dates stay unresolved"))
            results.append(result_from_doc(item.article, doc, errors))
        return results


def extract_paths(
    paths: Sequence[str], settings: Settings, *, extractor: Extractor | None = None
) -> Iterator[ArticleResult | InputError]:
    """Results (or input errors) for every article under ``paths``, in input order; nothing stored."""
    extractor = extractor or Extractor(settings)
    pending: list[Ingested] = []
    for item in read_inputs(paths, max_chars=settings.max_chars):
        if isinstance(item, InputError):
            yield from extractor.extract(pending)
            pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= settings.batch_size:
            yield from extractor.extract(pending)
            pending = []
    yield from extractor.extract(pending)


@dataclass
class RunSummary:
    """What one ``clio run`` did."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    events_by_root: Counter[str] = field(default_factory=Counter)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    input_errors: list[str] = field(default_factory=list)
    stage_errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.input_errors)

    def add(self, result: ArticleResult) -> None:
        self.stored += 1
        for event in result.events:
            self.events += 1
            self.events_by_root[event.cameo_root] += 1
            self.dyads[(event.source.code, event.target.code if event.target else "-")] += 1
        self.stage_errors.extend(
            f"{result.article.path or result.article.id}: {e.stage}: {e.message}"
            for e in result.errors
            if e.stage != "reader"
        )


class _Deduplicator:
    """Decides which articles of a batch are new: by id, by exact text, then by MinHash."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = store.duplicate_index()
        self.seen_ids: set[str] = set()
        self.seen_hashes: set[str] = set()

    def new_items(self, batch: Sequence[Ingested]) -> tuple[list[Ingested], dict[str, bytes]]:
        known_ids = self.store.known_article_ids(i.article.id for i in batch)
        known_hashes = self.store.known_content_hashes(i.article.content_hash for i in batch)
        fresh: list[Ingested] = []
        signatures: dict[str, bytes] = {}
        for item in batch:
            article = item.article
            if article.id in known_ids or article.id in self.seen_ids:
                continue
            if article.content_hash in known_hashes or article.content_hash in self.seen_hashes:
                continue
            signature = dedup.minhash(article.text)
            if self.index.find(signature) is not None:
                continue
            self.index.add(article.id, signature)
            self.seen_ids.add(article.id)
            self.seen_hashes.add(article.content_hash)
            signatures[article.id] = dedup.to_bytes(signature)
            fresh.append(item)
        return fresh, signatures


def run_corpus(
    paths: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    extractor: Extractor | None = None,
    progress: ProgressCallback | None = None,
) -> RunSummary:
    """Read, extract and store every new article under ``paths``, one transaction per batch.

    Articles already stored (same id, same text, or near-same text) are skipped, so a rerun
    after a crash or Ctrl-C resumes where it stopped and a second run changes nothing.
    """
    extractor = extractor or Extractor(settings)
    dedupe = _Deduplicator(store)
    summary = RunSummary()
    batch: list[Ingested] = []
    errors: list[ErrorRow] = []

    def flush() -> None:
        fresh, signatures = dedupe.new_items(batch)
        summary.duplicates += len(batch) - len(fresh)
        results = list(extractor.extract(fresh))
        store.write(results, minhashes=signatures, errors=errors)
        for result in results:
            summary.add(result)
        if progress:
            progress(len(batch) + len(errors))
        batch.clear()
        errors.clear()

    for item in read_inputs(paths, max_chars=settings.max_chars):
        if isinstance(item, InputError):
            summary.input_errors.append(str(item))
            errors.append(ErrorRow(item.location, "input", f"{item.problem} {item.hint}".strip()))
        else:
            summary.read += 1
            batch.append(item)
        if len(batch) >= settings.batch_size:
            flush()
    flush()
    return summary
