"""Score event coding on whole articles (``clio eval articles --gold PATH``).

Gold comes in one of two layouts, told apart by what ``PATH`` holds:

* a folder of ``NAME.txt`` articles (text with a ``date`` header) each beside a
  ``NAME.gold.json`` (the layout of ``../shared/benchmarks/events/wire_articles_dev``);
* ``articles.jsonl`` (Clio's JSON Lines input: ``id``, ``date``, ``title``, ``text``) beside
  ``gold.jsonl``, whose records are the same gold objects with an ``article`` field naming the
  article's ``id``. ``PATH`` is the folder holding both, or the ``gold.jsonl`` file.

A gold event lists acceptable source and target codes (countries; ``NATO``, ``UN``, ``EU``;
``IGO`` and ``AU``/``ECOWAS`` for other organisations), roots, full codes and days. Counting
rule (lenient, as in the wire set's README): a gold event is *found* when one predicted event
has its source among ``src``, its target among ``tgt`` (any target when ``tgt`` is null), its
root among ``roots`` or its code among ``codes``, and (for the dated figure) its day among
``date`` (not checked when ``date`` is null); undirected events also match swapped. Recall is
found / gold; precision is the share of predicted events that match any gold event. A
one-to-one variant pairs each prediction with at most one gold event. ``noise_actors``: no
predicted event's source or target may contain such a name as a whole word.

Articles run through the same path as ``clio extract`` (readers, noise, pipeline, headline).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clio.errors import InputError
from clio.evaluate.report import EvalReport, prf
from clio.records import Actor, Article, ArticleResult, Event
from clio.settings import Settings

# Organisations the gold names by their own tag beside "IGO" (CAMEO actor code prefixes).
IGO_TAGS = {
    "IGOWSTNAT": "NATO",
    "IGOUNO": "UN",
    "IGOEUREEC": "EU",
    "IGOAFRAFU": "AU",
    "IGOWAFWAS": "ECOWAS",
}


@dataclass(frozen=True, slots=True)
class GoldArticleEvent:
    id: str
    sources: frozenset[str]
    targets: frozenset[str] | None  # None: any target, or none
    undirected: bool
    roots: frozenset[str]
    codes: frozenset[str]
    days: frozenset[str] | None  # None: the date is not checked
    what: str = ""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    events: tuple[GoldArticleEvent, ...]
    noise_actors: tuple[str, ...] = ()


def actor_tags(actor: Actor | None) -> frozenset[str]:
    """The gold codes an actor can stand for: its country, or "IGO" and the organisation's tag."""
    if actor is None or not actor.code:
        return frozenset()
    if actor.code.startswith("IGO"):
        tags = {"IGO"}
        tags.update(tag for prefix, tag in IGO_TAGS.items() if actor.code.startswith(prefix))
        return frozenset(tags)
    return frozenset({actor.country}) if actor.country else frozenset()


def _codes(values: Any, where: str, field: str) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InputError(where, f"'{field}' must be a list of strings", "see the gold format in the README")
    return frozenset(v.upper() if field in ("src", "tgt") else v for v in values)


def gold_event(data: dict[str, Any], where: str) -> GoldArticleEvent:
    """One gold event, checked field by field."""
    try:
        target, days = data["tgt"], data["date"]
        return GoldArticleEvent(
            id=str(data.get("id", "")),
            sources=_codes(data["src"], where, "src"),
            targets=None if target is None else _codes(target, where, "tgt"),
            undirected=bool(data.get("undirected", False)),
            roots=_codes(data.get("roots", []), where, "roots"),
            codes=_codes(data.get("codes", []), where, "codes"),
            days=None if days is None else _codes(days, where, "date"),
            what=str(data.get("what", "")),
        )
    except KeyError as exc:
        raise InputError(
            where, f"gold event has no {exc.args[0]!r}", "each event needs src, tgt and date"
        ) from None


def _gold_from(data: dict[str, Any], article: Article, where: str) -> GoldArticle:
    events = data.get("events")
    if not isinstance(events, list):
        raise InputError(where, "gold has no 'events' list")
    return GoldArticle(
        article=article,
        events=tuple(gold_event(e, f"{where} event {n}") for n, e in enumerate(events, start=1)),
        noise_actors=tuple(str(n) for n in data.get("noise_actors") or ()),
    )


def _read_articles(paths: Sequence[Path]) -> Iterator[Article]:
    from clio.readers import read_inputs

    for item in read_inputs([str(p) for p in paths]):
        if isinstance(item, InputError):
            raise item
        yield item.article


def _load_folder(folder: Path) -> list[GoldArticle]:
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if not text_path.is_file():
            raise InputError(str(gold_path), f"no article {text_path.name} beside it")
        try:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(str(gold_path), f"not valid JSON ({exc.msg})") from None
        (article,) = _read_articles([text_path])
        out.append(_gold_from(data, article, str(gold_path)))
    return out


def _load_jsonl(gold_file: Path) -> list[GoldArticle]:
    articles_file = gold_file.with_name("articles.jsonl")
    if not articles_file.is_file():
        raise InputError(str(gold_file), "no articles.jsonl beside it", "put the articles next to gold.jsonl")
    articles = {a.id: a for a in _read_articles([articles_file])}
    out = []
    for number, line in enumerate(gold_file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{gold_file}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not valid JSON ({exc.msg})") from None
        article = articles.get(str(data.get("article")))
        if article is None:
            raise InputError(where, f"article {data.get('article')!r} is not in {articles_file.name}")
        out.append(_gold_from(data, article, where))
    return out


def load_gold(path: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles at ``path`` (see the module docstring for the layouts)."""
    if path.is_dir() and (path / "gold.jsonl").is_file():
        records = _load_jsonl(path / "gold.jsonl")
    elif path.is_dir():
        records = _load_folder(path)
    elif path.is_file() and path.suffix == ".jsonl":
        records = _load_jsonl(path)
    else:
        raise InputError(str(path), "not a gold folder or gold.jsonl", "see `clio eval --help`")
    if not records:
        raise InputError(str(path), "holds no gold articles", "expected NAME.txt + NAME.gold.json files")
    return records[:limit] if limit is not None else records


def matches(gold: GoldArticleEvent, event: Event, *, dated: bool) -> bool:
    """The counting rule (see the module docstring)."""
    if event.cameo_root not in gold.roots and event.cameo not in gold.codes:
        return False
    if dated and gold.days is not None and (event.date or "")[:10] not in gold.days:
        return False
    source, target = actor_tags(event.source), actor_tags(event.target)

    def fits(src: frozenset[str], tgt: frozenset[str]) -> bool:
        return bool(src & gold.sources) and (gold.targets is None or bool(tgt & gold.targets))

    return fits(source, target) or (gold.undirected and gold.targets is not None and fits(target, source))


# Why a gold event was not found, nearest first (for error analysis: benchmarks/article_sets.py).
FAMILIES = ("right", "day", "root", "source", "target", "none")


def miss_family(gold: GoldArticleEvent, events: Sequence[Event]) -> str:
    """Which family a gold event falls in against one article's predictions: ``right`` (found with
    its day), ``day`` (found at another day), ``root`` (an event between the gold's source and target
    with another root: most often the gold's own clause was not coded), ``source`` / ``target`` (the
    root and the other side right), or ``none`` (nothing near)."""
    if any(matches(gold, e, dated=True) for e in events):
        return "right"
    if any(matches(gold, e, dated=False) for e in events):
        return "day"
    near = set()
    for event in events:
        source, target = actor_tags(event.source), actor_tags(event.target)
        root_ok = event.cameo_root in gold.roots or event.cameo in gold.codes
        swapped = gold.undirected and gold.targets is not None
        source_ok = bool(source & gold.sources) or (swapped and bool(target & gold.sources))
        target_ok = (
            gold.targets is None or bool(target & gold.targets) or (swapped and bool(source & gold.targets))
        )
        if source_ok and target_ok:
            near.add("root")
        elif root_ok and source_ok:
            near.add("target")
        elif root_ok and target_ok:
            near.add("source")
    return next((family for family in FAMILIES if family in near), "none")


def one_to_one(golds: Sequence[GoldArticleEvent], events: Sequence[Event], *, dated: bool) -> int:
    """The size of a maximum matching between gold events and predictions (augmenting paths)."""
    edges = [[j for j, e in enumerate(events) if matches(g, e, dated=dated)] for g in golds]
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(assign(i, set()) for i in range(len(golds)))


def _noise_hits(names: Sequence[str], events: Sequence[Event]) -> list[str]:
    hits = []
    for name in names:
        flags = 0 if name.isupper() and len(name) <= 4 else re.IGNORECASE
        pattern = re.compile(rf"\b{re.escape(name)}\b", flags)
        for event in events:
            for actor in (event.source, event.target):
                if actor is not None and (pattern.search(actor.text) or pattern.search(actor.name)):
                    hits.append(f"{name} in {event.source.code} {event.cameo} :: {event.sentence}")
    return hits


def _describe(event: Event) -> str:
    target = event.target.code if event.target else "-"
    return f"{event.source.code or '?'} {event.cameo} {target} @{event.date} [{event.pattern}]"


def score(records: Sequence[GoldArticle], results: Sequence[ArticleResult]) -> EvalReport:
    """Recall (dated and undated), precision, F1, one-to-one variants, noise and per-article rows."""
    counts: Counter[str] = Counter()
    breakdown: dict[str, dict[str, float]] = {}
    errors: list[str] = []
    for record, result in zip(records, results, strict=True):
        golds, events = record.events, result.events
        found = [any(matches(g, e, dated=True) for e in events) for g in golds]
        found_undated = [any(matches(g, e, dated=False) for e in events) for g in golds]
        useful = [any(matches(g, e, dated=False) for g in golds) for e in events]
        useful_dated = [any(matches(g, e, dated=True) for g in golds) for e in events]
        noise = _noise_hits(record.noise_actors, events)
        row = Counter(
            gold=len(golds),
            found=sum(found),
            found_undated=sum(found_undated),
            predicted=len(events),
            correct=sum(useful),
            correct_dated=sum(useful_dated),
            pairs=one_to_one(golds, events, dated=False),
            pairs_dated=one_to_one(golds, events, dated=True),
            noise=len(noise),
        )
        counts.update(row)
        breakdown[record.article.id] = {k: float(v) for k, v in row.items()}
        name = record.article.id
        for gold, hit, hit_undated in zip(golds, found, found_undated, strict=True):
            if not hit:
                why = "wrong date" if hit_undated else "missed"
                errors.append(f"{name}: {why} gold {gold.id}: {gold.what}")
        for event, ok in zip(events, useful, strict=True):
            if not ok:
                errors.append(f"{name}: spurious {_describe(event)} :: {' '.join(event.sentence.split())}")
        errors.extend(f"{name}: noise actor {hit}" for hit in noise)
    gold_total, predicted = counts["gold"], counts["predicted"]

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    recall, recall_undated = ratio(counts["found"], gold_total), ratio(counts["found_undated"], gold_total)
    precision, precision_dated = (
        ratio(counts["correct"], predicted),
        ratio(counts["correct_dated"], predicted),
    )
    metrics = {
        "recall_dated": recall,
        "recall": recall_undated,
        "precision": precision,
        "precision_dated": precision_dated,
        "f1_dated": _f1(precision_dated, recall),
        "f1": _f1(precision, recall_undated),
    }
    for suffix, pairs in (("", counts["pairs"]), ("_dated", counts["pairs_dated"])):
        one = prf(pairs, predicted - pairs, gold_total - pairs)
        metrics[f"one_to_one_f1{suffix}"] = one["f1"]
    metrics.update(
        gold_events=float(gold_total),
        predicted_events=float(predicted),
        noise_actor_events=float(counts["noise"]),
        articles=float(len(records)),
    )
    return EvalReport(task="articles", gold="", metrics=metrics, breakdown=breakdown, errors=errors)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def code_articles(records: Sequence[GoldArticle], settings: Settings) -> list[ArticleResult]:
    """Run every article as ``clio extract`` does (body, noise, headline)."""
    from clio.pipeline import Extractor

    extractor = Extractor(settings)
    return [extractor.extract_one(record.article) for record in records]


def evaluate(gold: Path, settings: Settings, *, limit: int | None = None) -> EvalReport:
    """Score the event coder on the gold articles at ``gold``."""
    records = load_gold(gold, limit=limit)
    report = score(records, code_articles(records, settings))
    return EvalReport(
        task="articles",
        gold=str(gold),
        metrics=report.metrics,
        breakdown=report.breakdown,
        errors=report.errors,
        notes=[f"mode={settings.mode}"],
    )
