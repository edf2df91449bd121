"""A small hand-made event database for the API and browser tests (no model needed).

Five articles, five events. Every expected value in the tests can be checked by reading this file.
"""

from __future__ import annotations

import datetime as dt

from clio.records import Actor, Article, ArticleResult, Event, Location, Quote, Timex, event_id
from clio.store import Store

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTRIBUTE = '" onmouseover=alert(1) x="'


def _find(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return (start, start + len(mention))


def _actor(text: str, mention: str, code: str, name: str | None = None) -> Actor:
    return Actor(mention, _find(text, mention), name or mention, code, code[:3], code[3:] or None)


def _result(
    article_id: str,
    day: dt.date,
    text: str,
    *,
    source: tuple[str, str],
    target: tuple[str, str],
    cameo: str,
    plover: str,
    quad_class: int,
    goldstein: float,
    evidence: str,
    place: tuple[str, str, str, float, float] | None = None,
    title: str | None = None,
    url: str | None = None,
    source_name: str | None = None,
) -> ArticleResult:
    src = _actor(text, source[0], source[1], source_name)
    tgt = _actor(text, target[0], target[1])
    span = _find(text, evidence)
    location = None
    locations: tuple[Location, ...] = ()
    if place:
        mention, name, country, lat, lon = place
        location = Location(mention, _find(text, mention), name, country, lat, lon, None)
        locations = (location,)
    event = Event(
        id=event_id(article_id, span, cameo, src.code, tgt.code),
        source=src,
        target=tgt,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=plover,
        quad_class=quad_class,
        goldstein=goldstein,
        sentence=evidence,
        span=span,
        date=day.isoformat(),
        date_precision="day",
        location=location,
        evidence=(span,),
    )
    timexes = ()
    if "Thursday" in text:
        timexes = (Timex("Thursday", _find(text, "Thursday"), "DATE", day.isoformat()),)
    quotes = ()
    if "“" in text:
        start = text.index("“") + 1
        quotes = (Quote(text[start : text.index("”")], (start, text.index("”")), "direct"),)
    article = Article(id=article_id, text=text, date=day, title=title or f"Report {article_id}", url=url)
    return ArticleResult(
        article=article,
        actors=(src, tgt),
        events=(event,),
        timexes=timexes,
        quotes=quotes,
        locations=locations,
    )


def results() -> list[ArticleResult]:
    a1 = "Russia attacked Ukraine on Thursday, striking targets near Kyiv."
    a2 = "Ukraine accused Russia of shelling Kharkiv. “We will not give up,” an official said."
    a3 = "Russia and Ukraine held talks in Antalya."
    a4 = "The United States sent aid to Ukraine."
    a5 = f"Officials of {XSS_SCRIPT} said {XSS_ATTRIBUTE} that Russia attacked Ukraine."
    return [
        _result(
            "a1",
            dt.date(2022, 2, 24),
            a1,
            source=("Russia", "RUSMIL"),
            target=("Ukraine", "UKR"),
            cameo="190",
            plover="ASSAULT",
            quad_class=4,
            goldstein=-10.0,
            evidence="Russia attacked Ukraine on Thursday, striking targets near Kyiv.",
            place=("Kyiv", "Kyiv", "UKR", 50.45, 30.52),
        ),
        _result(
            "a2",
            dt.date(2022, 3, 2),
            a2,
            source=("Ukraine", "UKRGOV"),
            target=("Russia", "RUS"),
            cameo="112",
            plover="ACCUSE",
            quad_class=3,
            goldstein=-2.0,
            evidence="Ukraine accused Russia of shelling Kharkiv.",
            place=("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23),
        ),
        _result(
            "a3",
            dt.date(2022, 3, 10),
            a3,
            source=("Russia", "RUSGOV"),
            target=("Ukraine", "UKRGOV"),
            cameo="040",
            plover="CONSULT",
            quad_class=1,
            goldstein=1.0,
            evidence="Russia and Ukraine held talks in Antalya.",
            place=("Antalya", "Antalya", "TUR", 36.9, 30.7),
        ),
        _result(
            "a4",
            dt.date(2022, 3, 15),
            a4,
            source=("United States", "USA"),
            target=("Ukraine", "UKR"),
            cameo="070",
            plover="AID",
            quad_class=2,
            goldstein=7.0,
            evidence="The United States sent aid to Ukraine.",
        ),
        _result(
            "xss",
            dt.date(2022, 3, 20),
            a5,
            source=(XSS_SCRIPT, "RUS"),
            target=("Ukraine", "UKR"),
            cameo="190",
            plover="ASSAULT",
            quad_class=4,
            goldstein=-10.0,
            evidence=f"{XSS_ATTRIBUTE} that Russia attacked Ukraine.",
            title=f"Hostile {XSS_SCRIPT} title{XSS_ATTRIBUTE}",
            url="javascript:alert(1)",
            source_name=f"{XSS_SCRIPT}{XSS_ATTRIBUTE}",
        ),
    ]


def build(url: str) -> Store:
    """A store at ``url`` holding the five articles."""
    store = Store.open(url)
    store.write(results())
    return store
