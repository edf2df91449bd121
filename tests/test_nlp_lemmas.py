"""The column lemmatizer gives the lemmas of the model's own rule lemmatizer."""

from __future__ import annotations

import pytest
import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups

from clio.nlp.lemmas import FACTORY, INDEX_TABLE, ColumnLemmatizer, WordIndex, use_column_lemmatizer

TEXTS = [
    "The ministers were meeting; talks had collapsed and troops are withdrawing from the cities.",
    "Police said the gunmen fled. Better days ain't coming, the worst is over, he's gone.",
    "Children's lives were saved by the best doctors on Tuesdays.  \n\nIt rained.",
    "was was was being been",
    "",
]


@pytest.fixture(scope="module")
def plain() -> Language:
    from clio.nlp import resolve_model

    return spacy.load(resolve_model(None))


@pytest.mark.parametrize("text", TEXTS)
def test_same_lemmas_as_the_model(nlp: Language, plain: Language, text: str) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert type(lemmatizer) is ColumnLemmatizer
    assert nlp.get_pipe_meta("lemmatizer").factory == FACTORY
    before = nlp.pipe_names[: nlp.pipe_names.index("lemmatizer")]
    ours = nlp(text, disable=[n for n in nlp.pipe_names if n not in before])
    lemmatizer(ours)
    lemmatizer(doc_again := nlp(text, disable=[n for n in nlp.pipe_names if n not in before]))
    expected = plain(text)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in expected]
    assert [t.lemma_ for t in doc_again] == [t.lemma_ for t in expected]  # from the remembered forms


def test_lemmas_set_before_are_kept_unless_overwriting(nlp: Language) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, ColumnLemmatizer)
    before = nlp.pipe_names[: nlp.pipe_names.index("lemmatizer")]
    doc = nlp("Troops were withdrawing", disable=[n for n in nlp.pipe_names if n not in before])
    doc[0].lemma_ = "SET"
    lemmatizer(doc)
    assert [t.lemma_ for t in doc] == ["SET", "be", "withdraw"]


def test_other_lemmatizers_stay() -> None:
    nlp = spacy.blank("en")
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_column_lemmatizer(nlp)
    assert nlp.get_pipe("lemmatizer") is lookup
    assert type(lookup) is EnglishLemmatizer
    assert not use_column_lemmatizer(spacy.blank("en"))  # none at all


def test_word_indexes_hold_the_same_words(nlp: Language, plain: Language) -> None:
    """The lemmatizer's word indexes answer `in` from a set, with the model's words in its order,
    and its tables still serialize as the model's do."""
    ours = nlp.get_pipe("lemmatizer").lookups.get_table(INDEX_TABLE)
    model = plain.get_pipe("lemmatizer").lookups.get_table(INDEX_TABLE)
    assert list(ours.keys()) == list(model.keys()) and len(ours) > 0
    for pos, words in model.items():
        index = ours[pos]
        assert isinstance(index, WordIndex) and list(index) == list(words)
        assert all(word in index for word in words[:50])
    nouns = ours.get("noun")
    assert "minister" in nouns and "ministers" not in nouns and 3 not in nouns
    restored = Lookups().from_bytes(nlp.get_pipe("lemmatizer").lookups.to_bytes())
    assert dict(restored.get_table(INDEX_TABLE).items()) == dict(model.items())
