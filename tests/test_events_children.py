"""The event coder's children table gives what spaCy's Token.children gives, and only while it runs."""

from __future__ import annotations

from spacy.language import Language

from clio.events.children import children_of, children_table

TEXT = (
    "Russia and China signed an agreement on Monday, officials said, after talks in Beijing that "
    "Ukraine did not attend.\n\nNo soldier was killed, the ministry told reporters."
)


def _as_indices(tokens: object) -> list[int]:
    return [token.i for token in tokens]  # type: ignore[attr-defined]


def test_children_table_matches_spacy_children(nlp: Language) -> None:
    doc = nlp(TEXT)
    expected = [_as_indices(token.children) for token in doc]
    with children_table(doc):
        assert [_as_indices(children_of(token)) for token in doc] == expected
        assert any(expected)  # the parse has children at all


def test_children_table_is_gone_after_the_block(nlp: Language) -> None:
    doc = nlp(TEXT)
    with children_table(doc):
        pass
    assert "clio.children" not in doc.user_data  # no Token objects left behind on the Doc
    assert _as_indices(children_of(doc[1])) == _as_indices(doc[1].children)


def test_children_table_handles_an_empty_doc(nlp: Language) -> None:
    doc = nlp.make_doc("")
    with children_table(doc):
        assert list(doc) == []
