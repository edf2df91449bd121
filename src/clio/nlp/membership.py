"""Which values of a Doc's attribute column belong to a fixed set of values, with arrays.

``np.isin`` sorts both of its arrays on every call. The sets Clio looks up per document (the
vocabulary hashes of a lexicon's words, of abbreviated titles, of a ruler's filed values) are
fixed, so :func:`sorted_values` sorts one once and :func:`members` finds each of a column's
values in it by binary search: the same answer as ``np.isin``, in a fifth to a twentieth of the
time on news-sized documents.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

# Doc.to_array gives every attribute as unsigned 64-bit integers (vocabulary hashes).
VALUE_TYPE = np.uint64


def sorted_values(values: Iterable[int]) -> np.ndarray[Any, Any]:
    """``values`` as the sorted array without repeats that :func:`members` looks up in."""
    return np.unique(np.fromiter(values, dtype=VALUE_TYPE))


def members(column: np.ndarray[Any, Any], values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """``np.isin(column, values)``, for ``values`` made by :func:`sorted_values`."""
    if not len(values):
        return np.zeros(len(column), dtype=bool)
    if column.dtype != values.dtype:  # a binary search across types would compare as floats
        return np.isin(column, values)
    at = np.searchsorted(values, column)
    at[at == len(values)] = 0  # past the largest value: compared with any value, it is no member
    return np.asarray(values[at] == column)
