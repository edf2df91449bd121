"""The model's rule lemmatizer, reading and writing lemmas as token columns.

spaCy's English rule lemmatizer visits every token as a ``Token`` object, builds its
morphology object for a cache key and sets the lemma through the string store: some 25 ms of
CPU time on the sample corpus, although its rules give the same lemma for the same word form,
part of speech and morphology (its own cache is keyed by exactly those). :class:`ColumnLemmatizer`
reads those three columns with ``Doc.to_array``, works out each new combination once with the
model's own rules, and writes the lemma column back in one call; the lemmas are the same.
:func:`use_column_lemmatizer` puts it in place of the model's lemmatizer when that is spaCy's
English lemmatizer in rule mode.

Working out a new combination was the costly part: the rules test each candidate form for
membership in the part of speech's word index, a list of up to ~60,000 words, so every unseen
word form scanned it (about 0.1 ms each, 8-13 % of a whole run's CPU time on news text; each Dask
worker pays it again for the forms it sees). :func:`use_column_lemmatizer` gives the new
lemmatizer the same tables with each index as a :class:`WordIndex`, which answers ``in`` from a set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc
from thinc.types import Ints2d

FACTORY = "clio_lemmatizer"
INDEX_TABLE = "lemma_index"  # part of speech -> the words the rules accept as lemmas
# Word forms (with part of speech and morphology) whose lemma is remembered; then forgotten at once.
MEMO_FORMS = 100_000


class ColumnLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer; in rule mode ``__call__`` works on token columns and remembers
    the lemma of each (form, part of speech, morphology) it has worked out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lemma_of: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._lemmatize(doc)
        except Exception as e:
            error_handler(self.name, self, [doc], e)
        return doc

    def _lemmatize(self, doc: Doc) -> None:
        if not len(doc):
            return
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemma_of, strings = self.lemma_of, self.vocab.strings
        if len(lemma_of) >= MEMO_FORMS:
            lemma_of.clear()
        lemmas = columns[:, 3].tolist()
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.overwrite:
                continue  # set before (the attribute ruler's exceptions)
            key = (orth, pos, morph)
            found = lemma_of.get(key)
            if found is None:
                found = lemma_of[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        column = np.array(lemmas, dtype=np.uint64).reshape(-1, 1)
        doc.from_array([LEMMA], cast(Ints2d, column))  # the other columns stay as they are


@Language.factory(
    FACTORY,
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False},
)
def make_column_lemmatizer(
    nlp: Language, model: Any, name: str, mode: str, overwrite: bool
) -> ColumnLemmatizer:
    return ColumnLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite)


class WordIndex(list[str]):
    """A part of speech's word index: the same list (it serializes as one), with ``in`` answered
    from a set instead of a scan."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.members


def with_word_indexes(lookups: Lookups) -> Lookups:
    """The same tables (shared, not copied), the word index table's lists as WordIndexes."""
    indexed = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == INDEX_TABLE:
            # Table keys are already string hashes; from_dict keeps them.
            table = Table.from_dict({pos: WordIndex(words) for pos, words in table.items()}, name=name)
        indexed.set_table(name, table)
    return indexed


def use_column_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Put a ColumnLemmatizer with the same tables and settings in place of the model's English
    rule lemmatizer ``name``; False (nothing changed) if there is none."""
    if name not in nlp.component_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return False
    config = {"mode": lemmatizer.mode, "overwrite": lemmatizer.overwrite}
    scorer: Callable[..., Any] | None = lemmatizer.scorer
    replacement = nlp.replace_pipe(name, FACTORY, config=config)
    assert isinstance(replacement, ColumnLemmatizer)
    replacement.lookups = with_word_indexes(lemmatizer.lookups)
    replacement.scorer = scorer
    return True
