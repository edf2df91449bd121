"""Three hand-made events for the interchange exports and the Python API (no model needed).

Every expected value in tests/test_interchange.py can be checked against this file, the CAMEO
table (src/clio/ontology/cameo.tsv) and public facts: GeoNames 706483 is the city of Kharkiv
(admin1 Kharkiv, Ukraine); Ukraine's FIPS 10-4 code is UP.
"""

from __future__ import annotations

import datetime as dt

from clio.records import Actor, Article, ArticleResult, Event, Location, event_id

KHARKIV_TEXT = (
    "KYIV, March 5 (Test Wire) - Officials met on Monday.\n"
    "Russian forces shelled Kharkiv on Tuesday, the regional governor said."
)
NGO_TEXT = "Amnesty International criticised the government of Kyrgyzstan on Wednesday."
NGO_TITLE = "Kyrgyzstan expels Tajik envoy"


def span_of(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return (start, start + len(mention))


def shelling() -> ArticleResult:
    article = Article(
        id="wire/kharkiv-1",
        text=KHARKIV_TEXT,
        date=dt.date(2024, 3, 5),
        title="Russia shells Kharkiv",
        source="Test Wire",
        url="https://example.org/kharkiv",
    )
    text = article.text
    source = Actor(
        "Russian forces", span_of(text, "Russian forces"), "Russia military", "RUSMIL", "RUS", "MIL"
    )
    target = Actor("Kharkiv", span_of(text, "Kharkiv"), "Ukraine", "UKR", "UKR", None)
    sentence = "Russian forces shelled Kharkiv on Tuesday, the regional governor said."
    span = span_of(text, sentence)
    place = Location("Kharkiv", span_of(text, "Kharkiv"), "Kharkiv", "UKR", 49.982, 36.255, "706483")
    event = Event(
        id=event_id(article.id, span, "194", "RUSMIL", "UKR"),
        source=source,
        target=target,
        cameo="194",
        cameo_root="19",
        plover="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        sentence=sentence,
        span=span,
        date="2024-03-05",
        date_precision="day",
        location=place,
        confidence=0.9,
        pattern="test.shell",
        evidence=(span,),
        mode="heavy-weapons",
        context=("military",),
        sentence_number=2,
    )
    return ArticleResult(article=article, actors=(source, target), events=(event,), locations=(place,))


def criticism() -> ArticleResult:
    """An NGO criticising a government (text event, sentence 1) and a headline expulsion."""
    article = Article(
        id="wire/ngo-2",
        text=NGO_TEXT,
        date=dt.date(2024, 3, 6),
        title=NGO_TITLE,
        source="Other Wire",
    )
    ngo = Actor(
        "Amnesty International",
        span_of(NGO_TEXT, "Amnesty International"),
        "Amnesty International",
        "NGOHRI",
        None,
        "NGO",
    )
    government = Actor(
        "government of Kyrgyzstan",
        span_of(NGO_TEXT, "government of Kyrgyzstan"),
        "Kyrgyzstan government",
        "KGZGOV",
        "KGZ",
        "GOV",
    )
    text_span = (0, len(NGO_TEXT))
    criticise = Event(
        id=event_id(article.id, text_span, "111", "NGOHRI", "KGZGOV"),
        source=ngo,
        target=government,
        cameo="111",
        cameo_root="11",
        plover="ACCUSE",
        quad_class=3,
        goldstein=-2.0,
        sentence=NGO_TEXT,
        span=text_span,
        date="2024-03-06",
        date_precision="day",
        mode="disapprove",
        sentence_number=1,
    )
    expeller = Actor("Kyrgyzstan", span_of(NGO_TITLE, "Kyrgyzstan"), "Kyrgyzstan", "KGZ", "KGZ", None)
    envoy = Actor(
        "Tajik envoy", span_of(NGO_TITLE, "Tajik envoy"), "Tajikistan government", "TJKGOV", "TJK", "GOV"
    )
    title_span = (0, len(NGO_TITLE))
    expel = Event(
        id=event_id(article.id + "#title", title_span, "166", "KGZ", "TJKGOV"),
        source=expeller,
        target=envoy,
        cameo="166",
        cameo_root="16",
        plover="SANCTION",
        quad_class=4,
        goldstein=-8.0,
        sentence=NGO_TITLE,
        span=title_span,
        date="2024-03-06",
        date_precision="article",
        section="title",
        mode="expel",
        context=("diplomatic",),
        sentence_number=1,
    )
    return ArticleResult(article=article, actors=(ngo, government), events=(criticise, expel))


def results() -> list[ArticleResult]:
    return [shelling(), criticism()]
