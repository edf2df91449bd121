"""Clio: turn dated news articles into political event data (CAMEO/PLOVER), with evidence.

    import clio

    coder = clio.load()                                    # the pipeline, built once
    result = coder.extract(text, date="2024-03-05")        # -> clio.ArticleResult
    db = clio.connect("clio.db")                           # -> clio.Corpus
    db.ingest(["news/"])
    frame = db.events(source="RUS", plover="ASSAULT")      # -> pandas.DataFrame
    nlp = clio.nlp()                                       # the spaCy pipeline: doc._.events

docs/python.md has the whole tour. Importing clio is cheap: spaCy, the model and pandas load
when first used.
"""

from __future__ import annotations

from clio.coding import Coder, load, nlp
from clio.corpus import Corpus, connect
from clio.errors import ClioError
from clio.readers import sample_corpus_path
from clio.records import Actor, Article, ArticleResult, Event, Location, Quote, StageError, Timex
from clio.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "ClioError",
    "Coder",
    "Corpus",
    "Event",
    "Location",
    "Quote",
    "Settings",
    "StageError",
    "Timex",
    "__version__",
    "connect",
    "load",
    "nlp",
    "sample_corpus_path",
]
