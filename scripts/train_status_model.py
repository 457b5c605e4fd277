"""Fit the learned status correction (``extract/_status_model.py``), compared leave one batch out (issue #5).

Reads only the **tuned** status batches: ``tests/data/evidential/status_labels.jsonl`` less
``watchfloor.evaluate._status.HELD_OUT`` (dropped before any article is read or parsed). Each item is
parsed as ``python -m watchfloor.evaluate status`` parses it (only the lines its labels can depend on),
given PolNeAR's gold attributions as statements, classified by the rules and turned into the model's
features (``_status_model.status_features``). A multinomial logistic model (softmax over claimed /
hypothetical / negated / observed, L2 on every weight but the biases, L-BFGS from scipy:
``pip install -e .[train]``; features seen in at least ``--min-batches`` batches of the fitting data) is
then compared with the rules **leave one batch out**: the model that scores batch ``b`` is fitted on the
other tuned batches (each batch was labelled blind by different annotators, so ``b`` stands for a new
batch). Per batch and on the mean it prints the rules' and rules+model's accuracy and claimed
precision / recall, for every ``--l2`` × ``--margin``.

``--blind FILE`` replaces, for the items it lists, the rules' decision in the features with the decision
of the rules as they were when that batch was first scored, before any revision read it (a JSON list of
``{"key", "status", "cue"}``, made by ``--dump-blind`` run with ``PYTHONPATH`` on an older tree's ``src``):
the model then learns the rules' errors on text they had not read, which is what it meets on a new batch.

``--write`` fits the chosen ``--l2``/``--margin`` (the first of each) on every tuned batch and writes
``src/watchfloor/knowledge/status_model.json``; ``adopted`` says whether the leave-one-batch-out mean met
the adoption bar (accuracy +0.01 and claimed precision not lower, the mean over batches of at least 50
items).

    python scripts/train_status_model.py --cache /tmp/status_items.json [--l2 3,10,30] [--margin 0,0.5,1]

The shipped weights (round 18, S22): each batch's blind decisions from the commit that added it —
2 183b971, 4 95e4269, 5 5b4c748, 6 b5c2316, 7 3adbcd2, 8 2a74629, 9-10 8830fd8, 11-13 f67498b, 14 f48a545,
15 c966f40, 16 d973b06, 17 ca864b7, 18 1d6314d, 19 2d60564, 20 519fa5c (``git archive C src | tar -x -C
OLD/C``, then ``PYTHONPATH=OLD/C/src python scripts/train_status_model.py --dump-blind blind_C.json
--batches B``) — then ``--blind blind_*.json --score-blind --l2 10 --margin 0.5 --write``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CLASSES = ("claimed", "hypothetical", "negated", "observed")
OUT = Path(__file__).resolve().parents[1] / "src" / "watchfloor" / "knowledge" / "status_model.json"
MIN_BATCH_ITEMS = 50  # batch 3 (two denials) is too small to stand for a batch


def _key(lab: dict[str, Any]) -> str:
    return f"{lab['article']}:{lab['trigger_start']}:{lab['trigger_end']}:{lab.get('batch', 1)}"


def tuned_labels() -> list[dict[str, Any]]:
    """The labelled items of the tuned batches; the held-out ones are never returned."""
    from watchfloor.evaluate._common import read_jsonl
    from watchfloor.evaluate._events import LABELS

    try:
        from watchfloor.evaluate._status import HELD_OUT
    except ImportError:  # an older tree: the held-out batches of this round
        HELD_OUT = frozenset({21, 22, 23})
    held = set(HELD_OUT) | {21, 22, 23}
    return [lab for lab in read_jsonl(LABELS) if int(lab.get("batch", 1)) not in held]


def _docs(labels: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Records, gold statements and parsed docs of the labelled articles (only the lines that matter)."""
    from watchfloor.evaluate._common import polnear_records
    from watchfloor.evaluate._events import _statements
    from watchfloor.evaluate._status import _body
    from watchfloor.model import Article
    from watchfloor.nlp import parse

    records = polnear_records(str(lab["article"]) for lab in labels)
    wanted = sorted({lab["article"] for lab in labels})
    statements = {a: _statements(records[a]) for a in wanted}
    by_article: dict[str, list[dict[str, Any]]] = {a: [] for a in wanted}
    for lab in labels:
        by_article[lab["article"]].append(lab)
    articles = (
        Article(id=a, text=records[a]["text"], body=_body(records[a]["text"], by_article[a], statements[a]))
        for a in wanted
    )
    docs = {p.article.id: p.doc for p in parse(articles)}
    return records, statements, docs


def _token(doc: Any, lab: dict[str, Any]) -> Any:
    span = doc.char_span(lab["trigger_start"], lab["trigger_end"], alignment_mode="expand")
    return span[-1] if span is not None else doc[0]


def _records(ids: set[str]) -> dict[str, dict[str, Any]]:
    """PolNeAR records by id, read directly (an older tree may lack ``polnear_records``)."""
    import gzip
    import os

    polnear = Path(os.environ.get("WATCHFLOOR_SHARED", "../shared")) / "data" / "polnear"
    found: dict[str, dict[str, Any]] = {}
    for name in ("dev.jsonl", "train.jsonl.gz"):
        if ids <= found.keys():
            break
        opener: Any = gzip.open if name.endswith(".gz") else open
        with opener(polnear / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if record["id"] in ids:
                    found[record["id"]] = record
    return found


def dump_blind(labels_path: Path, out: Path, batches: set[int]) -> None:
    """The rules' decisions (status and cue) on the items of ``batches`` (never a held-out one), from
    whatever tree is importable as ``watchfloor``: run on an older tree, the rules before they read those
    batches. Each article is parsed whole, the labels are read from ``labels_path`` (this tree's)."""
    from watchfloor.evaluate._events import _statements
    from watchfloor.extract.evidential import classify_status
    from watchfloor.model import Article
    from watchfloor.nlp import parse

    batches -= {21, 22, 23}
    labels = [json.loads(line) for line in labels_path.read_text().splitlines() if line.strip()]
    labels = [lab for lab in labels if int(lab.get("batch", 1)) in batches]
    records = _records({str(lab["article"]) for lab in labels})
    wanted = sorted(records)
    statements = {a: _statements(records[a]) for a in wanted}
    articles = (Article(id=a, text=records[a]["text"], body=((0, len(records[a]["text"])),)) for a in wanted)
    docs = {p.article.id: p.doc for p in parse(articles)}
    rows = []
    for lab in labels:
        decision = classify_status(_token(docs[lab["article"]], lab), statements[lab["article"]])
        rows.append({"key": _key(lab), "status": str(decision.status), "cue": decision.cue})
    out.write_text(json.dumps(rows))


def items(cache: Path | None) -> list[dict[str, Any]]:
    """Each tuned item: key, batch, gold, the rules' status and cue, and the parse features per status
    (the statement's and the trigger's, without the rules' part, which ``features`` adds)."""
    if cache is not None and cache.is_file():
        data: list[dict[str, Any]] = json.loads(cache.read_text())
        return data
    from watchfloor.extract._status_model import status_features
    from watchfloor.extract.evidential import classify_status, statement_for

    labels = tuned_labels()
    _, statements, docs = _docs(labels)
    out = []
    for lab in labels:
        token = _token(docs[lab["article"]], lab)
        stmts = statements[lab["article"]]
        decision = classify_status(token, stmts)
        holder = statement_for(token.idx, stmts)
        base = [x for x in status_features(token, holder, "x", None) if "&" not in x and x != "rule=x"]
        out.append(
            {
                "key": _key(lab),
                "batch": int(lab.get("batch", 1)),
                "gold": str(lab["label"]),
                "rule": str(decision.status),
                "cue": decision.cue,
                "base": base,
            }
        )
    if cache is not None:
        cache.write_text(json.dumps(out))
    return out


def features(item: dict[str, Any], rule: str, cue: str | None) -> list[str]:
    """The model's features for an item under a given rules' decision (as ``status_features`` builds)."""
    feats = list(item["base"])
    if cue is not None and rule != "claimed":
        feats.insert(5, "why=" + cue.lower().replace("\u2019", "'"))
    return [*feats, *(f"{rule}&{x}" for x in feats), f"rule={rule}"]


def softmax_weights(
    features: list[list[str]], gold: list[int], vocab: dict[str, int], l2: float, maxiter: int
) -> tuple[Any, Any]:
    """An L2-regularised softmax over CLASSES fitted by L-BFGS: a (vocabulary × class) weight matrix and the
    class biases, from each item's features (those outside ``vocab`` ignored) and gold class index. Shared
    with ``compare_status_correction.py``, the earlier experiment."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, feats in enumerate(features):
        for x in set(feats):
            if x in vocab:
                rows.append(r)
                cols.append(vocab[x])
    n, v, k = len(features), len(vocab), len(CLASSES)
    x_mat = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, v))
    y = np.array(gold)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1

    def objective(w: Any) -> tuple[float, Any]:
        weights, bias = w[: v * k].reshape(v, k), w[v * k :]
        z = x_mat @ weights + bias
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        loss = -np.sum(np.log(p[np.arange(n), y] + 1e-12)) + 0.5 * l2 * np.sum(weights * weights)
        g = p - onehot
        return loss, np.concatenate([(x_mat.T @ g + l2 * weights).ravel(), g.sum(0)])

    res = minimize(objective, np.zeros(v * k + k), jac=True, method="L-BFGS-B", options={"maxiter": maxiter})
    return res.x[: v * k].reshape(v, k), res.x[v * k :]


def fit(train: list[tuple[list[str], str, int]], l2: float, min_batches: int) -> dict[str, Any]:
    """Softmax weights per feature (a vector over CLASSES) and the biases, over the features seen in at
    least ``min_batches`` label batches."""
    seen: dict[str, set[int]] = {}
    for feats, _, batch in train:
        for x in set(feats):
            seen.setdefault(x, set()).add(batch)
    vocab = {x: i for i, x in enumerate(sorted(x for x, b in seen.items() if len(b) >= min_batches))}
    weights, bias = softmax_weights(
        [feats for feats, _, _ in train], [CLASSES.index(gold) for _, gold, _ in train], vocab, l2, 3000
    )
    return {
        "weights": {x: [round(float(a), 5) for a in weights[i]] for x, i in vocab.items()},
        "bias": [round(float(a), 5) for a in bias],
    }


def _model(data: dict[str, Any], margin: float) -> Any:
    from watchfloor.extract._status_model import StatusModel

    return StatusModel({k: tuple(v) for k, v in data["weights"].items()}, tuple(data["bias"]), margin, False)


def _claimed(pairs: list[tuple[str, str]]) -> tuple[float | None, float | None]:
    tp = sum(1 for g, p in pairs if g == p == "claimed")
    n_pred = sum(1 for _, p in pairs if p == "claimed")
    n_gold = sum(1 for g, _ in pairs if g == "claimed")
    return (tp / n_pred if n_pred else None), (tp / n_gold if n_gold else None)


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def lobo(
    data: list[dict[str, Any]],
    blind: dict[str, dict[str, Any]],
    l2: float,
    margin: float,
    min_batches: int,
    score_blind: bool = False,
) -> dict[str, Any]:
    """Leave-one-batch-out figures: per batch the rules' and rules+model's accuracy and claimed P/R.
    ``score_blind``: the rules under a scored batch are the blind ones (those that had not read it), and
    only batches with blind decisions are scored."""
    from watchfloor.extract._status_model import correct

    def train_feats(it: dict[str, Any]) -> list[str]:
        dec = blind.get(it["key"])
        return features(it, dec["status"], dec["cue"]) if dec else features(it, it["rule"], it["cue"])

    out: dict[str, Any] = {"batches": {}}
    all_rule: list[tuple[str, str]] = []
    all_model: list[tuple[str, str]] = []
    for b in sorted({it["batch"] for it in data}):
        scored = [it for it in data if it["batch"] == b]
        if score_blind:
            scored = [
                {**it, "rule": blind[it["key"]]["status"], "cue": blind[it["key"]]["cue"]}
                for it in scored
                if it["key"] in blind
            ]
        if len(scored) < MIN_BATCH_ITEMS:
            continue
        train = [(train_feats(it), it["gold"], it["batch"]) for it in data if it["batch"] != b]
        train = [t for t in train if t[1] in CLASSES]
        model = _model(fit(train, l2, min_batches), margin)
        rule = [(it["gold"], it["rule"]) for it in scored]
        mod = [(it["gold"], correct(model, features(it, it["rule"], it["cue"]), it["rule"])) for it in scored]
        all_rule += rule
        all_model += mod
        out["batches"][b] = {
            "items": len(scored),
            "rule": sum(g == p for g, p in rule),
            "model": sum(g == p for g, p in mod),
            "rule_claimed": _claimed(rule),
            "model_claimed": _claimed(mod),
            "fixed": sum(g != r and g == m for (g, r), (_, m) in zip(rule, mod, strict=True)),
            "broken": sum(g == r and g != m for (g, r), (_, m) in zip(rule, mod, strict=True)),
        }
    rows = out["batches"].values()
    out["mean_rule"] = sum(r["rule"] / r["items"] for r in rows) / len(rows)
    out["mean_model"] = sum(r["model"] / r["items"] for r in rows) / len(rows)
    claimed_p = [
        (r["rule_claimed"][0], r["model_claimed"][0]) for r in rows if r["rule_claimed"][0] is not None
    ]
    out["mean_claimed_p_rule"] = sum(a for a, _ in claimed_p) / len(claimed_p)
    out["mean_claimed_p_model"] = sum(b if b is not None else 0.0 for _, b in claimed_p) / len(claimed_p)
    out["pooled_rule_claimed"] = _claimed(all_rule)
    out["pooled_model_claimed"] = _claimed(all_model)
    out["adopt"] = (
        out["mean_model"] - out["mean_rule"] >= 0.01
        and out["mean_claimed_p_model"] >= out["mean_claimed_p_rule"]
        and (out["pooled_model_claimed"][0] or 0.0) >= (out["pooled_rule_claimed"][0] or 0.0)
    )
    return out


def report(result: dict[str, Any], l2: float, margin: float, verbose: bool) -> None:
    print(
        f"l2 {l2:g} margin {margin:g}: LOBO mean accuracy rules {result['mean_rule']:.4f} -> "
        f"rules+model {result['mean_model']:.4f} ({result['mean_model'] - result['mean_rule']:+.4f}); "
        f"mean claimed P {result['mean_claimed_p_rule']:.4f} -> {result['mean_claimed_p_model']:.4f}; pooled "
        f"claimed P/R {_fmt(result['pooled_rule_claimed'][0])}/{_fmt(result['pooled_rule_claimed'][1])} -> "
        f"{_fmt(result['pooled_model_claimed'][0])}/{_fmt(result['pooled_model_claimed'][1])}; "
        f"fixed {sum(r['fixed'] for r in result['batches'].values())} broken "
        f"{sum(r['broken'] for r in result['batches'].values())}; adopt: {result['adopt']}"
    )
    if verbose:
        print("batch items  rules  +model  fixed broken  claimed P/R rules -> +model")
        for b, r in result["batches"].items():
            print(
                f"{b:>5} {r['items']:>5}  {r['rule'] / r['items']:.3f}  {r['model'] / r['items']:.3f}  "
                f"{r['fixed']:>5} {r['broken']:>6}  "
                f"{_fmt(r['rule_claimed'][0])}/{_fmt(r['rule_claimed'][1])} -> "
                f"{_fmt(r['model_claimed'][0])}/{_fmt(r['model_claimed'][1])}"
            )


def _dumps(payload: dict[str, Any]) -> str:
    """The weights file: one key per line, one feature's weight vector per line."""
    head = {k: v for k, v in payload.items() if k != "weights"}
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    weights = payload["weights"].items()
    rows = [f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in weights]
    return "{\n" + "\n".join(lines) + '\n  "weights": {\n' + ",\n".join(rows) + "\n  }\n}\n"


def _floats(text: str) -> list[float]:
    return [float(x) for x in text.split(",")]


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path, help="features of the tuned items (made once, then read)")
    ap.add_argument("--l2", default="3,10,30")
    ap.add_argument("--margin", default="0,0.5,1")
    ap.add_argument("--min-batches", type=int, default=3)
    ap.add_argument("--blind", type=Path, action="append", default=[], help="older rules' decisions")
    ap.add_argument("--dump-blind", type=Path, help="write this tree's decisions on --batches and stop")
    ap.add_argument("--batches", default="", help="with --dump-blind: comma-separated batch numbers")
    ap.add_argument("--score-blind", action="store_true", help="score each batch over its blind rules")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--write", action="store_true", help="fit on all tuned batches and write the weights")
    args = ap.parse_args()
    random.seed(0)  # L-BFGS from zeros is deterministic; nothing else draws, but fix it anyway
    if args.dump_blind:
        labels = Path(__file__).resolve().parents[1] / "tests" / "data" / "evidential" / "status_labels.jsonl"
        dump_blind(labels, args.dump_blind, {int(x) for x in args.batches.split(",")})
        return
    data = items(args.cache)
    blind: dict[str, dict[str, Any]] = {}
    for path in args.blind:
        blind.update({row["key"]: row for row in json.loads(path.read_text())})
    golds = Counter(it["gold"] for it in data)
    print(f"{len(data)} tuned items in {len({it['batch'] for it in data})} batches; {golds}")
    if blind:
        hits = sum(1 for it in data if it["key"] in blind)
        right = sum(1 for it in data if it["key"] in blind and blind[it["key"]]["status"] == it["gold"])
        print(f"blind decisions for {hits} items, right {right}")
    results = {}
    for l2 in _floats(args.l2):
        for margin in _floats(args.margin):
            results[(l2, margin)] = lobo(data, blind, l2, margin, args.min_batches, args.score_blind)
            report(results[(l2, margin)], l2, margin, args.verbose)
            sys.stdout.flush()
    if args.write:
        l2, margin = _floats(args.l2)[0], _floats(args.margin)[0]
        train = []
        for it in data:
            dec = blind.get(it["key"])
            feats = features(it, dec["status"], dec["cue"]) if dec else features(it, it["rule"], it["cue"])
            if it["gold"] in CLASSES:
                train.append((feats, it["gold"], it["batch"]))
        fitted = fit(train, l2, args.min_batches)
        # the bar must hold over the rules as they run (current, read off every tuned batch) and, with
        # blind decisions, over the rules that had not read the scored batch
        over_current = lobo(data, blind, l2, margin, args.min_batches, False)
        over_blind = lobo(data, blind, l2, margin, args.min_batches, True) if blind else None
        adopted = over_current["adopt"] and (over_blind is None or over_blind["adopt"])

        def figures(result: dict[str, Any]) -> dict[str, float]:
            return {
                "mean_accuracy_rules": round(result["mean_rule"], 4),
                "mean_accuracy_model": round(result["mean_model"], 4),
                "mean_claimed_precision_rules": round(result["mean_claimed_p_rule"], 4),
                "mean_claimed_precision_model": round(result["mean_claimed_p_model"], 4),
            }

        payload = {
            "_source": (
                "fitted by scripts/train_status_model.py on the tuned status batches "
                f"{sorted({it['batch'] for it in data})} (tests/data/evidential, PolNeAR references only), "
                f"{'the rules before each batch was read, where known' if blind else 'the current rules'}; "
                f"l2 {l2:g}, features in at least {args.min_batches} batches; derived weights, no corpus text"
            ),
            "_lobo_over_current_rules": figures(over_current),
            "_lobo_over_blind_rules": figures(over_blind) if over_blind else None,
            "classes": list(CLASSES),
            "margin": margin,
            "adopted": bool(adopted),
            "bias": fitted["bias"],
            "weights": dict(sorted(fitted["weights"].items())),
        }
        OUT.write_text(_dumps(payload))
        print(f"wrote {OUT} ({len(fitted['weights'])} features, adopted {adopted})")


if __name__ == "__main__":
    main()
