"""scripts/train_event_filter.py: the learner behind ``knowledge/event_keep_model.tsv``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


@pytest.fixture
def t(load_script: Callable[[str], ModuleType]) -> ModuleType:
    return load_script("train_event_filter")


def _ex(article: str, label: int, *features: str) -> dict[str, Any]:
    return {"article": article, "set": 1, "label": label, "features": list(features)}


def _toy() -> list[dict[str, Any]]:
    # "bad" marks a false event in every article, "good" a real one; "noise" is in one article only
    examples = []
    for n in range(10):
        art = f"a{n}"
        examples += [
            _ex(art, 1, "good"),
            _ex(art, 1, "good", "x"),
            _ex(art, 0, "bad"),
            _ex(art, 0, "bad", "x"),
        ]
    examples.append(_ex("a0", 1, "noise"))
    return examples


def test_vocabulary_drops_features_of_too_few_articles(t: ModuleType) -> None:
    assert t.vocabulary(_toy(), 2) == ["bad", "good", "x"]
    assert "noise" in t.vocabulary(_toy(), 1)


def test_fit_weighs_the_telling_features(t: ModuleType) -> None:
    weights = t.fit(_toy(), ["bad", "good", "x"], 1.0)
    assert weights["good"] > 1.0 > -1.0 > weights["bad"]
    assert abs(weights.get("x", 0.0)) < weights["good"] / 10
    assert t.score(weights, ["good", "good"]) == pytest.approx(weights["bias"] + weights["good"])


def test_out_of_fold_scores_each_article_without_it(t: ModuleType) -> None:
    examples = _toy()
    scores = t.out_of_fold(examples, 5, 1.0, 1)
    assert all(
        (s > 0) == bool(e["label"])
        for e, s in zip(examples, scores, strict=True)
        if "noise" not in e["features"]
    )
    # "noise" is seen only in article a0: a model fitted without a0 cannot know it
    noise = scores[-1]
    assert noise == pytest.approx(
        t.score(
            t.fit([e for e in examples if e["article"] not in {"a0", "a5"}], ["bad", "good", "x"], 1.0),
            ["noise"],
        )
    )


def test_choose_threshold_drops_at_most_the_allowed_real_events(t: ModuleType) -> None:
    examples = [_ex("a", 1), _ex("a", 0), _ex("a", 1), _ex("a", 0), _ex("a", 1)]
    scores = [3.0, 2.0, 1.0, 0.0, -1.0]
    assert t.choose_threshold(examples, scores, 0.0) == -1.0  # no real event may go: keep all
    cut = t.choose_threshold(examples, scores, 0.34)  # one of the three real events may go
    assert cut == pytest.approx(0.5)  # midway between the last real event kept and the false one below
    kept = [e for e, s in zip(examples, scores, strict=True) if s >= cut]
    assert sum(e["label"] for e in kept) == 2 and len(kept) == 3


def test_operating_threshold_is_even_odds_by_default_or_the_real_drop_cut(t: ModuleType) -> None:
    examples = [_ex("a", 1), _ex("a", 0), _ex("a", 1), _ex("a", 0), _ex("a", 1)]
    scores = [3.0, 2.0, 1.0, 0.0, -1.0]
    assert t.operating_threshold(examples, scores, "even-odds", 0.05) == 0.0
    assert t.operating_threshold(examples, scores, "max-real-drop", 0.34) == pytest.approx(0.5)
    with pytest.raises(ValueError, match="unknown operating point"):
        t.operating_threshold(examples, scores, "f1", 0.05)


def test_kept_at_counts_kept_precision_and_real_dropped(t: ModuleType) -> None:
    examples = [_ex("a", 1), _ex("a", 0), _ex("a", 1), _ex("a", 0), _ex("a", 1)]
    scores = [3.0, 2.0, 1.0, 0.0, -1.0]
    assert t.kept_at(examples, scores, 0.5) == (3, pytest.approx(2 / 3), 1)
    assert t.kept_at(examples, scores, 5.0) == (0, 0.0, 3)


def test_calibration_counts_real_events_per_logit_band(t: ModuleType) -> None:
    examples = [_ex("a", 1), _ex("a", 0), _ex("a", 1), _ex("a", 1)]
    line = t.calibration(examples, [-0.1, -0.2, 0.1, 0.7])
    assert "[-0.25,+0) n 2 real 0.50 (model 0.47)" in line
    assert "[+0,+0.25) n 1 real 1.00" in line
    assert "[-1,-0.5) n 0 real -" in line


def test_write_model_round_trips_through_the_runtime_loader(t: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "model.tsv"
    t.write_model(path, {"bias": 0.25, "a1=none": -0.5, "tiny": 1e-6}, -0.1, "test model\nno corpus text")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["# test model", "# no corpus text", "feature\tweight"]
    rows = dict(line.split("\t") for line in lines[3:])
    assert rows == {"@threshold": "-0.1000", "bias": "0.2500", "a1=none": "-0.5000"}


def _anchor(n: int) -> dict[str, Any]:
    return {"article": f"codebook-{n}", "set": "codebook", "label": 1, "features": ["bad"]}


def test_fit_counts_anchors_by_their_weight(t: ModuleType) -> None:
    vocab = ["bad", "good", "x"]
    # codebook anchors: events marked "bad" that are real; they pull its weight up, more with more weight
    anchors = [_anchor(n) for n in range(8)]
    plain = t.fit(_toy(), vocab, 1.0)
    assert t.fit(_toy(), vocab, 1.0, anchors, 0.0) == plain
    light = t.fit(_toy(), vocab, 1.0, anchors, 0.25)
    heavy = t.fit(_toy(), vocab, 1.0, anchors, 1.0)
    assert plain["bad"] < light["bad"] < heavy["bad"]


def test_out_of_fold_fits_every_fold_with_the_anchors(t: ModuleType) -> None:
    examples = _toy()
    anchors = [_anchor(n) for n in range(8)]
    plain = t.out_of_fold(examples, 5, 1.0, 1)
    anchored = t.out_of_fold(examples, 5, 1.0, 1, anchors, 0.5)
    assert len(anchored) == len(examples)
    bad = [n for n, e in enumerate(examples) if "bad" in e["features"]]
    assert all(anchored[n] > plain[n] for n in bad)


def test_codebook_anchors_are_the_real_main_events_of_the_codebook(t: ModuleType, shared_dir: Path) -> None:
    anchors = t.codebook_anchors()
    assert len(anchors) > 200  # most of the 277 examples: the coder's root accuracy there is about 0.86
    assert all(a["label"] == 1 and a["set"] == "codebook" for a in anchors)
    assert all(any(f.startswith("st=") for f in a["features"]) for a in anchors)
    assert len({a["article"] for a in anchors}) == len(anchors)  # one per example sentence


def test_out_of_fold_seed_shuffles_the_folds_and_fraction_thins_the_fits(t: ModuleType) -> None:
    examples = _toy()
    examples[4:4] = [_ex("a1", 1), _ex("a1", 1), _ex("a1", 1)]  # a1 alone has more real events than false
    # "noise" is in article a0 only: its out-of-fold score is the bias of the fit without a0's fold, higher
    # when that fit saw a1, so it tells whether a0 and a1 shared a fold
    by_seed = {s: t.out_of_fold(examples, 5, 1.0, 1, seed=s)[-1] for s in range(6)}
    assert t.out_of_fold(examples, 5, 1.0, 1, seed=3)[-1] == by_seed[3]  # deterministic
    assert len({round(v, 9) for v in by_seed.values()}) == 2  # a0 shares its fold with a1 or not
    full = t.out_of_fold(examples, 5, 1.0, 1, seed=0)
    half = t.out_of_fold(examples, 5, 1.0, 1, seed=0, fraction=0.5)
    # fitted on fewer articles, the weights (and so the margins) are smaller under the same penalty
    good = [n for n, e in enumerate(examples) if e["features"] == ["good"]]
    assert all(0 < half[n] < full[n] for n in good)


def test_at_drop_reports_the_cut_within_the_allowed_real_drop(t: ModuleType) -> None:
    examples = [_ex("a", 1), _ex("a", 0), _ex("a", 1), _ex("a", 0), _ex("a", 1)]
    scores = [3.0, 2.0, 1.0, 0.0, -1.0]
    assert t.at_drop(examples, scores, 0.0) == (5, pytest.approx(0.6), 0)
    assert t.at_drop(examples, scores, 0.34) == (3, pytest.approx(2 / 3), 1)


def test_seeds_report_prints_each_fraction_averaged_over_seeds(t: ModuleType) -> None:
    text = t.seeds_report(_toy(), 5, 1.0, 1, [], 0.0, 2, (0.5, 1.0))
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(" 50% of training articles, 2 fold seeds") and "5.0% 1.000" in lines[1]
