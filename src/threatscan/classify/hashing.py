"""Hashed word and character n-gram features of the folded text.

The cheap stage of the cascade is a linear model over these features plus the
Analysis features. Hashing (CRC-32, signed) needs no vocabulary file, is the
same in training and at run time, and costs a few microseconds per text.
"""

from __future__ import annotations

import itertools
import re
import zlib

import numpy as np
import numpy.typing as npt

__all__ = ["DIM", "hashed_features"]

DIM = 1 << 18
_TOKEN = re.compile(r"[a-z0-9$@']+")


def _ngrams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    feats = [f"w:{t}" for t in tokens]
    feats += [f"b:{a} {b}" for a, b in itertools.pairwise(tokens)]
    for t in tokens:
        if len(t) >= 4:
            padded = f"<{t}>"
            feats += [f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3)]
    return feats


def hashed_features(text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Sparse ``(indices, values)`` of signed hashed n-grams, L2-normalised.

    ``text`` should be the folded layer of a NormalizedText (lower case, leet
    and confusables folded), so that ``k1ll`` and ``kill`` share features.
    """
    counts: dict[int, float] = {}
    for feat in _ngrams(text):
        h = zlib.crc32(feat.encode("utf-8"))
        index = h % DIM
        sign = 1.0 if h & 0x80000000 else -1.0
        counts[index] = counts.get(index, 0.0) + sign
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    indices = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    values = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    norm = float(np.sqrt((values * values).sum()))
    if norm > 0:
        values /= norm
    return indices, values
