"""What the actor component makes of a short text: shared by the actor rule tests."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from clio.clean import find_noise
from clio.nlp import prepare_doc


def actor_codes(nlp: Language, text: str, day: dt.date) -> dict[str, str]:
    """Each actor's text and its code, with noise and the dateline found as the pipeline finds them;
    ``day`` is the article's date (who holds an office depends on it)."""
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=day, noise=find_noise(text)))
    return {a.text: a.code for a in doc._.actors}
