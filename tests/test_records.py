"""The output contract (DESIGN.md §3) and the public API."""

from __future__ import annotations

import datetime as dt
import json

import clio
from clio.records import Actor, Article, ArticleResult, Event, Location, Quote, Timex, event_id

CONTRACT = {
    "article": {"id", "date", "title", "source", "url", "path"},
    "actor": {"text", "span", "name", "code", "country", "sector"},
    "event": {
        "id",
        "date",
        "date_precision",
        "source",
        "target",
        "cameo",
        "cameo_root",
        "plover",
        "quad_class",
        "goldstein",
        "sentence",
        "span",
        "location",
        "confidence",
        "pattern",
    },
    "timex": {"text", "span", "type", "value"},
    "quote": {"text", "span", "kind", "speaker", "speaker_span", "speaker_code"},
    "location": {"text", "span", "name", "country", "lat", "lon", "geonameid"},
}


def _result() -> ArticleResult:
    text = "Russia attacked Ukraine in Kyiv today, the UN said."
    russia = Actor("Russia", (0, 6), "Russia", "RUS", "RUS", None)
    ukraine = Actor("Ukraine", (16, 23), "Ukraine", "UKR", "UKR", None)
    kyiv = Location("Kyiv", (27, 31), "Kyiv", "UKR", 50.45, 30.52, "703448")
    event = Event(
        id=event_id("a", (0, 38), "190", "RUS", "UKR"),
        source=russia,
        target=ukraine,
        cameo="190",
        cameo_root="19",
        plover="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        sentence=text,
        span=(0, 51),
        date="2022-02-24",
        date_precision="day",
        location=kyiv,
        pattern="verb.attack",
        evidence=((0, 51),),
    )
    return ArticleResult(
        article=Article(
            id="a", text=text, date=dt.date(2022, 2, 24), title="T", source="S", url="u", path="p"
        ),
        actors=(russia, ukraine),
        events=(event,),
        timexes=(Timex("today", (32, 37), "DATE", "2022-02-24"),),
        quotes=(Quote("Russia attacked Ukraine", (0, 23), "indirect", "the UN", (39, 45), "IGOUNO"),),
        locations=(kyiv,),
    )


def test_json_form_has_every_contract_key() -> None:
    data = json.loads(json.dumps(_result().to_dict()))
    assert set(data) == {"article", "actors", "events", "timexes", "quotes", "locations", "errors"}
    assert CONTRACT["article"] <= set(data["article"])
    assert CONTRACT["actor"] <= set(data["actors"][0])
    assert CONTRACT["event"] <= set(data["events"][0])
    assert CONTRACT["actor"] <= set(data["events"][0]["source"])
    assert CONTRACT["location"] <= set(data["events"][0]["location"])
    assert CONTRACT["timex"] <= set(data["timexes"][0])
    assert CONTRACT["quote"] <= set(data["quotes"][0])
    assert CONTRACT["location"] <= set(data["locations"][0])
    assert data["article"]["date"] == "2022-02-24"
    assert data["events"][0]["span"] == [0, 51]


def test_records_round_trip_through_json() -> None:
    result = _result()
    for record, cls in [
        (result.events[0], Event),
        (result.actors[0], Actor),
        (result.timexes[0], Timex),
        (result.quotes[0], Quote),
        (result.locations[0], Location),
    ]:
        assert cls.from_dict(json.loads(json.dumps(record.to_dict()))) == record  # type: ignore[attr-defined]


def test_event_ids_are_stable_and_distinguish_codes_and_dyads() -> None:
    base = event_id("a", (0, 10), "190", "RUS", "UKR")
    assert base == event_id("a", (0, 10), "190", "RUS", "UKR")
    assert (
        len(
            {
                base,
                event_id("a", (0, 10), "191", "RUS", "UKR"),
                event_id("a", (0, 10), "190", "UKR", "RUS"),
                event_id("b", (0, 10), "190", "RUS", "UKR"),
                event_id("a", (0, 11), "190", "RUS", "UKR"),
            }
        )
        == 5
    )


def test_public_api_is_pinned() -> None:
    assert sorted(clio.__all__) == sorted(
        [
            "Actor",
            "Article",
            "ArticleResult",
            "ClioError",
            "Coder",
            "Corpus",
            "Event",
            "Location",
            "Quote",
            "Settings",
            "StageError",
            "Timex",
            "__version__",
            "connect",
            "load",
            "nlp",
            "sample_corpus_path",
        ]
    )
    for name in clio.__all__:
        assert hasattr(clio, name)
