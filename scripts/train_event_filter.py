"""Fit the events keep/drop model (``knowledge/event_keep_model.tsv``) on the judged train events.

People who wrote none of the rules judged events watchfloor coded in PolNeAR train articles
(``tests/data/events/train_judged.jsonl``, field ``event_ok``). This script runs today's chain on
those articles with the keep/drop filter switched off, records the features
``watchfloor.extract.events._keep_features`` gives each coded event, pairs each judged item with
today's event at its trigger (same article and trigger span; the judged code first when a trigger has
two), and fits a logistic model of ``event_ok``: L2-penalised (not the bias), minimised with L-BFGS
(scipy, a training-time dependency: ``pip install -e .[train]``). A feature seen in fewer than
``--min-df`` articles is dropped: it could only memorise them.

The L2 strength is chosen among ``--l2`` by cross-validation GROUPED BY ARTICLE (``--folds`` folds,
articles assigned by their sorted order), on the out-of-fold log loss. The threshold (``--operating-point``)
is by default the even-odds cut, logit 0: an event is kept when the model finds it at least as likely
real as not. The out-of-fold scores are calibrated there (events scored just below 0 were real about 0.42
of the time, just above about 0.55), so each event dropped at that cut is more likely a false one, the
complaint the filter exists for. ``--operating-point max-real-drop`` instead takes the highest
out-of-fold cut that drops at most ``--max-real-drop`` of the judged-real events today codes (rounds
7-9). The shipped weights are then fitted on all judged items and written with that ``@threshold`` row.
Every fit also counts the codebook anchors (:func:`codebook_anchors`: the right main event of each CAMEO
manual example, labelled real, ``--anchor-weight`` each), so that campaign news does not teach the model
to drop a state's plain act; the anchors never enter the out-of-fold figures or the threshold.
The out-of-fold curve (threshold, events kept, precision of kept, real events dropped) is printed,
overall and per judged set.

    python scripts/train_event_filter.py [--judged PATH] [--out FILE] [--cache FILE] [--l2 1,3,10,30]

Deterministic (no random draw; L-BFGS from zeros). Re-run whenever event coding, actors, status or
``_keep_features`` change, then ``python -m watchfloor.evaluate judged`` and ``events``. Parsing the
judged articles takes one to two minutes on 2 cores; ``--cache`` keeps the recorded features (a JSON
file outside the repository) for re-fits that change only the learner's options.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import math
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
DEFAULT_JUDGED = HERE / "tests" / "data" / "events" / "train_judged.jsonl"
DEFAULT_OUT = HERE / "src" / "watchfloor" / "knowledge" / "event_keep_model.tsv"
BIAS = "bias"

Example = dict[str, Any]  # article, set, label, features


@contextlib.contextmanager
def _recorded() -> Iterator[list[tuple[int, int, str, list[str]]]]:
    """While open, the events chain keeps every coded event (the keep/drop model says yes to all) and
    records each one's keep/drop features as (trigger start, trigger end, code, features), in the order
    coded; the model's functions are restored on leaving."""
    from watchfloor.extract import events as events_module

    recorded: list[tuple[int, int, str, list[str]]] = []
    original, judged_real = events_module._keep_features, events_module._judged_real

    def recording(entry: Any, *args: Any, **kwargs: Any) -> list[str]:
        feats = original(entry, *args, **kwargs)
        recorded.append((*entry.span, entry.code, feats))
        return feats

    events_module._keep_features = recording  # type: ignore[assignment]
    events_module._judged_real = lambda features: True  # type: ignore[assignment]
    try:
        yield recorded
    finally:
        events_module._keep_features = original  # type: ignore[assignment]
        events_module._judged_real = judged_real  # type: ignore[assignment]


def record_features(judged: Path) -> list[Example]:
    """Today's features of every judged item that today's chain (filter off) still codes."""
    from watchfloor.evaluate._attribution import articles_of
    from watchfloor.evaluate._common import polnear_records
    from watchfloor.extract import extract
    from watchfloor.nlp import parse
    from watchfloor.settings import Settings

    rows = [json.loads(line) for line in judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = sorted({str(r["article"]) for r in rows})
    by_article: dict[str, dict[tuple[int, int], list[tuple[str, list[str]]]]] = {}
    settings = Settings.load()
    with _recorded() as recorded:
        for parsed in parse(articles_of(polnear_records(set(ids)).values()), settings):
            first = len(recorded)
            extract(parsed, settings)
            seen: dict[tuple[int, int], list[tuple[str, list[str]]]] = {}
            for start, end, code, feats in recorded[first:]:
                seen.setdefault((start, end), []).append((code, feats))
            by_article[str(parsed.article.external_id)] = seen
    examples: list[Example] = []
    for r in rows:
        coded = by_article.get(str(r["article"]), {}).get((int(r["trigger_start"]), int(r["trigger_end"])))
        if not coded:
            continue
        feats = next((f for code, f in coded if code == r.get("cameo")), coded[0][1])
        examples.append(
            {
                "article": str(r["article"]),
                "trigger": [int(r["trigger_start"]), int(r["trigger_end"])],
                "set": r.get("set"),
                "label": int(bool(r["event_ok"])),
                "features": feats,
            }
        )
    return examples


def codebook_anchors() -> list[Example]:
    """CAMEO's own example sentences as anchors: the main event today's coder gives each codebook example
    (``cameo_manual_examples.jsonl`` in ../shared/data/cameo, filter off) when its root is the gold root,
    labelled real. The judged sets are 2016 campaign news, where a state acting on a state is rare and a
    noun event often background; without anchors the model learns to drop "Israel and Lebanon renewed
    negotiations" or "staged mass demonstrations" (the codebook's root accuracy fell 0.863 -> 0.845 when
    sets 8 and 9 joined the fit). Anchors enter every fit with ``--anchor-weight``, never the
    out-of-fold figures or the threshold."""
    from watchfloor.evaluate import _events as events_eval
    from watchfloor.evaluate._common import find_shared, read_jsonl

    path = find_shared() / "data" / "cameo" / "cameo_manual_examples.jsonl"
    records = [r for r in read_jsonl(path) if r.get("lang", "en") == "en"]
    with _recorded() as recorded:
        coded = events_eval.code_texts([r["text"].split(" Note: ")[0] for r in records])
    features = iter(recorded)
    anchors: list[Example] = []
    for n, (record, events) in enumerate(zip(records, coded, strict=True)):
        scored = []
        previous = None
        for event, depth in events:
            key = (event.trigger.start, event.trigger.end, event.cameo)
            if key == previous:
                continue  # a further party of a compound actor (round 12): its features are the first party's
            previous = key
            if event.status in {"negated", "denied"}:
                continue  # they bypass the model: no features were recorded
            start, end, code, feats = next(features)
            assert (start, end, code) == (event.trigger.start, event.trigger.end, event.cameo)
            scored.append((depth, event.cameo, feats))
        _codes, roots = events_eval._gold(record)
        if not scored or not roots:
            continue
        depth, code, feats = min(scored, key=lambda x: x[0])
        if min(d for _e, d in events) == depth and code[:2] in roots:
            anchors.append({"article": f"codebook-{n}", "set": "codebook", "label": 1, "features": feats})
    return anchors


def vocabulary(examples: Sequence[Example], min_df: int) -> list[str]:
    """Features seen in at least ``min_df`` articles, sorted."""
    seen: dict[str, set[str]] = {}
    for e in examples:
        seen.setdefault(e["article"], set()).update(e["features"])
    df = Counter(f for features in seen.values() for f in features)
    return sorted(f for f, n in df.items() if n >= min_df)


def fit(
    examples: Sequence[Example],
    vocab: Sequence[str],
    l2: float,
    anchors: Sequence[Example] = (),
    anchor_weight: float = 0.0,
) -> dict[str, float]:
    """L2-penalised logistic regression (bias unpenalised) by L-BFGS; weights by feature. ``anchors``
    join the fit, each counted ``anchor_weight`` times (a judged example counts once)."""
    import numpy as np
    from scipy import optimize, sparse

    index = {f: i + 1 for i, f in enumerate(vocab)}
    rows, cols = [], []
    counts = [1.0] * len(examples)
    if anchor_weight > 0 and anchors:
        examples = [*examples, *anchors]
        counts += [anchor_weight] * len(anchors)
    sample_weight = np.array(counts)
    for n, e in enumerate(examples):
        rows.append(n)
        cols.append(0)
        for f in set(e["features"]):
            if f in index:
                rows.append(n)
                cols.append(index[f])
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocab) + 1))
    y = np.array([e["label"] for e in examples], dtype=float)
    penalty = np.full(len(vocab) + 1, l2)
    penalty[0] = 0.0

    def loss(w: Any) -> tuple[float, Any]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        value = float(np.sum(sample_weight * (np.logaddexp(0.0, z) - y * z)) + 0.5 * np.sum(penalty * w * w))
        grad = x.T @ (sample_weight * (p - y)) + penalty * w
        return value, grad

    result = optimize.minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B")
    w = result.x
    weights = {BIAS: float(w[0])}
    weights.update({f: float(w[i]) for f, i in index.items() if abs(w[i]) > 1e-6})
    return weights


def score(weights: dict[str, float], features: Sequence[str]) -> float:
    """The runtime's score: bias plus the weights of the features (each counted once)."""
    return weights.get(BIAS, 0.0) + sum(weights.get(f, 0.0) for f in set(features))


def out_of_fold(
    examples: Sequence[Example],
    folds: int,
    l2: float,
    min_df: int,
    anchors: Sequence[Example] = (),
    anchor_weight: float = 0.0,
    *,
    seed: int | None = None,
    fraction: float = 1.0,
) -> list[float]:
    """Scores of each example by a model fitted without its article's fold (and with the anchors).
    Articles go to folds by their sorted order, or shuffled by ``seed`` (one split differs from another by
    about 0.01 in precision at the cut: compare variants over several seeds). ``fraction`` < 1 fits each
    fold on that share of its training articles (drawn by ``seed``): a learning curve."""
    articles = sorted({e["article"] for e in examples})
    rng = random.Random(seed)
    if seed is not None:
        rng.shuffle(articles)
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    scores = [0.0] * len(examples)
    for k in range(folds):
        train = [e for e in examples if fold_of[e["article"]] != k]
        if fraction < 1.0:
            pool = sorted({e["article"] for e in train})
            rng.shuffle(pool)
            chosen = set(pool[: round(fraction * len(pool))])
            train = [e for e in train if e["article"] in chosen]
        weights = fit(train, vocabulary(train, min_df), l2, anchors, anchor_weight)
        for n, e in enumerate(examples):
            if fold_of[e["article"]] == k:
                scores[n] = score(weights, e["features"])
    return scores


def log_loss(examples: Sequence[Example], scores: Sequence[float]) -> float:
    total = 0.0
    for e, s in zip(examples, scores, strict=True):
        total += math.log1p(math.exp(-s)) if e["label"] else math.log1p(math.exp(s))
    return total / len(examples)


def curve(examples: Sequence[Example], scores: Sequence[float]) -> list[tuple[float, int, float, int]]:
    """(threshold, kept, precision of kept, real dropped) at every distinct score cut."""
    out = []
    for t in sorted(set(scores)):
        kept = [e for e, s in zip(examples, scores, strict=True) if s >= t]
        real_dropped = sum(e["label"] for e, s in zip(examples, scores, strict=True) if s < t)
        precision = sum(e["label"] for e in kept) / len(kept) if kept else 0.0
        out.append((t, len(kept), precision, real_dropped))
    return out


def choose_threshold(examples: Sequence[Example], scores: Sequence[float], max_real_drop: float) -> float:
    """The highest cut dropping at most ``max_real_drop`` of the real events (midway to the next score)."""
    real = sum(e["label"] for e in examples)
    best = float("-inf")
    ordered = sorted(set(scores))
    for i, (t, _kept, _p, dropped) in enumerate(curve(examples, scores)):
        if dropped <= max_real_drop * real:
            best = t if i == 0 else (ordered[i - 1] + t) / 2
    return best


OPERATING_POINTS = ("even-odds", "max-real-drop")


def operating_threshold(
    examples: Sequence[Example], scores: Sequence[float], point: str, max_real_drop: float
) -> float:
    """The keep threshold: logit 0 for ``even-odds`` (an event kept when the model finds it at least as
    likely real as not), else :func:`choose_threshold` at ``max_real_drop``."""
    if point == "even-odds":
        return 0.0
    if point == "max-real-drop":
        return choose_threshold(examples, scores, max_real_drop)
    raise ValueError(f"unknown operating point {point!r}: one of {', '.join(OPERATING_POINTS)}")


CALIBRATION_BINS = (-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0)


def calibration(examples: Sequence[Example], scores: Sequence[float]) -> str:
    """How often the events scored in each band of out-of-fold logits were real, beside the model's own
    probability at the band's middle: the check that logit 0 is even odds."""
    parts = []
    for lo, hi in itertools.pairwise(CALIBRATION_BINS):
        band = [e["label"] for e, s in zip(examples, scores, strict=True) if lo <= s < hi]
        model = 1.0 / (1.0 + math.exp(-(lo + hi) / 2))
        real = f"{sum(band) / len(band):.2f}" if band else "-"
        parts.append(f"[{lo:+g},{hi:+g}) n {len(band)} real {real} (model {model:.2f})")
    return "calibration, out of fold: " + "; ".join(parts)


def kept_at(examples: Sequence[Example], scores: Sequence[float], threshold: float) -> tuple[int, float, int]:
    """(kept, precision of kept, real dropped) at ``threshold``."""
    kept = [e["label"] for e, s in zip(examples, scores, strict=True) if s >= threshold]
    real = sum(e["label"] for e in examples)
    return len(kept), sum(kept) / max(len(kept), 1), real - sum(kept)


def at_drop(
    examples: Sequence[Example], scores: Sequence[float], max_real_drop: float
) -> tuple[int, float, int]:
    """(kept, precision of kept, real dropped) at the highest cut dropping at most ``max_real_drop`` of the
    real events."""
    return kept_at(examples, scores, choose_threshold(examples, scores, max_real_drop))


CURVE_DROPS = (0.02, 0.05, 0.075, 0.10)


def seeds_report(
    examples: Sequence[Example],
    folds: int,
    l2: float,
    min_df: int,
    anchors: Sequence[Example],
    anchor_weight: float,
    seeds: int,
    fractions: Sequence[float] = (1.0,),
) -> str:
    """Out-of-fold log loss and precision of kept at 2 / 5 / 7.5 / 10 % of real events dropped, averaged
    over ``seeds`` shuffled article-grouped splits (the same splits for every fraction), for each share
    of the training articles in ``fractions``."""
    lines = []
    for fraction in fractions:
        runs = [
            out_of_fold(examples, folds, l2, min_df, anchors, anchor_weight, seed=s, fraction=fraction)
            for s in range(seeds)
        ]
        loss = sum(log_loss(examples, r) for r in runs) / seeds
        at = [sum(at_drop(examples, r, d)[1] for r in runs) / seeds for d in CURVE_DROPS]
        at5 = " ".join(f"{at_drop(examples, r, 0.05)[1]:.3f}" for r in runs)
        lines.append(
            f"{fraction:4.0%} of training articles, {seeds} fold seeds: log loss {loss:.4f}; "
            "precision of kept at "
            + ", ".join(f"{d:.1%} {p:.3f}" for d, p in zip(CURVE_DROPS, at, strict=True))
            + f" real dropped (by seed at 5 %: {at5})"
        )
    return "\n".join(lines)


def report(examples: Sequence[Example], scores: Sequence[float], threshold: float) -> str:
    lines = []
    groups: dict[str, list[int]] = {"all": list(range(len(examples)))}
    for n, e in enumerate(examples):
        groups.setdefault(f"set {e['set']}", []).append(n)
    for name, idx in groups.items():
        ex = [examples[i] for i in idx]
        sc = [scores[i] for i in idx]
        real = sum(e["label"] for e in ex)
        kept = [e for e, s in zip(ex, sc, strict=True) if s >= threshold]
        good = sum(e["label"] for e in kept)
        lines.append(
            f"{name:8s} items {len(ex):4d} real {real:4d} precision before {real / len(ex):.3f} | "
            f"kept {len(kept):4d} precision {good / max(len(kept), 1):.3f} real dropped {real - good}"
        )
    return "\n".join(lines)


def write_model(path: Path, weights: dict[str, float], threshold: float, header: str) -> None:
    lines = [f"# {line}" for line in header.splitlines()]
    lines.append("feature\tweight")
    lines.append(f"@threshold\t{threshold:.4f}")
    for f in sorted(weights, key=lambda k: (k != BIAS, k)):
        if f == BIAS or abs(weights[f]) >= 5e-5:
            lines.append(f"{f}\t{weights[f]:.4f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--judged", type=Path, default=DEFAULT_JUDGED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=None, help="JSON file keeping the recorded features")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", default="1,3,10,30")
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument(
        "--operating-point",
        choices=OPERATING_POINTS,
        default="even-odds",
        help="even-odds: keep an event the model finds at least as likely real as not (logit 0); "
        "max-real-drop: the highest cut dropping at most --max-real-drop of the real events",
    )
    ap.add_argument("--max-real-drop", type=float, default=0.05)
    ap.add_argument(
        "--anchor-weight",
        type=float,
        default=0.4,
        help="weight of each codebook anchor (a real main event of a CAMEO example sentence); 0: none "
        "(0.4 since sets 16-17 joined: at 0.25 the fit dropped codebook examples, root 0.856 -> 0.841)",
    )
    ap.add_argument("--curve", action="store_true", help="print the whole out-of-fold curve")
    ap.add_argument(
        "--fold-seeds",
        type=int,
        default=0,
        help="also print the chosen L2's out-of-fold figures averaged over this many shuffled splits",
    )
    ap.add_argument(
        "--learning-curve",
        action="store_true",
        help="with --fold-seeds: the same figures fitting each fold on 50 / 75 / 100 %% of its articles",
    )
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write no model")
    args = ap.parse_args(argv)

    if args.cache and args.cache.exists():
        cached = json.loads(args.cache.read_text(encoding="utf-8"))
        examples, anchors = cached["examples"], cached["anchors"]
    else:
        examples = record_features(args.judged)
        anchors = codebook_anchors()
        if args.cache:
            args.cache.write_text(json.dumps({"examples": examples, "anchors": anchors}), encoding="utf-8")
    weight = args.anchor_weight
    articles = len({e["article"] for e in examples})
    print(
        f"{len(examples)} judged items coded today, {articles} articles, "
        f"{sum(e['label'] for e in examples)} real; {len(anchors)} codebook anchors weighted {weight:g}"
    )
    results = {}
    for l2 in (float(v) for v in args.l2.split(",")):
        scores = out_of_fold(examples, args.folds, l2, args.min_df, anchors, weight)
        results[l2] = scores
        t = operating_threshold(examples, scores, args.operating_point, args.max_real_drop)
        kept, precision, _dropped = kept_at(examples, scores, t)
        print(
            f"l2 {l2:g}: out-of-fold log loss {log_loss(examples, scores):.4f}, "
            f"kept {kept} precision {precision:.3f} ({args.operating_point})"
        )
    best = min(results, key=lambda v: log_loss(examples, results[v]))
    scores = results[best]
    threshold = operating_threshold(examples, scores, args.operating_point, args.max_real_drop)
    print(f"chosen l2 {best:g}, threshold {threshold:.4f} ({args.operating_point}, out of fold)")
    print(calibration(examples, scores))
    print(report(examples, scores, threshold))
    if args.fold_seeds:
        fractions = (0.5, 0.75, 1.0) if args.learning_curve else (1.0,)
        print(
            seeds_report(examples, args.folds, best, args.min_df, anchors, weight, args.fold_seeds, fractions)
        )
    if args.curve:
        print("threshold  kept  precision  real_dropped")
        for t, kept_n, p, dropped in curve(examples, scores):
            print(f"{t:9.3f}  {kept_n:4d}  {p:.3f}  {dropped:4d}")
    if args.dry_run:
        return
    vocab = vocabulary(examples, args.min_df)
    weights = fit(examples, vocab, best, anchors, weight)
    sets = sorted({str(e["set"]) for e in examples}, key=lambda v: (len(v), v))
    cut_words = (
        "even odds: logit 0"
        if args.operating_point == "even-odds"
        else f"chosen out of fold, grouped by article, to drop at most {args.max_real_drop:.0%} of real "
        "events"
    )
    header = (
        "Events keep/drop model fitted by scripts/train_event_filter.py on the judged train events\n"
        f"(tests/data/events/train_judged.jsonl, sets {', '.join(sets)}: {len(examples)} items today codes, "
        f"{articles} PolNeAR v1.0.0 train articles;\n"
        "PolNeAR: Newell, Margolin & Ruths, LREC 2018, research use; judgements written for watchfloor,\n"
        f"MIT). Logistic weights (L2 {best:g}, min-df {args.min_df}); an event is kept when bias + the\n"
        f"weights of its features reach @threshold ({cut_words}).\n"
        f"{len(anchors)} codebook anchors (CAMEO manual examples' "
        f"right main events, ../shared/data/cameo) weighted {weight:g}. No corpus text."
    )
    write_model(args.out, weights, threshold, header)
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
