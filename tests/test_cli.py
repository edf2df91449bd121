"""The command line end to end, with the real spaCy pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clio.readers import sample_corpus_path
from tests.test_records import CONTRACT

CLIO = [sys.executable, "-m", "clio.cli"]


def clio(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLIO, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=600)


def test_version() -> None:
    done = clio("--version")
    assert done.returncode == 0 and done.stdout.startswith("clio ")


@pytest.mark.parametrize("command", ["extract", "run", "events", "export", "eval"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    done = clio(command, "--help")
    assert done.returncode == 0
    assert "Example:" in done.stdout


def test_nonexistent_path_is_reported_without_a_traceback(tmp_path: Path) -> None:
    done = clio("extract", str(tmp_path / "nope.txt"))
    assert done.returncode == 1
    assert "nope.txt" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_bad_option_values_are_one_line_errors(tmp_path: Path) -> None:
    done = clio("events", "--db", str(tmp_path / "x.db"), "--since", "yesterday")
    assert done.returncode == 1 and "YYYY-MM-DD" in done.stderr and "Traceback" not in done.stderr


@pytest.fixture(scope="module")
def twenty_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("twenty")
    for path in sorted(sample_corpus_path().rglob("*.txt"))[:20]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_extract_a_directory_prints_one_contract_object_per_article(twenty_articles: Path) -> None:
    done = clio("extract", str(twenty_articles))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 20
    for line in lines:
        data = json.loads(line)
        assert set(data) >= {"article", "actors", "events", "timexes", "quotes", "locations", "errors"}
        assert CONTRACT["article"] <= set(data["article"]) and data["article"]["date"]
        text = Path(data["article"]["path"]).read_text(encoding="utf-8")
        for key in ("actors", "events", "timexes", "quotes", "locations"):
            for item in data[key]:
                start, end = item["span"]
                assert 0 <= start <= end <= len(text)
        for actor in data["actors"]:
            start, end = actor["span"]
            assert actor["text"] in text  # exact offsets are checked against the body in test_pipeline


def test_extract_reads_json_lines_from_stdin() -> None:
    stdin = json.dumps({"id": "s1", "date": "2022-02-24", "text": "Russian troops attacked Kharkiv."}) + "\n"
    done = clio("extract", "-", stdin=stdin)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert json.loads(line)["article"]["id"] == "s1"


def test_run_twice_leaves_the_database_unchanged_and_events_query_it(tmp_path: Path) -> None:
    db = tmp_path / "clio.db"
    first = clio("run", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "stored" in first.stdout
    listing = clio("events", "--db", str(db), "--format", "jsonl", "--limit", "10000")
    second = clio("run", "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert "stored 0" in second.stdout
    again = clio("events", "--db", str(db), "--format", "jsonl", "--limit", "10000")
    assert listing.stdout == again.stdout
    csv_out = clio("events", "--db", str(db), "--format", "csv", "--limit", "5")
    assert csv_out.returncode == 0 and csv_out.stdout.startswith("day,date,source_code")
