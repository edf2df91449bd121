"""The prediction file: JSON Lines, one line per unique test query, no gold answer in it.

    {"dir":"obj","s":30,"r":13,"t":8016,"top":[[18,0.93],[25,0.41]]}     ranks objects of (s, r, ?, t)
    {"dir":"subj","o":18,"r":13,"t":8016,"top":[[30,0.88]]}              ranks subjects of (?, r, o, t)

``t`` is the raw time of the data files (hours for ICEWS). Entities not listed rank tied below
every listed one. ``score_predictions`` reads such a file back and scores it under the same
protocol (so the written file can be checked against the full ranking).
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

import numpy as np

from clio.errors import InputError
from clio.forecast.protocol import FloatArray, Queries, expected_ranks

DEFAULT_TOP = 100


def query_key(queries: Queries, q: int, num_relations: int, hours_per_step: int) -> dict[str, Any]:
    entity, relation, day = int(queries.entity[q]), int(queries.relation[q]), int(queries.day[q])
    if relation < num_relations:
        return {"dir": "obj", "s": entity, "r": relation, "t": day * hours_per_step}
    return {"dir": "subj", "o": entity, "r": relation - num_relations, "t": day * hours_per_step}


def prediction_lines(
    queries: Queries,
    rows: np.ndarray,
    scores: FloatArray,
    *,
    num_relations: int,
    hours_per_step: int,
    top: int = DEFAULT_TOP,
) -> Iterator[str]:
    """One JSON line per query of ``rows`` with its ``top`` best entities."""
    k = min(top, scores.shape[1])
    for i, q in enumerate(rows):
        best = np.argpartition(-scores[i], k - 1)[:k]
        best = best[np.argsort(-scores[i][best], kind="stable")]
        line = query_key(queries, int(q), num_relations, hours_per_step)
        line["top"] = [[int(e), float(scores[i][e])] for e in best]
        yield json.dumps(line, separators=(",", ":"))


def open_text(path: Path, mode: str) -> IO[str]:
    if path.suffix == ".gz":
        return cast(IO[str], gzip.open(path, mode + "t", encoding="utf-8"))
    return path.open(mode, encoding="utf-8")


def _parse(
    line: str, where: str, num_entities: int, num_relations: int, hours_per_step: int
) -> tuple[tuple[int, int, int], list[tuple[int, float]]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not JSON: {exc.msg}", "one JSON object per line") from None
    if not isinstance(record, dict) or record.get("dir") not in ("obj", "subj"):
        raise InputError(where, "dir must be 'obj' or 'subj'")
    given = "s" if record["dir"] == "obj" else "o"
    entity, relation, time = record.get(given), record.get("r"), record.get("t")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (entity, relation, time)):
        raise InputError(where, f"{given}, r and t must be integers")
    assert isinstance(entity, int) and isinstance(relation, int) and isinstance(time, int)
    if not 0 <= entity < num_entities or not 0 <= relation < num_relations or time % hours_per_step:
        raise InputError(where, "entity, relation or time out of range")
    top = record.get("top")
    if not isinstance(top, list):
        raise InputError(where, "top must be a list of [entity_id, score] pairs")
    pairs: list[tuple[int, float]] = []
    seen: set[int] = set()
    for pair in top:
        if not (
            isinstance(pair, list)
            and len(pair) == 2
            and isinstance(pair[0], int)
            and isinstance(pair[1], int | float)
        ):
            raise InputError(where, "top must hold [entity_id, score] pairs")
        ident, score = int(pair[0]), float(pair[1])
        if not 0 <= ident < num_entities or ident in seen or not math.isfinite(score):
            raise InputError(where, f"bad or repeated entity id {ident}, or a non-finite score")
        seen.add(ident)
        pairs.append((ident, score))
    rel = relation + (num_relations if record["dir"] == "subj" else 0)
    return (entity, rel, time // hours_per_step), pairs


def score_predictions(
    path: Path, queries: Queries, *, num_entities: int, num_relations: int, hours_per_step: int
) -> dict[str, Any]:
    """Filtered expected ranks of a prediction file's answers; unlisted entities tie below the
    listed ones, and a missing query line ties every entity."""
    if not path.is_file():
        raise InputError(str(path), "prediction file not found")
    index = {
        (int(e), int(r), int(d)): q
        for q, (e, r, d) in enumerate(zip(queries.entity, queries.relation, queries.day, strict=True))
    }
    lists: dict[int, list[tuple[int, float]]] = {}
    with open_text(path, "r") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            key, pairs = _parse(line, where, num_entities, num_relations, hours_per_step)
            if key not in index:
                raise InputError(where, "not a query of this split", "check dir, the given entity, r and t")
            if index[key] in lists:
                raise InputError(where, "a query listed twice")
            lists[index[key]] = pairs
    ranks = np.zeros(len(queries.answer_query))
    listed = 0
    for a, (q, gold) in enumerate(
        zip(queries.answer_query.tolist(), queries.answer_entity.tolist(), strict=True)
    ):
        row = np.full((1, num_entities), -np.inf)
        for ident, score in lists.get(q, []):
            row[0, ident] = score
        listed += bool(np.isfinite(row[0, gold]))
        ranks[a] = expected_ranks(row, np.array([0]), np.array([gold]), [queries.filtered[q]])[0]
    return {
        "ranks": ranks,
        "missing_queries": len(queries) - len(lists),
        "gold_listed_share": listed / max(len(ranks), 1),
    }
