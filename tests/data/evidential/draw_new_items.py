"""Draw the second batch of status items (PolNeAR dev triggers), uniformly at random by a fixed seed.

Run from the repository root: ``python tests/data/evidential/draw_new_items.py OUT.jsonl``. Every
trigger ``extract_events`` codes in the 84 dev articles (PolNeAR's gold attributions as statements)
is a candidate, except triggers already labelled in the excluded batches; batch 2: 160 drawn with
``random.seed(2026)`` excluding batch 1; batch 4: 110 drawn with ``random.seed(2027)`` excluding
batches 1–3. The output holds references and, for the labeller, the sentence and the one
before it (never the predicted status). It is a working file: do not commit it.
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


if __name__ == "__main__":
    # batch 2: OUT (seed 2026, 160 items, batch 1 excluded); batch 4: OUT 2027 110 1,2,3
    args = sys.argv[1:]
    if len(args) == 1:
        main(Path(args[0]))
    else:
        main(Path(args[0]), int(args[1]), int(args[2]), frozenset(int(b) for b in args[3].split(",")))
