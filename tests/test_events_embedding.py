"""Accurate mode: the exemplar file, the gating of the embedding step, and (with the model
installed) events the rule patterns miss.

The fast tests use a fake encoder; the model tests use the ``accurate_nlp`` fixture, which skips
without the accurate-mode packages unless CLIO_REQUIRE_ACCURATE=1 (then they fail).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from spacy.language import Language

from clio.errors import DataError, ModelError
from clio.events.embedding import (
    NO_EVENT,
    EmbeddingCoder,
    Exemplar,
    Match,
    accepts,
    load_exemplars,
    nearest_codes,
    parse_exemplars,
)
from clio.nlp import prepare_doc
from clio.ontology import load_cameo

# -- the exemplar file -----------------------------------------------------------------------------


def test_bundled_exemplars_cover_every_root_and_non_events() -> None:
    exemplars = load_exemplars()
    codes = {e.code for e in exemplars}
    assert NO_EVENT in codes
    roots = {code[:2] for code in codes if code != NO_EVENT}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    cameo = load_cameo()
    assert all(code in cameo for code in codes - {NO_EVENT})


INVALID_FILES = [
    ("not json", "not valid JSON"),
    ('{"code": "042"}', "exactly the keys"),
    ('{"code": "042", "phrases": ["x"], "note": 1}', "exactly the keys"),
    ('{"code": "999", "phrases": ["The army shelled the town."]}', "not a CAMEO code"),
    ('{"code": "042", "phrases": []}', "non-empty list"),
    ('{"code": "042", "phrases": ["  "]}', "non-empty string"),
    ('{"code": "042", "phrases": [42]}', "non-empty string"),
    (
        '{"code": "042", "phrases": ["The king flew to Oslo."]}\n'
        '{"code": "042", "phrases": ["The envoy went to Rome."]}',
        "listed twice",
    ),
    ("\n\n", "no exemplars"),
]


@pytest.mark.parametrize(("text", "message"), INVALID_FILES)
def test_invalid_exemplar_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_exemplars(text, source="exemplars.jsonl")


def test_valid_exemplar_lines_give_one_exemplar_per_phrase() -> None:
    text = '{"code": "173", "phrases": ["Police arrested the mayor.", " Troops detained a reporter. "]}\n'
    assert parse_exemplars(text, source="x") == (
        Exemplar("173", "Police arrested the mayor."),
        Exemplar("173", "Troops detained a reporter."),
    )


# -- nearest code and the acceptance rule ------------------------------------------------------------

CODES = ["042", "043", "190", NO_EVENT]
NEAREST = [
    # similarities to the four exemplars -> (code, similarity, margin over another root)
    ([0.70, 0.65, 0.20, 0.10], ("042", 0.70, 0.50)),  # same root runner-up does not count
    ([0.30, 0.10, 0.55, 0.50], ("190", 0.55, 0.05)),
    ([0.20, 0.10, 0.40, 0.60], (NO_EVENT, 0.60, 0.20)),
]


@pytest.mark.parametrize(("row", "expected"), NEAREST)
def test_nearest_code_and_margin_over_other_roots(
    row: list[float], expected: tuple[str, float, float]
) -> None:
    (match,) = nearest_codes(np.array([row]), CODES)
    assert match.code == expected[0]
    assert match.similarity == pytest.approx(expected[1])
    assert match.margin == pytest.approx(expected[2])


ACCEPTS = [
    (Match("042", 0.70, 0.20), True),
    (Match("042", 0.44, 0.20), False),  # under the threshold
    (Match("042", 0.70, 0.01), False),  # too close to another root
    (Match(NO_EVENT, 0.90, 0.50), False),  # nearest to the non-events
]


@pytest.mark.parametrize(("match", "expected"), ACCEPTS)
def test_accepts_needs_threshold_margin_and_an_event_code(match: Match, expected: bool) -> None:
    assert accepts(match, threshold=0.45, margin=0.05) is expected


# -- gating, with a fake encoder on real parses ------------------------------------------------------

# A made-up signal the rules do not code: "spirited away" means abduction to the fake model.
MARKER = "spirit"
FAKE_EXEMPLARS = (Exemplar("181", "spirit away"), Exemplar(NO_EVENT, "anything else"))


def fake_encoder(texts: Sequence[str]) -> np.ndarray:
    return np.array([[1.0, 0.0] if MARKER in t.lower() else [0.0, 1.0] for t in texts])


def fake_coder() -> EmbeddingCoder:
    return EmbeddingCoder(FAKE_EXEMPLARS, encoder_factory=lambda: fake_encoder)


def embedded(
    nlp: Language, text: str, *, noise: list[tuple[int, int]] | None = None
) -> list[tuple[str, str]]:
    doc = nlp(prepare_doc(nlp, text, article_id="t", article_date=None))
    if noise is not None:
        doc._.noise = noise
    return [(e.cameo, e.source.code) for e in fake_coder()(doc, doc._.events or [])]


GATING = [
    ("Nigerian militants spirited away two Chinese engineers on Monday.", [("181", "NGA")]),
    ("Nigerian militants did not spirit away the Chinese engineers.", []),  # negated
    ("Nigerian militants could spirit away more engineers, China warned.", []),  # hypothetical
    ("Did Nigerian militants spirit away the Chinese engineers?", []),  # a question
    ("Someone spirited away a painting from the museum.", []),  # no actor
    ("Nigerian police arrested the men who spirited away a Chinese engineer.", []),  # rules coded it
    ("Nigerian officials praised the harvest.", []),  # rules coded it (051)
]


@pytest.mark.parametrize(("text", "expected"), GATING)
def test_only_asserted_uncoded_sentences_with_actors_are_embedded(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    found = embedded(nlp, text)
    assert [(code, source[:3]) for code, source in found] == expected


def test_sentences_in_noise_are_not_embedded(nlp: Language) -> None:
    text = "Nigerian militants spirited away two Chinese engineers on Monday."
    assert embedded(nlp, text, noise=[(0, 20)]) == []


def test_embedded_event_names_its_pattern_evidence_and_target(nlp: Language) -> None:
    text = "Rebels said on Tuesday that Nigerian militants had spirited away two Chinese engineers."
    doc = nlp(prepare_doc(nlp, text, article_id="a1", article_date=None))
    (event,) = fake_coder()(doc, doc._.events or [])
    assert event.pattern == "embed.181"
    assert (event.cameo_root, event.plover) == ("18", "ASSAULT")
    assert event.source.code.startswith("NGA")
    assert event.target is not None and event.target.code.startswith("CHN")
    assert event.span == event.evidence[0] == (0, len(text))
    assert doc.text[event.span[0] : event.span[1]] == event.sentence
    assert event.confidence == pytest.approx(1.0)


def test_missing_packages_name_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from clio.events import embedding
    from clio.nlp.events import EventComponent

    monkeypatch.setattr(embedding.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match=r"CLIO_MODE=accurate.*requirements/accurate.txt"):
        EventComponent(mode="accurate")


def test_unknown_mode_is_refused() -> None:
    from clio.nlp.events import EventComponent

    with pytest.raises(ValueError, match="mode must be one of"):
        EventComponent(mode="fast")


def test_rules_mode_has_no_embedding_step(nlp: Language) -> None:
    component = nlp.get_pipe("clio_events")
    assert getattr(component, "embedder", None) is None


# -- with the model ---------------------------------------------------------------------------------

# Sentences whose event the rule patterns do not code; the model should: (code, source, target).
MODEL_CASES = [
    ("The Kenyan government handed a loan of $300 million to Somalia on Friday.", ("071", "KEN", "SOM")),
    ("Saudi Arabia wired $1 billion to Egypt's central bank.", ("071", "SAU", "EGY")),
    ("Ukrainian drones rained down on a Russian oil refinery overnight.", ("195", "UKR", "RUS")),
    ("The Nigerian army rained artillery fire on a militant camp.", ("194", "NGA", "")),
]

MODEL_NEGATIVES = [
    "Germany's economy grew by 0.3 percent in the third quarter, the statistics office said.",
    "The French president spoke about his childhood in a long television interview.",
    "Kenyan runners won gold and silver in the marathon on Sunday.",
]


def _coded(nlp: Language, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(prepare_doc(nlp, text, article_id="m", article_date=None))
    return [
        (e.pattern or "", e.cameo, e.source.code[:3], e.target.code[:3] if e.target else "")
        for e in doc._.events or []
    ]


@pytest.mark.parametrize(("text", "expected"), MODEL_CASES)
def test_model_codes_what_the_rules_miss(
    nlp: Language, accurate_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert _coded(nlp, text) == []  # the rules alone code nothing here
    assert _coded(accurate_nlp, text) == [(f"embed.{expected[0]}", *expected)]


@pytest.mark.parametrize("text", MODEL_NEGATIVES)
def test_model_codes_no_event_in_plain_news(accurate_nlp: Language, text: str) -> None:
    assert [e for e in _coded(accurate_nlp, text) if e[0].startswith("embed.")] == []


def test_accurate_mode_keeps_the_rule_events(nlp: Language, accurate_nlp: Language) -> None:
    text = "Turkey's president congratulated the Azerbaijani leader on his victory."
    assert _coded(accurate_nlp, text) == _coded(nlp, text) != []
