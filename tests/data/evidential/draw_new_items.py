"""Draw the second batch of status items (PolNeAR dev triggers), uniformly at random by a fixed seed.

Run from the repository root: ``python tests/data/evidential/draw_new_items.py OUT.jsonl``. Every
trigger ``extract_events`` codes in the 84 dev articles (PolNeAR's gold attributions as statements)
is a candidate, except triggers already in ``status_labels.jsonl``; 160 are drawn with
``random.seed(2026)``. The output holds references and, for the labeller, the sentence and the one
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


def main(out: Path) -> None:
    dev = find_shared() / "data" / "polnear" / "dev.jsonl"
    rows = [json.loads(x) for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = (HERE / "status_labels.jsonl").read_text(encoding="utf-8").splitlines()
    old = [o for o in map(json.loads, lines) if o.get("batch", 1) == 1]  # the draw excluded batch 1 only
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
    random.seed(SEED)
    drawn = random.sample(candidates, N_DRAW)
    with open(out, "w", encoding="utf-8") as fh:
        for c in drawn:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(candidates)} candidates, {len(drawn)} drawn -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
