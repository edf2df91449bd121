"""POST /api/articles: parse a request body with the JSON Lines reader's schema, code it, store it."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from clio.errors import InputError
from clio.pipeline import Deduplicator, Extractor, failure_error, failure_rows, write_batch
from clio.readers.base import Ingested, article_from_fields
from clio.store import Store

FIELDS_HINT = 'send {"text": ..., "date": "YYYY-MM-DD", "id", "title", "source", "url"} (text required)'
MAX_ARTICLES = 100


class BodyError(ValueError):
    """The request body is not an article, a list of articles or JSON Lines of articles."""


def parse_body(body: bytes, content_type: str) -> list[dict[str, Any]]:
    """The article records in ``body``: a JSON object, a JSON array of objects, or JSON Lines."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BodyError("request body is not UTF-8") from None
    if not text.strip():
        raise BodyError(f"request body is empty; {FIELDS_HINT}")
    records: list[Any]
    try:
        if "ndjson" in content_type or "jsonl" in content_type:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            parsed = json.loads(text)
            records = parsed if isinstance(parsed, list) else [parsed]
    except (ValueError, RecursionError) as exc:
        raise BodyError(f"invalid JSON ({str(exc)[:120]})") from None
    if not records:
        raise BodyError("no articles in the request body")
    if len(records) > MAX_ARTICLES:
        raise BodyError(f"{len(records)} articles in one request; send at most {MAX_ARTICLES}")
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise BodyError(f"article {number}: expected a JSON object, got {type(record).__name__}")
    return records


def to_ingested(records: list[dict[str, Any]], *, max_chars: int) -> tuple[list[Ingested], list[str]]:
    """Articles to code, and one message per record that is not a valid article."""
    items: list[Ingested] = []
    problems: list[str] = []
    for number, record in enumerate(records, start=1):
        digest = hashlib.sha1(json.dumps(record, sort_keys=True).encode("utf-8")).hexdigest()[:12]
        result = article_from_fields(
            record,
            location=f"article {number}",
            default_id=f"api-{digest}",
            path=None,
            max_chars=max_chars,
            fields_hint=FIELDS_HINT,
        )
        if isinstance(result, InputError):
            problems.append(str(result))
        else:
            items.append(result)
    return items, problems


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of the posted articles."""

    stored: list[dict[str, Any]]
    duplicates: list[str]
    failed: list[str]


@dataclass
class Ingester:
    """Codes and stores posted articles as ``clio run`` does: articles already stored (same id,
    same text or nearly the same text) are skipped, MinHash signatures are kept for later runs,
    and an article that cannot be coded or stored is reported, not stored. The pipeline is built
    on first use and shared under a lock (spaCy pipelines are not safe to run from several
    threads at once)."""

    store: Store
    factory: Callable[[], Extractor]
    _extractor: Extractor | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ingest(self, items: list[Ingested]) -> Outcome:
        with self._lock:
            if self._extractor is None:
                self._extractor = self.factory()
            fresh, signatures = Deduplicator(self.store).new_items(items)
            results = list(self._extractor.extract(fresh))
            coded = [r for r in results if not r.failed]
            failures = [row for r in results if r.failed for row in failure_rows(r)]
            refused = write_batch(self.store, coded, minhashes=signatures, errors=failures)
        not_stored = {row.article_id for row in refused}
        fresh_ids = {item.article.id for item in fresh}
        return Outcome(
            stored=[
                {
                    "id": r.article.id,
                    "events": len(r.events),
                    "actors": len(r.actors),
                    "errors": [e.to_dict() for e in r.errors],
                }
                for r in coded
                if r.article.id not in not_stored
            ],
            duplicates=[item.article.id for item in items if item.article.id not in fresh_ids],
            failed=[str(failure_error(r)) for r in results if r.failed]
            + [f"{row.article_id}: {row.stage}: {row.message}" for row in refused],
        )
