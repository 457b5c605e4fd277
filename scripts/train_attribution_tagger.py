"""Fit the attribution span tagger (``knowledge/attribution_tagger/``) on PolNeAR train.

Every train attribution gives gold spans over the spaCy parse: each content fragment a
``CONTENT`` span, the cue a ``CUE`` span and the source a ``SOURCE`` span (PolNeAR gives each
token at most one role, so they never overlap), written as BIO tags (``B-CONTENT``, ``I-CONTENT``,
..., ``O``). A spaCy ``tagger`` component with its own encoder
(:func:`watchfloor.extract._attr_tagger.attribution_tok2vec`, which reads the parse) is trained
on them with a plain ``nlp.update`` loop, so the training docs keep the parse they were cached
with (``spacy train`` would re-tokenise them and lose it). Articles whose index is 9 mod 10 are
held out (84 articles); after each epoch the tagger's CONTENT spans are scored on them (F1 of
spans overlapping a gold content fragment by at least half of their union, and exact), and the
epoch with the best overlap F1 is written. Seeds are fixed; one thread.

    OMP_NUM_THREADS=1 python scripts/train_attribution_tagger.py --cache /tmp/attr/train.spacy

Needs ``../shared/data/polnear/train.jsonl.gz``; with the cached parse (``--cache``, made by
``scripts/mine_attribution_cues.py``'s ``parsed_train`` when missing, about 6 minutes on 2
cores) training takes about 4.5 minutes on one thread of a loaded 2-core machine (a minute to
read the cache, 60–70 s an epoch). The shipped weights: a 4-epoch run peaked on the held-out
slice at epoch 3 (CONTENT fragment overlap F1 0.483, 0.504, 0.547, 0.537), so the default is 3
epochs, which writes the same weights (same seeds, same order). A wider encoder (width 48) was no
better on the held-out slice (best 0.539) and cost twice the run time.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = HERE.parent / "shared" / "data" / "polnear" / "train.jsonl.gz"
DEFAULT_OUT = HERE / "src" / "watchfloor" / "knowledge" / "attribution_tagger"
sys.path.insert(0, str(Path(__file__).resolve().parent))

CONFIG = """
[nlp]
lang = "en"
pipeline = ["tagger"]

[components]

[components.tagger]
factory = "tagger"
overwrite = true
neg_prefix = "!"
label_smoothing = 0.0
scorer = {"@scorers":"spacy.tagger_scorer.v1"}

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[components.tagger.model.tok2vec]
@architectures = "watchfloor.AttributionTok2Vec.v1"
width = 32
depth = 3
window_size = 1
"""


def gold_spans(doc: Any, record: dict[str, Any]) -> list[Any]:
    """The record's attribution spans over ``doc`` (token-aligned, non-overlapping)."""
    from spacy.util import filter_spans

    spans = []
    for att in record["attributions"]:
        for role, label in (("content", "CONTENT"), ("cue", "CUE"), ("source", "SOURCE")):
            sp = att.get(role)
            if not sp:
                continue
            for s, e in sp.get("spans") or [[sp["start"], sp["end"]]]:
                span = doc.char_span(s, e, label=label, alignment_mode="contract")
                if span is None or len(span) == 0:
                    span = doc.char_span(s, e, label=label, alignment_mode="expand")
                if span is None:
                    continue
                a, b = span.start, span.end
                while a < b and doc[a].is_space:
                    a += 1
                while b > a and doc[b - 1].is_space:
                    b -= 1
                if b > a:
                    spans.append(doc[a:b])
                    spans[-1].label_ = label
    return filter_spans(spans)


def examples_of(records: Sequence[dict[str, Any]], docs: Sequence[Any]) -> list[Any]:
    from spacy.tokens import Doc
    from spacy.training import Example

    from watchfloor.extract._attr_tagger import tagger_doc

    out = []
    for rec, doc in zip(records, docs, strict=True):
        pred = tagger_doc(doc)
        ref = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        tags = ["O"] * len(ref)
        for span in gold_spans(ref, rec):
            tags[span.start] = f"B-{span.label_}"
            for k in range(span.start + 1, span.end):
                tags[k] = f"I-{span.label_}"
        for tok, tag in zip(ref, tags, strict=True):
            tok.tag_ = tag
        out.append(Example(pred, ref))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter else 0.0


def span_scores(nlp: Any, examples: Sequence[Any], label: str = "CONTENT") -> dict[str, float]:
    """P/R/F1 of the tagger's ``label`` spans on ``examples`` (greedy one-to-one, token ranges)."""
    from watchfloor.extract._attr_tagger import decode

    tagger = nlp.get_pipe("tagger")
    labels = tuple(tagger.labels)
    tp_o = tp_e = n_pred = n_gold = 0
    for ex in examples:
        scores = tagger.model.ops.to_numpy(tagger.model.predict([ex.predicted])[0])
        pred = [(a, b) for lab, a, b in decode(labels, scores) if lab == label]
        gold = [(a, b) for lab, a, b in decode(labels, _onehot(labels, ex.reference)) if lab == label]
        n_pred += len(pred)
        n_gold += len(gold)
        tp_e += len(set(pred) & set(gold))
        pairs = sorted(
            ((_overlap(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)), reverse=True
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for j_, i, j in pairs:
            if j_ < 0.5:
                break
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        tp_o += len(used_p)

    def f1(tp: int) -> float:
        return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0

    return {
        "overlap_p": tp_o / n_pred if n_pred else 0.0,
        "overlap_r": tp_o / n_gold if n_gold else 0.0,
        "overlap_f1": f1(tp_o),
        "exact_f1": f1(tp_e),
    }


def _onehot(labels: Sequence[str], doc: Any) -> Any:
    import numpy

    out = numpy.zeros((len(doc), len(labels)), dtype="float32")
    for t in doc:
        out[t.i, labels.index(t.tag_)] = 1.0
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--cache", type=Path, help="spaCy DocBin of the train texts (made if missing)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=4, help="articles per update")
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="train on this many articles only (a smoke test)")
    args = ap.parse_args()

    import spacy
    from mine_attribution_cues import parsed_train
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Config

    import watchfloor.extract._attr_tagger  # noqa: F401  (registers the encoder)

    t0 = time.time()
    records, docs = parsed_train(args.train, args.cache)
    examples = examples_of(records, docs)
    held = [ex for i, ex in enumerate(examples) if i % 10 == 9]
    fit = [ex for i, ex in enumerate(examples) if i % 10 != 9]
    if args.limit:
        fit, held = fit[: args.limit], held[: max(1, args.limit // 9)]
    print(f"{len(fit)} articles to fit, {len(held)} held out; {time.time() - t0:.0f} s", flush=True)

    fix_random_seed(args.seed)
    nlp = spacy.util.load_model_from_config(Config().from_str(CONFIG), auto_fill=True, validate=True)
    nlp.meta.update(
        name="attribution_tagger",
        version="1.0.0",
        description="watchfloor attribution span tagger (BIO over CONTENT/CUE/SOURCE), fitted on PolNeAR "
        "v1.0.0 train by scripts/train_attribution_tagger.py; weights only, no corpus text",
        license="derived from PolNeAR (research use; no licence stated for its data)",
    )
    optimizer = nlp.initialize(lambda: fit)
    rng = random.Random(args.seed)
    best = -1.0
    tmp = args.out.with_name(args.out.name + ".tmp")
    for epoch in range(args.epochs):
        order = list(fit)
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=args.batch):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            sc = span_scores(nlp, held)
            if sc["overlap_f1"] > best:
                best = sc["overlap_f1"]
                if tmp.exists():
                    shutil.rmtree(tmp)
                nlp.to_disk(tmp)
        print(
            f"epoch {epoch + 1}: loss {losses.get('tagger', 0.0):.0f}  held-out CONTENT "
            + "  ".join(f"{k} {v:.3f}" for k, v in sc.items())
            + f"  ({time.time() - t0:.0f} s)",
            flush=True,
        )
    if args.out.exists():
        shutil.rmtree(args.out)
    tmp.rename(args.out)
    print(f"best held-out CONTENT overlap F1 {best:.3f}; wrote {args.out} in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
