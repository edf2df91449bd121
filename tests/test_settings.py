"""Settings come from CLIO_* variables and explicit overrides, and reject nonsense."""

from __future__ import annotations

import pytest

from clio.errors import ClioError
from clio.settings import Settings, normalize_db_url


def test_environment_then_overrides() -> None:
    env = {
        "CLIO_MODEL": "my_model",
        "CLIO_DB": "postgresql+psycopg://h/db",
        "CLIO_MAX_CHARS": "500",
        "CLIO_GOLDSTEIN": "gdelt",
    }
    settings = Settings.from_env(env)
    assert (settings.model, settings.db_url, settings.max_chars, settings.goldstein) == (
        "my_model",
        "postgresql+psycopg://h/db",
        500,
        "gdelt",
    )
    assert Settings.from_env(env, model="other", db_url=None).model == "other"
    assert Settings.from_env({}).db_url == "sqlite:///clio.db"


@pytest.mark.parametrize(
    "bad",
    [
        {"goldstein": "mine"},
        {"max_chars": 0},
        {"batch_size": -1},
        {"mode": "fast"},
        {"time_anchoring": "later"},
        {"min_confidence": 1.5},
        {"min_confidence": -0.1},
    ],
)
def test_invalid_settings_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Settings(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("clio.db", "sqlite:///clio.db"),
        ("/tmp/x.db", "sqlite:////tmp/x.db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_a_bare_path_means_sqlite(given: str, expected: str) -> None:
    assert normalize_db_url(given) == expected


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CLIO_GOLDSTEIN", "mine"),
        ("CLIO_MODE", "fast"),
        ("CLIO_TIME_ANCHORING", "later"),
        ("CLIO_MAX_CHARS", "lots"),
        ("CLIO_MIN_CONFIDENCE", "high"),
        ("CLIO_MIN_CONFIDENCE", "2"),
    ],
)
def test_a_bad_environment_value_is_a_user_error_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ClioError, match=variable):
        Settings.from_env({variable: value})


def test_min_confidence_from_the_environment() -> None:
    assert Settings.from_env({"CLIO_MIN_CONFIDENCE": "0.3"}).min_confidence == 0.3
    assert Settings.from_env({}).min_confidence is None  # the model's own threshold


def test_time_anchoring_reaches_the_timex_component() -> None:
    from clio.nlp.build import _component_config

    settings = Settings.from_env({"CLIO_TIME_ANCHORING": "narrative"})
    assert _component_config("clio_timexes", settings) == {"anchoring": "narrative"}
