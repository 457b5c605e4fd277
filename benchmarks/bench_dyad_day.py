"""Dyad-day query speed over generated events (SQLite aggregates, and DuckDB over the Parquet export).

    python benchmarks/bench_dyad_day.py [--events 1000000] [--db /tmp/wf-bench.db] [--repeat 20]

Generates a store of ``--events`` events (10 per article, 2 years of days, 24 actor codes, the
NATO–Russia dyad over-represented, 2 % claimed, 1 % claimed-then-corroborated through the claim
ledger tables), reusing ``--db`` if it already holds that many. Prints the median and worst time of:

- one dyad-day (``escalation_index(dyad=..., since=day, until=day)``): the figure with a 100 ms goal;
- one dyad over all its days; the whole index (every dyad-day); the alerts over the whole store;
- the same one-dyad and whole-index aggregates in DuckDB over ``events.parquet`` (export included
  separately).

Figures are from one run on whatever machine runs it; this is not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from watchfloor.analytics import compute_alerts, escalation_index, escalation_index_parquet, export
from watchfloor.settings import Settings
from watchfloor.store import Store

CODES = [
    "RUSGOV", "RUSMIL", "RUS", "NATO", "EU", "USAGOV", "USAMIL", "ESTGOV", "ESTMIL", "LVAGOV",
    "LTUGOV", "FINGOV", "POLGOV", "POLMIL", "DEUGOV", "FRAGOV", "GBRGOV", "UKRGOV", "UKRMIL",
    "BLRGOV", "CHNGOV", "TURGOV", "UN", "SWEGOV",
]  # fmt: skip
CAMEO = [("010", 0.0, 1), ("040", 1.0, 1), ("057", 8.0, 2), ("0874", 9.0, 2), ("111", -2.0, 3),
         ("130", -4.4, 3), ("154", -7.2, 4), ("163", -8.0, 4), ("190", -10.0, 4)]  # fmt: skip
DAY0 = 19_000  # days since 1970-01-01 (2022-01-08)


def _day(n: int) -> str:
    import datetime as dt

    return (dt.date(1970, 1, 1) + dt.timedelta(days=DAY0 + n)).isoformat()


def generate(path: Path, events: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    days = [_day(n) for n in range(730)]
    store = Store(path)
    conn = store.conn
    per_article = 10
    record = json.dumps({"trigger": {"start": 0, "end": 5, "text": "fired"}})
    started = time.perf_counter()
    with store.batch():
        conn.execute("DROP TRIGGER IF EXISTS articles_ai")  # bench store only: skip FTS for speed
        n = 0
        art = 0
        while n < events:
            art += 1
            article_id = f"a{art:08d}"
            day = rng.choice(days)
            conn.execute(
                "INSERT INTO articles(id, published, url, format, text, body) VALUES (?,?,?,?,?,?)",
                (article_id, day, f"https://example.org/{art}", "text", "fired.", "[[0, 6]]"),
            )
            rows = []
            for _ in range(min(per_article, events - n)):
                n += 1
                if rng.random() < 0.08:
                    a1, a2 = rng.choice([("RUSMIL", "NATO"), ("NATO", "RUSGOV"), ("RUSGOV", "NATO")])
                else:
                    a1, a2 = rng.sample(CODES, 2)
                cameo, g, quad = rng.choice(CAMEO)
                r = rng.random()
                status = "claimed" if r < 0.03 else "hypothetical" if r < 0.05 else "observed"
                rows.append(
                    (f"e{n:09d}", article_id, f"s{n:09d}" if status == "claimed" else None, a1, a1, a2, a2,
                     cameo, cameo[:2], g, quad, status, day, day, 0, 5, 0, 6, record, "bench")
                )  # fmt: skip
            conn.executemany(
                "INSERT INTO events(id, article_id, statement_id, actor1_name, actor1_code, actor2_name,"
                " actor2_code, cameo, root, goldstein, quad_class, status, date, day, trigger_start,"
                " trigger_end, sentence_start, sentence_end, record, extractor)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
        claimed = conn.execute(
            "SELECT statement_id, article_id FROM events WHERE status = 'claimed'"
        ).fetchall()
        for k, (statement_id, article_id) in enumerate(claimed[: len(claimed) // 3]):
            conn.execute(
                "INSERT INTO claims(id, text, status, record) VALUES (?,?,?,?)",
                (f"c{k}", "claim", "corroborated", "{}"),
            )
            conn.execute(
                "INSERT INTO claim_appearances(claim_id, seq, article_id, statement_id, role, record)"
                " VALUES (?,?,?,?,?,?)",
                (f"c{k}", 0, article_id, statement_id, "asserts", "{}"),
            )
    conn.execute("ANALYZE")
    store.close()
    print(f"generated {events:,} events in {art:,} articles in {time.perf_counter() - started:.1f}s")


def timed(label: str, fn: Callable[[], Any], repeat: int) -> Any:
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    print(f"{label:<58} median {statistics.median(times):9.1f} ms   worst {max(times):9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "wf-bench-dyad-day.db"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    path = Path(args.db)
    have = 0
    if path.exists():
        with Store(path) as s:
            have = s.counts()["events"]
    if have != args.events:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        generate(path, args.events)
    store = Store(path, readonly=True)
    dyad = ("NATO", "RUS")
    day = _day(400)
    one = timed(
        f"SQLite  one dyad-day {dyad} {day}",
        lambda: escalation_index(store, dyad=dyad, since=day, until=day),
        args.repeat,
    )
    print(f"        -> {one[0].to_json() if one else None}")
    cells = timed("SQLite  one dyad, all days", lambda: escalation_index(store, dyad=dyad), 3)
    print(f"        -> {len(cells)} days, {sum(c.events for c in cells):,} counted events")
    everything = timed("SQLite  whole index (every dyad-day)", lambda: escalation_index(store), 1)
    print(f"        -> {len(everything):,} dyad-days")
    alerts = timed(
        "alerts over the whole store (compute_alerts)", lambda: compute_alerts(store, Settings()), 1
    )
    print(f"        -> {len(alerts):,} alerts")
    with tempfile.TemporaryDirectory() as tmp:
        timed("export parquet (all tables)", lambda: export(store, "parquet", Path(tmp) / "pq"), 1)
        events = str(Path(tmp) / "pq" / "events.parquet")
        con = duckdb.connect()
        q_one = (
            "SELECT day, quad_class, count(*), sum(goldstein) FROM read_parquet(?) WHERE status = 'observed'"
            " AND ((actor1_code LIKE 'RUS%' AND actor2_code = 'NATO') OR (actor1_code = 'NATO'"
            " AND actor2_code LIKE 'RUS%')) AND day = ? GROUP BY ALL"
        )
        timed(
            "DuckDB  one dyad-day over events.parquet",
            lambda: con.execute(q_one, [events, day]).fetchall(),
            args.repeat,
        )
        q_all = (
            "SELECT least(a, b), greatest(a, b), day, quad_class, count(*), sum(goldstein) FROM ("
            " SELECT CASE WHEN length(actor1_code) <= 3 OR actor1_code IN ('NATO','EU','UN') THEN actor1_code"
            " ELSE substr(actor1_code, 1, 3) END AS a, CASE WHEN length(actor2_code) <= 3 OR actor2_code IN"
            " ('NATO','EU','UN') THEN actor2_code ELSE substr(actor2_code, 1, 3) END AS b, day, quad_class,"
            " goldstein FROM read_parquet(?) WHERE status = 'observed') GROUP BY ALL"
        )
        rows = timed(
            "DuckDB  whole index (observed only) over events.parquet",
            lambda: con.execute(q_all, [events]).fetchall(),
            3,
        )
        print(f"        -> {len(rows):,} (dyad, day, quad class) groups")
        folder = Path(tmp) / "pq"
        timed(
            "DuckDB  escalation_index_parquet, one dyad-day",
            lambda: escalation_index_parquet(folder, dyad=dyad, since=day, until=day),
            args.repeat,
        )
        timed(
            "DuckDB  escalation_index_parquet, one dyad all days",
            lambda: escalation_index_parquet(folder, dyad=dyad),
            3,
        )
        timed("DuckDB  escalation_index_parquet, whole index", lambda: escalation_index_parquet(folder), 1)
    store.close()


if __name__ == "__main__":
    main()
