"""Headline events: coded from the title when the body lacks them, with spans into the title."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from clio.analytics import find_event
from clio.headlines import headline_events
from clio.pipeline import Extractor
from clio.readers import Ingested
from clio.records import Actor, Article, Event
from clio.settings import Settings
from clio.store import Store

DATE = dt.date(2024, 3, 14)


def actor(code: str) -> Actor:
    return Actor(text=code, span=(0, 3), name=code, code=code, country=code[:3], sector=code[3:] or None)


def event(event_id: str, source: str, cameo: str, target: str | None) -> Event:
    return Event(
        id=event_id,
        source=actor(source),
        target=actor(target) if target else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=None,
        quad_class=1,
        goldstein=1.0,
        sentence="s",
        span=(0, 10),
    )


def test_only_title_events_the_body_lacks_are_kept_and_marked() -> None:
    body = [event("b1", "TURGOV", "040", "SWEGOV"), event("b2", "KGZCOP", "190", "TJKCOP")]
    title = [
        event("t1", "TURGOV", "042", "SWEGOV"),  # the body's event again (same root)
        event("t0", "KGZCOP", "190", None),  # a terse title: the body names the target
        event("t2", "TURGOV", "020", "SWEGOV"),
        event("t3", "TURGOV", "020", "SWEGOV"),  # twice in the title
        event("t4", "RUSMIL", "190", None),
    ]
    kept = headline_events("a1", title, body)
    assert [(e.cameo, e.target.code if e.target else None) for e in kept] == [
        ("020", "SWEGOV"),
        ("190", None),
    ]
    assert {e.section for e in kept} == {"title"}
    assert not {e.id for e in kept} & {"t2", "t4", "b1", "b2"}  # re-identified, never clashing with body ids


@pytest.fixture
def extractor(nlp: Language) -> Extractor:
    return Extractor(Settings(), nlp=nlp)


TITLE = "Russian forces shell Ukrainian port of Odesa"
BODY_WITHOUT = "Residents spent the night in shelters, the mayor said."
BODY_WITH = "Russian forces shelled the Ukrainian port of Odesa overnight, the mayor said."


def title_events(result_events: tuple[Event, ...]) -> list[Event]:
    return [e for e in result_events if e.section == "title"]


def test_a_title_event_missing_from_the_body_is_added_with_spans_into_the_title(extractor: Extractor) -> None:
    article = Article(id="h1", date=DATE, text=BODY_WITHOUT, title=TITLE)
    for result in (extractor.extract_one(article), *extractor.extract([Ingested(article, ())])):
        [found] = title_events(result.events)
        assert (found.source.code, found.cameo_root, found.target and found.target.country) == (
            "RUSMIL",
            "19",
            "UKR",
        )
        assert TITLE[found.span[0] : found.span[1]] in TITLE and found.span[1] <= len(TITLE)
        assert TITLE[found.source.span[0] : found.source.span[1]] == "Russian forces"


def test_a_title_restating_the_body_adds_nothing(extractor: Extractor) -> None:
    article = Article(id="h2", date=DATE, text=BODY_WITH, title=TITLE)
    result = extractor.extract_one(article)
    assert [e.cameo_root for e in result.events] == ["19"]
    assert not title_events(result.events)


def test_untitled_and_eventless_titles_change_nothing(extractor: Extractor) -> None:
    plain = extractor.extract_one(Article(id="h3", date=DATE, text=BODY_WITH))
    quiet = extractor.extract_one(Article(id="h4", date=DATE, text=BODY_WITH, title="Markets in Asia"))
    assert [e.cameo for e in plain.events] == [e.cameo for e in quiet.events]


def test_a_stored_title_event_reads_its_evidence_from_the_title(extractor: Extractor, tmp_path: Path) -> None:
    article = Article(id="h5", date=DATE, text=BODY_WITHOUT, title=TITLE)
    result = extractor.extract_one(article)
    store = Store.open(f"sqlite:///{tmp_path / 'clio.db'}")
    store.write([result])
    [found] = title_events(result.events)
    stored = find_event(store.engine, found.id)
    assert stored is not None and stored["section"] == "title"
    assert stored["evidence_text"] == [TITLE[s[0] : s[1]] for s in found.evidence or (found.span,)]
