"""Typed records passed between stages, and their JSON form (the output contract, DESIGN.md §3).

Every record is a frozen dataclass. A ``Span`` is a pair of character offsets into
``Article.text`` exactly as ingested: ``text[span[0]:span[1]]`` is the mention.
``to_dict()`` gives the JSON-ready form of the output contract; ``from_dict`` reads it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

from clio.ontology.plover import PloverActor, plover_actor

Span = tuple[int, int]


def _span_list(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _span_tuple(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested. ``text`` is never rewritten after reading."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "path": self.path,
        }

    @property
    def location(self) -> str:
        """Where the article came from, for messages: its file and id, or its id."""
        return f"{self.path} ({self.id})" if self.path else self.id

    @property
    def content_hash(self) -> str:
        """A hash of the text, used to recognise the same article under another id."""
        # surrogatepass: an Article built in code may hold lone surrogates (readers replace them)
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention of an actor resolved to a CAMEO actor code (``CHNGOV``, ``IGOWSTNAT``)."""

    text: str
    span: Span
    name: str
    code: str
    country: str | None = None
    sector: str | None = None

    @property
    def plover(self) -> PloverActor:
        """The PLOVER actor fields: code (ISO3 or IGO/NGO/ISM/IMG/MNC), sector, secondary sector."""
        return plover_actor(self.code, self.country)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": _span_list(self.span),
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "plover": self.plover.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            text=data["text"],
            span=_span_tuple(data["span"]) or (0, 0),
            name=data["name"],
            code=data["code"],
            country=data.get("country"),
            sector=data.get("sector"),
        )


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression; ``value`` is resolved against the article date when possible."""

    text: str
    span: Span
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "span": _span_list(self.span),
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        return cls(
            text=data["text"],
            span=_span_tuple(data["span"]) or (0, 0),
            type=data["type"],
            value=data.get("value"),
            mod=data.get("mod"),
        )


@dataclass(frozen=True, slots=True)
class Location:
    """A toponym resolved to a gazetteer entry (GeoNames id where known)."""

    text: str
    span: Span
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": _span_list(self.span),
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Location:
        return cls(
            text=data["text"],
            span=_span_tuple(data["span"]) or (0, 0),
            name=data["name"],
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or indirect (reported) quotation and, when clear, its speaker."""

    text: str
    span: Span
    kind: str  # "direct" or "indirect"
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_code: str | None = None
    # Where the attribution itself names the speaker (the "he" of "he said"); speaker_span is
    # the resolved name. Equal to speaker_span when the attribution names the speaker directly.
    speaker_mention: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": _span_list(self.span),
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_span": _span_list(self.speaker_span),
            "speaker_code": self.speaker_code,
            "speaker_mention": _span_list(self.speaker_mention),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            span=_span_tuple(data["span"]) or (0, 0),
            kind=data["kind"],
            speaker=data.get("speaker"),
            speaker_span=_span_tuple(data.get("speaker_span")),
            speaker_code=data.get("speaker_code"),
            speaker_mention=_span_tuple(data.get("speaker_mention")),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: a CAMEO/PLOVER-coded event with its evidence."""

    id: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    sentence: str
    span: Span
    date: str | None = None
    date_precision: str | None = None  # day, month, year, article (fallback), unknown
    location: Location | None = None
    confidence: float = 1.0
    pattern: str | None = None
    evidence: tuple[Span, ...] = field(default=())
    # Where the spans point: "text" (article.text) or "title" (article.title, for headline events).
    section: str = "text"
    # PLOVER mode and contexts (clio.events.plover); the 1-based sentence of the span in its section.
    mode: str | None = None
    context: tuple[str, ...] = field(default=())
    sentence_number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "mode": self.mode,
            "context": list(self.context),
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "sentence": self.sentence,
            "span": _span_list(self.span),
            "location": self.location.to_dict() if self.location else None,
            "confidence": self.confidence,
            "pattern": self.pattern,
            "evidence": [_span_list(s) for s in self.evidence],
            "section": self.section,
            "sentence_number": self.sentence_number,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            id=data["id"],
            source=Actor.from_dict(data["source"]),
            target=Actor.from_dict(data["target"]) if data.get("target") else None,
            cameo=data["cameo"],
            cameo_root=data["cameo_root"],
            plover=data.get("plover"),
            quad_class=int(data["quad_class"]),
            goldstein=float(data["goldstein"]),
            sentence=data["sentence"],
            span=_span_tuple(data["span"]) or (0, 0),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            location=Location.from_dict(data["location"]) if data.get("location") else None,
            confidence=float(data.get("confidence", 1.0)),
            pattern=data.get("pattern"),
            evidence=tuple(s for s in (_span_tuple(v) for v in data.get("evidence", [])) if s),
            section=data.get("section") or "text",
            mode=data.get("mode"),
            context=tuple(data.get("context") or ()),
            sentence_number=data.get("sentence_number"),
        )


def event_id(article_id: str, span: Span, cameo: str, source_code: str, target_code: str | None) -> str:
    """A stable event id: the same article, span, code and dyad always give the same id."""
    key = f"{article_id}\x1f{span[0]}:{span[1]}\x1f{cameo}\x1f{source_code}\x1f{target_code or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class StageError:
    """A problem met while processing one article. The article is still returned; when the
    problem is ``fatal`` (nothing could be coded, or the article ran over its budget) it is
    reported as failed and not stored, so a rerun tries it again."""

    stage: str
    message: str
    fatal: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"stage": self.stage, "message": self.message}
        if self.fatal:
            out["fatal"] = True
        return out


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    locations: tuple[Location, ...] = ()
    errors: tuple[StageError, ...] = ()
    noise: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "timexes": [t.to_dict() for t in self.timexes],
            "quotes": [q.to_dict() for q in self.quotes],
            "locations": [loc.to_dict() for loc in self.locations],
            "errors": [e.to_dict() for e in self.errors],
        }

    @property
    def failed(self) -> bool:
        """Whether the article could not be coded (see ``StageError.fatal``)."""
        return any(error.fatal for error in self.errors)

    def replace(self, **changes: Any) -> ArticleResult:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """An input or stage problem to keep in ``ingest_errors``."""

    location: str
    stage: str
    message: str
    article_id: str | None = None

    @property
    def id(self) -> str:
        key = f"{self.location}\x1f{self.stage}\x1f{self.message}"
        return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
