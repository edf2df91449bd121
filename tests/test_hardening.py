"""Issue 16: each reported way one input could stop, stall or vanish from a batch, reproduced and
fixed at its root, and the general rule: a failure in one article becomes its error line and an
``ingest_errors`` row, the batch goes on, and a rerun changes nothing. No model needed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from clio.api import create_app
from clio.budget import chunk_spans, long_runs, token_pieces
from clio.chunks import merged
from clio.errors import ArticleError, InputError
from clio.nlp import prepare_doc
from clio.pipeline import Extractor, extract_paths, run_corpus, store_batches, write_batch
from clio.query import EventQuery, find_events
from clio.readers import Ingested, read_inputs
from clio.readers.base import storable
from clio.readers.dates import parse_date
from clio.records import Article, ArticleResult, StageError, event_id
from clio.settings import Settings
from clio.store import Store, schema
from tests import api_corpus
from tests.stub_pipeline import stub_nlp
from tests.test_cli import clio

TOKEN = "t0ken"
ATTACK = "Russia attacked Ukraine on Monday."


def read_all(*paths: Path | str, **kwargs: Any) -> list[Ingested | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def articles(items: list[Ingested | InputError]) -> list[Article]:
    return [i.article for i in items if isinstance(i, Ingested)]


def errors(items: list[Ingested | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'clio.db'}", batch_size=4)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    opened = Store.open(settings.db_url)
    yield opened
    opened.close()


def _counts(store: Store) -> dict[str, int]:
    return store.counts()


# --- 1. dates whose numbers overflow -------------------------------------------------------------

OVERFLOWING_DATES = [
    "Mon, 1 Jan 99999999999999999999 00:00:00 +0000",  # the year
    "Mon, 1 Jan 2024 00:00:00 +99999999999999999999",  # the zone offset
    "Mon, 1 Jan 2024 99999999999999999999:00:00 +0000",  # the hour
]


@pytest.mark.parametrize("value", OVERFLOWING_DATES)
def test_an_overflowing_date_is_no_date(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize("value", OVERFLOWING_DATES)
def test_an_overflowing_date_keeps_the_article_in_text_and_json_lines(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.txt").write_text(f"date {value}\n\n{ATTACK}\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "date": value, "text": ATTACK}) + "\n")
    items = read_all(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert [(a.id, a.date) for a in articles(items)] == [("a", None), ("b", None)]
    assert all("no usable date" in i.warnings[0] for i in items if isinstance(i, Ingested))


# --- 2 and 10. lone surrogates and NUL --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "offsets"),
    [
        ("a\ud800b", "a\ufffdb", [1]),
        ("\udfff", "\ufffd", [0]),
        ("x\x00y\x00", "x\ufffdy\ufffd", [1, 3]),
        ("emoji 😀 is a pair, kept", "emoji 😀 is a pair, kept", []),
        ("\ufffd stays", "\ufffd stays", []),
    ],
)
def test_storable_replaces_one_character_for_one(value: str, expected: str, offsets: list[int]) -> None:
    assert storable(value) == (expected, offsets)


def test_a_lone_surrogate_or_nul_from_json_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text(
        '{"id": "s\\ud800", "title": "T\\u0000", "text": "Russia \\ud800attacked Ukraine \\u0000today."}\n'
    )
    [item] = read_all(path)
    assert isinstance(item, Ingested)
    article = item.article
    assert article.text == "Russia \ufffdattacked Ukraine \ufffdtoday."
    assert (article.id, article.title) == ("s\ufffd", "T\ufffd")
    replaced = [w for w in item.warnings if "no database can store" in w]
    assert [w.split("'")[1] for w in replaced] == ["text", "id", "title"]
    assert "2 characters" in replaced[0] and "at offsets 7, 25;" in replaced[0]
    assert [article.text[7], article.text[25]] == ["\ufffd", "\ufffd"]
    article.content_hash  # hashing no longer raises  # noqa: B018


def test_surrogates_and_nul_are_stored_and_printed(tmp_path: Path, settings: Settings, store: Store) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "u.jsonl").write_text(
        '{"id": "s1", "date": "2022-02-24", "text": "Russia attacked Ukraine \\ud800 and \\u0000."}\n'
    )
    summary = run_corpus(
        [str(tmp_path / "in")], settings, store, extractor=Extractor(settings, nlp=stub_nlp())
    )
    assert (summary.stored, summary.failed) == (1, False)
    with store.engine.connect() as connection:
        assert (
            connection.scalar(select(schema.articles.c.text)) == "Russia attacked Ukraine \ufffd and \ufffd."
        )
    result = next(
        extract_paths([str(tmp_path / "in")], settings, extractor=Extractor(settings, nlp=stub_nlp()))
    )
    assert isinstance(result, ArticleResult)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # printable as UTF-8


# --- 3. a file name that is not UTF-8 ------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_gives_a_printable_label_and_id(
    tmp_path: Path, settings: Settings, store: Store
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"bad_\xff.txt")).write_text(f"date 2022-02-24\n\n{ATTACK}\n")
    [article] = articles(read_all(folder))
    assert article.id == "in/bad_\\xff"
    assert article.path == f"{folder}/bad_\\xff.txt"
    article.path.encode("utf-8")  # strict: no surrogate left
    summary = run_corpus([str(folder)], settings, store, extractor=Extractor(settings, nlp=stub_nlp()))
    assert summary.stored == 1 and not summary.failed


def test_long_derived_ids_are_shortened_to_fit_the_database(tmp_path: Path) -> None:
    folder = tmp_path / ("d" * 120) / ("e" * 120)
    folder.mkdir(parents=True)
    (folder / "f.txt").write_text(f"date 2022-02-24\n\n{ATTACK}\n")
    [first] = articles(read_all(tmp_path))
    [again] = articles(read_all(tmp_path))
    assert len(first.id) <= 200 and first.id == again.id and "~" in first.id


# --- 4. user text read as Rich markup; control characters ----------------------------------------


def test_markup_and_control_characters_in_inputs_are_printed_literally(tmp_path: Path) -> None:
    (tmp_path / "[bold]x.jsonl").write_text("{broken\n")
    (tmp_path / "h.csv").write_text("[/x],body\n1,hello\n")
    (tmp_path / "esc\x1b[2Jape.jsonl").write_text("{broken\n")
    done = clio("extract", str(tmp_path), str(tmp_path / "nope[/x].txt"))
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr and "\x1b" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 4, lines
    assert any("[bold]x.jsonl:1: invalid JSON" in line for line in lines)
    assert any("h.csv: CSV header has the columns '[/x]', 'body'" in line for line in lines)
    assert any("esc\\x1b[2Jape.jsonl:1" in line for line in lines)
    assert any("nope[/x].txt" in line for line in lines)


# --- 5. U+10FFFF in actor filters --------------------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    opened = api_corpus.build(f"sqlite:///{tmp_path_factory.mktemp('api16') / 'api.db'}")
    settings = Settings(db_url=str(opened.engine.url))
    app = create_app(
        settings,
        engine=opened.engine,
        extractor_factory=lambda: Extractor(settings, nlp=stub_nlp()),
        api_token=TOKEN,
    )
    yield TestClient(app, raise_server_exceptions=False)
    opened.close()


@pytest.mark.parametrize("route", ["/api/events", "/api/timeline", "/api/network", "/api/map", "/"])
@pytest.mark.parametrize("key", ["source", "target", "actor"])
@pytest.mark.parametrize("value", ["%F4%8F%BF%BF", "A%F4%8F%BF%BF", "A%ED%9F%BF", "%EF%BF%BF"])
def test_the_highest_code_points_in_actor_filters_are_no_error(
    api: TestClient, route: str, key: str, value: str
) -> None:
    response = api.get(f"{route}?{key}={value}")
    assert response.status_code == 200, response.text


def test_the_highest_code_point_matches_by_prefix(store: Store) -> None:
    api_corpus.build(str(store.engine.url))
    assert find_events(store.engine, EventQuery(source="\U0010ffff")) == []
    assert len(find_events(store.engine, EventQuery(source="RUSMIL\U0010ffff"))) == 0
    assert [r["source_code"] for r in find_events(store.engine, EventQuery(source="RUSMI"))] == ["RUSMIL"]


def test_the_highest_code_point_in_clio_events_is_no_error(tmp_path: Path) -> None:
    done = clio("events", "--db", str(tmp_path / "x.db"), "--source", "\U0010ffff")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("0 events")


@pytest.mark.parametrize(
    "url",
    ["/api/events?source=%00", "/api/actors?q=a%00", "/api/articles/a%00b", "/?q=%00", "/api/events/x%00"],
)
def test_nul_in_a_url_is_a_400(api: TestClient, url: str) -> None:
    response = api.get(url)
    assert response.status_code == 400
    assert "NUL" in response.json()["error"]


# --- 6. unreadable folders -----------------------------------------------------------------------------


def _deny_listing(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Make listing ``denied`` fail as chmod 000 does (root reads any folder, so chmod cannot)."""
    original = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_last_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(f"date 2022-02-24\n\n{ATTACK}\n")
    (tmp_path / "z").mkdir()
    _deny_listing(monkeypatch, tmp_path / "z")
    items = read_all(tmp_path)
    assert len(articles(items)) == 1
    [error] = errors(items)
    assert error.location == str(tmp_path / "z")
    assert error.problem == "cannot list the directory: permission denied"


def test_an_unreadable_top_folder_is_permission_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "x.txt").write_text(f"date 2022-02-24\n\n{ATTACK}\n")
    _deny_listing(monkeypatch, tmp_path)
    [error] = read_all(tmp_path)
    assert isinstance(error, InputError)
    assert error.problem == "cannot list the directory: permission denied"


# --- 7. a CSV quote never closed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "ids", "error_lines"),
    [
        ('id,text\nc1,"never closed\nc2,second\n', ["c2"], [2]),
        ('id,text\nc1,fine\nc2,"open at the end', ["c1"], [3]),
        # the csv module closes a quote at the next one (and keeps what follows): not unclosed
        ('id,text\nc1,"one\nc2,"two\nc3,three\n', ["c1", "c3"], []),
        ('id,text\nc1,"closed\nacross lines"\nc2,x\n', ["c1", "c2"], []),  # multi-line field: fine
        ('id,text\nc1,"He said ""no"""\n', ["c1"], []),
    ],
)
def test_a_quote_never_closed_is_reported_and_the_rows_after_it_are_read(
    tmp_path: Path, content: str, ids: list[str], error_lines: list[int]
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(content)
    items = read_all(path)
    assert [a.id for a in articles(items)] == ids
    assert [e.location for e in errors(items)] == [f"{path}:{n}" for n in error_lines]
    assert all(isinstance(e, ArticleError) and "never closed" in e.problem for e in errors(items))


def test_a_csv_with_only_a_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,text\n")
    [error] = read_all(path)
    assert isinstance(error, InputError) and error.problem == "no rows after the header row"


# --- 8. the per-article budget -------------------------------------------------------------------------

PARAGRAPH = "Russia attacked Ukraine on Monday, officials said.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "short",
        PARAGRAPH * 40,
        "x" * 1000,
        "One. Two! Three? " * 100,
        "line\n" * 300,
        ("word " * 30 + "\n\n") * 20,
    ],
)
@pytest.mark.parametrize("size", [50, 137, 1000])
def test_chunks_cover_the_text_in_order_and_are_never_too_long(text: str, size: int) -> None:
    spans = chunk_spans(text, size)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(0 < b - a <= size for a, b in spans) or spans == [(0, 0)]


@pytest.mark.parametrize("size", [120, 500, 1000])
def test_chunks_end_at_paragraphs_when_paragraphs_fit(size: int) -> None:
    text = PARAGRAPH * 40
    spans = chunk_spans(text, size)
    assert len(spans) > 1
    assert all(text[:end].endswith("\n\n") for _, end in spans)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("a " + "!" * 12 + " b", [(2, 14)]),
        ("!" * 10, []),  # exactly the limit: not a long run
        ("!" * 11, [(0, 11)]),
        ("x\t" + "y" * 11 + "\n" + "z" * 25, [(2, 13), (14, 39)]),
    ],
)
def test_long_runs_and_their_pieces(text: str, runs: list[tuple[int, int]]) -> None:
    assert long_runs(text, 10) == runs
    pieces = token_pieces(text, 10)
    assert "".join(text[a:b] for a, b, _ in pieces) == text
    assert not any(long_runs(text[a:b], 10) for a, b, _ in pieces)
    # the cuts of each run, and only those, become single tokens
    assert [(a, b) for a, b, run in pieces if run] == [
        (cut, min(cut + 10, end)) for start, end in runs for cut in range(start, end, 10)
    ]


def test_a_long_punctuation_run_is_tokenized_in_pieces_with_the_text_unchanged() -> None:
    nlp = stub_nlp()
    text = f"{ATTACK} " + "!?.,;:" * 2_000 + " and (((((" + "(" * 500
    doc = prepare_doc(nlp, text, max_token_chars=200)
    assert doc.text == text
    assert max(len(token.text) for token in doc) <= 200
    assert len(doc) < 100  # 12,000 + 500 characters of runs in tokens of 200, not one per character
    assert [t.text for t in doc[:6]] == ["Russia", "attacked", "Ukraine", "on", "Monday", "."]


def test_chunks_hold_at_most_a_fifth_of_their_characters_in_tokens() -> None:
    dense = "!?.,;: " * 1_000  # six tokens in seven characters
    spans = chunk_spans(dense, 1_000)
    assert all(len(re.findall(r"\S", dense[a:b])) <= 200 for a, b in spans)
    assert "".join(dense[a:b] for a, b in spans) == dense
    prose = PARAGRAPH * 100  # about 5.7 characters a token: the characters bind first
    assert all(b - a > 800 for a, b in chunk_spans(prose, 1_000)[:-1])


def _chunked_settings(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, chunk_chars=120, **changes)


def test_a_long_article_is_coded_in_chunks_with_offsets_into_the_whole_text(settings: Settings) -> None:
    text = "Intro.\n\n" + PARAGRAPH * 9
    article = Article(id="long", text=text, date=dt.date(2022, 2, 24))
    chunked = Extractor(_chunked_settings(settings), nlp=stub_nlp())
    result = chunked.extract_one(article)
    assert len(chunk_spans(text, 120)) > 3 and not result.failed
    # the stub codes the first "Russia attacked Ukraine" of each chunk it reads
    mention = "Russia attacked Ukraine"
    expected = [a + text[a:b].find(mention) for a, b in chunk_spans(text, 120) if mention in text[a:b]]
    assert [event.span[0] for event in result.events] == expected
    for event in result.events:
        assert text[event.span[0] : event.span[1]] == "Russia attacked Ukraine"
        assert text[event.source.span[0] : event.source.span[1]] == "Russia"
        assert event.id == event_id("long", event.span, "190", "RUS", "UKR")
    assert len({event.id for event in result.events}) == len(result.events)
    [whole] = Extractor(settings, nlp=stub_nlp()).extract([Ingested(article)])
    assert whole.events[0] == result.events[0]  # the first chunk codes as the whole article did


def test_merging_one_part_changes_nothing() -> None:
    article = Article(id="a", text=ATTACK)
    part = ArticleResult(article=article, noise=((0, 2),), errors=(StageError("x", "y"),))
    assert merged(article, [(0, part)], [StageError("x", "y")]) == part


def test_an_article_over_its_time_budget_fails_is_not_stored_and_is_retried(
    tmp_path: Path, settings: Settings, store: Store
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(f"date 2022-02-24\n\n{ATTACK}\n")
    (folder / "slow.txt").write_text("date 2022-02-24\n\n" + PARAGRAPH * 9)
    budget = _chunked_settings(settings, article_timeout=1e-9)  # any article longer than a chunk runs over
    summary = run_corpus([str(folder)], budget, store, extractor=Extractor(budget, nlp=stub_nlp()))
    assert (summary.stored, summary.failed) == (1, True)
    [line] = summary.failed_articles
    assert line.startswith(f"{folder / 'slow.txt'} (in/slow): budget: coding took longer than")
    assert "--article-timeout" in line
    counts = _counts(store)
    assert counts["articles"] == 1 and counts["ingest_errors"] == 1
    again = run_corpus([str(folder)], budget, store, extractor=Extractor(budget, nlp=stub_nlp()))
    assert (again.stored, again.duplicates, len(again.failed_articles)) == (0, 1, 1)
    assert _counts(store) == counts
    relaxed = _chunked_settings(settings)
    last = run_corpus([str(folder)], relaxed, store, extractor=Extractor(relaxed, nlp=stub_nlp()))
    assert (last.stored, last.failed) == (1, False)


def test_an_article_over_its_time_budget_is_an_error_line_in_extract(
    settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "slow.txt").write_text("date 2022-02-24\n\n" + PARAGRAPH * 9)
    budget = _chunked_settings(settings, article_timeout=1e-9)
    [item] = extract_paths([str(tmp_path)], budget, extractor=Extractor(budget, nlp=stub_nlp()))
    assert isinstance(item, ArticleError) and "budget: coding took longer" in item.problem


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("CLIO_MAX_TOKEN_CHARS", "0", "must be positive"),
        ("CLIO_CHUNK_CHARS", "lots", "whole number"),
        ("CLIO_ARTICLE_TIMEOUT", "-5", "must be positive"),
        ("CLIO_ARTICLE_TIMEOUT", "soon", "number of seconds"),
    ],
)
def test_budget_settings_are_validated(variable: str, value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env({variable: value})


def test_budget_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {"CLIO_MAX_TOKEN_CHARS": "80", "CLIO_CHUNK_CHARS": "5000", "CLIO_ARTICLE_TIMEOUT": "2.5"}
    )
    assert (settings.max_token_chars, settings.chunk_chars, settings.article_timeout) == (80, 5000, 2.5)


# --- 9. POST /api/articles dedupes and keeps MinHash signatures ----------------------------------------


def test_posted_duplicates_are_skipped_and_signatures_kept(tmp_path: Path) -> None:
    opened = api_corpus.build(f"sqlite:///{tmp_path / 'api.db'}")
    settings = Settings(db_url=str(opened.engine.url))
    client = TestClient(
        create_app(
            settings,
            engine=opened.engine,
            extractor_factory=lambda: Extractor(settings, nlp=stub_nlp()),
            api_token=TOKEN,
        ),
        raise_server_exceptions=False,
    )
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "Russia attacked Ukraine near Kharkiv on Monday, the governor of the region said in a statement."
    first = client.post(
        "/api/articles", json=[{"id": "p1", "text": text}, {"id": "p2", "text": text}], headers=auth
    )
    assert first.status_code == 201, first.text
    assert [a["id"] for a in first.json()["articles"]] == ["p1"]
    assert first.json()["duplicates"] == ["p2"]
    again = client.post("/api/articles", json={"id": "p3", "text": text + " (Updated)"}, headers=auth)
    assert again.json()["articles"] == [] and again.json()["duplicates"] == ["p3"]  # a near-duplicate
    with opened.engine.connect() as connection:
        bands = connection.scalar(
            select(func.count())
            .select_from(schema.minhash_bands)
            .where(schema.minhash_bands.c.article_id == "p1")
        )
    assert bands == 4
    # and a later run sees what the API stored
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "copy.txt").write_text(f"date 2022-02-24\n\n{text}\n")
    summary = run_corpus(
        [str(tmp_path / "in")], settings, opened, extractor=Extractor(settings, nlp=stub_nlp())
    )
    assert (summary.stored, summary.duplicates) == (0, 1)
    opened.close()


@pytest.mark.parametrize(
    "record",
    [
        {"id": "d1", "date": OVERFLOWING_DATES[0], "text": ATTACK},
        {"id": "d2", "date": OVERFLOWING_DATES[1], "text": ATTACK + " Again."},
        {"id": "s\ud800", "text": "Lone \ud800 surrogate, and a NUL \x00."},
    ],
)
def test_hostile_posted_articles_are_stored(api: TestClient, record: dict[str, str]) -> None:
    body = json.dumps(record).encode("utf-8")  # json escapes the surrogate as \ud800
    response = api.post(
        "/api/articles",
        content=body,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    assert response.status_code == 201, response.text
    [stored] = response.json()["articles"]
    assert stored["id"] == storable(record["id"])[0]


# --- the general rule: storing --------------------------------------------------------------------------


def _result(article_id: str, text: str = ATTACK) -> ArticleResult:
    return ArticleResult(article=Article(id=article_id, text=text, date=dt.date(2022, 2, 24)))


def _refused(article_id: str) -> ArticleResult:
    """A result the database refuses: its event lacks the NOT NULL cameo_root."""
    coded = Extractor(Settings(), nlp=stub_nlp()).extract_one(
        Article(id=article_id, text=f"Refused. {ATTACK}", date=dt.date(2022, 2, 24))
    )
    broken = dataclasses.replace(coded.events[0], cameo_root=None)  # type: ignore[arg-type]
    return coded.replace(events=(broken,))


def test_an_article_the_database_refuses_is_reported_and_the_others_are_stored(store: Store) -> None:
    rows = write_batch(store, [_result("a"), _refused("bad"), _result("b", "Another text.")], minhashes={})
    assert [(r.article_id, r.stage) for r in rows] == [("bad", "store")]
    assert "not stored" in rows[0].message and len(rows[0].message) < 400
    counts = _counts(store)
    assert counts["articles"] == 2 and counts["ingest_errors"] == 1


def test_a_failing_database_still_stops_the_run(tmp_path: Path) -> None:
    from clio.errors import StoreError

    store = Store.open(f"sqlite:///{tmp_path / 'gone.db'}")
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE ingest_errors")
    with pytest.raises(StoreError):
        write_batch(store, [_refused("x")], minhashes={})
    store.close()


def test_store_batches_counts_only_what_was_stored(store: Store) -> None:
    from clio.pipeline import ExtractedBatch, PendingBatch

    batch = PendingBatch(items=[], signatures={}, input_errors=[], duplicates=0, read=2)
    summary = store_batches([ExtractedBatch(batch, [_result("ok"), _refused("bad")])], store)
    assert summary.stored == 1 and summary.failed
    assert summary.failed_articles[0].startswith("bad (bad): store: the database refused the article")
