"""Bayesian online change-point detection (Adams & MacKay 2007) on weekly or daily counts.

Each unit's counts are modelled as Poisson with a Gamma(shape, rate) prior on the rate, and the
rate is redrawn at a change point with probability ``hazard`` each period. The run-length
posterior is updated one period at a time for every unit at once (numpy), truncated at
``max_run`` periods. Here the observation of period t starts the new run when a change happens at
t, so P(run length ≤ k) is the probability that the rate changed within the last k+1 periods.

``rise_scores`` is that probability restricted to *upward* changes: the mass of short runs whose
posterior mean rate exceeds the unit's whole-history mean.
"""

from __future__ import annotations

import numpy as np
from scipy.special import gammaln

from clio.warning.panel import FloatArray

DEFAULT_HAZARD = 1 / 26
PRIOR_SHAPE = 0.5
PRIOR_RATE = 1.0


def _log_predictive(x: FloatArray, total: FloatArray, length: FloatArray) -> FloatArray:
    """log NegBin(x | shape + total, rate + length): the Poisson-Gamma posterior predictive."""
    a = PRIOR_SHAPE + total
    b = PRIOR_RATE + length
    result: FloatArray = (
        gammaln(a + x) - gammaln(a) - gammaln(x + 1) + a * np.log(b / (b + 1)) - x * np.log(b + 1)
    )
    return result


def _log_predictive_rows(x: FloatArray, total: FloatArray, length: FloatArray) -> FloatArray:
    """``_log_predictive`` for a column ``x`` of counts (one per row of ``total`` and ``length``),
    the same bits: where x is 0 the gamma terms cancel to exactly 0, so only the rows with events
    pay for them (most periods of most units have none)."""
    a = PRIOR_SHAPE + total
    b = PRIOR_RATE + length
    result: FloatArray = a * np.log(b / (b + 1))
    busy = np.flatnonzero(x[:, 0])
    if busy.size:
        result[busy] = _log_predictive(x[busy], total[busy], length[busy])
    return result


def rise_scores(
    counts: FloatArray, *, hazard: float = DEFAULT_HAZARD, max_run: int = 104, recent: int = 1
) -> FloatArray:
    """For counts of shape (units, periods), the probability after each period that the unit's
    rate rose within the last ``recent + 1`` periods (same shape as ``counts``).

    Until its first event a unit's posterior is that of a unit with no events at all, so only one
    such row is updated (row 0 of the state below) and a unit joins, with a copy of that row's
    state, in the period of its first event: the work grows with the units seen, not with the
    whole panel (a corpus spanning decades has most units silent for most of it). Each row is
    updated by the same operations as if every unit were updated from the start."""
    units, periods = counts.shape
    width = min(max_run, periods) + 1
    active = counts != 0
    starts = np.where(active.any(axis=1), active.argmax(axis=1), periods)
    order = np.argsort(starts, kind="stable")  # units in the order they join
    joined = np.searchsorted(starts[order], np.arange(periods), side="right")  # units in by period t
    rows = units + 1  # row 0: no events yet; row 1 + k: unit order[k]
    log_run = np.full((rows, width), -np.inf)
    total = np.zeros((rows, width))
    length = np.zeros((rows, width))
    log_run[:, 0] = 0.0
    cumulative = np.zeros(rows)
    x_all = np.zeros((rows, periods))
    x_all[1:] = counts[order]
    state = np.zeros((rows, periods))
    log_h, log_1h = np.log(hazard), np.log1p(-hazard)
    short = slice(0, recent + 1)
    n = 1
    for t in range(periods):
        m = 1 + int(joined[t])
        if m > n:  # units whose first event is now start from the no-events row
            log_run[n:m] = log_run[0]
            total[n:m] = total[0]
            length[n:m] = length[0]
            cumulative[n:m] = cumulative[0]
            n = m
        x = x_all[:n, t][:, None]
        fresh = _log_predictive_rows(x, np.zeros((n, 1)), np.zeros((n, 1)))[:, 0]
        if t == 0:
            new_log = np.full((n, width), -np.inf)
            new_log[:, 0] = fresh
            new_total = np.zeros((n, width))
            new_length = np.zeros((n, width))
        else:
            pred = _log_predictive_rows(x, total[:n], length[:n])
            growth = log_run[:n] + pred + log_1h
            change = np.logaddexp.reduce(log_run[:n], axis=1) + log_h + fresh
            new_log = np.full((n, width), -np.inf)
            new_log[:, 1:] = growth[:, :-1]
            new_log[:, -1] = np.logaddexp(new_log[:, -1], growth[:, -1])  # truncation: merge the tail
            new_log[:, 0] = change
            new_total = np.zeros((n, width))
            new_length = np.zeros((n, width))
            new_total[:, 1:] = total[:n, :-1]
            new_length[:, 1:] = length[:n, :-1]
            kept = np.isfinite(growth[:, -1])
            new_total[:, -1] = np.where(kept, total[:n, -1], new_total[:, -1])
            new_length[:, -1] = np.where(kept, length[:n, -1], new_length[:, -1])
        new_total += x
        new_length += 1
        new_total[:, 0] = x[:, 0]
        new_length[:, 0] = 1
        norm = np.logaddexp.reduce(new_log, axis=1, keepdims=True)
        log_run[:n] = new_log - norm
        total[:n], length[:n] = new_total, new_length
        cumulative[:n] += x[:, 0]
        overall = (PRIOR_SHAPE + cumulative[:n]) / (PRIOR_RATE + t + 1)
        rate = (PRIOR_SHAPE + total[:n, short]) / (PRIOR_RATE + length[:n, short])
        rising = rate > overall[:, None]
        state[:n, t] = np.where(rising, np.exp(log_run[:n, short]), 0.0).sum(axis=1)
        state[n:, t] = state[0, t]
    scores = np.empty((units, periods))
    scores[order] = state[1:]
    return scores
