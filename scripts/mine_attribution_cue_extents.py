"""Mine which words after a cue PolNeAR counts as part of the cue (``knowledge/attribution_cue_extents.tsv``).

Runs the extractor (selector, reranker, edge refiner, tagger as shipped, or the files given) over
PolNeAR train and looks at every kept content that starts just after its cue verb (within two
tokens) and overlaps a gold content. For its first one to three tokens it counts, per cue lemma and
word pattern — the words themselves (``it clear``) or each function word as itself and any other word
as its part of speech (``to VERB``) — how often the gold content starts after them (the annotators
gave them to the cue: "declined *to comment*", "made *it clear*"). Patterns seen at least
``--min-n`` times whose gold share is at least ``--min-share`` are written; at run time
:func:`watchfloor.extract._attr_edges.past_cue_words` starts a content after the longest one.

    PYTHONPATH=src python scripts/mine_attribution_cue_extents.py --tenths 0,1,2,3,4,5,6,7,8 \
        --model M --trees T --edges E --out src/watchfloor/knowledge/attribution_cue_extents.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_attribution_cues import parsed_train
from train_attribution_edges import _use_selector
from train_attribution_misses import _use_edges


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=Path("../shared/data/polnear/train.jsonl.gz"))
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--tenths", default="0,1,2,3,4,5,6,7,8,9", help="article index mod 10 to mine")
    ap.add_argument("--model", type=Path)
    ap.add_argument("--trees", type=Path)
    ap.add_argument("--edges", type=Path)
    ap.add_argument("--min-n", type=int, default=5)
    ap.add_argument("--min-share", type=float, default=0.8)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()

    from watchfloor.evaluate._attribution import _with_complementizer, articles_of, predictions_of
    from watchfloor.evaluate._common import load_scorer
    from watchfloor.extract import _attr_edges as E
    from watchfloor.extract import attribution as A
    from watchfloor.model import ParsedArticle

    _use_selector(args.model, args.trees)
    _use_edges(args.edges)
    E.cue_extents.cache_clear()
    E.cue_extents = lambda: {}  # type: ignore[assignment]  # mine what the extractor does without the rule
    sc = load_scorer("score_attributions")
    tenths = {int(t) for t in args.tenths.split(",")}
    golds, docs = parsed_train(args.train, args.cache)
    keep = [i for i in range(len(golds)) if i % 10 in tenths]
    golds, docs = [golds[i] for i in keep], [docs[i] for i in keep]

    verbs: dict[tuple[int, int], Any] = {}
    refine = A.refine_edges

    def record(verb: Any, rel: str, frags: Any, quotes: Any, blocked: Any = ()) -> list[tuple[int, int]]:
        out = refine(verb, rel, frags, quotes, blocked)
        verbs[(out[0][0], out[-1][1])] = verb
        return out

    A.refine_edges = record  # type: ignore[assignment]
    seen: Counter[tuple[str, str]] = Counter()
    after: Counter[tuple[str, str]] = Counter()
    fixed: Counter[tuple[str, str]] = Counter()
    broken: Counter[tuple[str, str]] = Counter()
    for gold, art, doc in zip(golds, articles_of(golds), docs, strict=True):
        text = gold["text"]
        verbs.clear()
        st = A.extract_statements(ParsedArticle(article=art, doc=doc), ())
        preds = predictions_of(st, text)
        mask = sc.quoted_mask(text)
        gi = [sc.Item(text, a, mask, "g", a.get("kind")) for a in gold["attributions"]]
        pi = [sc.Item(text, a, mask, "p") for a in preds]
        for g_i, p_i in sc.match(gi, pi, "overlap"):
            s0 = st[p_i]
            verb = verbs.get((s0.content.start, s0.content.end))
            if verb is None:
                continue
            frags = [(f.start, f.end) for f in s0.fragments] or [(s0.content.start, s0.content.end)]
            toks = E.leading_tokens(verb, frags[0])
            if not toks:
                continue
            gstart = min(gi[g_i].content)
            was_exact = pi[p_i].content == gi[g_i].content
            for k in range(1, len(toks)):
                nxt = toks[k].idx
                new = [(nxt, frags[0][1]), *frags[1:]]
                new[0] = (_with_complementizer(text, new[0][0]), new[0][1])
                exact = sc.charset(text, new) == gi[g_i].content
                for key in E.pattern_keys(verb, toks[:k]):
                    seen[key] += 1
                    after[key] += gstart >= nxt
                    fixed[key] += exact
                    broken[key] += was_exact
    rows = []
    for key, n in seen.items():
        share = after[key] / n
        if n >= args.min_n and share >= args.min_share:
            rows.append((key[0], key[1], n, share, fixed[key], broken[key]))
    rows.sort()
    lines = ["lemma\twords\tn\tshare\tfixed\tbroken"]
    lines += [f"{a}\t{b}\t{n}\t{s:.3f}\t{f}\t{x}" for a, b, n, s, f, x in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(golds)} articles; {len(rows)} patterns kept of {len(seen)} seen; "
        f"fixed {sum(r[4] for r in rows)} broken {sum(r[5] for r in rows)} (overlapping counts)"
    )


if __name__ == "__main__":
    main()
