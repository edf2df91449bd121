"""Clio: turn dated news articles into political event data (CAMEO/PLOVER), with evidence."""

from __future__ import annotations

from clio.records import Actor, Article, ArticleResult, Event, Location, Quote, StageError, Timex
from clio.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Event",
    "Location",
    "Quote",
    "Settings",
    "StageError",
    "Timex",
    "__version__",
]
