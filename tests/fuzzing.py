"""Hypothesis strategies for hostile input, and how long to fuzz (see docs/reliability.md).

`make test` runs each fuzz test briefly (``CLIO_FUZZ_EXAMPLES``, default 12 examples); `make fuzz`
runs them at length (``CLIO_FUZZ_EXAMPLES=2000`` and more text per example), keeping the failing
examples Hypothesis finds in ``.hypothesis/`` so that the next run tries them first.
"""

from __future__ import annotations

import os
import string

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("CLIO_FUZZ_EXAMPLES", "12"))
LONG = EXAMPLES > 100
# The real spaCy pipeline is slower per example: a fifth as many.
MODEL_EXAMPLES = max(3, EXAMPLES // 5)

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    database=None if not LONG else settings.default.database,
)
FUZZ_MODEL = settings(FUZZ, max_examples=MODEL_EXAMPLES)

# Pieces that broke (or could break) some layer: markup, escapes, control and format characters,
# quotes, dates and numbers that overflow, NUL and lone surrogates.
HOSTILE_PIECES = (
    "[bold]",
    "[/x]",
    "[/]",
    "[link=javascript:alert(1)]x[/link]",
    "<script>alert(1)</script>",
    "&amp;&#0;",
    "\x00",
    "\x1b[2J",
    "\r",
    "\r\n",
    "\x85",
    "\u2028",
    "\u202e",
    "\ufeff",
    "\ufffd",
    "\ud800",
    "\udcff",
    "\U0010ffff",
    "\u0301\u0301\u0301",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "(",
    ")",
    "—",
    "...",
    "99999999999999999999",
    "Mon, 1 Jan 99999999999999999999 00:00:00 +0000",
    "on Monday",
    "last week",
    "March 4, 2024",
    "in the year 99999",
    "2024-02-30",
    "http://example.org/" + "a" * 300,
    "JOHN ROE / AFP via Getty Images",
    "(Reporting by Jane Doe; Editing by John Roe)",
)
NEWS_WORDS = (
    "Russia",
    "Ukraine",
    "Turkish",
    "foreign minister",
    "Swedish counterpart",
    "Ankara",
    "NATO",
    "the United Nations",
    "said",
    "told",
    "attacked",
    "met",
    "criticized",
    "agreed",
    "police",
    "protesters",
    "in",
    "on",
    "the",
    "of",
    ".",
    ",",
    "\n",
    "\n\n",
)

# Any code point, lone surrogates included (Hypothesis leaves them out by default).
any_character = st.characters(codec=None, categories=None)
punctuation_run = st.text(alphabet="!?.,;:()[]'\"-/\\*&^%$#@", min_size=200, max_size=3_000 if LONG else 600)


def hostile_text(*, min_pieces: int = 0, max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Text built from news words, hostile pieces, random characters of every category and, now
    and then, a long run of punctuation without a space."""
    piece = st.one_of(
        st.sampled_from(NEWS_WORDS).map(lambda w: w + " "),
        st.sampled_from(HOSTILE_PIECES),
        st.text(any_character, max_size=12),
        st.text(alphabet=string.printable, max_size=12),
        punctuation_run,
    )
    return st.lists(piece, min_size=min_pieces, max_size=max_pieces * (5 if LONG else 1)).map("".join)


def storable_text(*, max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Hostile text that a UTF-8 file can hold (no lone surrogates)."""
    return hostile_text(max_pieces=max_pieces).map(
        lambda text: text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    )


def date_strings() -> st.SearchStrategy[str]:
    """Strings shaped like the dates feeds write, with numbers of any size, and anything else."""
    number = st.one_of(st.integers(-10, 10_000), st.integers(), st.just(99999999999999999999))
    zone = st.one_of(st.sampled_from(["+0000", "-0500", "Z", "GMT", ""]), number.map(lambda n: f"+{n}"))
    month = st.sampled_from(["Jan", "Feb", "December", "Foo", ""])
    rfc = st.builds(
        lambda d, m, y, h, z: f"Mon, {d} {m} {y} {h}:00:00 {z}", number, month, number, number, zone
    )
    iso = st.builds(lambda y, m, d, rest: f"{y}-{m}-{d}{rest}", number, number, number, st.text(max_size=12))
    return st.one_of(rfc, iso, st.text(any_character, max_size=40), st.sampled_from(HOSTILE_PIECES))
