"""The boosted-tree reranker of ``_attr_model``: context columns, tree evaluation, shipped file."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
import pytest

from watchfloor.extract import _attr_model
from watchfloor.extract._attr_model import (
    RERANK_NUMERIC,
    Scored,
    context_features,
    forest_of,
    linear_keeps_only,
    rerank,
    rerank_thresholds,
    tree_sums,
)

COL = {name: k for k, name in enumerate(RERANK_NUMERIC)}


def _cands() -> list[Scored]:
    # cue 0 ("said" at char 10) has two contents, cue 1 (at char 40) one that repeats the first's
    # text; cue 2 (at char 20) lies inside cue 0's best content and has a weak one
    return [
        Scored(0, 10, [(15, 35)], 2.0, ["bias", "r=ccomp"]),
        Scored(0, 10, [(15, 60)], 0.5, ["bias", "r=ccomp+rest"]),
        Scored(1, 40, [(16, 35)], 1.0, ["bias", "r=ccomp"]),
        Scored(2, 20, [(0, 8)], -3.0, ["bias", "l=cross"]),
    ]


def test_context_features_cue_rank_and_margins() -> None:
    x = context_features(_cands(), 100, 0.0)
    assert x.shape == (4, len(RERANK_NUMERIC))
    assert list(x[:, COL["lin"]]) == [2.0, 0.5, 1.0, -3.0]
    assert list(x[:, COL["ncue"]]) == [2, 2, 1, 1]
    assert list(x[:, COL["rank"]]) == [0, 1, 0, 0]
    assert x[0, COL["dsecond"]] == pytest.approx(1.5) and x[1, COL["dmax"]] == pytest.approx(-1.5)
    assert x[0, COL["clen"]] == 20 and x[0, COL["dist"]] == 5 and x[3, COL["left"]] == 1.0


def test_context_features_other_cues_claims() -> None:
    x = context_features(_cands(), 100, 0.0)
    assert x[0, COL["same"]] == 1.0  # cue 1's kept content covers the same text
    assert x[2, COL["same"]] == 2.0
    assert x[3, COL["inside"]] == 2.0  # cue 2 lies in cue 0's content
    assert x[1, COL["holds"]] == 1.0  # cue 0's wider content holds cue 1
    assert x[0, COL["holds"]] == -10.0 and x[0, COL["inside"]] == -10.0  # cue 2 is not kept
    assert x[0, COL["nabove"]] == pytest.approx(2 / 100 * 1000)  # cues 0 and 1 pass 0.0


def _toy_model() -> dict[str, Any]:
    # tree 0: lin <= 1.0 ? -1 : (feature "r=ccomp" present ? +2 : +0.5); tree 1: a single leaf 0.25
    return {
        "numeric": list(RERANK_NUMERIC),
        "features": ["r=ccomp"],
        "nodes": {
            "feature": [0, 0, len(RERANK_NUMERIC), 0, 0, 0],
            "threshold": [1.0, 1e300, 0.5, 1e300, 1e300, 1e300],
            "left": [1, 1, 3, 3, 4, 5],
            "right": [2, 1, 4, 3, 4, 5],
            "value": [0.0, -1.0, 0.0, 0.5, 2.0, 0.25],
        },
        "roots": [0, 5],
        "depth": 2,
        "threshold": 0.1,
        "nested_threshold": 5.1,
        "linear_threshold": 0.0,
    }


def test_tree_sums_walks_every_tree() -> None:
    forest = forest_of(_toy_model())
    assert forest is not None
    x = np.zeros((3, len(RERANK_NUMERIC) + 1))
    x[:, 0] = [0.5, 2.0, 2.0]
    x[1, -1] = 1.0
    assert list(tree_sums(forest, x)) == [-0.75, 2.25, 0.75]


def test_forest_of_refuses_other_columns() -> None:
    model = _toy_model()
    model["numeric"] = ["lin"]
    assert forest_of(model) is None


def test_rerank_adds_trees_to_linear_logits(monkeypatch: pytest.MonkeyPatch) -> None:
    forest = forest_of(_toy_model())
    monkeypatch.setattr(_attr_model, "_forest", lambda: forest)
    assert rerank(_cands(), 100) == [2.0 + 2.25, 0.5 - 0.75, 1.0 - 0.75, -3.0 - 0.75]
    assert rerank_thresholds() == (0.1, 5.1)
    monkeypatch.setattr(_attr_model, "_forest", lambda: None)
    assert rerank(_cands(), 100) == [2.0, 0.5, 1.0, -3.0]
    assert rerank_thresholds() is None


def test_linear_keeps_only_holds_cues_the_linear_model_drops() -> None:
    group = np.array([0, 0, 1, 1, 2])
    linear = np.array([0.5, -2.0, -1.0, -0.6, -3.0])
    reranked = np.array([1.0, 2.0, 3.0, -20.0, 4.0])
    out = linear_keeps_only(group, linear, reranked, -0.5)
    assert list(out) == [1.0, 2.0, -10.0, -20.0, -10.0]  # only cue 0 is kept by the linear model


def test_rerank_keeps_only_linear_cues_when_fitted_so(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _toy_model()
    model["linear_keeps"] = True
    model["linear_threshold"] = 0.0
    forest = forest_of(model)
    monkeypatch.setattr(_attr_model, "_forest", lambda: forest)
    # cue 2's only candidate (-3.0) is below the linear threshold: held at -10 whatever the trees add
    assert rerank(_cands(), 100) == [2.0 + 2.25, 0.5 - 0.75, 1.0 - 0.75, -10.0]
    assert forest_of(_toy_model()).linear_keeps is False  # type: ignore[union-attr]  # older files


def test_rerank_shipped_forest_loads() -> None:
    keep = rerank_thresholds()
    assert keep is not None and keep[1] > keep[0]
    out = rerank(_cands(), 100)
    assert len(out) == 4 and all(np.isfinite(out))


def test_rerank_decides_what_the_extractor_keeps(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.extract import attribution
    from watchfloor.model import Article, ParsedArticle

    # the tagger off: its own statements would stand beside what the reranker drops
    text = "The mayor said that taxes will rise next year."
    art = Article(id="a", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=art, doc=nlp(art.body_text()))
    statements = functools.partial(attribution.extract_statements, parsed, (), tagger=False)
    assert statements(reranker=True)  # kept with the shipped model
    seen: list[int] = []

    def low(rows: list[Scored], n_tokens: int) -> list[float]:
        seen.append(len(rows))
        return [-50.0] * len(rows)

    monkeypatch.setattr(attribution, "rerank", low)
    assert statements(reranker=False)  # off: the linear logits
    assert not seen
    assert statements(reranker=True) == [] and seen and seen[0] > 0
    monkeypatch.undo()
    monkeypatch.setattr(attribution, "rerank_thresholds", lambda: (60.0, 65.0))  # the reranker's thresholds
    assert statements(reranker=True) == []
    assert statements(reranker=False)  # the linear thresholds without it
