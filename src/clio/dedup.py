"""Near-duplicate detection: MinHash signatures (datasketch) over word shingles, banded for LSH.

Two articles are near-duplicates when any of their LSH bands agree. The band keys of stored
articles live in the database (``minhash_bands``), so the index does not grow in memory with the
corpus; only articles read but not yet stored are kept in memory (``InFlight``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures must be read back with it
THRESHOLD = 0.85  # estimated Jaccard similarity of 3-word shingles above which two texts are one article
# The banding datasketch's MinHashLSH picks for THRESHOLD and NUM_PERM (a test checks it), so the
# database-backed index finds exactly the candidates the in-memory LSH did.
BANDS, ROWS = 4, 15
_WORD = re.compile(r"\w+")


def minhash(text: str) -> MinHash:
    """The MinHash of the text's lower-cased 3-word shingles."""
    # Imported here, not at the top: datasketch pulls in scipy (~0.3 s), and `clio extract` never hashes.
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    signature.update_batch([s.encode("utf-8", "surrogatepass") for s in shingles])
    return signature


def to_bytes(signature: MinHash) -> bytes:
    return np.asarray(signature.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64).copy(), scheme=SCHEME)


def band_keys(signature: bytes) -> list[str]:
    """The LSH band keys of a stored signature (``to_bytes``): one per band, index included."""
    values = np.frombuffer(signature, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append(hashlib.blake2b(bytes([band]) + chunk, digest_size=12).hexdigest())
    return keys


class InFlight:
    """Articles accepted as new but not yet stored: their ids, content hashes and LSH band keys.

    Stored articles are found in the database; these are the ones it cannot know about yet. An
    article is forgotten once its batch is written (or reported failed), so this holds only the
    batches in flight, however long the run.
    """

    def __init__(self) -> None:
        self._articles: dict[str, tuple[str, list[str]]] = {}  # id -> content hash, band keys
        self._hashes: set[str] = set()
        self._bands: dict[str, str] = {}  # band key -> id

    def __len__(self) -> int:
        return len(self._articles)

    def add(self, article_id: str, content_hash: str, keys: list[str]) -> None:
        self._articles[article_id] = (content_hash, keys)
        self._hashes.add(content_hash)
        for key in keys:
            self._bands.setdefault(key, article_id)

    def holds(self, article_id: str, content_hash: str, keys: Iterable[str]) -> bool:
        """Whether an article in flight has this id, this text or a band in common."""
        return (
            article_id in self._articles
            or content_hash in self._hashes
            or any(key in self._bands for key in keys)
        )

    def forget(self, article_ids: Iterable[str]) -> None:
        for article_id in article_ids:
            entry = self._articles.pop(article_id, None)
            if entry is None:
                continue
            content_hash, keys = entry
            self._hashes.discard(content_hash)
            for key in keys:
                if self._bands.get(key) == article_id:
                    del self._bands[key]
