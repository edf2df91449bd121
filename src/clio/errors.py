"""Clio's exceptions. Every message says what went wrong and what to do about it.

ClioError
├── InputError            an input could not be read (file, line, reason)
│   └── ArticleError      one article is unusable (too long, no text, bad field)
├── DataError             a bundled or user data file (dictionary, pattern, ontology) is invalid
├── ModelError            the spaCy pipeline could not be loaded
└── StoreError            the database could not be opened, migrated or written
"""

from __future__ import annotations


class ClioError(Exception):
    """Base class for errors that are the user's to fix; the CLI shows them without a traceback."""


class InputError(ClioError):
    """An input could not be read. ``location`` is ``path`` or ``path:line``."""

    def __init__(self, location: str, problem: str, hint: str = "") -> None:
        self.location = location
        self.problem = problem
        self.hint = hint
        message = f"{location}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class ArticleError(InputError):
    """One article is unusable; the rest of its batch goes on."""


class DataError(ClioError):
    """A data file (dictionary, patterns, ontology, knowledge base) is invalid."""


class SettingsError(ClioError, ValueError):
    """A setting (an option or a CLIO_* environment variable) has a value Clio cannot use."""


class ModelError(ClioError):
    """The spaCy pipeline could not be loaded."""


class StoreError(ClioError):
    """The database could not be opened, migrated or written. ``reason`` is the database's own
    short account of why (the message adds where)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message
