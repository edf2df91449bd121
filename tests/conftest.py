"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from clio.settings import Settings

pytest_plugins = ["tests.pg"]  # a real PostgreSQL server for the storage tests

REPO = Path(__file__).resolve().parent.parent
SHARED_BENCHMARKS = REPO.parent / "shared" / "benchmarks"
# Accurate mode's packages are optional: its tests skip without them, unless this is "1" (CI),
# where a missing package is a failure.
REQUIRE_ACCURATE_ENV = "CLIO_REQUIRE_ACCURATE"


@pytest.fixture(scope="session")
def settings() -> Settings:
    # Every event the coder finds: the rule tests check the coder, not the confidence threshold
    # (tests/test_events_confidence.py checks that).
    return Settings(min_confidence=0.0)


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Language:
    from clio.nlp import build_nlp

    return build_nlp(settings)


@pytest.fixture(scope="session")
def shared_benchmarks() -> Path:
    if not SHARED_BENCHMARKS.is_dir():
        pytest.skip(f"benchmark data not found at {SHARED_BENCHMARKS}")
    return SHARED_BENCHMARKS


@pytest.fixture(scope="session")
def accurate_nlp(settings: Settings) -> Language:
    """The pipeline in accurate mode (the embedding step); skips, or fails under
    CLIO_REQUIRE_ACCURATE=1, when its packages are not installed."""
    from clio.events.embedding import missing_packages
    from clio.nlp import build_nlp

    missing = missing_packages()
    if missing:
        reason = (
            f"accurate mode needs {', '.join(missing)}; "
            "install with: .venv/bin/pip install -r requirements/accurate.txt"
        )
        if os.environ.get(REQUIRE_ACCURATE_ENV) == "1":
            pytest.fail(f"{reason} ({REQUIRE_ACCURATE_ENV}=1)")
        pytest.skip(reason)
    return build_nlp(settings.replace(mode="accurate"))
