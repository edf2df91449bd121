"""Results of an article coded in chunks, put back together with offsets into the whole text.

A chunk's records point into the chunk; ``shifted`` moves every span by the chunk's start (and
re-derives event ids, which hash the span), so the merged result reads as if the article had been
coded in one piece: ``article.text[span[0]:span[1]]`` is the mention.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from clio.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    Location,
    Quote,
    Span,
    StageError,
    Timex,
    event_id,
)


def _span(span: Span, offset: int) -> Span:
    return (span[0] + offset, span[1] + offset)


def _optional_span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else _span(span, offset)


def _actor(actor: Actor, offset: int) -> Actor:
    return dataclasses.replace(actor, span=_span(actor.span, offset))


def _location(location: Location, offset: int) -> Location:
    return dataclasses.replace(location, span=_span(location.span, offset))


def _timex(timex: Timex, offset: int) -> Timex:
    return dataclasses.replace(timex, span=_span(timex.span, offset))


def _quote(quote: Quote, offset: int) -> Quote:
    return dataclasses.replace(
        quote,
        span=_span(quote.span, offset),
        speaker_span=_optional_span(quote.speaker_span, offset),
        speaker_mention=_optional_span(quote.speaker_mention, offset),
    )


def _event(event: Event, offset: int, article_id: str) -> Event:
    span = _span(event.span, offset)
    target = _actor(event.target, offset) if event.target else None
    return dataclasses.replace(
        event,
        id=event_id(article_id, span, event.cameo, event.source.code, target.code if target else None),
        span=span,
        source=_actor(event.source, offset),
        target=target,
        location=_location(event.location, offset) if event.location else None,
        evidence=tuple(_span(s, offset) for s in event.evidence),
    )


def shifted(result: ArticleResult, offset: int) -> ArticleResult:
    """``result`` of a chunk starting at ``offset``, with every span moved into the whole text."""
    if offset == 0:
        return result
    article_id = result.article.id
    return dataclasses.replace(
        result,
        actors=tuple(_actor(a, offset) for a in result.actors),
        events=tuple(_event(e, offset, article_id) for e in result.events),
        timexes=tuple(_timex(t, offset) for t in result.timexes),
        quotes=tuple(_quote(q, offset) for q in result.quotes),
        locations=tuple(_location(p, offset) for p in result.locations),
        noise=tuple(_span(n, offset) for n in result.noise),
    )


def merged(
    article: Article, parts: Sequence[tuple[int, ArticleResult]], errors: Sequence[StageError]
) -> ArticleResult:
    """One result for ``article`` from its chunks' results (each with its start offset); an
    error met in several chunks is listed once."""
    moved = [shifted(result, start) for start, result in parts]
    unique_errors = dict.fromkeys((*errors, *(e for r in moved for e in r.errors)))
    return ArticleResult(
        article=article,
        actors=tuple(a for r in moved for a in r.actors),
        events=tuple(e for r in moved for e in r.events),
        timexes=tuple(t for r in moved for t in r.timexes),
        quotes=tuple(q for r in moved for q in r.quotes),
        locations=tuple(p for r in moved for p in r.locations),
        errors=tuple(unique_errors),
        noise=tuple(n for r in moved for n in r.noise),
    )
