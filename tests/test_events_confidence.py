"""The calibrated confidence model: features, the logistic probability, validation on load."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest

from clio.errors import DataError
from clio.events.confidence import ConfidenceModel, article_context, features, load_model, parse_model
from clio.records import Actor, Event


def _event(
    *, target: bool = True, pattern: str = "hand.v.condemn", precision: str = "day", source: str = "RUS"
) -> Event:
    russia = Actor(text="Russia", span=(0, 6), name="Russia", code=source, country=source[:3] or None)
    ukraine = Actor(text="Ukraine", span=(16, 23), name="Ukraine", code="UKR", country="UKR")
    return Event(
        id="e", source=russia, target=ukraine if target else None, cameo="111", cameo_root="11",
        plover="ACCUSE", quad_class=3, goldstein=-2.0, sentence="Russia condemned Ukraine.", span=(0, 25),
        date="2022-03-01", date_precision=precision, confidence=0.8, pattern=pattern, evidence=((0, 25),),
    )  # fmt: skip


def test_features_name_what_the_event_shows() -> None:
    got = features(_event())
    assert got["has_target"] == 1.0 and got["implied_target"] == 0.0 and got["unknown_source"] == 0.0
    assert got["quad_3"] == 1.0 and got["date_day"] == 1.0 and got["origin_hand.v"] == 1.0
    implied = features(_event(pattern="hand.v.condemn+implied", precision="context"))
    assert implied["implied_target"] == 1.0 and implied["date_context"] == 1.0
    unknown = features(_event(target=False, source="", pattern="petr.kill.1"))
    assert unknown["unknown_source"] == 1.0 and unknown["has_target"] == 0.0 and unknown["origin_petr"] == 1.0


def test_probability_is_the_logistic_of_the_weighted_features() -> None:
    model = ConfidenceModel(intercept=-1.0, weights={"has_target": 2.0}, threshold=0.5)
    with_target = model.probability(_event())
    without = model.probability(_event(target=False))
    assert with_target == pytest.approx(1 / (1 + 2.718281828**-1.0), rel=1e-6)
    assert without == pytest.approx(1 / (1 + 2.718281828**1.0), rel=1e-6)
    (calibrated,) = model.calibrate([_event()])
    assert calibrated.confidence == round(with_target, 3)


def test_the_bundled_model_ranks_a_named_target_above_none() -> None:
    model = load_model()
    assert 0.0 <= model.threshold < 1.0
    assert model.probability(_event()) > model.probability(_event(target=False))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("not json", "not valid JSON"),
        ("[]", "JSON object"),
        (json.dumps({"intercept": 0, "weights": {"a": "x"}, "threshold": 0.5}), "weights"),
        (json.dumps({"intercept": "0", "weights": {}, "threshold": 0.5}), "intercept"),
        (json.dumps({"intercept": 0, "weights": {}, "threshold": 1.5}), "threshold"),
    ],
)
def test_a_bad_model_file_is_refused_with_its_name(text: str, problem: str) -> None:
    with pytest.raises(DataError, match=problem):
        parse_model(text, source="model.json")


@pytest.mark.slow
def test_the_default_threshold_keeps_likely_events_and_drops_unlikely_ones() -> None:
    import datetime as dt

    from clio.nlp import build_nlp, prepare_doc
    from clio.settings import Settings

    strict, everything = build_nlp(Settings()), build_nlp(Settings(min_confidence=0.0))
    day = dt.date(2024, 3, 5)

    def coded(nlp: object, text: str) -> list[tuple[str, str]]:
        doc = nlp(prepare_doc(nlp, text, article_date=day))  # type: ignore[operator]
        return [(e.source.code, e.cameo) for e in doc._.events]

    plain = "Russia condemned Ukraine on Monday."
    assert coded(strict, plain) == coded(everything, plain) == [("RUS", "111")]
    # An attack by unnamed gunmen of no stated country, on no one: found, but unlikely to be fully right.
    vague = "Gunmen opened fire on Monday."
    assert coded(everything, vague) and not coded(strict, vague)


def test_article_context_counts_the_story_s_own_dyad_and_marks_the_lead() -> None:
    # Two events between Russia and Ukraine (either way round) support each other; a stray one
    # with no target has no support; only the first coded sentence is the lead.
    lead = _event()
    later = dataclasses.replace(_event(), span=(30, 60))
    reverse = dataclasses.replace(later, source=later.target, target=later.source)
    stray = dataclasses.replace(_event(target=False), span=(70, 90))
    contexts = article_context([lead, reverse, stray])
    assert contexts[0] == {"dyad_support": math.log1p(1), "lead": 1.0}
    assert contexts[1] == {"dyad_support": math.log1p(1), "lead": 0.0}
    assert contexts[2] == {"dyad_support": 0.0, "lead": 0.0}
    assert features(lead, contexts[0])["dyad_support"] == math.log1p(1)


def test_calibration_reads_the_article_context() -> None:
    model = ConfidenceModel(intercept=0.0, weights={"dyad_support": 2.0}, threshold=0.5)
    alone, supported = model.calibrate([_event()]), model.calibrate([_event(), _event()])
    assert supported[0].confidence > alone[0].confidence
