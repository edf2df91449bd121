"""The weekly-dyad benchmark behind ``clio eval alerts --weekly FILE``.

The file has one row per directed actor pair per ISO week with at least one event (columns
``week_start, split, days_in_data, source, target, events, verbal_coop, material_coop,
verbal_conflict, material_conflict, goldstein_mean``; absent rows mean zero). For every week of
the ``test`` split and every dyad seen in an earlier week, the model gives the probability of
material conflict that week from the weeks before only.

Selection uses ``valid`` weeks only: the L2 penalty by Brier score and the alert threshold by F1.
The model is then refitted on train and valid weeks and scores the test weeks once.

Reported: Brier score and its skill against persistence (1 if the dyad had material conflict
the week before, else 0) and against the dyad's historical rate (its share of weeks with
material conflict since it first appeared), both computed on the same rows; average precision
for onsets (material conflict after at least 4 quiet weeks), scored on the dyad-weeks that
followed 4 quiet weeks; mean lead time of alerts before detected onsets; false alarms (alerted
dyad-weeks without material conflict) per 100 dyad-weeks; and a reliability table.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from clio.errors import InputError
from clio.warning import escalation
from clio.warning.escalation import BoolArray
from clio.warning.forecaster import fallback_probability
from clio.warning.panel import FloatArray, Panel, PanelRow, build_panel

REQUIRED = (
    "week_start",
    "split",
    "days_in_data",
    "source",
    "target",
    "events",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "goldstein_mean",
)
QUIET_WEEKS = 4
L2_GRID = (1.0, 10.0, 100.0, 1000.0, 10000.0)
RELIABILITY_BINS = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0)


@dataclass(frozen=True, slots=True)
class WeeklyData:
    panel: Panel
    splits: tuple[str, ...]  # per period


def _number(value: str, where: str, column: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise InputError(where, f"column {column!r} is not a number: {value!r}", "fix the value") from None


def load_weekly(path: Path) -> WeeklyData:
    """The panel of a weekly-dyad CSV file, with the split of every week."""
    if not path.is_file():
        raise InputError(str(path), "file not found", "give --weekly the weekly_dyads.csv file")
    rows: list[PanelRow] = []
    splits: dict[dt.date, str] = {}
    days: dict[dt.date, float] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(
                f"{path}:1", f"missing columns: {', '.join(missing)}", "the header must name them"
            )
        for number, record in enumerate(reader, 2):
            where = f"{path}:{number}"
            try:
                week = dt.date.fromisoformat(record["week_start"])
            except ValueError:
                raise InputError(
                    where, f"week_start {record['week_start']!r} is not a date", "use YYYY-MM-DD"
                ) from None
            if splits.setdefault(week, record["split"]) != record["split"]:
                raise InputError(where, f"week {week} has two splits", "one split per week")
            days[week] = _number(record["days_in_data"], where, "days_in_data")
            values = {
                name: _number(record[column], where, column)
                for name, column in (
                    ("events", "events"),
                    ("quad1", "verbal_coop"),
                    ("quad2", "material_coop"),
                    ("quad3", "verbal_conflict"),
                    ("quad4", "material_conflict"),
                )
            }
            mean = record["goldstein_mean"].strip()
            values["goldstein_sum"] = (
                _number(mean, where, "goldstein_mean") * values["events"] if mean else 0.0
            )
            source, target = record["source"].strip(), record["target"].strip()
            if not source or not target:
                raise InputError(where, "empty source or target", "every row names both actors")
            rows.append(PanelRow((source, target), week, values))
    if not rows:
        raise InputError(str(path), "no rows", "the file holds only a header")
    first, last = min(splits), max(splits)
    weeks = [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    panel = build_panel(rows, weeks, days=[days.get(w, 7.0) for w in weeks])
    return WeeklyData(panel, tuple(splits.get(w, "") for w in weeks))


def brier(p: FloatArray, y: FloatArray) -> float:
    return float(np.mean((p - y) ** 2)) if len(y) else 0.0


def average_precision(scores: FloatArray, y: FloatArray) -> float:
    """Area under the precision-recall curve as a step function over distinct thresholds (ties
    form one step, so a constant forecast scores the prevalence)."""
    positives = y.sum()
    if positives == 0:
        return 0.0
    order = np.argsort(-scores, kind="stable")
    s, hits = scores[order], y[order]
    cut = np.flatnonzero(np.diff(s) != 0)
    ends = np.concatenate([cut, [len(s) - 1]])
    true_pos = np.cumsum(hits)[ends]
    precision = true_pos / (ends + 1)
    recall = true_pos / positives
    previous = np.concatenate([[0.0], recall[:-1]])
    return float(np.sum((recall - previous) * precision))


def reliability(p: FloatArray, y: FloatArray) -> list[dict[str, float]]:
    table = []
    for lo, hi in itertools.pairwise(RELIABILITY_BINS):
        inside = (p >= lo) & ((p < hi) if hi < 1.0 else (p <= hi))
        if inside.any():
            table.append(
                {
                    "from": lo,
                    "to": hi,
                    "rows": int(inside.sum()),
                    "mean_forecast": round(float(p[inside].mean()), 4),
                    "observed": round(float(y[inside].mean()), 4),
                }
            )
    return table


def baselines(panel: Panel) -> dict[str, FloatArray]:
    """Persistence and the historical rate for every unit and period (from earlier periods)."""
    had = (panel.channel("quad4") > 0).astype(np.float64)
    persistence = np.zeros_like(had)
    persistence[:, 1:] = had[:, :-1]
    first = panel.first_seen()
    periods = np.arange(had.shape[1])[None, :]
    weeks = np.maximum(periods - first[:, None], 0)
    before = np.cumsum(had, axis=1) - had
    rate = np.divide(before, weeks, out=np.zeros_like(before), where=weeks > 0)
    return {"persistence": persistence, "historical_rate": rate}


def onset_rows(panel: Panel, seen: BoolArray) -> BoolArray:
    """Unit-periods that followed at least QUIET_WEEKS periods without material conflict."""
    had = panel.channel("quad4") > 0
    quiet = np.zeros_like(had)
    for t in range(QUIET_WEEKS, had.shape[1]):
        quiet[:, t] = ~had[:, t - QUIET_WEEKS : t].any(axis=1)
    result: BoolArray = quiet & seen
    return result


def _best_threshold(p: FloatArray, y: FloatArray) -> float:
    candidates = np.unique(np.round(p, 3))
    best, best_f1 = 0.5, -1.0
    for tau in candidates[candidates > 0]:
        alerted = p >= tau
        tp = float((alerted & (y > 0)).sum())
        f1 = 2 * tp / (alerted.sum() + y.sum()) if alerted.sum() + y.sum() else 0.0
        if f1 > best_f1:
            best, best_f1 = float(tau), f1
    return best


def lead_times(alerts: BoolArray, onsets: BoolArray, window: BoolArray) -> list[int]:
    """For each detected onset (alerted in its own week) inside ``window`` periods, how many
    periods before it the unbroken run of alerts leading to it began (0: only its own week)."""
    leads = []
    first_period = int(np.flatnonzero(window)[0]) if window.any() else 0
    for u, t in zip(*np.nonzero(onsets & alerts & window[None, :]), strict=True):
        start = t
        while start - 1 >= first_period and alerts[u, start - 1]:
            start -= 1
        leads.append(int(t - start))
    return leads


def evaluate_weekly(path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    data = load_weekly(path)
    panel = data.panel
    split = np.array(data.splits)
    features = escalation.build_features(panel)
    target = panel.channel("quad4") > 0
    seen = features.seen
    in_split = {
        name: np.broadcast_to((split == name)[None, :], seen.shape) & seen
        for name in ("train", "valid", "test")
    }
    train_rows = in_split["train"].copy()
    train_rows[:, 0] = False
    y_valid = target[in_split["valid"]].astype(np.float64)
    exposure = np.broadcast_to((panel.days / 7.0)[None, :], seen.shape)
    choices = []
    for l2 in L2_GRID:
        model = escalation.fit(features, train_rows, target, l2=l2)
        valid_p = model.probability(features.values[in_split["valid"]], exposure[in_split["valid"]])
        choices.append((brier(valid_p, y_valid), l2, model))
    valid_brier, l2, selected = min(choices, key=lambda c: (c[0], c[1]))
    valid_p = selected.probability(features.values[in_split["valid"]], exposure[in_split["valid"]])
    threshold = _best_threshold(valid_p, y_valid)
    final = escalation.fit(features, train_rows | in_split["valid"], target, l2=l2)
    probability = final.probability(features.values, exposure)
    test = in_split["test"]
    y = target[test].astype(np.float64)
    p = probability[test]
    base = baselines(panel)
    onsets_eligible = onset_rows(panel, seen) & test
    y_onset = target[onsets_eligible].astype(np.float64)
    result: dict[str, Any] = {
        "rows": int(test.sum()),
        "positives": int(y.sum()),
        "base_rate": round(float(y.mean()), 5),
    }
    result["brier"] = round(brier(p, y), 5)
    result["aupr_onset"] = round(average_precision(probability[onsets_eligible], y_onset), 4)
    result["baselines"] = {
        name: {
            "brier": round(brier(values[test], y), 5),
            "aupr_onset": round(average_precision(values[onsets_eligible], y_onset), 4),
        }
        for name, values in base.items()
    }
    better = min(result["baselines"], key=lambda k: result["baselines"][k]["brier"])
    result["better_baseline"] = better
    for figures in result["baselines"].values():
        figures["brier_skill"] = round(1 - result["brier"] / figures["brier"], 4) if figures["brier"] else 0.0
    result["brier_skill"] = result["baselines"][better]["brier_skill"]
    best_aupr = max(f["aupr_onset"] for f in result["baselines"].values())
    result["aupr_onset_ratio"] = round(result["aupr_onset"] / best_aupr, 2) if best_aupr else None
    alerts = probability >= threshold
    alerts &= seen
    onsets = onset_rows(panel, seen) & target
    window = split == "test"
    leads = lead_times(alerts, onsets, window)
    n_onsets = int((onsets & window[None, :]).sum())
    result["alerts"] = {
        "threshold": threshold,
        "onsets": n_onsets,
        "onsets_alerted": len(leads),
        "mean_lead_weeks": round(float(np.mean(leads)), 2) if leads else None,
        "false_alarms_per_100": round(float((alerts[test] & (y == 0)).sum()) / max(len(y), 1) * 100, 3),
        "alerts": int(alerts[test].sum()),
    }
    result["selection"] = {"l2": l2, "valid_brier": round(valid_brier, 5), "valid_threshold_f1": threshold}
    result["reliability"] = reliability(p, y)
    result["reliability_valid"] = reliability(valid_p, y_valid)
    # The small-data fallback that `clio alerts` uses when a database is too small to fit the
    # model: scored here for reference only (it is not selected or tuned on this data).
    fallback = fallback_probability(panel)
    result["fallback"] = {
        "brier": round(brier(fallback[test], y), 5),
        "aupr_onset": round(average_precision(fallback[onsets_eligible], y_onset), 4),
    }
    result["model"] = {"features": list(final.names), "weights": [round(float(w), 4) for w in final.weights]}
    result["runtime_s"] = round(time.perf_counter() - started, 2)
    return result
