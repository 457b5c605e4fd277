"""Draw the second batch of status items (PolNeAR dev triggers), uniformly at random by a fixed seed.

Run from the repository root: ``python tests/data/evidential/draw_new_items.py OUT.jsonl``. Every
trigger ``extract_events`` codes in the 84 dev articles (PolNeAR's gold attributions as statements)
is a candidate, except triggers already labelled in the excluded batches; batch 2: 160 drawn with
``random.seed(2026)`` excluding batch 1; batch 4: 110 drawn with ``random.seed(2027)`` excluding
batches 1–3. The output holds references and, for the labeller, the sentence and the one
before it (never the predicted status). It is a working file: do not commit it.

Batch 7 (``--near-attributions``) draws from sentences that hold no labelled item of batches 1–6,
stratified by PolNeAR's *gold* attributions (never by a prediction) so that claimed and
hypothetical events are well represented: ``python tests/data/evidential/draw_new_items.py OUT
2029 --near-attributions`` draws 55 triggers inside an attribution's content, 20 in a sentence that
holds an attribution but outside its content (the writer's reporting verbs, "according to" phrases,
events beside a quotation) and 15 from the other sentences, at most one trigger per sentence; then 30
more inside a content (drawn after the first 90, which it leaves unchanged).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from watchfloor.evaluate._common import find_shared
from watchfloor.evaluate._events import _statements
from watchfloor.extract.events import extract_events
from watchfloor.model import Article
from watchfloor.nlp import parse

HERE = Path(__file__).resolve().parent
N_DRAW = 160
SEED = 2026


def main(out: Path, seed: int = SEED, n_draw: int = N_DRAW, exclude: frozenset[int] = frozenset({1})) -> None:
    dev = find_shared() / "data" / "polnear" / "dev.jsonl"
    rows = [json.loads(x) for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = (HERE / "status_labels.jsonl").read_text(encoding="utf-8").splitlines()
    old = [o for o in map(json.loads, lines) if o.get("batch", 1) in exclude]
    taken = {(o["article"], o["trigger_start"], o["trigger_end"]) for o in old}
    candidates = []
    articles = [Article(id=r["id"], text=r["text"], body=((0, len(r["text"])),)) for r in rows]
    by_id = {r["id"]: r for r in rows}
    for parsed in parse(articles):
        text = parsed.article.text
        for ev in extract_events(parsed, _statements(by_id[parsed.article.id]), []):
            key = (parsed.article.id, ev.trigger.start, ev.trigger.end)
            if key in taken:
                continue
            prev = text[max(0, ev.sentence.start - 300) : ev.sentence.start]
            candidates.append(
                {
                    "article": parsed.article.id,
                    "sentence_start": ev.sentence.start,
                    "sentence_end": ev.sentence.end,
                    "trigger_start": ev.trigger.start,
                    "trigger_end": ev.trigger.end,
                    "trigger_chars": ev.trigger.end - ev.trigger.start,
                    "_before": prev,
                    "_sentence": text[ev.sentence.start : ev.trigger.start]
                    + "[["
                    + text[ev.trigger.start : ev.trigger.end]
                    + "]]"
                    + text[ev.trigger.end : ev.sentence.end],
                }
            )
    candidates.sort(key=lambda c: (c["article"], c["trigger_start"]))
    random.seed(seed)
    drawn = random.sample(candidates, n_draw)
    with open(out, "w", encoding="utf-8") as fh:
        for c in drawn:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(candidates)} candidates, {len(drawn)} drawn -> {out}")


# batch 7: triggers per stratum (inside a content / same sentence as an attribution / elsewhere)
STRATA = (("inside", 55), ("beside", 20), ("elsewhere", 15), ("inside", 30))


def _stratum(article: dict[str, object], start: int, sent: tuple[int, int]) -> str:
    """Where the trigger at ``start`` lies relative to the article's gold attributions."""
    beside = False
    for att in article.get("attributions") or []:  # type: ignore[attr-defined]
        spans = att["content"].get("spans") or [[att["content"]["start"], att["content"]["end"]]]
        if any(a <= start < b for a, b in spans):
            return "inside"
        parts = [att[k] for k in ("source", "cue", "content") if att.get(k)]
        if any(p["start"] < sent[1] and sent[0] < p["end"] for p in parts):
            beside = True
    return "beside" if beside else "elsewhere"


Pools = dict[str, dict[tuple[str, int], list[dict[str, object]]]]


def _pools(rows: list[dict[str, object]], used: set[tuple[str, int]], split: str | None = None) -> Pools:
    """Coded triggers of the articles by stratum and sentence, leaving out the ``used`` sentences."""
    by_id = {str(r["id"]): r for r in rows}
    articles = [Article(id=str(r["id"]), text=str(r["text"]), body=((0, len(str(r["text"]))),)) for r in rows]
    pools: Pools = {n: {} for n in ("inside", "beside", "elsewhere")}
    for parsed in parse(articles):
        text = parsed.article.text
        aid = parsed.article.id
        for ev in extract_events(parsed, _statements(by_id[aid]), []):
            if (aid, ev.sentence.start) in used:
                continue
            stratum = _stratum(by_id[aid], ev.trigger.start, (ev.sentence.start, ev.sentence.end))
            pools[stratum].setdefault((aid, ev.sentence.start), []).append(
                {
                    **({"split": split} if split else {}),
                    "article": aid,
                    "sentence_start": ev.sentence.start,
                    "sentence_end": ev.sentence.end,
                    "trigger_start": ev.trigger.start,
                    "trigger_end": ev.trigger.end,
                    "trigger_chars": ev.trigger.end - ev.trigger.start,
                    "_stratum": stratum,
                    "_before": text[max(0, ev.sentence.start - 300) : ev.sentence.start],
                    "_sentence": text[ev.sentence.start : ev.trigger.start]
                    + "[["
                    + text[ev.trigger.start : ev.trigger.end]
                    + "]]"
                    + text[ev.trigger.end : ev.sentence.end],
                }
            )
    return pools


def _draw(pools: Pools, strata: tuple[tuple[str, int], ...], seed: int, out: Path) -> None:
    """At most one trigger per sentence, ``n`` sentences per stratum in turn; written to ``out``."""
    random.seed(seed)
    drawn: list[dict[str, object]] = []
    taken: set[tuple[str, int]] = set()
    for name, n in strata:
        keys = sorted(k for k in pools[name] if k not in taken)
        for key in random.sample(keys, min(n, len(keys))):
            taken.add(key)
            group = sorted(pools[name][key], key=lambda c: int(str(c["trigger_start"])))
            drawn.append(random.choice(group))
        print(f"{name}: {len(keys)} sentences, {min(n, len(keys))} drawn")
    with open(out, "w", encoding="utf-8") as fh:
        for c in drawn:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} drawn -> {out}")


def main_near_attributions(out: Path, seed: int) -> None:
    """Batch 7: sentences with no labelled item yet, one trigger per sentence, stratified (see above)."""
    dev = find_shared() / "data" / "polnear" / "dev.jsonl"
    rows = [json.loads(x) for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = (HERE / "status_labels.jsonl").read_text(encoding="utf-8").splitlines()
    used = {(o["article"], o["sentence_start"]) for o in map(json.loads, lines)}
    _draw(_pools(rows, used), STRATA, seed, out)


# batches 11 and 13: dev's sentences inside attributions were used up by batches 1-10 (23 left), so these
# come from PolNeAR train articles, drawn like batch 7 but over a random sample of train articles
TRAIN_STRATA: dict[int, tuple[tuple[str, int], ...]] = {
    11: (("inside", 70), ("beside", 30), ("elsewhere", 20)),
    13: (("inside", 100),),
    14: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    15: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    16: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    17: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    18: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    19: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    20: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    21: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    22: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    23: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    24: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    25: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
    26: (("inside", 80), ("beside", 25), ("elsewhere", 15)),
}


def main_train(out: Path, seed: int, n_articles: int, batch: int) -> None:
    """Batches 11 and 13: PolNeAR train articles not holding an item of an earlier train batch."""
    import gzip

    path = find_shared() / "data" / "polnear" / "train.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    lines = (HERE / "status_labels.jsonl").read_text(encoding="utf-8").splitlines()
    used = {o["article"] for o in map(json.loads, lines) if o.get("split") == "train" and o["batch"] < batch}
    rng = random.Random(seed)
    rows = rng.sample([r for r in rows if r["id"] not in used], n_articles)
    _draw(_pools(rows, set(), split="train"), TRAIN_STRATA[batch], seed, out)


if __name__ == "__main__":
    # batch 2: OUT (seed 2026, 160 items, batch 1 excluded); batch 4: OUT 2027 110 1,2,3
    args = sys.argv[1:]
    if "--train" in args:
        # batch 11: OUT 2035 45 11 --train; batch 13: OUT 2036 60 13 --train;
        # batch 14: OUT 2037 50 14 --train; batch 15: OUT 2038 50 15 --train;
        # batch 16: OUT 2039 50 16 --train; batch 17: OUT 2040 50 17 --train;
        # batch 18: OUT 2041 65 18 --train; batch 19: OUT 2042 65 19 --train;
        # batch 20: OUT 2043 65 20 --train; batch 21: OUT 2044 65 21 --train;
        # batch 22: OUT 2045 65 22 --train; batch 25: OUT 2048 65 25 --train
        main_train(Path(args[0]), int(args[1]), int(args[2]), int(args[3]))
    elif "--near-attributions" in args:
        main_near_attributions(Path(args[0]), int(args[1]))
    elif len(args) == 1:
        main(Path(args[0]))
    else:
        main(Path(args[0]), int(args[1]), int(args[2]), frozenset(int(b) for b in args[3].split(",")))
