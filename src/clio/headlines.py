"""Headline events: what an article's title reports that its body does not.

A headline usually restates the lead ("Turkey urges Sweden to act on militants"), and then the
body's event, with its sentence, date and context, is the better record. But some titles carry an
event the body only implies, or a body is cut short; those events are kept, marked
``section="title"`` so their spans are read against ``article.title``, never ``article.text``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from clio.records import Actor, Event, event_id

TITLE = "title"

# Ids of headline events hash the article id with this suffix, so a title span never shares an id
# with a body span at the same offsets.
_TITLE_ID_SUFFIX = "#title"


def restates(title_event: Event, body_event: Event) -> bool:
    """The body already reports the title's event: the same CAMEO root between the same
    countries (a title and a body often name the same side differently, "Kyrgyz border guards"
    and "Kyrgyzstan"), the target only when the terse title names one."""
    return (
        title_event.cameo_root == body_event.cameo_root
        and _side(title_event.source) == _side(body_event.source)
        and (title_event.target is None or _side(title_event.target) == _side(body_event.target))
    )


def _side(actor: Actor | None) -> str | None:
    """An actor's country, or its code when it has none (an organisation)."""
    if actor is None:
        return None
    return actor.country or actor.code


def _target_code(event: Event) -> str | None:
    return event.target.code if event.target else None


def headline_events(
    article_id: str, title_events: Iterable[Event], body_events: Iterable[Event]
) -> list[Event]:
    """The title's events missing from the body, re-identified and marked as title events."""
    known = list(body_events)
    kept: list[Event] = []
    for event in title_events:
        if any(restates(event, other) for other in known):
            continue
        event = dataclasses.replace(
            event,
            id=event_id(
                article_id + _TITLE_ID_SUFFIX, event.span, event.cameo, event.source.code, _target_code(event)
            ),
            section=TITLE,
        )
        known.append(event)
        kept.append(event)
    return kept
