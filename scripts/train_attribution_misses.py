"""Count why the attribution extractor misses PolNeAR train contents (issue #4, round 11).

Runs the extractor on one train tenth (``--tenth``, articles whose index mod 10 is it) with the
selector and edge refiner given (``--model``/``--trees``/``--edges``, e.g. fitted with
``--hold-out`` that tenth; default: the shipped ones) and sorts every gold content the scorer does
not match (Jaccard of non-space characters ≥ 0.5) into:

- *untouched* (no kept content shares a character with it): no candidate of the rules touches it
  (tallied by the part of speech and lemma of the gold cue's head word), a candidate touches it
  but overlaps it less than half, or a candidate overlaps it by half and the selector dropped it;
- *reach* (a kept content touches it with J < 0.5): too long (the kept content holds 90 % of the
  gold), too short (the gold holds 90 % of the kept content) or another clause; marked when the
  gold runs over several sentences or fragments.

Only counts and cue lemmas are printed (no corpus text).

    OMP_NUM_THREADS=1 python scripts/train_attribution_misses.py --cache /tmp/attr/train.spacy
        [--tenth 9] [--model TSV --trees JSON --edges TSV]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_attribution import DEFAULT_TRAIN, OVERLAP, _charset, _content_charset, _jaccard
from train_attribution_edges import _use_selector

# a gold content covered this much by a kept one is "too short" the other way round
COVER: float = 0.9
_SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+\S")


def _use_edges(path: Path | None) -> None:
    """Make the extractor use the edge refiner in ``path`` instead of the shipped one."""
    if path is None:
        return
    from watchfloor.extract import _attr_edges as e

    table: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("feature\t") or not line.strip():
            continue
        f, v = line.split("\t")[:2]
        table[f] = float(v)
    e.edge_weights.cache_clear()
    e.edge_kinds.cache_clear()
    e.edge_weights = lambda: table  # type: ignore[assignment]


def _cue_head(doc: Any, cue: dict[str, Any] | None) -> str:
    """POS:lemma of a gold cue's head word (its last verb, else noun, else adjective, else token)."""
    if not cue:
        return "no cue"
    s, e = cue["spans"][-1]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return "no token"
    for pos in (("VERB", "AUX"), ("NOUN",), ("ADJ",)):
        toks = [t for t in span if t.pos_ in pos]
        if toks:
            return f"{toks[-1].pos_}:{toks[-1].lemma_.lower()}"
    return f"{span[-1].pos_}:{span[-1].lower_}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--cache", type=Path, help="spaCy DocBin of the train texts (made if missing)")
    ap.add_argument("--tenth", type=int, default=9)
    ap.add_argument("--model", type=Path, help="the selector's weights (default: the shipped ones)")
    ap.add_argument("--trees", type=Path, help="the selector's reranker (default: the shipped one)")
    ap.add_argument("--edges", type=Path, help="the edge refiner's weights (default: the shipped ones)")
    ap.add_argument("--top", type=int, default=40, help="cue heads to list")
    args = ap.parse_args()

    from mine_attribution_cues import parsed_train

    from watchfloor.evaluate._attribution import articles_of, predictions_of
    from watchfloor.evaluate._common import load_scorer
    from watchfloor.extract import attribution
    from watchfloor.extract._quotes import find_quotes
    from watchfloor.model import ParsedArticle

    _use_selector(args.model, args.trees)
    _use_edges(args.edges)
    golds, docs = parsed_train(args.train, args.cache)
    keep = [i for i in range(len(golds)) if i % 10 == args.tenth]
    golds, docs = [golds[i] for i in keep], [docs[i] for i in keep]
    preds = []
    why: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    reach: Counter[str] = Counter()
    for gold, art, doc in zip(golds, articles_of(golds), docs, strict=True):
        text = gold["text"]
        found = predictions_of(attribution.extract_statements(ParsedArticle(article=art, doc=doc), ()), text)
        preds.append({"id": gold["id"], "attributions": found})
        kept = [
            _charset(text, p["content"].get("spans") or [[p["content"]["start"], p["content"]["end"]]])
            for p in found
        ]
        cands = [
            _content_charset(text, c.frags) for c in attribution._candidates(doc, text, find_quotes(doc.text))
        ]
        for a in gold["attributions"]:
            g = _charset(text, a["content"]["spans"])
            if not g:
                continue
            js = [_jaccard(p, g) for p in kept]
            best = max(js, default=0.0)
            if best >= OVERLAP:
                continue
            if best == 0.0:
                cb = max((_jaccard(c, g) for c in cands), default=0.0)
                kind = (
                    "a candidate overlaps it by half, dropped"
                    if cb >= OVERLAP
                    else ("a candidate touches it, dropped" if cb > 0 else "no candidate")
                )
                why[kind] += 1
                if cb == 0:
                    heads[_cue_head(doc, a.get("cue"))] += 1
                continue
            p = kept[js.index(best)]
            inter = len(p & g)
            kind = (
                "too long"
                if inter / len(g) > COVER
                else "too short"
                if inter / len(p) > COVER
                else "other clause"
            )
            spans = a["content"]["spans"]
            body = text[spans[0][0] : spans[-1][1]].rstrip(" .\"”’'")
            several = len(spans) > 1 or _SENTENCE_BREAK.search(body) is not None
            reach[kind + (" (gold over several sentences or fragments)" if several else "")] += 1
    report = load_scorer("score_attributions").score(golds, preds)
    c = report["content"]
    print(
        f"tenth {args.tenth}: {len(golds)} articles, {report['n_gold']} gold, {report['n_pred']} kept; "
        f"overlap F1 {c['overlap']['f1']:.4f}, exact {c['exact']['f1']:.4f}, "
        f"source {c['overlap']['source_acc']:.4f}, any overlap {c['any_overlap']['f1']:.4f}"
    )
    print(f"untouched gold contents: {sum(why.values())}")
    for k, v in why.most_common():
        print(f"  {v:5d}  {k}")
    print(f"no candidate, by the gold cue's head word (top {args.top}):")
    for k, v in heads.most_common(args.top):
        print(f"  {v:5d}  {k}")
    print(f"touched with overlap < {OVERLAP}: {sum(reach.values())}")
    for k, v in reach.most_common():
        print(f"  {v:5d}  {k}")


if __name__ == "__main__":
    main()
