"""KeyedPhrases finds what spaCy's PhraseMatcher finds, in the same order."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from clio.nlp.actors import ActorComponent
from clio.nlp.phrases import KeyedPhrases, Pattern, token_patterns

# Nested phrases, a phrase whose prefix is no phrase ("new york city" without "new york"), one
# phrase under two keys, and a one-word phrase.
PHRASES = {
    "the": ("ART",),
    "the united nations": ("UN",),
    "united nations": ("UN", "IGO"),
    "united nations security council": ("UNSC",),
    "new york city": ("NYC",),
    "police": ("COP",),
}
TEXTS = [
    "The United Nations Security Council met in New York City.",
    "the united states and the united kingdom; new york; New York City police",
    "United Nations United Nations",
    "nations united",
    "",
]


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _reference(blank: Language, text: str) -> list[tuple[str, int, int]]:
    matcher = PhraseMatcher(blank.vocab, attr="LOWER")
    for key, texts in _by_key().items():
        matcher.add(key, [blank.make_doc(t) for t in texts])
    doc = blank.make_doc(text)
    # One tuple per key and span, by start, then end, then the key's place in the table.
    found = [(blank.vocab.strings[m], s, e) for m, s, e in matcher(doc)]
    order = {(p, k): n for p, ks in PHRASES.items() for n, k in enumerate(ks)}  # keys in table order
    return sorted(found, key=lambda m: (m[1], m[2], order[(doc[m[1] : m[2]].text.lower(), m[0])]))


def _by_key() -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for phrase, names in PHRASES.items():
        for name in names:
            keys.setdefault(name, []).append(phrase)
    return keys


def _phrases(blank: Language) -> KeyedPhrases:
    patterns = token_patterns(blank.tokenizer, list(PHRASES), "LOWER")
    table: dict[Pattern, tuple[str, ...]] = dict(zip(patterns, PHRASES.values(), strict=True))
    return KeyedPhrases("LOWER", table)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_phrase_matcher(blank: Language, text: str) -> None:
    assert list(_phrases(blank)(blank.make_doc(text))) == _reference(blank, text)


def test_the_knowledge_base_names_match_as_every_n_gram_would(nlp: Language) -> None:
    """The search from a token stops once the run begins no name; nothing is lost by that."""
    actors = nlp.get_pipe("clio_actors")
    assert isinstance(actors, ActorComponent)
    names = actors.name_matcher
    doc = nlp.make_doc(
        "The United Nations Security Council and the Ministry of Foreign Affairs of the Russian "
        "Federation said the Islamic Revolutionary Guard Corps and the U.S. Department of State met."
    )
    hashes = [t.lower for t in doc]
    every_n_gram = [
        (key, start, end)
        for start in range(len(doc))
        for end in range(start + 1, len(doc) + 1)
        for key in names.keys.get(tuple(hashes[start:end]), ())
    ]
    assert len(every_n_gram) >= 5
    assert list(names(doc)) == every_n_gram
