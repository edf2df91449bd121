"""The indexed attribute ruler finds exactly the Matcher's matches and sets the same attributes."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from clio.nlp.attributes import FACTORY, IndexedAttributeRuler, index_attribute_ruler

TEXTS = [
    "The minister said on Monday that talks with Sweden would go on.",
    "I ain't gonna wait, let's go: y'all gotta c'mon now!",
    "There is a plan and there were two others; it's   done.\n\nNew paragraph  here ",
    "Y'all AIN'T seen nothing; GON NA happen.",
    "",
    "   ",
]

# Every feature the index handles: equality, IN, NOT_IN, REGEX, a flag, two-token patterns filed
# by their first or second token or not filed at all, two rules for the same span, a rule with
# two patterns matching one span, and a negative index.
RULES: list[dict[str, Any]] = [
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"LEMMA": "THE"}},
    {"patterns": [[{"TAG": {"IN": ["NN", "NNS"]}, "LOWER": {"NOT_IN": ["plan"]}}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"ORTH": {"REGEX": "^[A-Z]"}}]], "attrs": {"MORPH": "Case=Cap"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"TEXT": {"REGEX": "o"}}, {"TEXT": {"REGEX": "a"}}]], "attrs": {"NORM": "oa"}},
    {"patterns": [[{"LOWER": "the"}], [{"TEXT": "The"}]], "attrs": {"NORM": "the"}},
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"LEMMA": "the-again"}},
]


def _vocab() -> Vocab:
    return spacy.blank("en").vocab  # English lexeme attributes (a bare Vocab has no LOWER)


def _doc(vocab: Vocab, text: str) -> Doc:
    words = [word or " " for word in text.split(" ")]  # two spaces in a row: a space token
    tags = ["NNS" if w.endswith("s") else "NN" if w.islower() else "NNP" for w in words]
    return Doc(vocab, words=words, tags=tags)


def _rulers(vocab: Vocab, rules: list[dict[str, Any]]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    plain, indexed = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    plain.add_patterns(rules)
    indexed.add_patterns(rules)
    return plain, indexed


@pytest.mark.parametrize(
    "text",
    [
        "The plan of the states",
        "y' all gon na  go",
        "all along y",  # "y all" only if a pattern could start before the first token
        "So the   Boat sails all year",
        "the",
        "Y all oak",
    ],
)
def test_each_pattern_feature_matches_as_the_matcher(text: str) -> None:
    vocab = _vocab()
    plain, indexed = _rulers(vocab, RULES)
    expected = plain.match(_doc(vocab, text))
    assert expected  # every text exercises some rule
    assert indexed.match(_doc(vocab, text)) == expected
    assert indexed.match(_doc(vocab, text)) == expected  # the remembered rows give the same


def test_rules_added_later_are_matched() -> None:
    vocab = _vocab()
    plain, indexed = _rulers(vocab, RULES[:1])
    indexed.match(_doc(vocab, "the end"))
    for ruler in (plain, indexed):
        ruler.add_patterns(RULES[1:])
    assert indexed.match(_doc(vocab, "the end")) == plain.match(_doc(vocab, "the end"))


def test_a_pattern_with_an_operator_falls_back_to_the_matcher() -> None:
    vocab = _vocab()
    rules = [{"patterns": [[{"LOWER": "the"}, {"LOWER": "big", "OP": "?"}]], "attrs": {"LEMMA": "x"}}]
    plain, indexed = _rulers(vocab, rules)
    assert indexed.match(_doc(vocab, "the big end")) == plain.match(_doc(vocab, "the big end"))


def test_the_model_ruler_is_replaced_and_annotates_the_same(nlp: Language) -> None:
    indexed = nlp.get_pipe("attribute_ruler")
    assert type(indexed) is IndexedAttributeRuler
    assert nlp.get_pipe_meta("attribute_ruler").factory == FACTORY
    plain = AttributeRuler(nlp.vocab)
    plain.add_patterns(indexed.patterns)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    others = [name for name in nlp.pipe_names if name not in before]
    for text in TEXTS:
        expected, doc = nlp(text, disable=others), nlp(text, disable=others)
        plain(expected)
        indexed(doc)
        assert [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in doc] == [
            (t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in expected
        ]


def test_a_ruler_with_unsupported_patterns_stays() -> None:
    nlp = Language()
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    rules: list[dict[str, Any]] = [{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"LEMMA": "a"}}]
    ruler.add_patterns(rules)
    assert not index_attribute_ruler(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
    assert not index_attribute_ruler(Language())  # no ruler at all
