"""benchmarks/spurious.py: why a prediction that matches no gold event is spurious, first class
that fits: a gold event between the same sides left unfound (wrong root), an extra reading of a
sentence already coded right, a further act between sides already found, the gold's root with one
side wrong, or nothing near. Events and gold written for the test."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from clio.evaluate.articles import GoldArticleEvent
from clio.records import Actor, Event

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def spurious(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("spurious")


def _gold(source: str, target: str, root: str) -> GoldArticleEvent:
    return GoldArticleEvent(
        id="g", sources=frozenset({source}), targets=frozenset({target}), undirected=False,
        roots=frozenset({root}), codes=frozenset(), days=None,
    )  # fmt: skip


def _event(source: str, target: str, cameo: str, sentence: str = "s1") -> Event:
    def actor(code: str) -> Actor:
        return Actor(text=code, span=(0, 3), name=code, code=code, country=code)

    return Event(
        id="e", source=actor(source), target=actor(target), cameo=cameo, cameo_root=cameo[:2], plover=None,
        quad_class=1, goldstein=0.0, sentence=sentence, span=(0, 10),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("event", "found", "right", "expected"),
    [
        (_event("GHA", "TGO", "111"), [False], set(), "wrong_root"),
        (_event("GHA", "BEN", "042"), [True], {"s1"}, "same_sentence"),
        (_event("GHA", "TGO", "111"), [True], set(), "found_dyad"),
        (_event("GHA", "BEN", "112"), [True], set(), "wrong_actor"),
        (_event("NER", "BEN", "042"), [True], set(), "unrelated"),
    ],
)
def test_spurious_class(
    spurious: ModuleType, event: Event, found: list[bool], right: set[str], expected: str
) -> None:
    golds = [_gold("GHA", "TGO", "11")]
    assert spurious.spurious_class(event, golds, found, right) == expected
