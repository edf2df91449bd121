"""Headline events: what an article's title reports that its body does not.

A headline usually restates the lead ("Turkey urges Sweden to act on militants"), and then the
body's event, with its sentence, date and context, is the better record. But some titles carry an
event the body only implies, or a body is cut short; those events are kept, marked
``section="title"`` so their spans are read against ``article.title``, never ``article.text``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from clio.records import Event, event_id

TITLE = "title"

# Ids of headline events hash the article id with this suffix, so a title span never shares an id
# with a body span at the same offsets.
_TITLE_ID_SUFFIX = "#title"


def dyad_key(event: Event) -> tuple[str, str, str]:
    """Source, code and target: a headline event is news only if the body lacks this triple."""
    return event.source.code, event.cameo, event.target.code if event.target else ""


def headline_events(
    article_id: str, title_events: Iterable[Event], body_events: Iterable[Event]
) -> list[Event]:
    """The title's events missing from the body, re-identified and marked as title events."""
    known = {dyad_key(event) for event in body_events}
    kept: list[Event] = []
    for event in title_events:
        key = dyad_key(event)
        if key in known:
            continue
        known.add(key)
        kept.append(
            dataclasses.replace(
                event,
                id=event_id(
                    article_id + _TITLE_ID_SUFFIX,
                    event.span,
                    event.cameo,
                    event.source.code,
                    event.target.code if event.target else None,
                ),
                section=TITLE,
            )
        )
    return kept
