"""What a quoted stretch looks like: a title or name in marks is not a quotation."""

from __future__ import annotations

# Lower-case words a title keeps lower-case ("Keeping Up with the Joneses").
TITLE_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
    }
)
MAX_TITLE_WORDS = 6


def looks_like_title(inner: str) -> bool:
    """True for a short quoted stretch in title case (“Fox News Sunday,”, "Morning Joe").

    A stretch ending a sentence inside its marks ("Get out!") is speech, not a title.
    """
    stripped = inner.strip().rstrip(",;:")
    if not stripped or stripped[-1] in ".!?…":
        return False
    words = [w for w in stripped.split() if any(ch.isalpha() for ch in w)]
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    if words[0][0].islower():
        return False
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words if w[0].isalpha())
