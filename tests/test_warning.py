"""Early warning logic without a database: change points, the escalation model, the weekly
benchmark's scoring, watchlists, alert levels, series units and the --on-alert hook."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from clio.errors import InputError
from clio.store.series import event_units, increments, period_of, unit_of
from clio.warning import escalation
from clio.warning.alerts import alert_level
from clio.warning.changepoint import rise_scores
from clio.warning.hooks import CommandHook
from clio.warning.panel import PanelRow, build_panel
from clio.warning.watchlist import load_watchlist, parse_watchlist
from clio.warning.weekly import average_precision, baselines, evaluate_weekly, lead_times, onset_rows

HEADER = (
    "week_start",
    "iso_week",
    "days_in_data",
    "split",
    "source_id",
    "source",
    "target_id",
    "target",
    "events",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "unmapped",
    "goldstein_mean",
)


def test_rise_score_jumps_after_a_rise_and_stays_low_when_flat_or_falling() -> None:
    counts = np.array(
        [
            [1, 0, 1, 0, 1, 0, 1, 0, 6, 7, 6],  # quiet, then a sustained rise at t=8
            [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],  # flat
            [6, 7, 6, 5, 7, 6, 0, 0, 0, 0, 0],  # falling
        ],
        dtype=float,
    )
    scores = rise_scores(counts)
    assert scores[0, 8] > 0.5 and scores[0, :8].max() < 0.3
    assert scores[1].max() < 0.3
    assert scores[2, 6:].max() < 0.3


def test_rise_scores_of_a_unit_do_not_depend_on_the_other_units() -> None:
    # Units join the update in the period of their first event (silent ones share one row):
    # each unit's scores must be exactly those it gets alone.
    rng = np.random.default_rng(3)
    counts = (rng.random((12, 150)) < 0.05) * rng.integers(1, 6, (12, 150))
    counts[:4, :100] = 0  # first events late
    counts[4] = 0  # never any
    counts[5, 0] = 3  # from the first period
    together = rise_scores(counts.astype(float), max_run=40)
    for unit in range(len(counts)):
        alone = rise_scores(counts[unit : unit + 1].astype(float), max_run=40)
        assert together[unit].tobytes() == alone[0].tobytes()
    assert together[0, :100].tobytes() == together[4, :100].tobytes()  # silent so far: alike


def _panel(counts: dict[tuple[str, str], list[int]]) -> object:
    weeks = [dt.date(2024, 1, 1) + dt.timedelta(weeks=i) for i in range(len(next(iter(counts.values()))))]
    rows = [
        PanelRow(unit, week, {"events": n + 1, "quad1": 1, "quad4": n})
        for unit, series in counts.items()
        for week, n in zip(weeks, series, strict=True)
    ]
    return build_panel(rows, weeks)


def test_features_of_a_period_use_only_the_periods_before_it() -> None:
    early = _panel({("A", "B"): [0, 2, 0, 1, 0, 0]})
    late = _panel({("A", "B"): [0, 2, 0, 1, 9, 9]})
    f_early, f_late = escalation.build_features(early), escalation.build_features(late)  # type: ignore[arg-type]
    volume = f_early.names.index("volume_trend")  # corpus-wide, also from earlier periods only
    assert np.allclose(f_early.values[:, :5], f_late.values[:, :5])
    assert f_early.values[0, 4, volume] == f_late.values[0, 4, volume]
    assert not np.allclose(f_early.values[:, 5], f_late.values[:, 5])


def test_fitted_model_is_calibrated_on_its_own_history() -> None:
    rng = np.random.default_rng(1)
    # 300 dyads: a "hot" third has material conflict 60% of weeks, the rest 3%
    counts = {}
    for d in range(300):
        rate = 0.6 if d < 100 else 0.03
        counts[(f"S{d}", "T")] = list((rng.random(40) < rate).astype(int))
    panel = _panel(counts)
    features = escalation.build_features(panel)  # type: ignore[arg-type]
    target = panel.channel("quad4") > 0  # type: ignore[attr-defined]
    rows = features.seen.copy()
    rows[:, :5] = False
    model = escalation.fit(features, rows, target, l2=1.0)
    p = model.probability(features.values[rows])
    y = target[rows]
    for lo, hi in ((0.0, 0.2), (0.4, 1.0)):
        inside = (p >= lo) & (p < hi)
        assert abs(p[inside].mean() - y[inside].mean()) < 0.05
    signals = model.signals(features.values[0, 39])
    assert signals and all(weight > 0 for _, weight in signals)


@pytest.mark.parametrize(
    ("scores", "labels", "expected"),
    [
        ([0.9, 0.8, 0.1, 0.0], [1, 1, 0, 0], 1.0),
        ([0.9, 0.8, 0.1, 0.0], [0, 0, 1, 1], (1 / 3 + 2 / 4) / 2),
        ([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0], 0.25),  # a constant forecast scores the prevalence
        ([0.9, 0.5, 0.5, 0.1], [0, 1, 0, 0], 1 / 3),  # a tie is one threshold step: P = 1/3 at R = 1
    ],
)
def test_average_precision(scores: list[float], labels: list[int], expected: float) -> None:
    assert average_precision(np.array(scores), np.array(labels, dtype=float)) == pytest.approx(expected)


def test_baselines_and_onsets_use_earlier_weeks_only() -> None:
    panel = _panel({("A", "B"): [0, 1, 0, 0, 0, 0, 1, 1]})
    base = baselines(panel)  # type: ignore[arg-type]
    assert base["persistence"][0].tolist() == [0, 0, 1, 0, 0, 0, 0, 1]
    # first seen in week 0 (an event without conflict): rate of weeks with conflict before t
    assert base["historical_rate"][0, 3] == pytest.approx(1 / 3)
    seen = np.ones((1, 8), dtype=bool)
    assert onset_rows(panel, seen)[0].tolist() == [False] * 6 + [True, False]  # type: ignore[arg-type]


def test_lead_time_counts_the_unbroken_run_of_alerts_before_an_onset() -> None:
    alerts = np.array([[False, True, True, True, False], [False, False, False, False, True]])
    onsets = np.array([[False, False, False, True, False], [False, False, False, False, True]])
    window = np.array([False, True, True, True, True])
    assert sorted(lead_times(alerts, onsets, window)) == [0, 2]


def test_weekly_benchmark_on_a_small_file(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    path = tmp_path / "weekly.csv"
    lines = [",".join(HEADER)]
    start = dt.date(2014, 1, 6)
    for week in range(30):
        split = "train" if week < 20 else "valid" if week < 25 else "test"
        for d in range(120):
            hot = d < 40
            conflict = int(rng.random() < (0.5 if hot else 0.05))
            threat = int(rng.random() < (0.6 if hot else 0.1))
            if conflict or threat or rng.random() < 0.3:
                day = start + dt.timedelta(weeks=week)
                events = 1 + conflict + threat
                lines.append(
                    f"{day},W{week},7,{split},{d},S{d},999,T,{events},1,0,{threat},{conflict},0,-2.0"
                )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = evaluate_weekly(path)
    assert report["rows"] > 0 and report["positives"] > 0
    assert set(report["baselines"]) == {"persistence", "historical_rate"}
    assert report["brier"] < min(b["brier"] for b in report["baselines"].values())
    assert report["brier_skill"] > 0
    assert report["reliability"] and report["alerts"]["threshold"] > 0


def test_weekly_file_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "weekly.csv"
    path.write_text("week_start,split\n2014-01-06,train\n")
    with pytest.raises(InputError, match="missing columns"):
        evaluate_weekly(path)
    header = ",".join(HEADER) + "\n"
    path.write_text(header + "2014-01-06,W2,7,train,1,A,2,B,one,1,0,0,0,0,1.0\n")
    with pytest.raises(InputError, match=r"weekly.csv:2: column 'events' is not a number"):
        evaluate_weekly(path)


def test_watchlist_toml_and_yaml(tmp_path: Path) -> None:
    toml = tmp_path / "watch.toml"
    toml.write_text(
        'threshold = 0.4\n[[watch]]\nsource = "rus"\ntarget = "UKR"\nthreshold = 0.1\n'
        '[[watch]]\nsource = "KGZ"\n'
    )
    watch = load_watchlist(toml)
    assert watch.thresholds("RUS", "UKR") == (0.1, 0.5)
    assert watch.thresholds("UKR", "RUS") is None  # directed
    assert watch.thresholds("TJK", "KGZ") == (0.4, 0.5)  # a source alone follows either side
    assert watch.thresholds("CHN", "") is None
    yaml_file = tmp_path / "watch.yaml"
    yaml_file.write_text("rise: 0.7\nwatch:\n  - source: KGZ\n")
    assert load_watchlist(yaml_file).thresholds("KGZ", "") == (0.3, 0.7)
    assert parse_watchlist({}, "x").thresholds("ANY", "") == (0.3, 0.5)  # no entries: follow all


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("threshold = 2\n", "threshold must be a number in"),
        ('[[watch]]\ntarget = "UKR"\n', "watch entry 1: source must be"),
        ('[[watch]]\nsource = "RUS"\ncolour = "red"\n', "unknown keys: colour"),
        ('interval = "year"\n', "interval must be one of"),
        ("threshold = \n", "not valid TOML"),
    ],
)
def test_bad_watchlists_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "watch.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        load_watchlist(path)


@pytest.mark.parametrize(
    ("probability", "change", "level"),
    [(0.7, 0.0, "high"), (0.35, 0.0, "elevated"), (0.1, 0.8, "rising"), (0.1, 0.1, None)],
)
def test_alert_levels(probability: float, change: float, level: str | None) -> None:
    assert alert_level(probability, change, 0.3, 0.5) == level


def test_an_event_counts_once_towards_each_unit_it_belongs_to() -> None:
    row = {
        "day": dt.date(2024, 3, 6),
        "source_code": "RUSMIL",
        "source_country": "RUS",
        "target_code": "RUS",
        "target_country": "RUS",
        "quad_class": 4,
        "cameo_root": "19",
        "goldstein": -10.0,
    }
    assert list(event_units(row)) == [
        ("corpus", "", ""),
        ("actor", "RUSMIL", ""),
        ("actor", "RUS", ""),
        ("country", "RUS", ""),
        ("dyad", "RUSMIL", "RUS"),
        ("country_dyad", "RUS", "RUS"),
    ]
    totals = increments([row, {**row, "day": None}])
    week = totals[("week", dt.date(2024, 3, 4), "country", "RUS", "")]
    assert (week["events"], week["quad4"], week["root19"], week["goldstein_sum"]) == (1, 1, 1, -10.0)
    assert period_of(dt.date(2024, 3, 6), "month") == dt.date(2024, 3, 1)
    assert unit_of("rus", "ukr") == ("country_dyad", "RUS", "UKR")
    assert unit_of("RUSMIL", "UKR") == ("dyad", "RUSMIL", "UKR")
    assert unit_of("KGZ") == ("country", "KGZ", "")


def test_on_alert_command_gets_the_alert_json_and_failures_are_reported(tmp_path: Path) -> None:
    out = tmp_path / "got.json"
    errors: list[str] = []
    script = f"{sys.executable} -c \"import sys; open(r'{out}', 'w').write(sys.stdin.read())\""
    CommandHook(script, on_error=errors.append)({"id": "abc", "source": "RUS"})
    assert json.loads(out.read_text()) == {"id": "abc", "source": "RUS"} and errors == []
    CommandHook(f"{sys.executable} -c \"import sys; sys.exit('boom')\"", on_error=errors.append)({"id": "x"})
    assert errors and "exited with 1" in errors[0] and "boom" in errors[0]
