"""The reporting-verb data file and the quote scorer, without the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from clio.errors import DataError
from clio.evaluate.quotes import GoldDoc, GoldQuote, is_direct, load_gold, score
from clio.quotes.verbs import load_reporting_verbs, parse_reporting_verbs
from clio.records import Quote


def test_bundled_reporting_verbs_load() -> None:
    verbs = load_reporting_verbs()
    assert {"say", "tell", "respond", "stress"} <= verbs.lemmas
    assert "stress" in verbs.object_content
    assert "say" not in verbs.object_content
    # quoting and citing someone does not make them the speaker
    assert "quote" not in verbs and "cite" not in verbs


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (["say"], "expected 'lemma<TAB>content'"),
        (["Say\tclause"], "one lower-case word"),
        (["say\tsentence"], "content must be one of"),
        (["say\tclause", "say\tobject"], "duplicate lemma"),
        (["# only a comment"], "no reporting verbs"),
    ],
)
def test_bad_reporting_verb_lines(lines: list[str], problem: str) -> None:
    with pytest.raises(DataError, match=problem):
        parse_reporting_verbs(lines, source="verbs.tsv")


def test_bad_line_is_named() -> None:
    with pytest.raises(DataError, match=r"verbs.tsv:3"):
        parse_reporting_verbs(["# header", "say\tclause", "tell"], source="verbs.tsv")


TEXT = "“We will win,” he said. “And then some.” The minister said that talks failed."
#       0         1         2         3         4         5         6         7


def gold_doc() -> GoldDoc:
    direct = GoldQuote(contents=((0, 14), (24, 40)), sources=((15, 17),), direct=True)
    reported = GoldQuote(contents=((59, 77),), sources=((41, 53),), direct=False)
    return GoldDoc("d1", TEXT, (direct, reported))


def quote(span: tuple[int, int], kind: str, mention: tuple[int, int] | None = None) -> Quote:
    return Quote(text=TEXT[span[0] : span[1]], span=span, kind=kind, speaker_mention=mention)


@pytest.mark.parametrize(
    ("system", "direct_f1_lenient", "direct_f1_strict", "all_f1_lenient", "speaker"),
    [
        # both pieces of the split quote, and the reported one: everything matches
        (
            [
                quote((0, 14), "direct", (15, 17)),
                quote((24, 40), "direct", (15, 17)),
                quote((59, 77), "indirect"),
            ],
            1.0,
            1.0,
            1.0,
            0.5,
        ),
        # only the first piece: 14 of 30 characters covered, > 30% but not > 80%
        ([quote((0, 14), "direct", (15, 17))], 1.0, 0.0, 2 / 3, 1.0),
        # a quote that is not in the gold costs precision
        ([quote((0, 14), "direct", (15, 17)), quote((41, 58), "direct")], 2 / 3, 0.0, 0.5, 1.0),
        # wrong speaker
        ([quote((0, 14), "direct", (41, 53)), quote((24, 40), "direct")], 1.0, 1.0, 2 / 3, 0.0),
        ([], 0.0, 0.0, 0.0, 0.0),
    ],
)
def test_score(
    system: list[Quote],
    direct_f1_lenient: float,
    direct_f1_strict: float,
    all_f1_lenient: float,
    speaker: float,
) -> None:
    report = score([gold_doc()], [system])
    assert report.metrics["direct_f1@0.3"] == pytest.approx(direct_f1_lenient)
    assert report.metrics["direct_f1@0.8"] == pytest.approx(direct_f1_strict)
    assert report.metrics["all_f1@0.3"] == pytest.approx(all_f1_lenient)
    assert report.metrics["all_speaker_accuracy"] == pytest.approx(speaker)


def test_is_direct() -> None:
    assert is_direct(quote((0, 14), "direct"))
    assert not is_direct(quote((59, 77), "indirect"))


def test_load_gold_keeps_one_annotation_per_document(tmp_path: Path) -> None:
    record = (
        '{"doc_id": "a", "text": "x said y", "quotes": [{"cue": [], "sources": [{"start": 0, "end": 1}], '
        '"contents": [{"start": 7, "end": 8}], "direct": false}]}'
    )
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([record, record, record.replace('"a"', '"b"')]) + "\n", encoding="utf-8")
    docs = load_gold(path)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].quotes[0].contents == ((7, 8),)
    assert len(load_gold(path, limit=1)) == 1
