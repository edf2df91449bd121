"""The report every scorer returns, and the small arithmetic they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores of one run of one scorer on one gold file.

    ``metrics`` maps a metric name to a value; ``breakdown`` maps a category (a PLOVER type, a
    CAMEO root, a timex type) to its own metrics; ``errors`` lists misses for ``--errors``.
    """

    task: str
    gold: str
    metrics: dict[str, float]
    breakdown: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "gold": self.gold,
            "metrics": self.metrics,
            "breakdown": self.breakdown,
            "errors": self.errors,
            "notes": self.notes,
        }
