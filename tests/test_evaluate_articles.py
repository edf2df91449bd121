"""`clio eval articles`: the lenient counting rule, both gold layouts, and one article end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clio.errors import InputError
from clio.evaluate.articles import (
    GoldArticle,
    actor_tags,
    gold_event,
    load_gold,
    matches,
    miss_family,
    one_to_one,
    score,
)
from clio.records import Actor, Article, ArticleResult, Event
from tests.test_cli import clio

ARTICLE = (
    "date 2023-05-30\n\n"
    "PRISTINA, May 30 (Wire) — Serbia condemned Kosovo on Tuesday, a day after Kosovo police "
    "detained two Serbian officials.\n\n"
    "Reporting by Ana Bell; Editing by Tom Kell\n"
)
GOLD = {
    "article": "kosovo.txt",
    "dct": "2023-05-30",
    "noise_actors": ["Ana Bell"],
    "events": [
        {"id": "condemn", "src": ["SRB"], "tgt": ["XKX", "KSV"], "undirected": False, "roots": ["11"],
         "codes": ["111"], "date": ["2023-05-30"], "what": "Serbia condemns Kosovo"},
        {"id": "detain", "src": ["XKX", "KSV"], "tgt": ["SRB"], "undirected": False, "roots": ["17"],
         "codes": ["173"], "date": ["2023-05-29"], "what": "police detain two Serbian officials"},
    ],
}  # fmt: skip


def _actor(code: str, country: str | None) -> Actor:
    return Actor(text=code, span=(0, 1), name=code, code=code, country=country)


def _event(source: Actor, target: Actor | None, cameo: str, date: str) -> Event:
    return Event(
        id=f"{source.code}{cameo}", source=source, target=target, cameo=cameo, cameo_root=cameo[:2],
        plover=None, quad_class=3, goldstein=0.0, sentence="s", span=(0, 1), date=date,
    )  # fmt: skip


SRB, KSV, NATO = _actor("SRBGOV", "SRB"), _actor("KSVCOP", "KSV"), _actor("IGOWSTNAT", None)


def test_actor_tags_name_countries_and_organisations() -> None:
    assert actor_tags(SRB) == {"SRB"}
    assert actor_tags(NATO) == {"IGO", "NATO"}
    assert actor_tags(_actor("IGOAFRAFU", None)) == {"IGO", "AU"}
    assert actor_tags(None) == frozenset() and actor_tags(_actor("", None)) == frozenset()


@pytest.mark.parametrize(
    ("event", "dated", "expected"),
    [
        (_event(SRB, KSV, "111", "2023-05-30"), True, True),
        (_event(SRB, KSV, "112", "2023-05-30"), True, True),  # the root is enough
        (_event(SRB, KSV, "111", "2023-05-29"), True, False),  # wrong day
        (_event(SRB, KSV, "111", "2023-05-29"), False, True),  # ... unless undated
        (_event(KSV, SRB, "111", "2023-05-30"), True, False),  # directed: no swap
        (_event(SRB, None, "111", "2023-05-30"), True, False),  # the gold has a target
        (_event(SRB, KSV, "120", "2023-05-30"), True, False),  # wrong root
    ],
)
def test_the_counting_rule(event: Event, dated: bool, expected: bool) -> None:
    gold = gold_event(GOLD["events"][0], "test")  # type: ignore[index]
    assert matches(gold, event, dated=dated) is expected


@pytest.mark.parametrize(
    ("events", "family"),
    [
        ([_event(SRB, KSV, "111", "2023-05-30")], "right"),
        ([_event(SRB, KSV, "111", "2023-05-29")], "day"),
        ([_event(SRB, KSV, "120", "2023-05-30")], "root"),  # the dyad is there, the act is another
        ([_event(SRB, NATO, "111", "2023-05-30")], "target"),
        ([_event(NATO, KSV, "111", "2023-05-30")], "source"),
        ([_event(NATO, SRB, "120", "2023-05-30")], "none"),
        ([], "none"),
        # The nearest family wins whatever the order of the predictions.
        ([_event(NATO, KSV, "111", "2023-05-30"), _event(SRB, KSV, "120", "2023-05-30")], "root"),
        ([_event(SRB, KSV, "111", "2023-05-29"), _event(SRB, KSV, "111", "2023-05-30")], "right"),
    ],
)
def test_a_missed_gold_event_falls_in_its_nearest_family(events: list[Event], family: str) -> None:
    gold = gold_event(GOLD["events"][0], "test")  # type: ignore[index]
    assert miss_family(gold, events) == family


def test_undirected_events_match_swapped_and_null_targets_match_anything() -> None:
    talks = gold_event(
        {"src": ["SRB"], "tgt": ["KSV"], "undirected": True, "roots": ["04"], "codes": [], "date": None}, "t"
    )
    assert matches(talks, _event(KSV, SRB, "040", "2023-01-01"), dated=True)
    veto = gold_event({"src": ["SRB"], "tgt": None, "roots": ["12"], "codes": ["129"], "date": None}, "t")
    assert matches(veto, _event(SRB, None, "129", ""), dated=True)
    assert matches(veto, _event(SRB, KSV, "129", ""), dated=True)


def test_one_to_one_pairs_each_prediction_once() -> None:
    gold = [gold_event(GOLD["events"][0], "a"), gold_event(GOLD["events"][0], "b")]  # type: ignore[index]
    one = [_event(SRB, KSV, "111", "2023-05-30")]
    assert one_to_one(gold, one, dated=True) == 1
    assert one_to_one(gold, one * 2, dated=True) == 2


def test_score_counts_recall_precision_and_noise() -> None:
    article = Article(id="a", text="t")
    record = load_gold_from_dict(article)
    right = _event(SRB, KSV, "111", "2023-05-30")
    wrong_day = _event(KSV, SRB, "173", "2023-05-30")
    noise = _noise_event()
    report = score([record], [ArticleResult(article=article, events=(right, wrong_day, noise))])
    metrics = report.metrics
    assert metrics["recall"] == 1.0 and metrics["recall_dated"] == 0.5
    assert metrics["precision"] == pytest.approx(2 / 3) and metrics["precision_dated"] == pytest.approx(1 / 3)
    assert metrics["noise_actor_events"] == 1.0
    assert any("wrong date gold detain" in e for e in report.errors)


def _noise_event() -> Event:
    author = Actor(text="Ana Bell", span=(0, 8), name="Ana Bell", code="SRB", country="SRB")
    return _event(author, None, "010", "2023-05-30")


def load_gold_from_dict(article: Article) -> GoldArticle:
    return GoldArticle(
        article=article,
        events=tuple(gold_event(e, "test") for e in GOLD["events"]),  # type: ignore[attr-defined]
        noise_actors=("Ana Bell",),
    )


def test_both_layouts_load_the_same_gold(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "kosovo.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "kosovo.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    lines = tmp_path / "lines"
    lines.mkdir()
    body = ARTICLE.split("\n\n", 1)[1]
    (lines / "articles.jsonl").write_text(json.dumps({"id": "k", "date": "2023-05-30", "text": body}) + "\n")
    (lines / "gold.jsonl").write_text(json.dumps({**GOLD, "article": "k"}) + "\n")
    (from_folder,) = load_gold(folder)
    (from_lines,) = load_gold(lines / "gold.jsonl")
    assert from_folder.events == from_lines.events
    assert from_folder.article.text == from_lines.article.text
    assert load_gold(lines)[0].events == from_lines.events


def test_bad_gold_is_reported_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({"events": [{"src": "SRB"}]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.gold\.json event 1"):
        load_gold(tmp_path)
    with pytest.raises(InputError, match="not a gold folder"):
        load_gold(tmp_path / "a.txt")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no gold articles"):
        load_gold(tmp_path / "empty")


@pytest.mark.slow
def test_clio_eval_articles_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "kosovo.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "kosovo.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    done = clio("eval", "articles", "--gold", str(tmp_path), "--json", "--min-confidence", "0")
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout)["metrics"]
    assert metrics["gold_events"] == 2.0 and metrics["articles"] == 1.0
    # Both events are told plainly; the detention is dated a day before the condemnation.
    assert metrics["recall_dated"] == 1.0
    assert metrics["noise_actor_events"] == 0.0
