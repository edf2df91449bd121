"""The actor finder looks a token's sentence up among the Doc's sentence starts (read once per
Doc) instead of walking to it: it must give the sentence Token.sent gives, and leave nothing on
the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from clio.nlp.actors import _sentence, _sentence_starts

TEXT = (
    "Ruritanian troops crossed the border on Monday. Officials in Strelsau said nothing.\n\n"
    "The envoy was summoned. Talks resumed."
)


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(_sentence(t).start, _sentence(t).end) for t in doc]


def test_the_looked_up_sentence_is_the_walked_one(nlp: Language) -> None:
    doc = nlp(TEXT)
    walked = [(t.sent.start, t.sent.end) for t in doc]
    with _sentence_starts(doc):
        assert "clio.actor_sentence_starts" in doc.user_data
        assert _bounds(doc) == walked
    assert "clio.actor_sentence_starts" not in doc.user_data
    assert _bounds(doc) == walked
    # The first word's sentence ends after "Monday ."; the last word's is "Talks resumed ."
    assert [t.text for t in _sentence(doc[0])][-2:] == ["Monday", "."]
    assert [t.text for t in _sentence(doc[-1])] == ["Talks", "resumed", "."]


def test_a_doc_without_sentence_bounds_is_one_sentence() -> None:
    doc = Doc(Vocab(), words=["Talks", "ended", ".", "Troops", "left"])
    with _sentence_starts(doc):
        assert "clio.actor_sentence_starts" not in doc.user_data
        assert (_sentence(doc[3]).start, _sentence(doc[3]).end) == (0, 5)
