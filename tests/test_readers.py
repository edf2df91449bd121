"""Readers: every format, path forms, stdin, ids, dates, and every bad input of issue 2 item 9."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from clio.errors import ArticleError, InputError
from clio.readers import Ingested, read_inputs, sample_corpus_path
from clio.readers.dates import parse_date
from clio.readers.text import split_header

D = dt.date


def read_all(paths: list[str], **kwargs: object) -> list[Ingested | InputError]:
    return list(read_inputs(paths, **kwargs))  # type: ignore[arg-type]


def only_articles(items: list[Ingested | InputError]) -> list[Ingested]:
    return [item for item in items if isinstance(item, Ingested)]


def only_errors(items: list[Ingested | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


# --- dates -----------------------------------------------------------------------------------

DATE_CASES = [
    ("2021-12-16", D(2021, 12, 16)),
    ("  2021-12-16  ", D(2021, 12, 16)),
    ("2021-12-16T10:00:00+02:00", D(2021, 12, 16)),
    ("2021-12-16 10:00:00Z", D(2021, 12, 16)),
    ("2021-12-16T23:30:00-05:00", D(2021, 12, 16)),  # the local date as written, not UTC
    ("2021-12-16T10:00:00", D(2021, 12, 16)),
    ("16 December 2021", D(2021, 12, 16)),
    ("December 16, 2021", D(2021, 12, 16)),
    ("Thu, 16 Dec 2021 10:00:00 +0200", D(2021, 12, 16)),
    ("yesterday", None),
    ("2021-12", None),
    ("2021", None),
    ("2021-02-30", None),
    ("16/12/2021", None),  # day-month order is ambiguous: not guessed
    ("", None),
]


@pytest.mark.parametrize(("value", "expected"), DATE_CASES)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


# --- text with header ------------------------------------------------------------------------

HEADER_CASES = [
    # (file content, header, body)
    ("date 2021-12-16\ntitle Talks\n\nBody.\n", {"date": "2021-12-16", "title": "Talks"}, "Body.\n"),
    ("  date 2021-12-16\n   source  Wire  \n\nBody.", {"date": "2021-12-16", "source": "Wire"}, "Body."),
    (
        "\n\nDATE 2021-12-16\nTitle: A: B\n\n\n  Body\n\nMore.",
        {"date": "2021-12-16", "title": "A: B"},
        "  Body\n\nMore.",
    ),
    ("date 2021-12-16\r\nid a-1\r\n\r\nBody\r\n", {"date": "2021-12-16", "id": "a-1"}, "Body\r\n"),
    ("date 2021-12-16\nBody right after.\n", {"date": "2021-12-16"}, "Body right after.\n"),
    ("Source of the dispute was a bridge.\nMore.", {}, "Source of the dispute was a bridge.\nMore."),
    ("Plain body only.\n", {}, "Plain body only.\n"),
    ("date 2021-12-16\ndate 2020-01-01\n\nB", {"date": "2021-12-16"}, "B"),
    (
        "url https://example.org/a?b=1\ndate 2021-12-16\n\nB",
        {"url": "https://example.org/a?b=1", "date": "2021-12-16"},
        "B",
    ),
]


@pytest.mark.parametrize(("content", "header", "body"), HEADER_CASES)
def test_split_header(content: str, header: dict[str, str], body: str) -> None:
    parsed = split_header(content)
    assert parsed.header == header
    assert parsed.body == body
    assert content.endswith(parsed.body)  # the body is verbatim: offsets point into the file


def test_text_file_fields_and_body_only(tmp_path: Path) -> None:
    path = write(
        tmp_path / "news" / "a1.txt",
        " date 2021-12-16\ntitle Talks resume\nsource Example Wire\nurl https://example.org/1\n\n"
        "GENEVA - Ministers met on Wednesday.\n\nThey will meet again next week.\n",
    )
    [item] = read_all([str(path)])
    assert isinstance(item, Ingested)
    article = item.article
    assert article.text == "GENEVA - Ministers met on Wednesday.\n\nThey will meet again next week.\n"
    assert (article.id, article.date, article.title, article.source, article.url) == (
        "a1",
        D(2021, 12, 16),
        "Talks resume",
        "Example Wire",
        "https://example.org/1",
    )
    assert article.path == str(path)
    assert item.warnings == ()


@pytest.mark.parametrize(
    ("header", "expected_date", "warning_part"),
    [
        ("date yesterday\n", None, "a.txt:1: no usable date ('yesterday'); relative dates stay unresolved"),
        ("title T\ndate 2021-13-45\n", None, "a.txt:2: no usable date ('2021-13-45')"),
        ("title T\n", None, "no 'date' header; relative dates stay unresolved"),
        ("", None, "no 'date' header"),
    ],
)
def test_text_without_usable_date_is_kept_with_a_warning(
    tmp_path: Path, header: str, expected_date: dt.date | None, warning_part: str
) -> None:
    path = write(tmp_path / "a.txt", header + "\nThe minister spoke on Wednesday.\n")
    [item] = read_all([str(path)])
    assert isinstance(item, Ingested)
    assert item.article.date == expected_date
    assert len(item.warnings) == 1
    assert warning_part in item.warnings[0]


def test_header_id_wins_over_path(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "id wire-42\ndate 2021-12-16\n\nBody.")
    [item] = read_all([str(path)])
    assert isinstance(item, Ingested)
    assert item.article.id == "wire-42"


# --- paths: directories, globs, ids ----------------------------------------------------------


def make_tree(root: Path) -> None:
    write(root / "corpus" / "b.txt", "date 2021-12-02\n\nB body.")
    write(root / "corpus" / "a.txt", "date 2021-12-01\n\nA body.")
    write(root / "corpus" / "sub" / "c.text", "date 2021-12-03\n\nC body.")
    write(root / "corpus" / "sub" / "notes", "date 2021-12-04\n\nD body.")
    write(root / "corpus" / ".hidden.txt", "date 2021-12-05\n\nHidden.")
    write(root / "corpus" / ".git" / "x.txt", "date 2021-12-06\n\nHidden dir.")
    write(root / "corpus" / "README.md", "not an article format")


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = read_all([str(tmp_path / "corpus")])
    assert not only_errors(items)
    ids = [item.article.id for item in only_articles(items)]
    assert ids == ["corpus/a", "corpus/b", "corpus/sub/c", "corpus/sub/notes"]


def test_ids_do_not_depend_on_how_the_directory_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    absolute = [i.article.id for i in only_articles(read_all([str(tmp_path / "corpus")]))]
    monkeypatch.chdir(tmp_path / "corpus")
    relative = [i.article.id for i in only_articles(read_all(["."]))]
    assert absolute == relative


def test_glob(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = read_all([str(tmp_path / "corpus" / "**" / "*.t*t")])
    assert [i.article.id for i in only_articles(items)] == ["a", "b", "sub/c"]
    assert not only_errors(items)


def test_glob_without_match(tmp_path: Path) -> None:
    [error] = read_all([str(tmp_path / "*.jsonl")])
    assert isinstance(error, InputError)
    assert error.location == str(tmp_path / "*.jsonl")
    assert "no files match" in error.problem
    assert error.hint


def test_paths_may_be_path_objects(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = list(read_inputs([tmp_path / "corpus" / "a.txt"]))  # type: ignore[list-item]
    assert [i.article.id for i in only_articles(items)] == ["a"]


def test_files_named_directly_with_the_same_name_keep_distinct_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "a" / "x.txt", "date 2021-12-01\n\nFirst body.")
    write(tmp_path / "b" / "x.txt", "date 2021-12-02\n\nSecond body.")
    write(tmp_path / "b" / "y.txt", "date 2021-12-03\n\nThird body.")
    monkeypatch.chdir(tmp_path)
    items = read_all(["a/x.txt", "b/x.txt", "b/y.txt"])
    assert [i.article.id for i in only_articles(items)] == ["x", "b/x", "y"]
    assert [i.article.text for i in only_articles(items)][:2] == ["First body.", "Second body."]


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    [error] = read_all([str(tmp_path / "empty")])
    assert isinstance(error, InputError)
    assert "no file Clio can read" in error.problem
    assert ".jsonl" in error.hint


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_reader(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {"id": "a1", "date": "2021-12-16", "text": "First.", "title": "T", "source": "S", "url": "U"}
        ),
        "",
        json.dumps({"id": 7, "date": "2021-12-16T10:00:00+02:00", "text": "Second."}),
        json.dumps({"date": "2021-12-17", "text": "No id."}),
        json.dumps({"id": "a4", "text": "No date."}),
        json.dumps({"id": "a5", "date": None, "text": "Null date.", "title": None}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read_all([str(path)])
    assert not only_errors(items)
    articles = [i.article for i in only_articles(items)]
    assert [(a.id, a.date, a.text) for a in articles] == [
        ("a1", D(2021, 12, 16), "First."),
        ("7", D(2021, 12, 16), "Second."),
        ("feed:4", D(2021, 12, 17), "No id."),
        ("a4", None, "No date."),
        ("a5", None, "Null date."),
    ]
    assert (articles[0].title, articles[0].source, articles[0].url) == ("T", "S", "U")
    warnings = [i.warnings for i in only_articles(items)]
    assert warnings[3] == (f"{path}:5: no date; relative dates stay unresolved",)


JSONL_BAD_LINES = [
    # (line, problem fragment)
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object, got list"),
    ('"text"', "expected a JSON object, got str"),
    ('{"id": "x"}', "no 'text' field"),
    ('{"text": ""}', "no 'text' field"),
    ('{"text": 5}', "'text' must be a string, not a number"),
    ('{"text": "t", "id": [1]}', "'id' must be a string or integer"),
    ('{"text": "t", "title": {"a": 1}}', "'title' must be a string, not an object"),
    ("[" * 100_000, "invalid JSON"),
    ('{"text": "t", "n": ' + "9" * 5000 + "}", "invalid JSON"),
]


@pytest.mark.parametrize(("line", "problem"), JSONL_BAD_LINES)
def test_jsonl_bad_line_is_reported_and_reading_goes_on(tmp_path: Path, line: str, problem: str) -> None:
    good = json.dumps({"id": "ok", "date": "2021-12-16", "text": "Fine."})
    path = write(tmp_path / "f.jsonl", f"{good}\n{line}\n{good}\n")
    items = read_all([str(path)])
    assert [type(i) for i in items] == [Ingested, type(items[1]), Ingested]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.location == f"{path}:2"
    assert problem in error.problem
    assert error.hint


def test_pretty_printed_json_is_one_error_not_one_per_line(tmp_path: Path) -> None:
    records = [{"id": str(i), "date": "2021-12-16", "text": "Body."} for i in range(20)]
    path = write(tmp_path / "array.jsonl", json.dumps(records, indent=2))
    items = read_all([str(path)])
    assert len(items) == 20  # 19 line errors, then one for the file
    last = items[-1]
    assert isinstance(last, InputError)
    assert last.location == str(path)
    assert "not a JSON Lines file" in last.problem
    assert "jq" in last.hint


def test_bad_lines_after_good_ones_never_stop_the_file(tmp_path: Path) -> None:
    good = json.dumps({"text": "Fine.", "date": "2021-12-16"})
    path = write(tmp_path / "f.jsonl", "\n".join([good] + ["{bad"] * 30 + [good]) + "\n")
    items = read_all([str(path)])
    assert len(items) == 32
    assert isinstance(items[-1], Ingested)


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    good = json.dumps({"text": "Fine.", "date": "2021-12-16"}).encode()
    path = write(tmp_path / "f.jsonl", good + b"\n" + b'{"text": "caf\xe9"}\n' + good + b"\n")
    items = read_all([str(path)])
    assert [type(i) for i in items] == [Ingested, InputError, Ingested]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.location == f"{path}:2"
    assert f"at byte offset {len(good) + 1 + 13}" in error.problem
    assert "UTF-8" in error.hint


# --- CSV -------------------------------------------------------------------------------------


def test_csv_reader(tmp_path: Path) -> None:
    path = write(
        tmp_path / "t.csv",
        'ID,Date,Text,Title\na1,2021-12-16,"Multi-line\nbody, with comma",T\n'
        ",2021-12-17,No id.,\n\nb2,,No date,\n",
    )
    items = read_all([str(path)])
    assert not only_errors(items)
    assert [
        (i.article.id, i.article.date, i.article.text, i.article.title) for i in only_articles(items)
    ] == [
        ("a1", D(2021, 12, 16), "Multi-line\nbody, with comma", "T"),
        ("t:4", D(2021, 12, 17), "No id.", None),
        ("b2", None, "No date", None),
    ]
    assert only_articles(items)[2].warnings == (f"{path}:6: no date; relative dates stay unresolved",)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiter_is_taken_from_the_header(tmp_path: Path, delimiter: str) -> None:
    rows = [["id", "date", "text"], ["a1", "2021-12-16", "Talks, then a deal; maybe."]]
    content = "\n".join(delimiter.join(f'"{cell}"' for cell in row) for row in rows) + "\n"
    [item] = read_all([str(write(tmp_path / "t.csv", content))])
    assert isinstance(item, Ingested)
    assert (item.article.id, item.article.text) == ("a1", "Talks, then a deal; maybe.")


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "id,date,body\n1,2021-12-16,Hello\n")
    [error] = read_all([str(path)])
    assert isinstance(error, InputError)
    assert error.location == str(path)
    assert "'id', 'date', 'body'" in error.problem
    assert "needs 'text'" in error.problem
    assert "'text'" in error.hint


def test_csv_row_with_invalid_utf8_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", b"id,text\n1,ok\n2,caf\xe9\n3,fine\n")
    items = read_all([str(path)])
    assert [type(i) for i in items] == [Ingested, ArticleError, Ingested]
    assert items[1].location == f"{path}:3"  # type: ignore[union-attr]


def test_csv_field_over_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", "id,text\n1,ok\n2," + "x" * 200 + "\n3,fine\n")
    items = read_all([str(path)], max_chars=50)
    assert [type(i) for i in items] == [Ingested, ArticleError, Ingested]
    error = items[1]
    assert isinstance(error, ArticleError)
    assert error.location == f"{path}:3"
    assert "200 characters long, over the limit of 50" in error.problem
    assert "--max-chars" in error.hint


# --- HTML ------------------------------------------------------------------------------------

HTML_PAGE = """<html><head><title>Talks resume in Geneva</title>
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.org/a/1">
<meta name="date" content="2021-12-16"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks resume in Geneva</h1>
<p>The foreign ministers of Armenia and Azerbaijan met in Geneva on Wednesday, officials said,
and agreed to meet again next week to discuss the border.</p>
<p>The talks lasted several hours and ended without a joint statement, a spokesman said.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_reader(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML_PAGE)
    [item] = read_all([str(path)])
    assert isinstance(item, Ingested)
    article = item.article
    assert "met in Geneva on Wednesday" in article.text
    assert "Copyright" not in article.text
    assert (article.id, article.date, article.title) == ("page", D(2021, 12, 16), "Talks resume in Geneva")
    assert (article.source, article.url) == ("Example News", "https://example.org/a/1")


def test_html_without_article_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "page.htm",
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
    )
    [error] = read_all([str(path)])
    assert isinstance(error, InputError)
    assert error.location == str(path)
    assert "no article text" in error.problem


# --- stdin -----------------------------------------------------------------------------------


@pytest.mark.parametrize("as_bytes", [False, True])
def test_stdin_json_lines(as_bytes: bool) -> None:
    content = '\n  {"id": "s1", "date": "2021-12-16", "text": "One."}\n{"text": "Two."}\n{bad\n'
    stream: io.StringIO | io.BytesIO = io.BytesIO(content.encode()) if as_bytes else io.StringIO(content)
    items = read_all(["-"], stdin=stream)
    assert [type(i) for i in items] == [Ingested, Ingested, InputError]
    first, second, error = items
    assert isinstance(first, Ingested) and isinstance(second, Ingested) and isinstance(error, InputError)
    assert first.article.id == "s1"
    assert second.article.id.startswith("stdin-")  # stable: a hash of the record
    assert error.location == "<stdin>:4"


def test_stdin_single_text_article() -> None:
    stream = io.StringIO("date 2021-12-16\ntitle T\n\nThe body { with braces }.\n")
    [item] = read_all(["-"], stdin=stream)
    assert isinstance(item, Ingested)
    assert item.article.text == "The body { with braces }.\n"
    assert item.article.date == D(2021, 12, 16)
    assert item.article.path is None


def test_stdin_empty() -> None:
    [error] = read_all(["-"], stdin=io.StringIO("  \n\n"))
    assert isinstance(error, InputError)
    assert error.location == "<stdin>"


# --- bad input (issue 2, item 9): each reported with its location and a hint; the batch goes on


def bad_inputs(tmp_path: Path) -> list[tuple[str, str, str, str]]:
    """(path argument, expected location, problem fragment, hint fragment)."""
    cases = [
        (
            write(tmp_path / "latin1.txt", "date 2021-12-16\n\nCaf\xe9 talks.".encode("latin-1")),
            ":3",
            "invalid UTF-8",
            "UTF-8",
        ),
        (write(tmp_path / "empty.txt", b""), "", "empty file", "leave it out"),
        (write(tmp_path / "blank.jsonl", b"\n  \n"), "", "empty file", "leave it out"),
        (write(tmp_path / "blank.csv", b""), "", "empty file", "leave it out"),
        (write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "binary data", "binary"),
        (write(tmp_path / "utf16.jsonl", '{"text": "x"}'.encode("utf-16")), "", "binary data", "UTF-16"),
        (write(tmp_path / "bad.jsonl", b"{oops\n"), ":1", "invalid JSON", "JSON object"),
        (write(tmp_path / "cols.csv", b"title,body\nA,B\n"), "", "needs 'text'", "'text'"),
        (write(tmp_path / "doc.pdf", b"%PDF-1.4"), "", "unsupported file type '.pdf'", ".jsonl"),
        (
            write(tmp_path / "head.txt", "date 2021-12-16\n\n  \n"),
            "",
            "no article text after the header",
            "body",
        ),
    ]
    out = [(str(path), str(path) + suffix, problem, hint) for path, suffix, problem, hint in cases]
    missing = str(tmp_path / "missing.txt")
    out.append((missing, missing, "no such file or directory", "check the path"))
    return out


def test_every_bad_input_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    cases = bad_inputs(tmp_path)
    good = write(tmp_path / "good.txt", "date 2021-12-16\n\nThe minister spoke.")
    arguments = []
    for argument, *_ in cases:
        arguments += [argument, str(good)]
    items = read_all(arguments)
    assert len(items) == 2 * len(cases)
    for (argument, location, problem, hint), error, ok in zip(cases, items[::2], items[1::2], strict=True):
        assert isinstance(error, InputError), argument
        assert error.location == location
        assert problem in error.problem, (argument, error.problem)
        assert hint in error.hint, (argument, error.hint)
        assert isinstance(ok, Ingested)


def test_article_over_max_chars(tmp_path: Path) -> None:
    long_text = write(tmp_path / "long.txt", "date 2021-12-16\n\n" + "word " * 30)
    huge_text = write(tmp_path / "huge.txt", "date 2021-12-16\n\n" + "x" * 100_000)
    lines = write(
        tmp_path / "long.jsonl",
        json.dumps({"id": "1", "text": "short"}) + "\n" + json.dumps({"id": "2", "text": "x" * 120}) + "\n",
    )
    items = read_all([str(long_text), str(huge_text), str(lines)], max_chars=100)
    assert [type(i) for i in items] == [ArticleError, ArticleError, Ingested, ArticleError]
    first, huge, _ok, jsonl = items
    assert (
        isinstance(first, ArticleError) and isinstance(huge, ArticleError) and isinstance(jsonl, ArticleError)
    )
    assert first.location == str(long_text)
    assert first.problem == "article is 150 characters long, over the limit of 100"
    assert "--max-chars" in first.hint
    assert "too large for one article of at most 100 characters" in huge.problem
    assert jsonl.location == f"{lines}:2"
    assert "120 characters long" in jsonl.problem


def test_overlong_jsonl_line_is_skipped_without_being_held(tmp_path: Path) -> None:
    path = write(
        tmp_path / "f.jsonl",
        '{"text": "' + "x" * 3_000_000 + '"}\n' + json.dumps({"id": "after", "text": "ok"}) + "\n",
    )
    items = read_all([str(path)], max_chars=10)
    assert [type(i) for i in items] == [ArticleError, Ingested]
    assert items[0].location == f"{path}:1"  # type: ignore[union-attr]
    assert "line is longer than" in items[0].problem  # type: ignore[union-attr]
    assert items[1].article.id == "after"  # type: ignore[union-attr]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "date 2021-12-16\n\nBody.")
    good = write(tmp_path / "good.txt", "date 2021-12-16\n\nBody.")
    original_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    error, ok = read_all([str(path), str(good)])
    assert isinstance(error, InputError)
    assert error.location == str(path)
    assert error.problem == "permission denied"
    assert "chmod" in error.hint
    assert isinstance(ok, Ingested)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.jsonl", '{"text": "x"}\n')
    path.chmod(0)
    try:
        [error] = read_all([str(path)])
    finally:
        path.chmod(0o644)
    assert isinstance(error, InputError)
    assert error.problem == "permission denied"


def test_read_inputs_never_raises_on_a_mixed_batch(tmp_path: Path) -> None:
    for case in bad_inputs(tmp_path):
        assert read_all([case[0]])  # one result each, no exception


# --- the bundled sample corpus ---------------------------------------------------------------


def test_sample_corpus_reads_cleanly() -> None:
    root = sample_corpus_path()
    items = read_all([str(root)])
    assert not only_errors(items), only_errors(items)
    articles = only_articles(items)
    assert len(articles) >= 30
    for item in articles:
        assert item.warnings == (), item.article.id
        assert item.article.date is not None
        assert item.article.title and item.article.source
        words = len(item.article.text.split())
        assert 120 <= words <= 400, (item.article.id, words)
    assert len({item.article.id for item in articles}) == len(articles)
