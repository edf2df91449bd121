"""Time expressions: recognition grammar, TIMEX3 normalization against the article date, tense
handling and event dating. Pure logic; the spaCy component lives in :mod:`clio.nlp.timexes`.

    normalize("early next year", anchor=date(2021, 12, 16))  -> ("DATE", "2022", "START")
    find_candidates(text) / select_longest(...)              -> grammar matches with offsets
    governing_tense(token)                                    -> "past" | "present" | "future" | ""
    event_date(doc, token)                                    -> (value, precision)
"""

from __future__ import annotations

from clio.time.grammar import Candidate, find_candidates, select_longest
from clio.time.normalize import normalize
from clio.time.resolve import resolve
from clio.time.tense import governing_tense

__all__ = ["Candidate", "find_candidates", "governing_tense", "normalize", "resolve", "select_longest"]
