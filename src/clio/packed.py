"""Read-only tables packed into a few byte strings and integer arrays, for the start-up cache.

Unpickling a dict of 320,000 place names builds 320,000 strings and lists: ~0.1 s at every start
for a gazetteer a document consults some 80 times. These tables unpickle as a handful of buffers
(a memory copy) and decode only what is asked for:

* :class:`PackedStrings` — a sequence of strings (one UTF-8 blob and its offsets);
* :class:`PackedIndex` — a mapping from a string to a tuple of ints, found by a stable hash
  (CRC-32 of the UTF-8 key; Python's ``hash`` differs between processes) and a binary search over
  the sorted hashes, with the key compared to resolve the rare collisions.
"""

from __future__ import annotations

import bisect
import zlib
from array import array
from collections.abc import Iterable, Mapping, Sequence


def _offsets(lengths: Iterable[int]) -> array[int]:
    offsets = array("q", [0])
    total = 0
    for length in lengths:
        total += length
        offsets.append(total)
    return offsets


class PackedStrings:
    """An immutable sequence of strings, stored as one UTF-8 blob."""

    def __init__(self, strings: Sequence[str]) -> None:
        encoded = [s.encode("utf-8") for s in strings]
        self._blob = b"".join(encoded)
        self._offsets = _offsets(map(len, encoded))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str:
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        return self._blob[self._offsets[index] : self._offsets[index + 1]].decode("utf-8")


class PackedIndex:
    """An immutable mapping from strings to tuples of ints; only :meth:`get` and ``len``."""

    def __init__(self, table: Mapping[str, Sequence[int]]) -> None:
        encoded = ((key.encode("utf-8"), values) for key, values in table.items())
        rows = sorted((_stable_hash(key), key, values) for key, values in encoded)
        self._hashes = array("L", (h for h, _, _ in rows))
        self._keys = b"".join(k for _, k, _ in rows)
        self._key_offsets = _offsets(len(k) for _, k, _ in rows)
        self._values = array("q", (v for _, _, values in rows for v in values))
        self._value_offsets = _offsets(len(values) for _, _, values in rows)

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, key: str) -> tuple[int, ...] | None:
        wanted = key.encode("utf-8")
        code = _stable_hash(wanted)
        position = bisect.bisect_left(self._hashes, code)
        while position < len(self._hashes) and self._hashes[position] == code:
            start, end = self._key_offsets[position], self._key_offsets[position + 1]
            if self._keys[start:end] == wanted:
                first, last = self._value_offsets[position], self._value_offsets[position + 1]
                return tuple(self._values[first:last])
            position += 1
        return None


def _stable_hash(data: bytes) -> int:
    return zlib.crc32(data)
