"""Article -> ArticleResult: noise marking, the spaCy pipeline, batching, and the local runner."""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from clio import dedup
from clio.budget import Deadline, chunk_spans, long_run_note
from clio.chunks import merged
from clio.clean import find_noise
from clio.errors import ArticleError, InputError, StoreError
from clio.headlines import TITLE, headline_events
from clio.readers import Ingested, read_inputs
from clio.readers.dates import UNRESOLVED
from clio.records import Article, ArticleResult, ErrorRow, StageError
from clio.settings import Settings

if TYPE_CHECKING:
    # The store pulls in SQLAlchemy and Alembic (~0.3 s), which `clio extract` never uses; spaCy
    # (~1.5 s with the torch it imports) is needed only where articles are coded, not by the
    # client of a Dask run, which starts its workers sooner without it.
    from spacy.language import Language
    from spacy.tokens import Doc

    from clio.store import Store

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
        errors.append(StageError("reader", f"no article date; {UNRESOLVED}"))
    return errors


MAX_MESSAGE_CHARS = 300
BUDGET = "budget"


def describe(exc: BaseException) -> str:
    """An exception as one short line for an error message (its text may quote a whole article)."""
    message = " ".join(f"{type(exc).__name__}: {exc}".split())
    return message if len(message) <= MAX_MESSAGE_CHARS else message[: MAX_MESSAGE_CHARS - 3] + "..."


class Extractor:
    """Runs the Clio pipeline over articles. Build once; reuse for many batches.

    Every article is coded within the budget of ``settings`` (clio.budget): runs without a space
    longer than ``max_token_chars`` are cut into tokens that long, articles longer than ``chunk_chars``
    are coded chunk by chunk, and an article still being coded after ``article_timeout`` seconds
    (checked between pipeline stages) is given up and reported as failed.
    """

    def __init__(self, settings: Settings, nlp: Language | None = None) -> None:
        self.settings = settings
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (a run whose inputs all fail never loads it)."""
        if self._nlp is None:
            from clio.nlp import build_nlp

            self._nlp = build_nlp(self.settings)
        return self._nlp

    def _doc(self, article: Article, text: str) -> Doc:
        from clio.nlp import prepare_doc

        return prepare_doc(
            self.nlp,
            text,
            article_id=article.id,
            article_date=article.date,
            noise=find_noise(text),
            max_token_chars=self.settings.max_token_chars,
        )

    def _title_doc(self, article: Article) -> Doc:
        return self._doc(article, article.title or "")

    def _notes(self, article: Article, warnings: Sequence[str]) -> list[StageError]:
        """What the reader and the budget have to say about ``article`` before it is coded."""
        errors = _reader_errors(article, warnings)
        for section, text in (("tokenizer", article.text), (TITLE, article.title or "")):
            note = long_run_note(text, self.settings.max_token_chars)
            if note:
                errors.append(StageError(section, note))
        return errors

    def extract_one(self, article: Article, warnings: Sequence[str] = ()) -> ArticleResult:
        """Run each component in turn, chunk by chunk; a failing component is reported and the
        others still run. An article that cannot be tokenized, or that runs over its time budget,
        comes back ``failed`` (see ArticleResult.failed)."""
        errors = self._notes(article, warnings)
        deadline = Deadline(self.settings.article_timeout)
        parts: list[tuple[int, ArticleResult]] = []
        for start, end in chunk_spans(article.text, self.settings.chunk_chars):
            try:
                doc = self._doc(article, article.text[start:end])
            except Exception as exc:  # nothing to code, but the batch goes on
                return _failed(article, errors, StageError("tokenizer", describe(exc), fatal=True))
            for name, component in self.nlp.pipeline:
                if deadline.passed():
                    return _failed(article, errors, self._over_time(start))
                try:
                    doc = component(doc)
                except Exception as exc:  # one bad article must never stop a batch
                    errors.append(StageError(name, describe(exc)))
            parts.append((start, result_from_doc(article, doc)))
        result = merged(article, parts, errors)
        if article.title:
            try:
                result = with_headline(result, self.nlp(self._title_doc(article), disable=TITLE_SKIPS))
            except Exception as exc:
                result = result.replace(errors=(*result.errors, StageError(TITLE, describe(exc))))
        if deadline.passed():
            return _failed(article, list(result.errors), self._over_time(len(article.text)))
        return result

    def _over_time(self, reached: int) -> StageError:
        timeout = self.settings.article_timeout
        return StageError(
            BUDGET,
            f"coding took longer than the time budget of {timeout:g} s per article (reached"
            f" character {reached:,}); the article is not stored: raise --article-timeout"
            " (CLIO_ARTICLE_TIMEOUT) or split the article",
            fatal=True,
        )

    def extract(self, items: Iterable[Ingested]) -> Iterator[ArticleResult]:
        """Results in input order, processed in batches with nlp.pipe (articles of more than one
        chunk one by one)."""
        for batch in batched(items, self.settings.batch_size):
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: Sequence[Ingested]) -> list[ArticleResult]:
        chunk = self.settings.chunk_chars
        short = [item for item in batch if len(chunk_spans(item.article.text, chunk)) == 1]
        coded = dict(zip((id(item) for item in short), self._pipe(short), strict=True))
        return [
            coded[id(item)] if id(item) in coded else self.extract_one(item.article, item.warnings)
            for item in batch
        ]

    def _pipe(self, batch: Sequence[Ingested]) -> list[ArticleResult]:
        """Articles of at most one chunk, coded together; if anything fails, one by one."""
        try:
            docs = list(self.nlp.pipe(self._doc(item.article, item.article.text) for item in batch))
            titled = [item.article for item in batch if item.article.title]
            title_docs = dict(
                zip(
                    (a.id for a in titled),
                    self.nlp.pipe(map(self._title_doc, titled), disable=TITLE_SKIPS),
                    strict=True,
                )
            )
        except Exception:  # find which article failed, and keep the rest
            return [self.extract_one(item.article, item.warnings) for item in batch]
        results = []
        for item, doc in zip(batch, docs, strict=True):
            result = result_from_doc(item.article, doc, self._notes(item.article, item.warnings))
            title_doc = title_docs.get(item.article.id)
            results.append(with_headline(result, title_doc) if title_doc is not None else result)
        return results


def _failed(article: Article, errors: Sequence[StageError], failure: StageError) -> ArticleResult:
    """A result that says the article could not be coded (nothing extracted is kept)."""
    return ArticleResult(article=article, errors=(*errors, failure))


def extract_paths(
    paths: Sequence[str], settings: Settings, *, extractor: Extractor | None = None
) -> Iterator[ArticleResult | InputError]:
    """Results (or input errors) for every article under ``paths``, in input order; nothing stored."""
    extractor = extractor or Extractor(settings)
    pending: list[Ingested] = []
    for item in read_inputs(paths, max_chars=settings.max_chars):
        if isinstance(item, InputError):
            yield from _results_or_errors(extractor.extract(pending))
            pending = []
            yield item
            continue
        pending.append(item)
        if len(pending) >= settings.batch_size:
            yield from _results_or_errors(extractor.extract(pending))
            pending = []
    yield from _results_or_errors(extractor.extract(pending))


def _results_or_errors(results: Iterable[ArticleResult]) -> Iterator[ArticleResult | InputError]:
    for result in results:
        yield failure_error(result) if result.failed else result


def failure_error(result: ArticleResult) -> ArticleError:
    """The error to report for an article that could not be coded."""
    failure = next(e for e in result.errors if e.fatal)
    return ArticleError(result.article.location, f"{failure.stage}: {failure.message}")


def failure_rows(result: ArticleResult) -> list[ErrorRow]:
    """The ``ingest_errors`` rows of an article that could not be coded (not stored: a rerun
    tries it again)."""
    location = result.article.path or result.article.id
    ordered = sorted(result.errors, key=lambda e: not e.fatal)  # the reason it failed first
    return [ErrorRow(location, e.stage, e.message, result.article.id) for e in ordered]


@dataclass
class RunSummary:
    """What one ``clio run`` did.

    ``input_errors`` are inputs that could not be read; ``failed_articles`` are articles read but
    not stored (they could not be coded within their budget, or not written), which a rerun tries
    again; ``stage_errors`` are problems with articles that were stored all the same.
    """

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    events_by_root: Counter[str] = field(default_factory=Counter)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    input_errors: list[str] = field(default_factory=list)
    failed_articles: list[str] = field(default_factory=list)
    stage_errors: list[str] = field(default_factory=list)
    undated: int = 0  # stored articles without a usable date (their warnings are in ingest_errors)

    @property
    def failed(self) -> bool:
        return bool(self.input_errors or self.failed_articles)

    def add(self, result: ArticleResult) -> None:
        self.stored += 1
        for event in result.events:
            self.events += 1
            self.events_by_root[event.cameo_root] += 1
            self.dyads[(event.source.code, event.target.code if event.target else "-")] += 1
        for error in result.errors:
            if error.stage == "reader" and UNRESOLVED in error.message:
                self.undated += 1
            elif error.stage == "reader":  # the reader's warnings name their file and line
                self.stage_errors.append(error.message)
            else:
                self.stage_errors.append(f"{result.article.location}: {error.stage}: {error.message}")

    def add_failure(self, row: ErrorRow) -> None:
        where = f"{row.location} ({row.article_id})" if row.article_id else row.location
        self.failed_articles.append(f"{where}: {row.stage}: {row.message}")


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
    """A batch's results; ``failed`` names the articles that could not be extracted (not stored)."""

    batch: PendingBatch
    results: list[ArticleResult]
    failed: list[ErrorRow] = field(default_factory=list)


def extracted_batch(
    batch: PendingBatch, results: Iterable[ArticleResult], failed: Sequence[ErrorRow] = ()
) -> ExtractedBatch:
    """``batch`` with its results, the articles that failed (ArticleResult.failed) set apart."""
    coded: list[ArticleResult] = []
    rows = list(failed)
    for result in results:
        if result.failed:
            rows.extend(failure_rows(result))
        else:
            coded.append(result)
    return ExtractedBatch(batch, coded, rows)


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
            yield extracted_batch(batch, self.extractor.extract(batch.items))


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

    summary = RunSummary()
    for done in extracted:
        batch = done.batch
        summary.read += batch.read - len(batch.input_errors)
        summary.duplicates += batch.duplicates
        summary.input_errors.extend(str(e) for e in batch.input_errors)
        input_rows = [
            ErrorRow(e.location, "input", f"{e.problem} {e.hint}".strip()) for e in batch.input_errors
        ]
        unstored: list[ErrorRow] = []
        if done.results or input_rows or done.failed:
            unstored = write_batch(
                store, done.results, minhashes=batch.signatures, errors=[*input_rows, *done.failed]
            )
        if dedupe is not None:
            dedupe.done(batch)
        not_stored = {row.article_id for row in unstored}
        for result in done.results:
            if result.article.id not in not_stored:
                summary.add(result)
        reported: set[str | None] = set()
        for row in (*done.failed, *unstored):  # one line per article: the first row says why
            if row.article_id not in reported:
                reported.add(row.article_id)
                summary.add_failure(row)
        if progress and batch.read:
            progress(batch.read)
    return summary


def write_batch(
    store: Store,
    results: Sequence[ArticleResult],
    *,
    minhashes: dict[str, bytes],
    errors: Sequence[ErrorRow] = (),
) -> list[ErrorRow]:
    """Write a batch in one transaction; if that fails, each article in its own, so one article
    the database refuses is reported (and left for a rerun) instead of stopping the run.

    Returns the rows (already written to ``ingest_errors``) of the articles not stored. When not
    even those rows can be written, the database itself is failing: the batch's error is raised.
    """
    try:
        store.write(results, minhashes=minhashes, errors=errors)
        return []
    except StoreError as batch_error:
        refused: list[ErrorRow] = []
        for result in results:
            article = result.article
            try:
                signature = {article.id: minhashes[article.id]} if article.id in minhashes else {}
                store.write([result], minhashes=signature)
            except StoreError as exc:
                message = f"the database refused the article and it is not stored ({exc.reason})"
                refused.append(ErrorRow(article.path or article.id, "store", message, article.id))
        try:
            store.write([], errors=[*errors, *refused])
        except StoreError:
            raise batch_error from None
        return refused


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
