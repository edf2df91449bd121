"""Load the spaCy English pipeline and add Clio's components."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from clio.errors import ModelError
from clio.nlp.attributes import index_attribute_ruler
from clio.nlp.extensions import ensure_extensions
from clio.nlp.lemmas import use_column_lemmatizer
from clio.settings import MODEL_CANDIDATES, Settings

# Order matters: events read what the others wrote.
# Places come first: the actor finder reads where the story's town names were geocoded.
COMPONENTS = ("clio_places", "clio_actors", "clio_timexes", "clio_quotes", "clio_events", "clio_plover")


def resolve_model(requested: str | None) -> str:
    """The spaCy model to load: the one asked for, or the first installed candidate."""
    if requested:
        return requested
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model is installed; run `make install`, or pass --model / set CLIO_MODEL "
        "to an installed spaCy pipeline"
    )


def _register_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from clio.nlp import actors, events, lines, places, plover, quotes, repair, sentences, timexes  # noqa: F401


def build_nlp(settings: Settings, *, components: tuple[str, ...] = COMPONENTS) -> Language:
    """The English pipeline with Clio's components appended (``components=()`` for parse only)."""
    ensure_extensions()
    _register_components()
    name = resolve_model(settings.model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: {exc}. Install it with `make install` or choose "
            "another with --model / CLIO_MODEL"
        ) from exc
    # The model's rule-based pipes, done faster with the same results (see the two modules).
    index_attribute_ruler(nlp)
    use_column_lemmatizer(nlp)
    if components:
        _add_line_boundaries(nlp)
    for component in components:
        nlp.add_pipe(component, config=_component_config(component, settings))
    return nlp


def _add_line_boundaries(nlp: Language) -> None:
    """Line breaks end sentences and entities (see clio.nlp.lines); skipped where a stage is missing."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("clio_line_breaks", before="parser")
        nlp.add_pipe("clio_abbreviated_titles", before="parser")  # clio.nlp.sentences
        nlp.add_pipe("clio_sentence_limit", before="parser")  # clio.nlp.sentences
        nlp.add_pipe("clio_parse_repair", after="parser")  # clio.nlp.repair
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("clio_line_entities", after="ner")


def _component_config(component: str, settings: Settings) -> dict[str, object]:
    if component == "clio_actors":
        return {"extra_files": [str(p) for p in settings.actor_files]}
    if component == "clio_timexes":
        return {"anchoring": settings.time_anchoring}
    if component == "clio_events":
        threshold = -1.0 if settings.min_confidence is None else settings.min_confidence
        return {"goldstein": settings.goldstein, "mode": settings.mode, "min_confidence": threshold}
    return {}
