"""spaCy integration: ``build_nlp`` loads the English pipeline and adds Clio's components.

Our components are registered as spaCy factories (importing their modules registers them) and
each writes one Doc extension with typed records from :mod:`clio.records`:

    clio_actors   -> doc._.actors     (list[Actor]); also doc.spans["actors"]
    clio_timexes  -> doc._.timexes    (list[Timex])
    clio_places   -> doc._.locations  (list[Location])
    clio_quotes   -> doc._.quotes     (list[Quote])
    clio_events   -> doc._.events     (list[Event])
    clio_plover   -> doc._.events     (the same events with PLOVER mode, context, sentence number)

The model's rule-based attribute ruler and lemmatizer are replaced by equivalents that give the
same annotations faster (:mod:`clio.nlp.attributes`, :mod:`clio.nlp.lemmas`).

Before a Doc enters the pipeline, :func:`prepare_doc` sets ``doc._.article_id``,
``doc._.article_date`` and ``doc._.noise`` (character spans of photo credits, captions and
bylines that every component must ignore).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from clio.nlp.build import COMPONENTS, build_nlp, resolve_model
from clio.nlp.extensions import ensure_extensions, in_noise, prepare_doc

__all__ = ["COMPONENTS", "build_nlp", "ensure_extensions", "in_noise", "prepare_doc", "resolve_model"]


class _CallablePackage(types.ModuleType):
    """``clio.nlp`` names both this package and the public ``clio.nlp(**settings)``: importing a
    submodule rebinds the attribute to the package, so the package itself is callable."""

    def __call__(self, settings: Any = None, **overrides: Any) -> Any:
        from clio.coding import nlp

        return nlp(settings, **overrides)


if not TYPE_CHECKING:
    sys.modules[__name__].__class__ = _CallablePackage
