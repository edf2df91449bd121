"""Article -> ArticleResult: noise marking, the spaCy pipeline, batching, and the local runner."""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from clio import dedup
from clio.clean import find_noise
from clio.errors import InputError
from clio.headlines import TITLE, headline_events
from clio.nlp import build_nlp, prepare_doc
from clio.readers import Ingested, read_inputs
from clio.records import Article, ArticleResult, StageError
from clio.settings import Settings

if TYPE_CHECKING:  # the store pulls in SQLAlchemy and Alembic (~0.3 s), which `clio extract` never uses
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


# Components a title does not need: only its events are kept (quotes are the body's).
TITLE_SKIPS = ("clio_quotes",)


def with_headline(result: ArticleResult, title_doc: Doc) -> ArticleResult:
    """Add the title's events that the body lacks (see clio.headlines)."""
    extra = headline_events(result.article.id, title_doc._.events or (), result.events)
    return dataclasses.replace(result, events=(*result.events, *extra)) if extra else result


def _reader_errors(article: Article, warnings: Sequence[str]) -> list[StageError]:
    """The reader's warnings as stage errors; an undated article says so even without one."""
    errors = [StageError("reader", w) for w in warnings]
    if article.date is None and not warnings:
        errors.append(StageError("reader", "no article date; relative dates stay unresolved"))
    return errors


class Extractor:
    """Runs the Clio pipeline over articles. Build once; reuse for many batches."""

    def __init__(self, settings: Settings, nlp: Language | None = None) -> None:
        self.settings = settings
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (a run whose inputs all fail never loads it)."""
        if self._nlp is None:
            self._nlp = build_nlp(self.settings)
        return self._nlp

    def _doc(self, article: Article) -> Doc:
        return prepare_doc(
            self.nlp,
            article.text,
            article_id=article.id,
            article_date=article.date,
            noise=find_noise(article.text),
        )

    def _title_doc(self, article: Article) -> Doc:
        title = article.title or ""
        return prepare_doc(
            self.nlp, title, article_id=article.id, article_date=article.date, noise=find_noise(title)
        )

    def extract_one(self, article: Article, warnings: Sequence[str] = ()) -> ArticleResult:
        """Run each component in turn; a failing component is reported, the others still run."""
        errors = _reader_errors(article, warnings)
        try:
            doc = self._doc(article)
        except Exception as exc:  # the tokenizer failed: nothing to code, but the batch goes on
            errors.append(StageError("tokenizer", f"{type(exc).__name__}: {exc}"))
            return ArticleResult(article=article, errors=tuple(errors))
        for name, component in self.nlp.pipeline:
            try:
                doc = component(doc)
            except Exception as exc:  # one bad article must never stop a batch
                errors.append(StageError(name, f"{type(exc).__name__}: {exc}"))
        result = result_from_doc(article, doc, errors)
        if not article.title:
            return result
        try:
            title_doc = self.nlp(self._title_doc(article), disable=TITLE_SKIPS)
        except Exception as exc:
            return dataclasses.replace(
                result, errors=(*result.errors, StageError(TITLE, f"{type(exc).__name__}: {exc}"))
            )
        return with_headline(result, title_doc)

    def extract(self, items: Iterable[Ingested]) -> Iterator[ArticleResult]:
        """Results in input order, processed in batches with nlp.pipe."""
        for batch in batched(items, self.settings.batch_size):
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: Sequence[Ingested]) -> list[ArticleResult]:
        try:
            docs = list(self.nlp.pipe(self._doc(item.article) for item in batch))
        except Exception:  # find which article failed, and keep the rest
            return [self.extract_one(item.article, item.warnings) for item in batch]
        titled = [item.article for item in batch if item.article.title]
        try:
            title_docs = dict(
                zip(
                    (a.id for a in titled),
                    self.nlp.pipe(map(self._title_doc, titled), disable=TITLE_SKIPS),
                    strict=True,
                )
            )
        except Exception:
            return [self.extract_one(item.article, item.warnings) for item in batch]
        results = []
        for item, doc in zip(batch, docs, strict=True):
            result = result_from_doc(item.article, doc, _reader_errors(item.article, item.warnings))
            title_doc = title_docs.get(item.article.id)
            results.append(with_headline(result, title_doc) if title_doc is not None else result)
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


class Deduplicator:
    """Decides which articles of a batch are new: by id, by exact text, then by MinHash LSH bands.

    Stored articles are looked up in the database, batch by batch; articles accepted but not yet
    stored are held in memory until their batch is written (``done``), so memory stays flat
    however long the run.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.in_flight = dedup.InFlight()

    def new_items(self, batch: Sequence[Ingested]) -> tuple[list[Ingested], dict[str, bytes]]:
        known_ids = self.store.known_article_ids(i.article.id for i in batch)
        known_hashes = self.store.known_content_hashes(i.article.content_hash for i in batch)
        candidates: list[tuple[Ingested, bytes, list[str]]] = []
        for item in batch:
            article = item.article
            if article.id in known_ids or article.content_hash in known_hashes:
                continue
            signature = dedup.to_bytes(dedup.minhash(article.text))
            candidates.append((item, signature, dedup.band_keys(signature)))
        stored_bands = self.store.near_duplicate_of(key for _, _, keys in candidates for key in keys)
        fresh: list[Ingested] = []
        signatures: dict[str, bytes] = {}
        for item, signature, keys in candidates:
            article = item.article
            if self.in_flight.holds(article.id, article.content_hash, keys):
                continue
            if any(key in stored_bands for key in keys):
                continue
            self.in_flight.add(article.id, article.content_hash, keys)
            signatures[article.id] = signature
            fresh.append(item)
        return fresh, signatures

    def done(self, batch: PendingBatch) -> None:
        """The batch is written (or reported failed): the database answers for its articles now."""
        self.in_flight.forget(item.article.id for item in batch.items)


@dataclass(frozen=True, slots=True)
class PendingBatch:
    """New articles to extract, with what was read alongside them (input errors, duplicates)."""

    items: list[Ingested]
    signatures: dict[str, bytes]
    input_errors: list[InputError]
    duplicates: int
    read: int  # articles and input errors consumed from the input: the progress step


@dataclass(frozen=True, slots=True)
class ExtractedBatch:
    """A batch's results; ``failed`` names the articles an engine could not extract (not stored)."""

    batch: PendingBatch
    results: list[ArticleResult]
    failed: list[ErrorRow] = field(default_factory=list)


class Idle:
    """Marker a streaming input yields when nothing arrived for a while: store what is pending now."""


IDLE = Idle()
StreamItem = Ingested | InputError | Idle

# An engine turns pending batches into extracted ones (in any order, each batch exactly once).
Engine = Callable[[Iterable[PendingBatch]], Iterator[ExtractedBatch]]


class LocalEngine:
    """Extracts batches one after another in this process."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def __call__(self, batches: Iterable[PendingBatch]) -> Iterator[ExtractedBatch]:
        for batch in batches:
            yield ExtractedBatch(batch, list(self.extractor.extract(batch.items)))


def pending_batches(
    items: Iterable[StreamItem],
    settings: Settings,
    store: Store,
    *,
    stop: threading.Event | None = None,
    dedupe: Deduplicator | None = None,
) -> Iterator[PendingBatch]:
    """Group input into batches of new articles (duplicates of stored or earlier ones dropped).

    A batch is cut when it holds ``settings.batch_size`` articles, when the input is idle, and at
    the end; after ``stop`` is set, the batch in hand is still cut and then reading stops.
    """
    dedupe = dedupe or Deduplicator(store)
    batch: list[Ingested] = []
    errors: list[InputError] = []

    def cut() -> PendingBatch:
        fresh, signatures = dedupe.new_items(batch)
        pending = PendingBatch(
            fresh, signatures, list(errors), len(batch) - len(fresh), len(batch) + len(errors)
        )
        batch.clear()
        errors.clear()
        return pending

    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        elif isinstance(item, Ingested):
            batch.append(item)
        if len(batch) >= settings.batch_size or isinstance(item, Idle):
            yield cut()
        if stop is not None and stop.is_set():
            break
    yield cut()


def store_batches(
    extracted: Iterable[ExtractedBatch],
    store: Store,
    *,
    progress: ProgressCallback | None = None,
    dedupe: Deduplicator | None = None,
) -> RunSummary:
    """The one writer: store each extracted batch in its own transaction and sum up the run.

    ``dedupe`` (the one that cut the batches) is told when each batch is written.
    """
    from clio.store import ErrorRow

    summary = RunSummary()
    for done in extracted:
        batch = done.batch
        summary.read += batch.read - len(batch.input_errors)
        summary.duplicates += batch.duplicates
        summary.input_errors.extend(str(e) for e in batch.input_errors)
        input_rows = [
            ErrorRow(e.location, "input", f"{e.problem} {e.hint}".strip()) for e in batch.input_errors
        ]
        if done.results or input_rows or done.failed:
            store.write(done.results, minhashes=batch.signatures, errors=[*input_rows, *done.failed])
        if dedupe is not None:
            dedupe.done(batch)
        for result in done.results:
            summary.add(result)
        summary.stage_errors.extend(f"{e.location}: {e.stage}: {e.message}" for e in done.failed)
        if progress and batch.read:
            progress(batch.read)
    return summary


def run_items(
    items: Iterable[StreamItem],
    settings: Settings,
    store: Store,
    *,
    engine: Engine,
    progress: ProgressCallback | None = None,
    stop: threading.Event | None = None,
) -> RunSummary:
    """Dedupe, extract (with ``engine``) and store ``items``; shared by every runner."""
    dedupe = Deduplicator(store)
    batches = pending_batches(items, settings, store, stop=stop, dedupe=dedupe)
    return store_batches(engine(batches), store, progress=progress, dedupe=dedupe)


def run_corpus(
    paths: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    extractor: Extractor | None = None,
    progress: ProgressCallback | None = None,
    stop: threading.Event | None = None,
) -> RunSummary:
    """Read, extract and store every new article under ``paths``, one transaction per batch.

    Articles already stored (same id, same text, or near-same text) are skipped, so a rerun
    after a crash or Ctrl-C resumes where it stopped and a second run changes nothing.
    """
    engine = LocalEngine(extractor or Extractor(settings))
    items = read_inputs(paths, max_chars=settings.max_chars)
    return run_items(items, settings, store, engine=engine, progress=progress, stop=stop)
