"""The TempEval-3 scorer's arithmetic on hand-made gold (no model)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from clio.errors import InputError
from clio.evaluate.timex import GoldDoc, GoldTimex, match_spans, read_gold, score
from clio.records import Timex

TEXT = "They met on Wednesday and will meet for three days next week."
GOLD = GoldDoc(
    "d1",
    dt.date(2021, 12, 16),
    TEXT,
    (
        GoldTimex(12, 21, "DATE", "2021-12-15"),  # Wednesday
        GoldTimex(40, 50, "DURATION", "P3D"),  # three days
        GoldTimex(51, 60, "DATE", "2021-W51"),  # next week
    ),
)


def _tx(start: int, end: int, kind: str, value: str) -> Timex:
    return Timex(TEXT[start:end], (start, end), kind, value)


def test_perfect_system_scores_one() -> None:
    system = [_tx(g.start, g.end, g.type, g.value or "") for g in GOLD.timexes]
    metrics = score([GOLD], [system]).metrics
    assert metrics["strict_f1"] == metrics["relaxed_f1"] == metrics["value_f1"] == metrics["type_f1"] == 1.0


def test_relaxed_match_wrong_value_and_spurious() -> None:
    system = [
        _tx(9, 21, "DATE", "2021-12-15"),  # "on Wednesday": relaxed only
        _tx(40, 50, "DURATION", "P4D"),  # wrong value
        _tx(0, 4, "DATE", "PRESENT_REF"),  # spurious
    ]
    report = score([GOLD], [system])
    m = report.metrics
    assert m["strict_precision"] == pytest.approx(1 / 3)
    assert m["strict_recall"] == pytest.approx(1 / 3)
    assert m["relaxed_precision"] == pytest.approx(2 / 3)
    assert m["relaxed_recall"] == pytest.approx(2 / 3)
    assert m["type_accuracy"] == 1.0
    assert m["value_accuracy"] == pytest.approx(0.5)
    assert m["value_f1"] == pytest.approx(m["relaxed_f1"] * 0.5)
    kinds = sorted(line.split("\t")[1] for line in report.errors)
    assert kinds == ["MISS", "SPURIOUS", "VALUE"]
    assert report.breakdown["DURATION"]["value_accuracy"] == 0.0


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ([(0, 5)], [(3, 8)], [(0, 0)]),
        ([(0, 5)], [(5, 8)], []),
        ([(0, 5), (6, 9)], [(0, 9)], [(0, 0)]),  # one-to-one: the larger overlap wins
    ],
)
def test_match_spans(
    gold: list[tuple[int, int]], system: list[tuple[int, int]], expected: list[tuple[int, int]]
) -> None:
    gold_tx = [GoldTimex(s, e, "DATE", None) for s, e in gold]
    system_tx = [Timex("x", (s, e), "DATE", None) for s, e in system]
    assert match_spans(gold_tx, system_tx) == expected


def test_read_gold(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    record = {
        "doc_id": "a",
        "dct": "1998-01-08T10:00",
        "text": "now",
        "timexes": [{"start": 0, "end": 3, "type": "DATE", "value": "PRESENT_REF"}],
    }
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    (doc,) = read_gold(path)
    assert doc.dct == dt.date(1998, 1, 8)
    assert doc.timexes == (GoldTimex(0, 3, "DATE", "PRESENT_REF"),)


def test_read_gold_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError):
        read_gold(path)
