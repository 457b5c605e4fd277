"""What writing to the store costs per article, and what the summary-table triggers add to it.

    python benchmarks/bench_store.py [--copies 100] [--rounds 3] [--json]

The bundled sample corpus (``src/watchfloor/sample/``) is read, parsed and extracted once; its
extractions are then written ``--copies`` times (each copy under new article, statement and event
ids, so every write is a real insert) into fresh stores, committing every 64 articles as
``Pipeline.run`` does. Three store variants are timed in turn, round after round, best round kept:

- ``shipped``: the schema as it ships (FTS5 triggers and the ``agg_*`` summary-table triggers that
  keep the web's counts exact);
- ``no-summary``: the same schema with the ``agg_*`` triggers dropped (what schema 3 wrote);
- ``bare``: also without the FTS5 triggers (the tables and indexes alone).

It prints ms per article for each, the summary triggers' share (shipped ÷ no-summary), and the
shipped write cost next to the parse of the same articles (spaCy ``nlp.pipe``, the model watchfloor
loads), which is what bounds ingest speed. Figures are from one run; this is not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import watchfloor
from watchfloor.model import Extraction, stable_id
from watchfloor.nlp import load_pipeline
from watchfloor.pipeline import extract_records, read_records
from watchfloor.settings import Settings
from watchfloor.store import Store

BATCH = 64
VARIANTS = ("shipped", "no-summary", "bare")


def _copy(ex: Extraction, n: int) -> Extraction:
    """The extraction under fresh ids: copy ``n`` of the same article."""
    aid = stable_id(ex.article.id, "copy", n)
    sids = {s.id: stable_id(aid, s.id) for s in ex.statements}
    statements = tuple(dataclasses.replace(s, id=sids[s.id]) for s in ex.statements)
    events = tuple(
        dataclasses.replace(
            e,
            id=stable_id(aid, e.id),
            statement_id=sids.get(e.statement_id) if e.statement_id else None,
        )
        for e in ex.events
    )
    return dataclasses.replace(
        ex, article=dataclasses.replace(ex.article, id=aid), statements=statements, events=events
    )


def _copies(base: list[Extraction], copies: int) -> Iterator[Extraction]:
    for n in range(copies):
        for ex in base:
            yield _copy(ex, n)


def _prepare(path: Path, variant: str) -> Store:
    store = Store(path)
    names = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    with store.batch():
        for name in names:
            summary = name.startswith("agg_")
            if (variant == "no-summary" and summary) or variant == "bare":
                store.conn.execute(f"DROP TRIGGER {name}")
    return store


def _write(path: Path, variant: str, items: list[Extraction]) -> float:
    store = _prepare(path, variant)
    try:
        started = time.perf_counter()
        for i in range(0, len(items), BATCH):
            with store.batch():
                for ex in items[i : i + BATCH]:
                    store.save(ex)
        return time.perf_counter() - started
    finally:
        store.close()


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=100, help="times the sample corpus is written (100)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds; the best is kept (3)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)

    settings = Settings()
    sample = Path(watchfloor.__file__).parent / "sample"
    records = extract_records(read_records([str(sample)], settings), settings)
    base = [r for r in records if isinstance(r, Extraction)]
    texts = [ex.article.body_text() for ex in base]
    nlp = load_pipeline(settings)
    list(nlp.pipe(texts))  # warm-up
    started = time.perf_counter()
    list(nlp.pipe(texts))
    parse_ms = 1000 * (time.perf_counter() - started) / len(texts)

    items = list(_copies(base, args.copies))
    best = dict.fromkeys(VARIANTS, float("inf"))
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for variant in VARIANTS:
                path = Path(tmp) / f"{variant}-{r}.db"
                best[variant] = min(best[variant], _write(path, variant, items))
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
    per = {v: 1000 * best[v] / len(items) for v in VARIANTS}
    result: dict[str, Any] = {
        "articles": len(items),
        "statements_per_article": round(sum(len(e.statements) for e in base) / len(base), 1),
        "events_per_article": round(sum(len(e.events) for e in base) / len(base), 1),
        "ms_per_article": {v: round(x, 3) for v, x in per.items()},
        "summary_trigger_factor": round(per["shipped"] / per["no-summary"], 3),
        "parse_ms_per_article": round(parse_ms, 1),
        "write_share_of_parse": round(per["shipped"] / parse_ms, 4),
        "cores": os.cpu_count(),
        "load": os.getloadavg()[0],
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['articles']} articles written ({result['statements_per_article']} statements, "
            f"{result['events_per_article']} events each), best of {args.rounds} rounds"
        )
        for v in VARIANTS:
            print(f"  {v:11s} {per[v]:7.3f} ms/article")
        print(f"summary triggers: x{result['summary_trigger_factor']} write time")
        print(
            f"parse of the same articles {parse_ms:.1f} ms/article: the shipped write is "
            f"{100 * result['write_share_of_parse']:.2f} % of it"
        )
        print(f"cores {result['cores']}, load {result['load']:.2f}")
    return result


if __name__ == "__main__":
    main()
