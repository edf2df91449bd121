"""The plumbing from reader to store, proven with a model-free stub component."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from clio.pipeline import Extractor, run_corpus
from clio.query import EventQuery, find_events
from clio.readers import Ingested
from clio.records import Article
from clio.settings import Settings
from clio.store import Store
from tests.stub_pipeline import stub_nlp

ARTICLES = {
    "a.txt": "date 2022-02-24\ntitle Invasion\n\nRussia attacked Ukraine before dawn on Thursday.\n",
    "b.txt": "date 2022-02-25\n\nTalks were held in Geneva between diplomats of several countries.\n",
    "sub/c.txt": "date 2022-02-26\n\nMarkets fell sharply as investors weighed the news from Kyiv today.\n",
}


def _write_corpus(root: Path, articles: dict[str, str]) -> Path:
    for name, text in articles.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'clio.db'}", batch_size=2)


@pytest.fixture
def extractor(settings: Settings) -> Extractor:
    return Extractor(settings, nlp=stub_nlp())


def test_results_carry_every_component_output_end_to_end(
    tmp_path: Path, settings: Settings, extractor: Extractor
) -> None:
    corpus = _write_corpus(tmp_path / "in", ARTICLES)
    store = Store.open(settings.db_url)
    summary = run_corpus([str(corpus)], settings, store, extractor=extractor)
    assert (summary.read, summary.stored, summary.events) == (3, 3, 1)
    assert summary.events_by_root == {"19": 1}
    counts = store.counts()
    assert (
        counts["articles"] == 3 and counts["events"] == 1 and counts["actors"] == 2 and counts["timexes"] == 1
    )
    (event,) = find_events(store.engine, EventQuery(source="RUS"))
    article_text = ARTICLES["a.txt"].split("\n\n", 1)[1]
    assert article_text[event["start"] : event["end"]] == "Russia attacked Ukraine"
    assert (event["target_code"], event["cameo"], event["day"]) == ("UKR", "190", dt.date(2022, 2, 24))


def test_a_second_run_leaves_the_database_unchanged(
    tmp_path: Path, settings: Settings, extractor: Extractor
) -> None:
    corpus = _write_corpus(tmp_path / "in", ARTICLES)
    store = Store.open(settings.db_url)
    run_corpus([str(corpus)], settings, store, extractor=extractor)
    before = store.counts()
    again = run_corpus([str(corpus)], settings, store, extractor=extractor)
    assert store.counts() == before
    assert (again.stored, again.duplicates) == (0, 3)


def test_same_and_near_same_text_under_other_ids_is_stored_once(
    tmp_path: Path, settings: Settings, extractor: Extractor
) -> None:
    body = (
        "Russia attacked Ukraine before dawn on Thursday, officials in Kyiv said, and the United Nations "
        "Security Council was called into an emergency session in New York later in the day."
    )
    corpus = _write_corpus(
        tmp_path / "in",
        {
            "one.txt": f"date 2022-02-24\nid wire-1\n\n{body}\n",
            "two.txt": f"date 2022-02-24\nid wire-2\n\n{body}\n",  # same text, another id
            "three.txt": f"date 2022-02-24\nid wire-3\n\n{body} (Updated)\n",  # near-same text
        },
    )
    store = Store.open(settings.db_url)
    summary = run_corpus([str(corpus)], settings, store, extractor=extractor)
    assert (summary.stored, summary.duplicates) == (1, 2)
    assert store.counts()["articles"] == 1


def test_bad_inputs_are_reported_and_the_batch_goes_on(
    tmp_path: Path, settings: Settings, extractor: Extractor
) -> None:
    corpus = _write_corpus(
        tmp_path / "in", {**ARTICLES, "broken.jsonl": '{"id": "x", "date": "2022-01-01"\n'}
    )
    store = Store.open(settings.db_url)
    summary = run_corpus([str(corpus), str(tmp_path / "missing.txt")], settings, store, extractor=extractor)
    assert summary.stored == 3 and summary.failed
    assert any("broken.jsonl:1" in e for e in summary.input_errors)
    assert any("missing.txt" in e for e in summary.input_errors)
    assert store.counts()["ingest_errors"] == 2


def test_a_failing_component_is_reported_and_other_articles_go_on(settings: Settings) -> None:
    extractor = Extractor(settings, nlp=stub_nlp(broken=True))
    items = [
        Ingested(Article(id="ok", text="Russia attacked Ukraine.", date=dt.date(2022, 2, 24))),
        Ingested(Article(id="bad", text="BOOM goes the component.", date=dt.date(2022, 2, 24))),
        Ingested(Article(id="ok2", text="Nothing happened.", date=dt.date(2022, 2, 24))),
    ]
    results = {r.article.id: r for r in extractor.extract(items)}
    assert set(results) == {"ok", "bad", "ok2"}
    assert len(results["ok"].events) == 1 and not results["ok"].errors
    assert [e.stage for e in results["bad"].errors] == ["clio_test_broken"]


def test_noise_spans_are_marked_and_offsets_point_into_the_original_text(
    settings: Settings, extractor: Extractor
) -> None:
    text = "JOHN ROE / AFP via Getty Images Russia attacked Ukraine on Thursday."
    (result,) = extractor.extract([Ingested(Article(id="n", text=text, date=dt.date(2022, 2, 24)))])
    assert result.noise, "the photo credit should be marked as noise"
    assert text[result.noise[0][0] : result.noise[0][1]].startswith("JOHN ROE")
    for actor in result.actors:
        assert text[actor.span[0] : actor.span[1]] == actor.text


def test_an_article_without_a_date_is_processed_and_the_reason_reported(extractor: Extractor) -> None:
    (result,) = extractor.extract([Ingested(Article(id="nodate", text="Russia attacked Ukraine."))])
    assert result.events and result.events[0].date is None
    assert any(e.stage == "reader" and "date" in e.message for e in result.errors)


class FailingTokenizer:
    """Raises on a text containing FAIL, before any component runs."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        if "FAIL" in text:
            raise RuntimeError("cannot tokenize")
        return self.tokenizer(text)


def test_an_article_the_tokenizer_rejects_is_reported_not_stored_and_the_batch_goes_on(
    tmp_path: Path, settings: Settings
) -> None:
    nlp = stub_nlp()
    nlp.tokenizer = FailingTokenizer(nlp.tokenizer)
    corpus = _write_corpus(
        tmp_path / "in", {**ARTICLES, "bad.txt": "date 2022-02-26\n\nThis text makes it FAIL.\n"}
    )
    store = Store.open(settings.db_url)
    summary = run_corpus([str(corpus)], settings, store, extractor=Extractor(settings, nlp=nlp))
    assert summary.stored == 3 and summary.events == 1 and summary.failed
    [line] = summary.failed_articles
    assert "bad.txt (in/bad): tokenizer: RuntimeError: cannot tokenize" in line
    assert store.counts()["articles"] == 3 and store.counts()["ingest_errors"] == 1
    again = run_corpus([str(corpus)], settings, store, extractor=Extractor(settings, nlp=nlp))
    assert (again.stored, again.duplicates, len(again.failed_articles)) == (0, 3, 1)  # retried, not stored
    assert store.counts()["ingest_errors"] == 1
