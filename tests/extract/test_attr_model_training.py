"""scripts/train_attribution.py: the learner behind ``knowledge/attribution_model.tsv``."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

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
