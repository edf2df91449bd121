"""Pure geoparsing logic: the gazetteer, name normalisation and toponym disambiguation.

Nothing here imports spaCy; :mod:`clio.nlp.places` finds the mentions and calls in here.
"""

from clio.geo.gazetteer import Gazetteer, Place, load_gazetteer, normalize_name
from clio.geo.resolve import Mention, resolve_mentions

__all__ = ["Gazetteer", "Mention", "Place", "load_gazetteer", "normalize_name", "resolve_mentions"]
