"""Speed-ups that must not change an answer: array membership by binary search, and the actors
of argument heads kept per Doc."""

from __future__ import annotations

import numpy as np
import pytest

from clio.nlp.membership import members, sorted_values


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ([5, 1, 9, 2**63 + 7, 0, 5], [9, 5, 2**63 + 7]),
        ([3, 4, 2**64 - 1], [2**64 - 1]),
        ([1, 2, 3], []),
        ([], [1, 2]),
        ([7, 8], [1, 2, 100]),
    ],
)
def test_members_answers_as_isin(column: list[int], values: list[int]) -> None:
    array = np.array(column, dtype=np.uint64)
    expected = np.isin(array, np.array(values, dtype=np.uint64))
    assert members(array, sorted_values(values)).tolist() == expected.tolist()


def test_members_of_another_type_falls_back_to_isin() -> None:
    array = np.array([1, 2, 3], dtype=np.int64)
    assert members(array, sorted_values([2, 3])).tolist() == [False, True, True]


def test_actors_of_kept_answer_is_the_fresh_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from clio.events import arguments as args
    from clio.events.children import children_table
    from clio.nlp import prepare_doc

    text = "Kenya and Uganda signed a trade pact with Tanzania on Monday."
    doc = nlp(prepare_doc(nlp, text, article_id="t"))
    index = args.ActorIndex(doc, doc._.actors or [])
    subject = next(t for t in doc if t.dep_ == "nsubj")
    with children_table(doc):
        first = args.actors_of([subject], index)
        first.append(first[0])  # a caller may extend its list
        again = args.actors_of([subject], index)
    assert [a.code for a in again] == ["KEN", "UGA"]
    assert again == args._actors_of([subject], index)
    other = nlp(prepare_doc(nlp, text, article_id="u"))
    # Heads of another Doc are not answered from this index's memory.
    assert args.actors_of([other[0]], index) == args._actors_of([other[0]], index)
