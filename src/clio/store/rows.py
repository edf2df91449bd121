"""Convert records to table rows and back (pure functions)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from clio.ontology.plover import join_contexts
from clio.records import Actor, ArticleResult, Event, Location

TIMEX_DAY_FORMATS = {10: "%Y-%m-%d", 7: "%Y-%m", 4: "%Y"}


def event_day(value: str | None, fallback: dt.date | None) -> dt.date | None:
    """The first day of an event's date (``2022-02`` -> 2022-02-01), else the fallback."""
    if value:
        fmt = TIMEX_DAY_FORMATS.get(len(value))
        if fmt:
            try:
                return dt.datetime.strptime(value, fmt).date()
            except ValueError:
                pass  # not a calendar value (e.g. PRESENT_REF, 2022-Q1): use the fallback
    return fallback


def plover_columns(actor: Actor | None, prefix: str = "") -> dict[str, Any]:
    """The PLOVER actor fields as columns (``source_plover_code``, ... with a prefix)."""
    fields = actor.plover if actor else None
    return {
        f"{prefix}plover_code": fields.code if fields else None,
        f"{prefix}plover_sector": fields.sector if fields else None,
        f"{prefix}plover_secondary_sector": fields.secondary_sector if fields else None,
    }


def _actor_columns(side: str, actor: Actor | None) -> dict[str, Any]:
    return {
        **plover_columns(actor, f"{side}_"),
        f"{side}_code": actor.code if actor else None,
        f"{side}_country": actor.country if actor else None,
        f"{side}_sector": actor.sector if actor else None,
        f"{side}_name": actor.name if actor else None,
        f"{side}_text": actor.text if actor else None,
        f"{side}_start": actor.span[0] if actor else None,
        f"{side}_end": actor.span[1] if actor else None,
    }


def _location_columns(location: Location | None) -> dict[str, Any]:
    return {
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "geonameid": location.geonameid if location else None,
    }


def event_row(article_id: str, article_date: dt.date | None, event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "article_id": article_id,
        "date": event.date,
        "day": event_day(event.date, article_date),
        "date_precision": event.date_precision,
        **_actor_columns("source", event.source),
        **_actor_columns("target", event.target),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "plover": event.plover,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "sentence": event.sentence,
        "start": event.span[0],
        "end": event.span[1],
        **_location_columns(event.location),
        "confidence": event.confidence,
        "pattern": event.pattern,
        "evidence": json.dumps([list(s) for s in event.evidence]),
        "section": event.section,
        "mode": event.mode,
        "context": join_contexts(event.context),
        "sentence_number": event.sentence_number,
    }


def child_rows(result: ArticleResult) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table but ``articles``, keyed by table name."""
    aid = result.article.id
    return {
        "actors": [
            {
                "article_id": aid,
                "start": a.span[0],
                "end": a.span[1],
                "text": a.text,
                "code": a.code,
                "name": a.name,
                "country": a.country,
                "sector": a.sector,
                **plover_columns(a),
            }
            for a in result.actors
        ],
        "timexes": [
            {
                "article_id": aid,
                "start": t.span[0],
                "end": t.span[1],
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
            }
            for t in result.timexes
        ],
        "quotes": [
            {
                "article_id": aid,
                "start": q.span[0],
                "end": q.span[1],
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_start": q.speaker_span[0] if q.speaker_span else None,
                "speaker_end": q.speaker_span[1] if q.speaker_span else None,
                "speaker_code": q.speaker_code,
            }
            for q in result.quotes
        ],
        "locations": [
            {
                "article_id": aid,
                "start": loc.span[0],
                "end": loc.span[1],
                "text": loc.text,
                "name": loc.name,
                "country": loc.country,
                "lat": loc.lat,
                "lon": loc.lon,
                "geonameid": loc.geonameid,
            }
            for loc in result.locations
        ],
        "events": [event_row(aid, result.article.date, e) for e in result.events],
    }
