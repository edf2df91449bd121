"""Speed-ups of the event coder that must not change what it answers: questions about one token
(clio.events.children.per_token) and a sentence's dated expressions (sentence_marks inside
story_time) are worked out once per Doc while it is coded, and give what the walk gives."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from clio.events import matching, modality
from clio.events.arguments import conjuncts, subject_heads
from clio.events.children import children_table, per_token
from clio.events.coder import _overlaps
from clio.nlp import prepare_doc
from clio.time import dating
from clio.time.dating import sentence_marks, story_time

TUESDAY = dt.date(2021, 6, 15)
TEXT = (
    "The army did not shell the village on Sunday, officials said. "
    "If the rebels attack, Ruritania will retaliate. "
    "Rebels seized the town of Kell on Monday and burned two schools."
)


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return nlp(prepare_doc(nlp, TEXT, article_date=TUESDAY))


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_a_per_token_answer_is_worked_out_once_inside_the_block() -> None:
    doc = Doc(Vocab(), words=["Talks", "ended", "early", "."])
    asked: list[int] = []

    @per_token
    def position(token: Token) -> int:
        asked.append(token.i)
        return token.i * 10

    with children_table(doc):
        assert [position(doc[1]), position(doc[1]), position(doc[2])] == [10, 10, 20]
        assert asked == [1, 2]
    assert "clio.token_answers" not in doc.user_data  # no answers kept after the block
    assert position(doc[1]) == 10
    assert asked == [1, 2, 1]  # outside the block every call asks again


def test_the_answers_of_one_doc_are_not_those_of_another() -> None:
    first = Doc(Vocab(), words=["Talks", "ended"])
    second = Doc(Vocab(), words=["Troops", "left"])

    @per_token
    def text(token: Token) -> str:
        return token.text

    with children_table(first), children_table(second):
        assert (text(first[0]), text(second[0])) == ("Talks", "Troops")


def _modality(doc: Doc, words: list[str]) -> list[tuple[bool, bool]]:
    return [(modality.is_negated(_word(doc, w)), modality.clause_is_unasserted(_word(doc, w))) for w in words]


def test_negation_and_assertion_are_the_same_inside_the_block(doc: Doc) -> None:
    words = ["shell", "attack", "retaliate", "seized", "burned"]
    outside = _modality(doc, words)
    with children_table(doc):
        inside, again = _modality(doc, words), _modality(doc, words)
    # "did not shell" is negated; "if the rebels attack" is a condition; the seizing and the
    # burning are told as done.
    assert outside == [(True, True), (False, True), (False, False), (False, False), (False, False)]
    assert inside == outside and again == outside


def test_a_list_answer_is_a_copy_for_each_caller(doc: Doc) -> None:
    burned = _word(doc, "burned")
    with children_table(doc):
        heads = subject_heads(burned)
        assert [t.text for t in heads] == ["Rebels"]  # inherited from "seized"
        heads.append(burned)  # a caller extending its list changes no one else's
        assert [t.text for t in subject_heads(burned)] == ["Rebels"]
        assert [t.text for t in conjuncts(_word(doc, "seized"))] == ["seized", "burned"]


def test_a_sentences_marks_are_worked_out_once_inside_story_time(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = list(doc.sents)
    expected = [[(m.root.text, m.value) for m in sentence_marks(doc, s)] for s in sentences]
    assert expected[0] == [("Sunday", "2021-06-13")]
    assert expected[2] == [("Monday", "2021-06-14")]
    worked: list[int] = []
    work = dating._sentence_marks

    def counted(doc: Doc, sentence: object, text: str | None) -> list[dating.DateMark]:
        worked.append(sentence.start)  # type: ignore[attr-defined]
        return work(doc, sentence, text)  # type: ignore[arg-type]

    monkeypatch.setattr(dating, "_sentence_marks", counted)
    with story_time(doc, doc.text):
        first = [[(m.root.text, m.value) for m in sentence_marks(doc, s)] for s in sentences]
        marks = sentence_marks(doc, sentences[0])
        marks.clear()  # a caller's copy: clearing it leaves the record alone
        second = [[(m.root.text, m.value) for m in sentence_marks(doc, s, doc.text)] for s in sentences]
    assert first == expected and second == expected
    assert worked == [s.start for s in sentences]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ((6, 19), False),  # between the two spans
        ((4, 10), True),  # the first span's end reaches into it
        ((30, 40), False),  # spans end before their end offset
        ((29, 31), True),
        ((0, 100), True),
    ],
)
def test_a_sentence_overlapping_no_skipped_span_keeps_all_its_words(
    sentence: tuple[int, int], expected: bool
) -> None:
    assert _overlaps([(0, 5), (20, 30)], sentence) is expected
    assert _overlaps([], sentence) is False


def test_a_words_pattern_context_is_read_once_inside_the_block(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    seized = _word(doc, "seized")
    expected = matching._context(seized, nominal=False)
    assert "town" in expected.objects  # "seized the town"
    read: list[int] = []
    work = matching._context

    def counted(token: Token, *, nominal: bool) -> object:
        read.append(token.i)
        return work(token, nominal=nominal)

    monkeypatch.setattr(matching, "_context", counted)
    with children_table(doc):
        assert matching._context_of(seized, False) == expected
        assert matching._context_of(seized, False) == expected
        assert matching._context_of(seized, True) != expected  # a noun's context is another one
    assert read == [seized.i, seized.i]
