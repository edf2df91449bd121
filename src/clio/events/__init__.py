"""Event coding logic that does not depend on spaCy: patterns, modality frames, merging.

patterns.py   load and validate the verb/noun patterns and modality frames (JSONL data)
modality.py   frame transforms (intent, threat, refusal, denial, appeal, demand) and negation tests
lexicon.py    the word lists the modules recognise constructions by (data/events/lexicon.json)
arguments.py  who is the source and who the target of a predicate (walks a dependency parse)
coder.py      a Doc in, a list of Events out (uses the three above)
children.py   the parse's children read once per Doc while the coder runs (Token.children is slow)
merge.py      one event per (source, code, target, date) with all evidence spans
"""

from __future__ import annotations
