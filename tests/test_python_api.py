"""The Python API: clio.load -> Coder, clio.connect -> Corpus (a model-free stub pipeline codes
"Russia attacked Ukraine" as one event; see tests/stub_pipeline.py). clio.__all__ is pinned in
tests/test_records.py."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import clio
from clio.coding import Coder, settings_from, text_id
from clio.errors import ClioError, InputError, SettingsError
from clio.exports import COLUMNS
from clio.settings import Settings
from tests.stub_pipeline import stub_nlp

STUB_FACTORY = "tests.test_distributed:stub_factory"
ATTACK = "Russia attacked Ukraine today."


def test_importing_clio_loads_neither_spacy_nor_pandas() -> None:
    code = "import clio, sys; print(sorted(m for m in ('spacy', 'pandas', 'sqlalchemy') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_clio_nlp_stays_callable_once_the_nlp_package_is_imported() -> None:
    import clio.nlp.build  # rebinds clio.nlp to the package

    assert callable(clio.nlp)


def test_unknown_settings_are_named() -> None:
    with pytest.raises(SettingsError, match=r"unknown setting.*colour.*choose from.*goldstein"):
        clio.load(colour="red")
    assert settings_from(mode="rules", goldstein="gdelt").goldstein == "gdelt"
    with pytest.raises(SettingsError, match="goldstein"):
        settings_from(goldstein="bogus")


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings(batch_size=2), nlp=stub_nlp(), nlp_factory=STUB_FACTORY)


def test_extract_codes_one_article(coder: Coder) -> None:
    result = coder.extract(
        ATTACK, date="2024-03-05", title="War", id="a1", source="Wire", url="https://x.org/1"
    )
    assert result.article.date == dt.date(2024, 3, 5)
    assert (result.article.id, result.article.title, result.article.source) == ("a1", "War", "Wire")
    [event] = result.events
    assert (event.source.code, event.cameo, event.target.code if event.target else None) == (
        "RUS",
        "190",
        "UKR",
    )
    assert ATTACK[event.span[0] : event.span[1]] == "Russia attacked Ukraine"
    assert json.loads(json.dumps(result.to_dict()))["events"][0]["source"]["plover"]["code"] == "RUS"


def test_extract_takes_dates_as_dates_or_strings_and_ids_from_the_text(coder: Coder) -> None:
    one = coder.extract(ATTACK, date=dt.date(2024, 3, 5))
    two = coder.extract(ATTACK, date=dt.datetime(2024, 3, 5, 9, 30))
    assert one.article.date == two.article.date == dt.date(2024, 3, 5)
    assert one.article.id == two.article.id == text_id(ATTACK)
    undated = coder.extract(ATTACK, date=None)
    assert undated.article.date is None
    assert any("no article date" in e.message for e in undated.errors)


@pytest.mark.parametrize(
    ("text", "date", "message"),
    [
        (ATTACK, "last Tuesday", "not a date"),
        (ATTACK, 20240305, "not a date"),
        ("   ", "2024-03-05", "no text"),
        ("x" * 101, "2024-03-05", "over max_chars=100"),
    ],
)
def test_extract_rejects_bad_input_clearly(text: str, date: object, message: str) -> None:
    small = Coder(Settings(max_chars=100), nlp=stub_nlp())
    with pytest.raises(InputError, match=message):
        small.extract(text, date=date)  # type: ignore[arg-type]


def test_pipe_yields_one_result_per_input_in_order_bad_ones_included(coder: Coder) -> None:
    items: list[object] = [
        {"id": "m1", "text": ATTACK, "date": "2024-03-05"},
        {"id": "m2", "date": "2024-03-05"},  # no text
        clio.Article(id="r1", text="Nothing happened.", date=dt.date(2024, 3, 6)),
        "A bare text: " + ATTACK,
        {"id": "m3", "text": ATTACK, "date": "2024-03-05", "title": 7},  # a bad field
    ]
    results = list(coder.pipe(items))  # type: ignore[arg-type]
    assert [r.article.id for r in results] == ["m1", "m2", "r1", text_id("A bare text: " + ATTACK), "m3"]
    assert [len(r.events) for r in results] == [1, 0, 0, 1, 0]
    assert "no 'text' field" in results[1].errors[0].message
    assert "'title' must be a string" in results[4].errors[0].message
    assert [r.article.id for r in coder.pipe(items, batch_size=1)] == [r.article.id for r in results]  # type: ignore[arg-type]


def test_pipe_in_worker_processes_keeps_the_input_order(coder: Coder) -> None:
    items = [{"id": f"p{n}", "text": ATTACK if n % 2 else "Quiet.", "date": "2024-03-05"} for n in range(7)]
    local = [(r.article.id, [e.id for e in r.events]) for r in coder.pipe(items)]
    workers = [(r.article.id, [e.id for e in r.events]) for r in coder.pipe(items, n_process=2)]
    assert workers == local
    assert [n for _, n in local] != [[]] * 7


def test_pipe_checks_its_options(coder: Coder) -> None:
    with pytest.raises(SettingsError):
        list(coder.pipe([ATTACK], batch_size=0))


@pytest.fixture
def corpus(tmp_path: Path, coder: Coder) -> clio.Corpus:
    db = clio.connect(str(tmp_path / "clio.db"))
    articles = [
        {"id": "d1", "text": ATTACK, "date": "2024-03-04", "title": "Attack", "source": "Wire"},
        {"id": "d2", "text": "Russia attacked Ukraine again.", "date": "2024-03-12", "source": "Other"},
        {"id": "d3", "text": "Nothing to code here.", "date": "2024-03-20"},
        {"id": "bad", "date": "2024-03-20"},
    ]
    summary = db.ingest(articles, coder=coder)
    assert (summary.stored, summary.events, len(summary.input_errors)) == (3, 2, 1)
    assert "item 4" in summary.input_errors[0]
    return db


def test_ingest_skips_what_is_stored(corpus: clio.Corpus, coder: Coder) -> None:
    again = corpus.ingest([{"id": "d1", "text": ATTACK, "date": "2024-03-04"}], coder=coder)
    assert (again.stored, again.duplicates) == (0, 1)


def test_ingest_reads_paths_like_clio_run(tmp_path: Path, coder: Coder) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(f"date 2024-03-05\n\n{ATTACK}\n", encoding="utf-8")
    with clio.connect(str(tmp_path / "paths.db")) as db:
        summary = db.ingest(folder, coder=coder)
        assert (summary.stored, summary.events) == (1, 1)
        assert db.events()["article_id"].str.endswith("one").all()


def test_events_is_a_dataframe_of_the_stored_columns(corpus: clio.Corpus) -> None:
    frame = corpus.events()
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 2 and frame["day"].dtype.kind == "M"
    assert list(frame["article_id"]) == ["d1", "d2"]  # oldest first
    assert corpus.events(since="2024-03-10")["article_id"].tolist() == ["d2"]
    assert corpus.events(until=dt.date(2024, 3, 10))["article_id"].tolist() == ["d1"]
    assert corpus.events(source="RUS", target="UKR", code="19", plover="ASSAULT").shape[0] == 2
    assert corpus.events(source="UKR").empty and list(corpus.events(source="UKR").columns) == list(COLUMNS)
    assert len(corpus.events(limit=1)) == 1
    assert corpus.count(source="RUS") == 2 and corpus.count(since="2024-03-10") == 1


@pytest.mark.parametrize(
    ("filters", "message"), [({"since": "March"}, "YYYY-MM-DD"), ({"root": "9"}, "two digits")]
)
def test_bad_filters_are_clio_errors(corpus: clio.Corpus, filters: dict[str, str], message: str) -> None:
    with pytest.raises(ClioError, match=message):
        corpus.events(**filters)  # type: ignore[arg-type]


def test_series_has_both_directions_per_period(corpus: clio.Corpus) -> None:
    frame = corpus.series("RUS", "UKR", interval="week")
    assert list(frame.columns) == [
        "period", "direction", "events", "quad1", "quad2", "quad3", "quad4",
        "goldstein_sum", "goldstein_mean",
    ]  # fmt: skip
    forward = frame[frame["direction"] == "a_to_b"]
    assert forward["period"].dt.strftime("%Y-%m-%d").tolist() == ["2024-03-04", "2024-03-11"]
    assert forward["events"].tolist() == [1, 1] and forward["quad4"].tolist() == [1, 1]
    assert frame[frame["direction"] == "b_to_a"]["events"].sum() == 0
    with pytest.raises(ClioError, match="interval"):
        corpus.series("RUS", "UKR", interval="fortnight")


def test_articles_article_and_sql(corpus: clio.Corpus) -> None:
    articles = corpus.articles()
    assert articles["id"].tolist() == ["d3", "d2", "d1"]  # newest first
    assert dict(zip(articles["id"], articles["events"], strict=True)) == {"d1": 1, "d2": 1, "d3": 0}
    assert corpus.articles(source="Wire")["id"].tolist() == ["d1"]
    assert "text" in corpus.articles(with_text=True).columns
    detail = corpus.article("d1")
    assert detail["title"] == "Attack" and len(detail["events"]) == 1
    with pytest.raises(ClioError, match="no article"):
        corpus.article("missing")
    readable = corpus.sql(
        "select source, target, article_title from events_readable where article_id = :a", {"a": "d1"}
    )
    assert isinstance(readable, pd.DataFrame)
    assert readable.to_dict("records") == [
        {"source": "Russia", "target": "Ukraine", "article_title": "Attack"}
    ]
