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


def rise_scores(
    counts: FloatArray, *, hazard: float = DEFAULT_HAZARD, max_run: int = 104, recent: int = 1
) -> FloatArray:
    """For counts of shape (units, periods), the probability after each period that the unit's
    rate rose within the last ``recent + 1`` periods (same shape as ``counts``)."""
    units, periods = counts.shape
    width = min(max_run, periods) + 1
    log_run = np.full((units, width), -np.inf)
    total = np.zeros((units, width))
    length = np.zeros((units, width))
    log_run[:, 0] = 0.0
    first = True
    cumulative = np.zeros(units)
    scores = np.zeros((units, periods))
    log_h, log_1h = np.log(hazard), np.log1p(-hazard)
    for t in range(periods):
        x = counts[:, t][:, None]
        if first:
            new_log = np.full((units, width), -np.inf)
            new_log[:, 0] = _log_predictive(x[:, 0], np.zeros(units), np.zeros(units))
            new_total = np.zeros((units, width))
            new_length = np.zeros((units, width))
            first = False
        else:
            pred = _log_predictive(x, total, length)
            joint = log_run + pred
            growth = joint + log_1h
            change = (
                np.logaddexp.reduce(log_run, axis=1)
                + log_h
                + _log_predictive(x[:, 0], np.zeros(units), np.zeros(units))
            )
            new_log = np.full((units, width), -np.inf)
            new_log[:, 1:] = growth[:, :-1]
            new_log[:, -1] = np.logaddexp(new_log[:, -1], growth[:, -1])  # truncation: merge the tail
            new_log[:, 0] = change
            new_total = np.zeros((units, width))
            new_length = np.zeros((units, width))
            new_total[:, 1:] = total[:, :-1]
            new_length[:, 1:] = length[:, :-1]
            new_total[:, -1] = np.where(np.isfinite(growth[:, -1]), total[:, -1], new_total[:, -1])
            new_length[:, -1] = np.where(np.isfinite(growth[:, -1]), length[:, -1], new_length[:, -1])
        new_total += x
        new_length += 1
        new_total[:, 0] = x[:, 0]
        new_length[:, 0] = 1
        norm = np.logaddexp.reduce(new_log, axis=1, keepdims=True)
        log_run = new_log - norm
        total, length = new_total, new_length
        cumulative += x[:, 0]
        overall = (PRIOR_SHAPE + cumulative) / (PRIOR_RATE + t + 1)
        short = slice(0, recent + 1)
        rate = (PRIOR_SHAPE + total[:, short]) / (PRIOR_RATE + length[:, short])
        rising = rate > overall[:, None]
        scores[:, t] = np.where(rising, np.exp(log_run[:, short]), 0.0).sum(axis=1)
    return scores
