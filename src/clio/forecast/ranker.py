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

PAIR_FEATURES = tuple(
    i for i, name in enumerate(FEATURES) if name.startswith(("triple", "reciprocal", "pair", "cooccur"))
)
PRIOR_FEATURES = tuple(
    FEATURES.index(name)
    for name in (
        "two_hop",
        "relation_two_hop",
        "rel_prior",
        "rel_prior_recent",
        "group_rel_prior",
        "object_group_share",
    )
)


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


def candidates(
    features: Float32Array, golds: list[frozenset[int]], rng: np.random.Generator, *, top: int, random: int
) -> Iterator[tuple[IntArray, FloatArray]]:
    """For each query (features shaped features × queries × entities): candidate entity ids and
    their logit offsets."""
    n = features.shape[2]
    for i in range(features.shape[1]):
        row = features[:, i, :]
        chosen = np.zeros(n, dtype=bool)
        chosen[np.any(row[list(PAIR_FEATURES)] != 0, axis=0)] = True
        for j in PRIOR_FEATURES:
            chosen[np.argpartition(-row[j], top)[:top]] = True
        chosen[list(golds[i])] = True
        rest = np.flatnonzero(~chosen)
        picked = rng.choice(rest, size=min(random, len(rest)), replace=False) if len(rest) else rest
        ids = np.concatenate([np.flatnonzero(chosen), picked])
        offsets = np.zeros(len(ids))
        if len(picked):
            offsets[-len(picked) :] = np.log(len(rest) / len(picked))
        yield ids, offsets


def collect_examples(
    builder: FeatureBuilder,
    queries: Queries,
    *,
    seed: int,
    top: int = 50,
    random: int = 64,
    chunk: int = 64,
    progress: Callable[[int], None] | None = None,
) -> Examples:
    """Training rows for ``queries``: the candidates of each (see ``candidates``) with their
    features, which are true answers, and their logit offsets."""
    rng = np.random.default_rng(seed)
    feats: list[Float32Array] = []
    owner: list[IntArray] = []
    gold: list[npt.NDArray[np.bool_]] = []
    offset: list[Float32Array] = []
    count = 0
    for _, rows in day_batches(queries, chunk=chunk):
        features = builder.build(queries, rows)
        golds = [queries.filtered[int(q)] for q in rows]  # every true answer of the query that day
        for i, (ids, offs) in enumerate(candidates(features, golds, rng, top=top, random=random)):
            feats.append(features[:, i, ids].T)
            owner.append(np.full(len(ids), count, dtype=np.int64))
            gold.append(np.isin(ids, list(golds[i])))
            offset.append(offs.astype(np.float32))
            count += 1
        if progress:
            progress(len(rows))
    return Examples(
        np.concatenate(feats), np.concatenate(owner), np.concatenate(gold), np.concatenate(offset)
    )


@dataclass
class Model:
    mean: Float32Array
    scale: Float32Array
    linear: Float32Array
    w1: Float32Array
    b1: Float32Array
    w2: Float32Array

    def score(self, features: Float32Array) -> Float32Array:
        """Scores of candidate rows (rows × features)."""
        x = (features - self.mean) / self.scale
        result = x @ self.linear
        if self.w1.shape[1]:
            result = result + np.maximum(x @ self.w1 + self.b1, 0) @ self.w2
        return np.asarray(result, dtype=np.float32)


def _loss_and_grad(z: FloatArray, gold: npt.NDArray[np.bool_], starts: IntArray) -> tuple[float, FloatArray]:
    """Sum over true answers of -log p(answer), where each answer's softmax leaves out the
    other true answers of its query (the time-aware filter), and the gradient with respect to
    the logits ``z``. Rows are grouped by query; ``starts`` are the groups' first rows."""
    sizes = np.diff(np.append(starts, len(z)))
    query = np.repeat(np.arange(len(starts)), sizes)
    neg = np.where(gold, -np.inf, z)
    peak = np.maximum.reduceat(neg, starts)
    peak[~np.isfinite(peak)] = 0.0
    sums = np.add.reduceat(np.exp(neg - peak[query]), starts)
    with np.errstate(divide="ignore"):
        lse_neg = np.log(sums) + peak
    gold_idx = np.flatnonzero(gold)
    margin = lse_neg[query[gold_idx]] - z[gold_idx]
    loss = np.logaddexp(0.0, margin)
    p_wrong = 0.5 * (1.0 + np.tanh(0.5 * margin))  # sigmoid(margin): d loss / d margin
    grad = np.zeros(len(z))
    grad[gold_idx] -= p_wrong
    push = np.bincount(query[gold_idx], weights=p_wrong, minlength=len(starts))
    grad += push[query] * np.exp(neg - lse_neg[query])
    return float(loss.sum()), grad


def _shuffled(ex: Examples, rng: np.random.Generator) -> tuple[Examples, IntArray]:
    """The examples with their queries in random order (rows of a query stay together), and the
    first row of each query."""
    count = ex.num_queries
    first = np.searchsorted(ex.query, np.arange(count + 1))
    order = rng.permutation(count)
    rows = np.concatenate([np.arange(first[q], first[q + 1]) for q in order])
    sizes = (first[1:] - first[:-1])[order]
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    query = np.repeat(np.arange(count), sizes)
    return Examples(ex.features[rows], query, ex.gold[rows], ex.offset[rows]), starts


def train(
    ex: Examples,
    *,
    hidden: int,
    epochs: int,
    seed: int,
    lr: float = 0.01,
    l2: float = 1e-5,
    batch_queries: int = 256,
    log: Callable[[str], None] | None = None,
) -> Model:
    """Fit the model with Adam on mini-batches of queries (float32 arithmetic)."""
    rng = np.random.default_rng(seed)
    data, starts = _shuffled(ex, rng)
    mean = data.features.mean(axis=0, dtype=np.float64).astype(np.float32)
    scale = data.features.std(axis=0, dtype=np.float64).astype(np.float32)
    scale[scale < 1e-6] = 1.0
    x_all = (data.features - mean) / scale
    f = x_all.shape[1]
    params = {
        "linear": np.zeros(f, dtype=np.float32),
        "w1": rng.normal(0, 1 / np.sqrt(f), (f, hidden)).astype(np.float32),
        "b1": np.zeros(hidden, dtype=np.float32),
        "w2": (rng.normal(0, 1 / np.sqrt(max(hidden, 1)), hidden) * 0.1).astype(np.float32),
    }
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    bounds = np.append(starts, len(x_all))
    batches = [(q, min(q + batch_queries, len(starts))) for q in range(0, len(starts), batch_queries)]
    answers = max(int(data.gold.sum()), 1)
    step = 0
    for epoch in range(epochs):
        total = 0.0
        for b in rng.permutation(len(batches)):
            q0, q1 = batches[b]
            lo, hi = bounds[q0], bounds[q1]
            x = x_all[lo:hi]
            pre = x @ params["w1"] + params["b1"]
            h = np.maximum(pre, 0)
            logits = (x @ params["linear"] + h @ params["w2"]).astype(np.float64) + data.offset[lo:hi]
            gold = data.gold[lo:hi]
            loss, g64 = _loss_and_grad(logits, gold, starts[q0:q1] - lo)
            total += loss
            n_answers = max(int(gold.sum()), 1)
            g = (g64 / n_answers).astype(np.float32)
            dh = np.outer(g, params["w2"]) * (pre > 0)
            grads = {
                "linear": x.T @ g + l2 * params["linear"],
                "w2": h.T @ g + l2 * params["w2"],
                "w1": x.T @ dh + l2 * params["w1"],
                "b1": dh.sum(axis=0),
            }
            step += 1
            for k, grad in grads.items():
                m, v = moments[k]
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                params[k] -= (lr * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)).astype(
                    np.float32
                )
        if log:
            log(f"epoch {epoch + 1}: loss {total / answers:.4f}")
    return Model(mean, scale, params["linear"], params["w1"], params["b1"], params["w2"])


def score_dense(model: Model, features: Float32Array) -> FloatArray:
    """Scores of every entity for a batch (features shaped features × queries × entities)."""
    f, b, n = features.shape
    scores: FloatArray = model.score(features.reshape(f, b * n).T).reshape(b, n).astype(np.float64)
    return scores
