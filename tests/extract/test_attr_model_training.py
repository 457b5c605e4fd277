"""scripts/train_attribution.py: the learner behind ``knowledge/attribution_model.tsv``."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest


@pytest.fixture
def t(load_script: Callable[[str], ModuleType]) -> ModuleType:
    return load_script("train_attribution")


def test_vocabulary_drops_features_of_too_few_articles(t: ModuleType) -> None:
    articles = [[(["bias", "a", "b"], 1, 0)], [(["bias", "a"], 0, 0)], [(["bias", "a", "c"], 0, 0)]]
    assert set(t._vocabulary(articles, 2)) == {"bias", "a"}
    assert set(t._vocabulary(articles, 1)) == {"bias", "a", "b", "c"}


def test_threshold_maximises_f1_against_all_gold(t: ModuleType) -> None:
    threshold, f1 = t._threshold([(2.0, 1), (1.0, 1), (0.5, 0), (-1.0, 0)], 4)
    assert threshold == 1.0 and f1 == pytest.approx(2 * 2 / (2 + 4))
    threshold, f1 = t._threshold([(2.0, 1), (1.0, 1), (0.5, 0), (-1.0, 1)], 4)
    assert threshold == -1.0 and f1 == pytest.approx(2 * 3 / (4 + 4))  # a later positive pays


def _toy() -> list[list[tuple[list[str], int, int]]]:
    # each article: cue 0 has a right ("ccomp") and a wrong ("ccomp+rest") content; cue 1 ("cross")
    # has one content, never right; "rare" marks a single article's wrong candidate as right
    arts = []
    for k in range(12):
        rows = [
            (["bias", "r=ccomp"], 1, 0),
            (["bias", "r=ccomp+rest"], 0, 0),
            (["bias", "l=cross"], 0, 1),
        ]
        if k == 0:
            rows[1] = (["bias", "r=ccomp+rest", "rare"], 1, 0)
            rows[0] = (["bias", "r=ccomp"], 0, 0)
        arts.append(rows)
    return arts


@pytest.mark.parametrize("objective", ["softmax", "logistic"])
def test_fit_ranks_right_content_first_and_regularises(t: ModuleType, objective: str) -> None:
    pytest.importorskip("scipy")
    w = t._fit(_toy(), objective, 1.0, 1)
    right = w["bias"] + w["r=ccomp"]
    assert right > w["bias"] + w["r=ccomp+rest"]
    assert right > w["bias"] + w["l=cross"]
    assert w["bias"] + w["l=cross"] < 0  # below "none" (softmax) or one half (logistic)
    assert abs(w["rare"]) < abs(w["r=ccomp"])  # one article's feature is shrunk
    strong = t._fit(_toy(), objective, 100.0, 1)
    assert abs(strong["r=ccomp"]) < abs(w["r=ccomp"])  # more L2, smaller weights
    assert "rare" not in t._fit(_toy(), objective, 1.0, 2)  # the cut-off drops it


def test_best_per_cue_keeps_one_score_per_cue(t: ModuleType) -> None:
    rows = _toy()[1]
    best = t._best_per_cue({"bias": 0.0, "r=ccomp": 2.0, "l=cross": -1.0}, rows)
    assert sorted(best) == [(-1.0, 0), (2.0, 1)]


def test_best_of_keeps_each_cues_best_candidate(t: ModuleType) -> None:
    rows = _toy()[1]
    assert sorted(t._best_of([rows], [[0.5, 2.0, -1.0]])) == [(-1.0, 0), (2.0, 0)]


def test_softmax_objective_gradient_is_the_losss(t: ModuleType) -> None:
    import numpy as np

    groups = np.array([0, 0, 1, 2, 2])
    labels = np.array([1.0, 0.0, 0.0, 0.0, 1.0])

    def loss(z: Any) -> float:
        total = 0.0
        for g in range(3):
            zs = z[groups == g]
            ys = labels[groups == g]
            norm = np.log(1 + np.exp(zs).sum())
            total += norm - (np.log((np.exp(zs) * ys).sum()) if ys.any() else 0.0)
        return total

    z = np.array([0.3, -0.2, 1.1, -0.5, 0.4])
    grad, hess = t._softmax_objective(groups, labels)(z, None)
    numeric = [(loss(z + e) - loss(z - e)) / 2e-6 for e in np.eye(5) * 1e-6]
    assert np.allclose(grad, numeric, atol=1e-5)
    assert (hess > 0).all()


def test_softmax_objective_mass_sends_the_rest_to_none(t: ModuleType) -> None:
    import numpy as np

    groups = np.array([0, 0, 1, 1])
    labels = np.array([1.0, 0.0, 0.0, 1.0])
    mass = np.array([1.0, 1.0, 1.0, 0.25])  # cue 1's positive names the wrong source

    def loss(z: Any) -> float:  # -m log p(positive) - (1 - m) log p(none), per cue
        total = 0.0
        for g, m in ((0, 1.0), (1, 0.25)):
            zs, ys = z[groups == g], labels[groups == g]
            norm = np.log(1 + np.exp(zs).sum())
            total += norm - m * float(zs[ys == 1][0])
        return total

    z = np.array([0.3, -0.2, 1.1, 0.4])
    grad, _hess = t._softmax_objective(groups, labels, mass)(z, None)
    numeric = [(loss(z + e) - loss(z - e)) / 2e-6 for e in np.eye(4) * 1e-6]
    assert np.allclose(grad, numeric, atol=1e-5)
    plain, _ = t._softmax_objective(groups, labels)(z, None)
    assert grad[3] > plain[3] and np.allclose(grad[:3], plain[:3])  # only the wrong source's pull drops


def test_source_right_compares_the_paired_gold_source(t: ModuleType, nlp: Any) -> None:
    text = "The mayor said that taxes will rise next year."
    doc = nlp(text)
    content = {"spans": [[15, len(text)]]}

    def gold(source: dict[str, Any] | None) -> dict[str, Any]:
        return {"text": text, "attributions": [{"source": source, "content": content}]}

    right = t._source_right([gold({"spans": [[0, 9]]}), gold(None), gold({"spans": [[30, 35]]})], [doc] * 3)
    cands = [frags for _c, _f, frags in _candidates_of(doc)]
    paired = [k for k, frags in enumerate(cands) if frags[0][0] <= 20 and frags[-1][1] >= len(text) - 1]
    assert paired, cands
    assert all(right[0][k] for k in paired)  # "The mayor" is gold's source
    assert not any(right[1][k] for k in paired)  # gold has none
    assert not any(right[2][k] for k in paired)  # gold names another phrase
    assert len(right[0]) == len(cands)


def _candidates_of(doc: Any) -> list[tuple[int, list[str], list[tuple[int, int]]]]:
    from watchfloor.extract.attribution import candidate_features
    from watchfloor.model import Article, ParsedArticle

    article = Article(id="a", text=doc.text, body=((0, len(doc.text)),))
    return candidate_features(ParsedArticle(article=article, doc=doc))


def test_export_trees_agrees_with_lightgbm(t: ModuleType) -> None:
    pytest.importorskip("lightgbm")
    import numpy as np
    import scipy.sparse as sp

    from watchfloor.extract._attr_model import RERANK_NUMERIC, forest_of, tree_sums

    rng = np.random.default_rng(0)
    n, width = 400, len(RERANK_NUMERIC)
    num = rng.normal(size=(n, width))
    flags = (rng.random((n, 2)) < 0.3).astype(float)
    labels = ((num[:, 1] + 2 * flags[:, 1] + rng.normal(scale=0.3, size=n)) > 1).astype(float)
    groups = np.arange(n) // 2
    x = sp.csr_matrix(np.hstack([num, flags]))
    booster = t._fit_trees(x, labels, groups, np.zeros(n), 20)
    model = t._export_trees(booster, {"a": 0, "b": 1})
    model.update(threshold=0.0, nested_threshold=5.0, linear_threshold=0.0)
    forest = forest_of(model)
    assert forest is not None and "b" in model["features"]
    keep = list(range(width)) + [width + {"a": 0, "b": 1}[f] for f in model["features"]]
    ours = tree_sums(forest, x[:, keep].toarray())
    assert np.allclose(ours, booster.predict(x, raw_score=True), atol=1e-9)
    t._check_export(model, booster, x, {"a": 0, "b": 1})  # the trainer's own check passes
