"""Calibrated event confidence: the probability that a coded event is fully right.

"Fully right" means a real event with the right CAMEO root, source, target and day, as the
article benchmarks count it (see :mod:`clio.evaluate.articles`). The coder's own score (how
specific the pattern was) is one signal among several that say how often such events are right:
whether the target was named or implied, whether the source is known, how the date was found,
the kind of rule that coded it and the quad class; and what the article's other events say of it
(how many are between the same two countries, whether it is in the lead). A logistic model over
these features, fitted on the development sets by ``benchmarks/fit_confidence.py``, turns them
into a probability.

The model is data (``clio/data/events/confidence.json``: feature weights, the intercept and the
threshold recommended for ``--min-confidence``), validated on load.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from clio.errors import DataError
from clio.records import Event

MODEL_FILE = "confidence.json"
# Sectors of states and armed parties: their acts are what event data is about.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "REB", "INS"})
# The kind of rule that coded an event, read from the start of its pattern id.
ORIGINS = ("hand.v", "hand.n", "petr", "frame", "report", "allege")
PRECISIONS = ("day", "month", "year", "context", "article", "unknown")
# Acts that are complete without a target: a show of force or missile test, a veto.
UNTARGETED_CODES = frozenset({"150", "129"})


def features(event: Event, context: Mapping[str, float] | None = None) -> dict[str, float]:
    """The features of one event (names are stable: the model file refers to them); ``context``:
    what its article says of it (see :func:`article_context`)."""
    pattern = event.pattern or ""
    target = event.target
    out = {
        "coder_score": event.confidence,
        "has_target": float(target is not None),
        "implied_target": float("+implied" in pattern),
        "unknown_source": float(not event.source.code),
        "source_without_country": float(not event.source.country and not event.source.code.startswith("IGO")),
        "state_source": float((event.source.sector or "")[:3] in STATE_SECTORS or not event.source.sector),
        "same_country": float(target is not None and target.country == event.source.country),
        "evidence": math.log1p(len(event.evidence)),
        "needs_no_target": float(event.cameo in UNTARGETED_CODES),
        f"quad_{event.quad_class}": 1.0,
        f"date_{event.date_precision or 'unknown'}": 1.0,
    }
    origin = next((o for o in ORIGINS if pattern.startswith(o)), "other")
    out[f"origin_{origin}"] = 1.0
    out.update(context or {})
    return out


def article_context(events: Sequence[Event]) -> list[dict[str, float]]:
    """What an article's other events say of each event: how many others are between the same two
    countries (a story's own dyad is coded again and again; a stray reading stands alone), and
    whether it is in the article's first coded sentence, the lead."""

    def pair(event: Event) -> frozenset[str] | None:
        if event.target is None:
            return None
        return frozenset(
            {event.source.country or event.source.code, event.target.country or event.target.code}
        )

    pairs = Counter(p for e in events if (p := pair(e)) is not None)
    first = min((e.span[0] for e in events), default=0)
    out = []
    for event in events:
        key = pair(event)
        support = pairs[key] - 1 if key is not None else 0
        out.append({"dyad_support": math.log1p(support), "lead": float(event.span[0] == first)})
    return out


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Logistic weights over :func:`features`, and the recommended threshold."""

    intercept: float
    weights: Mapping[str, float]
    threshold: float

    def probability(self, event: Event, context: Mapping[str, float] | None = None) -> float:
        values = features(event, context)
        score = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in values.items())
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def calibrate(self, events: Iterable[Event]) -> list[Event]:
        """The events of one article with ``confidence`` replaced by the model's probability."""
        listed = list(events)
        contexts = article_context(listed)
        return [
            dataclasses.replace(e, confidence=round(self.probability(e, c), 3))
            for e, c in zip(listed, contexts, strict=True)
        ]


def parse_model(text: str, *, source: str) -> ConfidenceModel:
    """Parse and validate a model file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{source}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise DataError(f"{source}: the model must be a JSON object")
    weights = data.get("weights")
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) for k, v in weights.items()
    ):
        raise DataError(f"{source}: 'weights' must map feature names to numbers")
    intercept, threshold = data.get("intercept"), data.get("threshold")
    if not isinstance(intercept, int | float):
        raise DataError(f"{source}: 'intercept' must be a number")
    if not isinstance(threshold, int | float) or not 0.0 <= threshold < 1.0:
        raise DataError(f"{source}: 'threshold' must be a number in [0, 1)")
    return ConfidenceModel(float(intercept), {k: float(v) for k, v in weights.items()}, float(threshold))


def default_model_path() -> Path:
    return Path(str(resources.files("clio.data").joinpath("events").joinpath(MODEL_FILE)))


@functools.lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> ConfidenceModel:
    """The fitted model (default: the bundled one), read once."""
    path = path or default_model_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read the confidence model: {exc}") from exc
    return parse_model(text, source=str(path))
