"""Scorers behind ``clio eval``: one module per task, each exposing ``evaluate(gold, settings)``.

clio eval actors --gold FILE     clio.evaluate.actors
clio eval events --gold FILE     clio.evaluate.events
clio eval plover --gold FILE     clio.evaluate.plover (PLOVER mode and context)
clio eval timex  --gold FILE     clio.evaluate.timex
clio eval quotes --gold FILE     clio.evaluate.quotes
clio eval geo    --gold FILE     clio.evaluate.geo
clio eval articles --gold PATH   clio.evaluate.articles (whole articles with event gold)
"""

from __future__ import annotations

from clio.evaluate.report import EvalReport, prf

TASKS = ("actors", "events", "plover", "timex", "quotes", "geo", "articles")

__all__ = ["TASKS", "EvalReport", "prf"]
