"""Near-duplicate detection: MinHash signatures over word shingles, indexed by LSH (datasketch)."""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures must be read back with it
THRESHOLD = 0.85  # estimated Jaccard similarity of 3-word shingles above which two texts are one article
_WORD = re.compile(r"\w+")


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


class DuplicateIndex:
    """Finds a stored article whose text is the same or nearly the same as a new one."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._known: set[str] = set()

    def add(self, article_id: str, signature: MinHash) -> None:
        if article_id not in self._known:
            self._lsh.insert(article_id, signature)
            self._known.add(article_id)

    def find(self, signature: MinHash) -> str | None:
        """The id of a near-duplicate already indexed, or None."""
        matches = self._lsh.query(signature)
        return min(matches) if matches else None

    def __len__(self) -> int:
        return len(self._known)
