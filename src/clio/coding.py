"""The Python entry point for coding text: ``clio.load(**settings) -> Coder``.

    coder = clio.load()                                   # builds the spaCy pipeline once
    result = coder.extract(text, date="2024-03-05")       # -> ArticleResult
    for result in coder.pipe(articles, batch_size=64):    # streaming, in input order
        ...

``clio.nlp(**settings)`` gives the spaCy pipeline itself for spaCy-native use (``doc._.events``,
``doc.spans["actors"]``). Nothing here prints; bad input raises :class:`clio.errors.InputError`
from ``extract`` and becomes an error in the result from ``pipe`` (so a batch never stops and
results stay aligned with their inputs).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from clio.errors import InputError, SettingsError
from clio.records import Article, ArticleResult, StageError
from clio.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from clio.pipeline import Extractor
    from clio.readers import Ingested

DEFAULT_NLP_FACTORY = "clio.nlp:build_nlp"
ArticleInput = Article | Mapping[str, Any] | str
FIELDS_HINT = "give each article 'text' and, ideally, 'date' (YYYY-MM-DD), 'id', 'title', 'source', 'url'"


def settings_from(settings: Settings | None = None, **overrides: Any) -> Settings:
    """``settings`` (default: ``Settings()``) with ``overrides``; an unknown name is a SettingsError."""
    base = settings or Settings()
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise SettingsError(
            f"unknown setting(s) {', '.join(unknown)}; choose from {', '.join(sorted(known))}"
        )
    return base.replace(**overrides) if overrides else base


def text_id(text: str) -> str:
    """The id of an article given without one: a hash of its text, so the same text keeps its id."""
    return "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_article_date(value: dt.date | str | None, *, where: str = "date") -> dt.date | None:
    """An article date given as a date, an ISO string or None; anything else is an InputError."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    from clio.readers import parse_date

    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is not None:
            return parsed
    raise InputError(
        where, f"{value!r} is not a date", "write the date as YYYY-MM-DD, a datetime.date, or None"
    )


class Coder:
    """Codes articles into events with one spaCy pipeline, built on first use and then reused.

    Build it with :func:`load`. ``nlp`` may be a pipeline you built yourself (``clio.nlp()``);
    ``nlp_factory`` names the function that builds one in each worker for ``pipe(n_process=N)``.
    """

    def __init__(
        self, settings: Settings, *, nlp: Language | None = None, nlp_factory: str = DEFAULT_NLP_FACTORY
    ) -> None:
        from clio.pipeline import Extractor

        self.settings = settings
        self.nlp_factory = nlp_factory
        self._extractor: Extractor = Extractor(settings, nlp=nlp)

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (Clio's components after the English model's)."""
        return self._extractor.nlp

    @property
    def extractor(self) -> Extractor:
        """The batch extractor the CLI's runners use (``clio.pipeline.Extractor``)."""
        return self._extractor

    def __repr__(self) -> str:
        return f"<clio.Coder model={self.settings.model or 'default'} mode={self.settings.mode}>"

    def article(
        self,
        text: str,
        *,
        date: dt.date | str | None,
        title: str | None = None,
        id: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> Article:
        """The Article record ``extract`` codes: checks the text and the date."""
        if not isinstance(text, str) or not text.strip():
            raise InputError(id or "text", "the article has no text", "pass the article body as a string")
        if len(text) > self.settings.max_chars:
            raise InputError(
                id or "text",
                f"the article is {len(text):,} characters long, over max_chars={self.settings.max_chars:,}",
                "split it, or load the coder with a larger max_chars",
            )
        return Article(
            id=id or text_id(text),
            text=text,
            date=parse_article_date(date, where=id or "date"),
            title=title,
            source=source,
            url=url,
        )

    def extract(
        self,
        text: str,
        *,
        date: dt.date | str | None,
        title: str | None = None,
        id: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> ArticleResult:
        """Code one article. ``date`` (the publication date, or None when unknown) anchors
        relative dates ("on Tuesday"); without it they stay unresolved and the result says so."""
        article = self.article(text, date=date, title=title, id=id, source=source, url=url)
        return self._extractor.extract_one(article)

    def doc(self, text: str, *, date: dt.date | str | None = None, id: str | None = None) -> Doc:
        """The spaCy Doc of ``text`` after the whole pipeline: ``doc._.events``, ``doc._.actors``,
        ``doc.spans["actors"]``, ``doc.ents`` ... (noise marked as ``clio extract`` marks it)."""
        from clio.clean import find_noise
        from clio.nlp import prepare_doc

        article_date = parse_article_date(date)
        doc = prepare_doc(
            self.nlp, text, article_id=id or text_id(text), article_date=article_date, noise=find_noise(text)
        )
        return self.nlp(doc)

    def pipe(
        self,
        articles: Iterable[ArticleInput],
        *,
        batch_size: int | None = None,
        n_process: int = 1,
    ) -> Iterator[ArticleResult]:
        """Code many articles, yielding one result per input, in input order.

        Each item is an :class:`Article`, a mapping with the fields of the JSON Lines input
        (``text``, ``date``, ``id``, ``title``, ``source``, ``url``) or a bare text. An item that
        cannot be coded (no text, a bad field) gives a result with no events and the problem in
        ``errors``. ``n_process > 1`` codes batches in that many worker processes (a local Dask
        cluster; each worker builds the pipeline once, about 600 MB each).
        """
        size = self.settings.batch_size if batch_size is None else batch_size
        if size < 1 or n_process < 1:
            raise SettingsError("batch_size and n_process must be at least 1")
        from clio.pipeline import batched

        max_chars = self.settings.max_chars
        items = (ingested_item(n, item, max_chars=max_chars) for n, item in enumerate(articles, start=1))
        batches = batched(items, size)
        if n_process == 1:
            for batch in batches:
                yield from self._code_batch(batch)
            return
        yield from self._pipe_workers(batches, n_process)

    def _code_batch(self, batch: list[Ingested | ArticleResult]) -> list[ArticleResult]:
        from clio.readers import Ingested

        ready = [item for item in batch if isinstance(item, Ingested)]
        coded = iter(self._extractor.extract(ready))
        return [next(coded) if isinstance(item, Ingested) else item for item in batch]

    def _pipe_workers(
        self, batches: Iterable[list[Ingested | ArticleResult]], n_process: int
    ) -> Iterator[ArticleResult]:
        """Batches coded on a local Dask cluster of ``n_process`` workers, yielded in input order."""
        from clio.distributed import dask_engine
        from clio.pipeline import PendingBatch
        from clio.readers import Ingested

        held: dict[int, list[Ingested | ArticleResult]] = {}
        sequence: dict[int, int] = {}  # id(PendingBatch) -> its position

        def pending() -> Iterator[PendingBatch]:
            for position, batch in enumerate(batches):
                held[position] = batch
                ready = [item for item in batch if isinstance(item, Ingested)]
                work = PendingBatch(ready, {}, [], 0, len(batch))
                sequence[id(work)] = position
                yield work

        done: dict[int, list[ArticleResult]] = {}
        next_position = 0
        with dask_engine(self.settings, workers=n_process, nlp_factory=self.nlp_factory) as engine:
            for extracted in engine(pending()):
                position = sequence.pop(id(extracted.batch))
                coded = iter(extracted.results)
                failed = {row.article_id for row in extracted.failed}
                done[position] = [
                    _failed_result(item, failed) or next(coded) if isinstance(item, Ingested) else item
                    for item in held.pop(position)
                ]
                while next_position in done:
                    yield from done.pop(next_position)
                    next_position += 1


def ingested_item(number: int, item: ArticleInput, *, max_chars: int) -> Ingested | ArticleResult:
    """Input item ``number`` ready to code, or (when it cannot be) its result with the problem."""
    from clio.readers import Ingested
    from clio.readers.base import article_from_fields, checked_article

    where = f"item {number}"
    read: Ingested | InputError
    if isinstance(item, Article):
        read = checked_article(item, location=where, max_chars=max_chars)
    elif isinstance(item, str):
        read = checked_article(Article(id=text_id(item), text=item), location=where, max_chars=max_chars)
    elif isinstance(item, Mapping):
        read = article_from_fields(
            item,
            location=where,
            default_id=text_id(str(item.get("text") or where)),
            path=None,
            max_chars=max_chars,
            fields_hint=FIELDS_HINT,
        )
    else:
        read = InputError(where, f"cannot code a {type(item).__name__}", FIELDS_HINT)
    if isinstance(read, Ingested):
        return read
    raw_id = item.get("id") if isinstance(item, Mapping) else getattr(item, "id", None)
    placeholder = Article(id=str(raw_id or where), text="")
    return ArticleResult(article=placeholder, errors=(StageError("reader", str(read)),))


def _failed_result(item: Ingested, failed: set[str | None]) -> ArticleResult | None:
    """The result of an article a worker could not code, or None when it was coded."""
    if item.article.id not in failed:
        return None
    message = "a worker could not code this article; run it again alone to see why"
    return ArticleResult(article=item.article, errors=(StageError("engine", message),))


def load(settings: Settings | None = None, **overrides: Any) -> Coder:
    """A :class:`Coder` with the given settings (see :class:`clio.Settings`: ``model``, ``mode``,
    ``goldstein``, ``time_anchoring``, ``max_chars``, ``batch_size``, ``actor_files``).

    Example: ``coder = clio.load(mode="rules", goldstein="gdelt")``
    """
    resolved = settings_from(settings, **overrides)
    coder = Coder(resolved)
    coder.nlp  # noqa: B018 - build the pipeline now, so errors (no model) surface here
    return coder


def nlp(settings: Settings | None = None, **overrides: Any) -> Language:
    """Clio's spaCy pipeline: the English model plus Clio's components.

    ``doc = nlp(text)`` gives ``doc._.events``, ``doc._.actors``, ``doc._.timexes``,
    ``doc._.locations``, ``doc._.quotes`` and ``doc.spans["actors"]``. Set the publication date
    first to resolve relative dates: ``doc = nlp.make_doc(text); doc._.article_date = date;
    doc = nlp(doc)``.
    """
    from clio.nlp import build_nlp, ensure_extensions

    ensure_extensions()
    return build_nlp(settings_from(settings, **overrides))
