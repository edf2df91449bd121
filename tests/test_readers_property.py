"""Readers never raise on arbitrary input, and stream large JSON Lines in bounded memory."""

from __future__ import annotations

import io
import json
import tempfile
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clio.errors import InputError
from clio.readers import Ingested, read_inputs

SUFFIXES = [".txt", "", ".jsonl", ".csv", ".html"]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
field_names = st.sampled_from(["id", "date", "text", "title", "source", "url", "other"])
records = st.dictionaries(field_names, json_values | st.text(max_size=60), max_size=7)


def read_bytes_as(data: bytes, suffix: str, *, max_chars: int = 1_000) -> list[Ingested | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_inputs([str(path)], max_chars=max_chars))


def check(items: list[Ingested | InputError]) -> None:
    assert items, "every input gives at least one result"
    for item in items:
        assert isinstance(item, Ingested | InputError)
        if isinstance(item, Ingested):
            assert item.article.text.strip()
            assert len(item.article.text) <= 1_000
        else:
            assert item.location and item.problem


@FAST
@given(data=st.binary(max_size=2_000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_raise(data: bytes, suffix: str) -> None:
    check(read_bytes_as(data, suffix))


@FAST
@given(text=st.text(max_size=1_500), suffix=st.sampled_from(SUFFIXES))
def test_random_text_never_raises(text: str, suffix: str) -> None:
    check(read_bytes_as(text.encode("utf-8", errors="surrogatepass"), suffix))


@FAST
@given(lines=st.lists(json_values | records, max_size=8))
def test_random_json_values_never_raise(lines: list[object]) -> None:
    content = "\n".join(json.dumps(value) for value in lines).encode()
    items = read_bytes_as(content, ".jsonl")
    check(items)
    if lines:  # one result for each line, in order
        assert len(items) == len(lines)


@FAST
@given(data=st.binary(max_size=2_000))
def test_random_stdin_never_raises(data: bytes) -> None:
    check(list(read_inputs(["-"], max_chars=1_000, stdin=io.BytesIO(data))))


def write_large_jsonl(path: Path, *, target_bytes: int) -> int:
    """Write ~target_bytes of JSON Lines a chunk at a time; return the number of lines."""
    body = "The minister said on Wednesday that talks would resume next week. " * 15
    lines = 0
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        while written < target_bytes:
            chunk = "".join(
                json.dumps({"id": f"a{lines + i}", "date": "2021-12-16", "text": body}) + "\n"
                for i in range(1_000)
            )
            handle.write(chunk)
            written += len(chunk)
            lines += 1_000
    return lines


def test_large_jsonl_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "large.jsonl"
    lines = write_large_jsonl(path, target_bytes=20 * 1024 * 1024)
    count = 0
    tracemalloc.start()
    try:
        for item in read_inputs([str(path)]):
            assert isinstance(item, Ingested)
            count += 1
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == lines
    # A 20 MB file read whole would need well over 20 MB; streaming holds one line at a time.
    assert peak < 5 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"
