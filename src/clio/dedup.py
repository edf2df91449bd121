"""Near-duplicate detection: MinHash signatures (datasketch) over word shingles, banded for LSH.

Two articles are near-duplicates when any of their LSH bands agree. The band keys of stored
articles live in the database (``minhash_bands``), so the index does not grow in memory with the
corpus; only articles read but not yet stored are kept in a bounded in-memory window
(``RecentWindow``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures must be read back with it
THRESHOLD = 0.85  # estimated Jaccard similarity of 3-word shingles above which two texts are one article
# The banding datasketch's MinHashLSH picks for THRESHOLD and NUM_PERM (a test checks it), so the
# database-backed index finds exactly the candidates the in-memory LSH did.
BANDS, ROWS = 4, 15
# Articles read but not yet stored are remembered in memory; this bounds how many. It must exceed
# the articles in flight at once (batches handed to workers and not yet written).
RECENT_ARTICLES = 50_000
_WORD = re.compile(r"\w+")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def minhash(text: str) -> MinHash:
    """The MinHash of the text's lower-cased 3-word shingles."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def to_bytes(signature: MinHash) -> bytes:
    return np.asarray(signature.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64).copy(), scheme=SCHEME)


def band_keys(signature: bytes) -> list[str]:
    """The LSH band keys of a stored signature (``to_bytes``): one per band, index included."""
    values = np.frombuffer(signature, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(hashlib.blake2b(bytes([band]) + chunk, digest_size=12).hexdigest())
    return keys


class RecentWindow(Generic[K, V]):
    """A mapping that forgets its oldest entries beyond ``capacity`` (insertion order)."""

    def __init__(self, capacity: int | None = None) -> None:
        self.capacity = RECENT_ARTICLES if capacity is None else capacity
        self._items: dict[K, V] = {}

    def add(self, key: K, value: V) -> None:
        self._items[key] = value
        while len(self._items) > self.capacity:
            del self._items[next(iter(self._items))]

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def update(self, keys: Iterable[K], value: V) -> None:
        for key in keys:
            self.add(key, value)
