"""Clio's entity forecaster: a small MLP scoring each candidate from its features, trained with
a listwise softmax loss (numpy only, CPU).

score(x) = v·x + w₂·relu(W₁x + b₁), features standardised with training means and deviations.

Training examples are queries of training days, each with a candidate list: every entity that
has pair-level history with the query entity, the top entities by each prior, the true answers,
and a few random others whose logits carry the sampling correction log(rest / sampled), so the
softmax approximates the one over all entities that is used when ranking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clio.forecast.dataset import IntArray
from clio.forecast.features import FEATURES, FeatureBuilder, Float32Array
from clio.forecast.protocol import FloatArray, Queries, day_batches

PAIR_FEATURES = tuple(i for i, name in enumerate(FEATURES) if name.startswith(("triple", "reciprocal", "pair", "cooccur")))
PRIOR_FEATURES = tuple(FEATURES.index(name) for name in ("two_hop", "rel_prior", "rel_prior_recent", "group_rel_prior", "object_group_share"))


@dataclass
class Examples:
    """Candidate rows of many training queries: features, the query each row belongs to, whether
    it is a true answer, and the logit offset (the sampling correction)."""

    features: Float32Array
    query: IntArray
    gold: npt.NDArray[np.bool_]
    offset: Float32Array

    @property
    def num_queries(self) -> int:
        return int(self.query.max()) + 1 if len(self.query) else 0


def candidates(features: Float32Array, golds: list[frozenset[int]], rng: np.random.Generator, *, top: int, random: int) -> Iterator[tuple[IntArray, FloatArray]]:
    """For each query row: candidate entity ids and their logit offsets."""
    n = features.shape[1]
    for i in range(features.shape[0]):
        row = features[i]
        chosen = np.zeros(n, dtype=bool)
        chosen[np.any(row[:, PAIR_FEATURES] != 0, axis=1)] = True
        for j in PRIOR_FEATURES:
            chosen[np.argpartition(-row[:, j], top)[:top]] = True
        chosen[list(golds[i])] = True
        rest = np.flatnonzero(~chosen)
        picked = rng.choice(rest, size=min(random, len(rest)), replace=False) if len(rest) else rest
        ids = np.concatenate([np.flatnonzero(chosen), picked])
        offsets = np.zeros(len(ids))
        if len(picked):
            offsets[-len(picked) :] = np.log(len(rest) / len(picked))
        yield ids, offsets


def collect_examples(builder: FeatureBuilder, queries: Queries, *, seed: int, top: int = 50, random: int = 64, chunk: int = 64, progress: Callable[[int], None] | None = None) -> Examples:
    rng = np.random.default_rng(seed)
    feats: list[Float32Array] = []
    owner: list[IntArray] = []
    gold: list[npt.NDArray[np.bool_]] = []
    offset: list[Float32Array] = []
    count = 0
    for _, rows in day_batches(queries, chunk=chunk):
        features = builder.build(queries, rows)
        golds = [queries.filtered[int(q)] & _answers(queries, int(q)) for q in rows]
        for i, (ids, offs) in enumerate(candidates(features, golds, rng, top=top, random=random)):
            feats.append(features[i, ids])
            owner.append(np.full(len(ids), count, dtype=np.int64))
            gold.append(np.isin(ids, list(golds[i])))
            offset.append(offs.astype(np.float32))
            count += 1
        if progress:
            progress(len(rows))
    return Examples(np.concatenate(feats), np.concatenate(owner), np.concatenate(gold), np.concatenate(offset))


def _answers(queries: Queries, q: int) -> frozenset[int]:
    return queries.filtered[q]


@dataclass
class Model:
    mean: Float32Array
    scale: Float32Array
    linear: Float32Array
    w1: Float32Array
    b1: Float32Array
    w2: Float32Array

    def score(self, features: Float32Array) -> Float32Array:
        x = (features - self.mean) / self.scale
        result: Float32Array = x @ self.linear
        if self.w1.shape[1]:
            result = result + np.maximum(x @ self.w1 + self.b1, 0) @ self.w2
        return result


def _segment_logsumexp(values: FloatArray, segments: IntArray, count: int) -> FloatArray:
    peak = np.full(count, -np.inf)
    np.maximum.at(peak, segments, values)
    peak[~np.isfinite(peak)] = 0.0
    sums = np.bincount(segments, weights=np.exp(values - peak[segments]), minlength=count)
    with np.errstate(divide="ignore"):
        result: FloatArray = np.log(sums) + peak
    return result


def _loss_and_grad(logits: FloatArray, ex: Examples, rows: IntArray, count: int) -> tuple[float, FloatArray]:
    """Mean over true answers of -log p(answer) where the softmax excludes the other true
    answers (the time-aware filter), and its gradient with respect to the logits."""
    query, gold = ex.query[rows], ex.gold[rows]
    z = logits + ex.offset[rows]
    neg = np.where(gold, -np.inf, z)
    lse_neg = _segment_logsumexp(neg, query, count)
    gold_idx = np.flatnonzero(gold)
    margin = lse_neg[query[gold_idx]] - z[gold_idx]
    loss = np.logaddexp(0.0, margin)
    p_wrong = 1.0 / (1.0 + np.exp(-margin))  # d loss / d margin
    grad = np.zeros(len(rows))
    grad[gold_idx] -= p_wrong
    # each gold pushes the non-gold candidates of its query up by p_wrong * softmax_neg
    push = np.bincount(query[gold_idx], weights=p_wrong, minlength=count)
    soft = np.exp(neg - lse_neg[query])
    grad += push[query] * soft
    total = max(len(gold_idx), 1)
    return float(loss.sum() / total), grad / total


def train(ex: Examples, *, hidden: int, epochs: int, seed: int, lr: float = 0.01, l2: float = 1e-5, batch_queries: int = 512, log: Callable[[str], None] | None = None) -> Model:
    """Fit the model with Adam on mini-batches of queries."""
    rng = np.random.default_rng(seed)
    x_all = ex.features.astype(np.float32)
    mean = x_all.mean(axis=0)
    scale = x_all.std(axis=0)
    scale[scale < 1e-6] = 1.0
    x_all = (x_all - mean) / scale
    f = x_all.shape[1]
    params = {
        "linear": np.zeros(f, dtype=np.float64),
        "w1": rng.normal(0, 1 / np.sqrt(f), (f, hidden)),
        "b1": np.zeros(hidden),
        "w2": rng.normal(0, 1 / np.sqrt(max(hidden, 1)), hidden) * 0.1,
    }
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    order = np.argsort(ex.query, kind="stable")
    starts = np.searchsorted(ex.query[order], np.arange(ex.num_queries + 1))
    step = 0
    for epoch in range(epochs):
        perm = rng.permutation(ex.num_queries)
        total = 0.0
        for b in range(0, len(perm), batch_queries):
            chosen = perm[b : b + batch_queries]
            rows = np.concatenate([order[starts[q] : starts[q + 1]] for q in chosen])
            local = np.empty(ex.num_queries, dtype=np.int64)
            local[chosen] = np.arange(len(chosen))
            x = x_all[rows].astype(np.float64)
            pre = x @ params["w1"] + params["b1"]
            h = np.maximum(pre, 0)
            logits = x @ params["linear"] + h @ params["w2"]
            batch = Examples(ex.features, local[ex.query[rows]], ex.gold[rows], ex.offset[rows])
            loss, g = _loss_and_grad(logits, batch, np.arange(len(rows)), len(chosen))
            total += loss * len(chosen)
            grads = {
                "linear": x.T @ g + l2 * params["linear"],
                "w2": h.T @ g + l2 * params["w2"],
            }
            dh = np.outer(g, params["w2"]) * (pre > 0)
            grads["w1"] = x.T @ dh + l2 * params["w1"]
            grads["b1"] = dh.sum(axis=0)
            step += 1
            for k, grad in grads.items():
                m, v = moments[k]
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                params[k] -= lr * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        if log:
            log(f"epoch {epoch + 1}: loss {total / ex.num_queries:.4f}")
    return Model(
        mean.astype(np.float32),
        scale.astype(np.float32),
        params["linear"].astype(np.float32),
        params["w1"].astype(np.float32),
        params["b1"].astype(np.float32),
        params["w2"].astype(np.float32),
    )
