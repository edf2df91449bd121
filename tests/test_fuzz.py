"""The fuzzing harness (issue 16): hostile generated input through every layer that reads it.

Briefly in `make test`, at length in `make fuzz` (see tests/fuzzing.py and docs/reliability.md).
Each property is what the rest of Clio relies on: nothing raises, every article read can be
hashed, stored and printed as UTF-8, every span points into the text as ingested, and no API
route answers 5xx.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import string
import tempfile
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from clio.api import create_app
from clio.errors import InputError
from clio.pipeline import Extractor, extract_paths, run_corpus
from clio.readers import Ingested, read_inputs
from clio.readers.base import MAX_ID_CHARS, storable
from clio.readers.dates import parse_date
from clio.readers.text import article_from_text, split_header
from clio.records import ArticleResult
from clio.settings import Settings
from clio.store import Store
from tests import api_corpus
from tests.fuzzing import (
    FUZZ,
    FUZZ_MODEL,
    HOSTILE_PIECES,
    any_character,
    date_strings,
    hostile_text,
    storable_text,
)
from tests.stub_pipeline import stub_nlp

MAX_CHARS = 50_000


def assert_storable(item: Ingested | InputError) -> None:
    """What the store, the hash and the printer need: strict UTF-8 everywhere, fields that fit."""
    if isinstance(item, InputError):
        str(item).encode("utf-8")
        return
    article = item.article
    for value in (article.id, article.text, article.title, article.source, article.url, article.path):
        if value is not None:
            assert storable(value)[1] == [], value
            value.encode("utf-8")
    assert article.text.strip() and len(article.text) <= MAX_CHARS
    assert len(article.id) <= MAX_ID_CHARS
    for warning in item.warnings:
        warning.encode("utf-8")


def read_folder(folder: Path) -> list[Ingested | InputError]:
    items = list(read_inputs([str(folder)], max_chars=MAX_CHARS))
    for item in items:
        assert_storable(item)
    return items


# --- dates and the text header ---------------------------------------------------------------------


@FUZZ
@given(value=date_strings())
def test_the_date_parser_never_raises(value: str) -> None:
    parsed = parse_date(value)
    assert parsed is None or isinstance(parsed, dt.date)


@FUZZ
@given(value=date_strings(), body=hostile_text())
def test_a_text_header_never_stops_an_article_and_the_body_is_verbatim(value: str, body: str) -> None:
    text = f"date {value}\ntitle {value}\n\n{body}"
    parsed = split_header(text)
    assert text.endswith(parsed.body)
    item = article_from_text(text, label="f.txt", default_id="f", path="f.txt", max_chars=MAX_CHARS)
    assert_storable(item)
    if isinstance(item, Ingested):  # replaced characters are one for one: offsets unchanged
        assert len(item.article.text) == len(parsed.body)


# --- readers on whole files ------------------------------------------------------------------------

SUFFIXES = (".txt", "", ".jsonl", ".csv", ".html")
file_names = st.one_of(
    st.text(any_character.filter(lambda c: c not in "/\x00"), min_size=1, max_size=30),
    st.binary(min_size=1, max_size=20).map(
        lambda b: os.fsdecode(b.replace(b"/", b"_").replace(b"\x00", b"_"))
    ),
).filter(lambda name: name not in (".", "..") and not name.startswith("."))


@FUZZ
@given(
    files=st.lists(st.tuples(file_names, st.sampled_from(SUFFIXES), hostile_text()), min_size=1, max_size=4)
)
def test_readers_never_raise_and_every_article_is_storable(files: list[tuple[str, str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, suffix, content in files:
            try:
                (Path(folder) / f"{name}{suffix}").write_bytes(content.encode("utf-8", "surrogatepass"))
            except (OSError, UnicodeEncodeError):  # a name the file system refuses: not our input
                continue
        read_folder(Path(folder))


# --- JSON Lines ---------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text(max_pieces=6),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {"text": hostile_text()},
    optional={
        "id": st.one_of(hostile_text(max_pieces=3), st.integers(), json_values),
        "date": st.one_of(date_strings(), json_values),
        "title": st.one_of(hostile_text(max_pieces=5), json_values),
        "source": hostile_text(max_pieces=3),
        "url": hostile_text(max_pieces=3),
    },
)


@FUZZ
@given(rows=st.lists(records, min_size=1, max_size=6), ascii_only=st.booleans())
def test_json_lines_give_one_result_per_line_and_keep_the_text(
    rows: list[dict[str, object]], ascii_only: bool
) -> None:
    lines = [json.dumps(row, ensure_ascii=ascii_only) for row in rows]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.jsonl"
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
        items = read_folder(Path(folder))
    if not ascii_only and any(storable(line)[1] for line in lines):
        return  # raw surrogates are invalid UTF-8 in the file: their lines are reported, checked above
    assert len(items) == len(rows)
    for number, (row, item) in enumerate(zip(rows, items, strict=True), start=1):
        if isinstance(item, Ingested):
            assert item.article.text == storable(str(row["text"]))[0]
        else:
            assert item.location.endswith(f"f.jsonl:{number}")


# --- CSV ------------------------------------------------------------------------------------------------

csv_cells = storable_text(max_pieces=12).map(lambda s: s.replace("\x00", " "))


@FUZZ
@given(
    rows=st.lists(st.tuples(st.text(string.ascii_letters, max_size=8), csv_cells), min_size=1, max_size=6),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_csv_written_by_the_csv_module_reads_back_cell_for_cell(
    rows: list[tuple[str, str]], delimiter: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "f.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="")
        items = read_folder(Path(folder))
    texts = [i.article.text if isinstance(i, Ingested) else None for i in items]
    expected = [text if text.strip() else None for key, text in rows if key.strip() or text.strip()]
    assert texts == expected  # every row read back, and a row without text reported


# --- the extract path, end to end, on generated text -----------------------------------------------------


def _valid_spans(result: ArticleResult) -> None:
    text = result.article.text
    mentions = [*result.actors, *result.timexes, *result.quotes, *result.locations]
    for event in result.events:
        if event.section == "text":
            mentions.append(event.source)
            assert 0 <= event.span[0] <= event.span[1] <= len(text)
    for mention in mentions:
        start, end = mention.span
        assert text[start:end] == mention.text, (mention, text[start:end])
    for start, end in result.noise:
        assert 0 <= start <= end <= len(text)


@FUZZ
@given(texts=st.lists(hostile_text(), min_size=1, max_size=5))
def test_the_whole_run_on_generated_articles_stores_prints_and_reruns(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "in"
        corpus.mkdir()
        lines = [json.dumps({"id": f"a{i}", "date": "2024-03-04", "text": t}) for i, t in enumerate(texts)]
        (corpus / "f.jsonl").write_text("\n".join(lines) + "\n")
        settings = Settings(db_url=f"sqlite:///{folder}/clio.db", max_chars=MAX_CHARS, chunk_chars=700)
        store = Store.open(settings.db_url)
        extractor = Extractor(settings, nlp=stub_nlp())
        first = run_corpus([str(corpus)], settings, store, extractor=extractor)
        assert not first.failed_articles
        assert first.stored + first.duplicates + len(first.input_errors) == len(texts)
        counts = store.counts()
        again = run_corpus([str(corpus)], settings, store, extractor=extractor)
        assert again.stored == 0 and store.counts() == counts
        store.close()
        for item in extract_paths([str(corpus)], settings, extractor=extractor):
            if isinstance(item, ArticleResult):
                _valid_spans(item)
                json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.mark.slow
@FUZZ_MODEL
@given(text=hostile_text(min_pieces=20, max_pieces=80))
def test_the_real_pipeline_on_generated_text_fails_no_stage_and_keeps_offsets(
    nlp: Language, text: str
) -> None:
    settings = Settings(chunk_chars=2_000)
    item = next(iter(read_inputs_from_text(text)), None)
    if not isinstance(item, Ingested):
        return  # no text, or nothing but space: reported by the reader
    result = Extractor(settings, nlp=nlp).extract_one(item.article, item.warnings)
    assert not result.failed, result.errors
    crashed = [e for e in result.errors if e.stage not in ("reader", "tokenizer", "title")]
    assert not crashed, crashed
    _valid_spans(result)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")


def read_inputs_from_text(text: str) -> Iterator[Ingested | InputError]:
    record = json.dumps({"id": "fuzz", "date": "2024-03-04", "text": text})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.jsonl"
        path.write_text(record + "\n")
        yield from list(read_inputs([str(path)], max_chars=MAX_CHARS))


# --- API query parameters and paths -----------------------------------------------------------------------

ROUTES = (
    "/api/events",
    "/api/timeline",
    "/api/network",
    "/api/map",
    "/api/actors",
    "/api/stats",
    "/api/dyads/RUS/UKR/series",
    "/",
)
PATH_ROUTES = ("/api/events/{}", "/api/articles/{}", "/articles/{}", "/events/{}", "/api/dyads/{}/{}/series")
KEYS = (
    "source",
    "target",
    "actor",
    "actor_name",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "since",
    "until",
    "q",
    "article_id",
    "limit",
    "sort",
    "cursor",
    "format",
    "interval",
    "by",
    "event",
)
VALUES = (
    "",
    "RUS",
    "RUSMIL",
    "19",
    "04",
    "4",
    "0",
    "-1",
    "1e309",
    "nan",
    "9999-12-31",
    "0001-01-01",
    "2024-02-30",
    "day",
    "week",
    "month",
    "csv",
    "jsonl",
    "parquet",
    "code",
    "country",
    "date",
    "-date",
    "%",
    "_",
    "WyI5OTk5LTEyLTMxIiwiXHUwMDAwIl0",
    *HOSTILE_PIECES,
)


def _quote(value: str) -> str:
    return urllib.parse.quote(value.encode("utf-8", "surrogatepass"), safe="")


query_values = st.one_of(st.sampled_from(VALUES), st.text(any_character, max_size=20), st.integers().map(str))
query_strings = st.one_of(
    st.lists(st.tuples(st.sampled_from(KEYS), query_values), max_size=5).map(
        lambda pairs: "&".join(f"{_quote(k)}={_quote(v)}" for k, v in pairs)
    ),
    st.text(alphabet="%&=;+?#/0123456789abcdefABCDEF", max_size=30),
)


@pytest.fixture(scope="module")
def api() -> Iterator[TestClient]:
    with tempfile.TemporaryDirectory() as folder:
        store = api_corpus.build(f"sqlite:///{folder}/api.db")
        app = create_app(Settings(db_url=str(store.engine.url)), engine=store.engine, api_token="t")
        yield TestClient(app, raise_server_exceptions=False)
        store.close()


def _no_server_error(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"accept": "text/html,application/json"})
    assert response.status_code < 500, (url, response.status_code, response.text[:300])


@FUZZ
@given(route=st.sampled_from(ROUTES), query=query_strings)
def test_no_route_answers_5xx_to_any_query_string(api: TestClient, route: str, query: str) -> None:
    _no_server_error(api, f"{route}?{query}")


@FUZZ
@given(route=st.sampled_from(PATH_ROUTES), a=query_values, b=query_values, query=query_strings)
def test_no_route_answers_5xx_to_any_path_parameter(
    api: TestClient, route: str, a: str, b: str, query: str
) -> None:
    _no_server_error(api, route.format(_quote(a) or "x", _quote(b) or "y") + f"?{query}")
