"""The escalation model: P(material conflict in a unit's next period) from its history alone.

Features of unit u for period t use periods before t only:

- material conflict (quad class 4): last period, the two before, time-decayed sums (half-lives
  of 2 and 8 periods), the share of periods with any since the unit first appeared (smoothed
  towards the corpus rate), periods since the last one;
- verbal conflict (quad 3), cooperation (quads 1–2) and all events, decayed; Goldstein, decayed;
- leading signals where the series has CAMEO roots: threats (13), force posture (15), reduced
  relations (16), decayed;
- the reverse dyad's material conflict, and the source's and target's material conflict with
  everyone (context: a war elsewhere spills over);
- the unit's share of the corpus's volume last period (news volume varies; raw counts mislead),
  the period's length in days (partial periods), and the change-point rise score.

A logistic model with an L2 penalty is fitted on the same history (every unit-period whose unit
was already seen), so no weights ship with Clio and nothing is learnt from other data. The
forecast's *signals* are the features' contributions w·(x − mean)/scale, largest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from scipy.optimize import minimize
from threadpoolctl import threadpool_limits

from clio.warning.changepoint import rise_scores
from clio.warning.panel import FloatArray, Panel

BoolArray = npt.NDArray[np.bool_]
DECAYS = {"fast": 0.5, "slow": 2 ** (-1 / 8)}  # per-period retention: half-lives of 1 and 8 periods
ROOT_LABELS = {
    "root13": "threats (13x)",
    "root15": "force posture (15x)",
    "root16": "reduced relations (16x)",
}


def decayed(values: FloatArray, retain: float) -> FloatArray:
    """out[:, t] = Σ_{k<t} retain^(t-1-k) values[:, k]: what came before t, recent first."""
    out = np.zeros_like(values)
    for t in range(1, values.shape[1]):
        out[:, t] = out[:, t - 1] * retain + values[:, t - 1]
    return out


def _lag(values: FloatArray, k: int) -> FloatArray:
    out = np.zeros_like(values)
    out[:, k:] = values[:, :-k]
    return out


def _group_sum(values: FloatArray, keys: list[str]) -> FloatArray:
    """Sum of ``values`` rows over the units sharing each key, broadcast back to the units."""
    index: dict[str, int] = {}
    ids = np.array([index.setdefault(k, len(index)) for k in keys], dtype=np.int64)
    sums = np.zeros((len(index), values.shape[1]))
    np.add.at(sums, ids, values)
    result: FloatArray = sums[ids]
    return result


@dataclass(frozen=True, slots=True)
class Features:
    names: tuple[str, ...]
    labels: tuple[str, ...]  # what each feature means, for the signals shown to users
    values: FloatArray  # (units, periods, features)
    seen: BoolArray  # (units, periods): the unit appeared before the period

    def column(self, name: str) -> FloatArray:
        """One feature for every unit and period: (units, periods)."""
        values: FloatArray = self.values[:, :, self.names.index(name)]
        return values


def build_features(panel: Panel) -> Features:
    """Features of every unit for every period (from the periods before it)."""
    conflict = panel.channel("quad4")
    had = (conflict > 0).astype(np.float64)
    events = panel.channel("events")
    units, periods = conflict.shape
    first = panel.first_seen()
    t_index = np.arange(periods)[None, :]
    seen = t_index > first[:, None]
    weeks_seen = np.maximum(t_index - first[:, None], 0).astype(np.float64)
    had_before = decayed(had, 1.0)
    corpus_rate = had.sum(axis=0).cumsum() / np.maximum((events > 0).sum(axis=0).cumsum(), 1)
    prior_rate = np.concatenate([[0.0], corpus_rate[:-1]])[None, :]
    smoothed_rate = (had_before + 2 * prior_rate) / (weeks_seen + 2)
    last = np.full(units, -1.0)
    since = np.zeros((units, periods))
    for t in range(periods):
        since[:, t] = np.where(last >= 0, t - last, 0.0)
        last = np.where(had[:, t] > 0, t, last)
    volume = events.sum(axis=0)
    per_day = volume / np.maximum(panel.days, 1)
    trend = np.zeros(periods)
    for t in range(2, periods):
        window = per_day[max(0, t - 9) : t - 1]
        trend[t] = np.log((per_day[t - 1] + 1) / (window.mean() + 1))
    share = _lag(events / np.maximum(volume, 1)[None, :], 1)
    sources = [u[0] for u in panel.units]
    targets = [u[1] for u in panel.units]
    reverse_index = panel.index()
    reverse = np.array([reverse_index.get((t, s), -1) for s, t in panel.units])
    reverse_conflict = np.where(reverse[:, None] >= 0, conflict[np.maximum(reverse, 0)], 0.0)
    dyads = np.array([bool(t) for t in targets])
    source_conflict = _group_sum(np.where(dyads[:, None], conflict, 0.0), sources)
    target_conflict = _group_sum(np.where(dyads[:, None], conflict, 0.0), targets)
    goldstein = panel.channel("goldstein_sum")
    coop = panel.channel("quad1") + panel.channel("quad2")
    columns: list[tuple[str, str, FloatArray]] = [
        ("conflict_last", "material conflict last period", np.log1p(_lag(conflict, 1))),
        ("conflict_prev", "material conflict the period before", np.log1p(_lag(conflict, 2))),
        ("conflict_fast", "recent material conflict", np.log1p(decayed(conflict, DECAYS["fast"]))),
        (
            "conflict_slow",
            "material conflict over recent months",
            np.log1p(decayed(conflict, DECAYS["slow"])),
        ),
        ("conflict_rate", "share of past periods with material conflict", smoothed_rate),
        ("quiet_for", "periods since the last material conflict", np.log1p(since)),
        ("never_conflict", "no material conflict before", (had_before == 0).astype(np.float64)),
        ("verbal_fast", "recent verbal conflict", np.log1p(decayed(panel.channel("quad3"), DECAYS["fast"]))),
        (
            "verbal_slow",
            "verbal conflict over recent months",
            np.log1p(decayed(panel.channel("quad3"), DECAYS["slow"])),
        ),
        ("coop_fast", "recent cooperation", np.log1p(decayed(coop, DECAYS["fast"]))),
        ("events_fast", "recent events of any kind", np.log1p(decayed(events, DECAYS["fast"]))),
        ("events_slow", "events over recent months", np.log1p(decayed(events, DECAYS["slow"]))),
        (
            "goldstein_fast",
            "recent Goldstein total (negative: hostile)",
            np.sign(g := decayed(goldstein, DECAYS["fast"])) * np.log1p(np.abs(g)),
        ),
        ("age", "periods since first seen", np.log1p(weeks_seen)),
        (
            "reverse_conflict",
            "material conflict in the other direction",
            np.log1p(decayed(reverse_conflict, DECAYS["fast"])),
        ),
        (
            "source_conflict",
            "the source's material conflict with anyone",
            np.log1p(decayed(source_conflict, DECAYS["fast"])),
        ),
        (
            "target_conflict",
            "material conflict against the target by anyone",
            np.log1p(decayed(target_conflict, DECAYS["fast"])),
        ),
        ("volume_share", "share of the corpus's events last period", np.log1p(1000 * share)),
        (
            "volume_trend",
            "corpus volume last period against the 8 before",
            np.broadcast_to(trend[None, :], (units, periods)),
        ),
        ("rise", "change-point: conflict rising", _lag(rise_scores(conflict + panel.channel("quad3")), 1)),
    ]
    for channel, label in ROOT_LABELS.items():
        if panel.has(channel):
            columns.append(
                (channel, f"recent {label}", np.log1p(decayed(panel.channel(channel), DECAYS["fast"])))
            )
    names = tuple(c[0] for c in columns)
    labels = tuple(c[1] for c in columns)
    values = np.stack([np.asarray(c[2], dtype=np.float64) for c in columns], axis=2)
    return Features(names, labels, values, seen)


@dataclass(frozen=True, slots=True)
class EscalationModel:
    names: tuple[str, ...]
    labels: tuple[str, ...]
    mean: FloatArray
    scale: FloatArray
    weights: FloatArray
    bias: float
    calibration: tuple[tuple[float, float], ...] = field(default=())  # (raw, calibrated) knots

    def logits(self, values: FloatArray) -> FloatArray:
        result: FloatArray = ((values - self.mean) / self.scale) @ self.weights + self.bias
        return result

    def probability(self, values: FloatArray, exposure: FloatArray | float = 1.0) -> FloatArray:
        """P(material conflict) in a period; ``exposure`` is its length relative to a full one
        (a 3-day partial week: 3/7), applied as P = 1 − (1 − p)^exposure."""
        raw = 1.0 - (1.0 - 1.0 / (1.0 + np.exp(-self.logits(values)))) ** exposure
        if not self.calibration:
            return raw
        xs, ys = zip(*self.calibration, strict=True)
        result: FloatArray = np.interp(raw, xs, ys)
        return result

    def signals(self, values: FloatArray, *, top: int = 4) -> list[tuple[str, float]]:
        """The features that raised this forecast most, with their logit contributions."""
        contributions = (values - self.mean) / self.scale * self.weights
        order = np.argsort(-contributions)[:top]
        return [(self.labels[i], round(float(contributions[i]), 3)) for i in order if contributions[i] > 0]


def fit(features: Features, rows: BoolArray, target: BoolArray, *, l2: float = 1.0) -> EscalationModel:
    """Logistic regression on the unit-periods selected by ``rows`` (units × periods)."""
    x = features.values[rows]
    y = target[rows].astype(np.float64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    n, f = z.shape

    def objective(theta: FloatArray) -> tuple[float, FloatArray]:
        w, b = theta[:f], theta[f]
        logit = z @ w + b
        loss = np.logaddexp(0.0, logit) - y * logit
        p = 1.0 / (1.0 + np.exp(-logit))
        grad_logit = (p - y) / n
        value = float(loss.mean() + 0.5 * l2 / n * (w @ w))
        grad = np.concatenate([z.T @ grad_logit + l2 / n * w, [grad_logit.sum()]])
        return value, grad

    base = np.clip(y.mean(), 1e-6, 1 - 1e-6)
    start = np.concatenate([np.zeros(f), [np.log(base / (1 - base))]])
    # One BLAS thread: each step is a few products of a tall, narrow matrix, which a second
    # thread does not speed up; its start and spin-waiting per call cost more CPU than the fit
    # itself (measured on a 928-article corpus: 18 s of CPU for the end-of-run forecasts with 2
    # threads, 8 s with one, the same results).
    with threadpool_limits(limits=1, user_api="blas"):
        result = minimize(objective, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    theta = result.x
    return EscalationModel(features.names, features.labels, mean, scale, theta[:f], float(theta[f]))
