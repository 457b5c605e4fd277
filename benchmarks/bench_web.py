"""Web benchmark: API latency (p50/p95 per route) and first paint on a store of generated events.

    python benchmarks/bench_web.py                      # 1,000,000 events
    python benchmarks/bench_web.py --events 100000 --requests 40
    python benchmarks/bench_web.py --db /tmp/big.db     # generate once, reuse on the next runs

The store is written with ``executemany`` in one transaction (10 events and 2 statements per
article, days spread over three years, a few dozen actor codes). The server is ``watchfloor
serve`` in a subprocess on loopback; requests are sequential (one client), so the figures are
per-request latency, not throughput. First paint is Chromium's ``first-contentful-paint``
through Playwright when /usr/bin/chromium and playwright are present. Prints figures; not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from watchfloor.model import stable_id
from watchfloor.store import SCHEMA_VERSION, Store

ACTORS = [
    "RUS",
    "RUSGOV",
    "RUSMIL",
    "UKR",
    "UKRGOV",
    "UKRMIL",
    "NATO",
    "USA",
    "USAGOV",
    "USAMIL",
    "CHN",
    "CHNGOV",
    "GBR",
    "FRA",
    "DEU",
    "POL",
    "BLR",
    "TUR",
    "IRN",
    "ISR",
    "PSE",
    "EU",
    "UN",
    "LTU",
    "LVA",
    "EST",
    "FIN",
    "SWE",
    "JPN",
    "KOR",
    "PRK",
    "IND",
    "PAK",
    "SYR",
    "IRQ",
    "EGY",
]
CAMEO = [
    ("010", 0.0), ("012", -0.1), ("020", 3.0), ("036", 4.0), ("042", 1.9), ("043", 2.8),
    ("051", 3.4), ("057", 8.0), ("0871", 9.0), ("111", -2.0), ("112", -2.0), ("130", -4.4),
    ("138", -7.0), ("150", -7.2), ("154", -7.2), ("172", -5.0), ("190", -10.0), ("193", -10.0),
    ("195", -10.0), ("200", -10.0),
]  # fmt: skip
STATUSES = ["observed"] * 5 + ["claimed"] * 3 + ["denied", "negated", "hypothetical"]
WORDS = [
    "troops",
    "border",
    "missiles",
    "drills",
    "talks",
    "sanctions",
    "convoy",
    "readiness",
    "pullback",
    "ceasefire",
    "artillery",
    "ministry",
    "spokesman",
    "alliance",
    "satellite",
    "images",
    "warships",
    "exercises",
    "envoy",
    "summit",
]
SPEAKERS = [f"Speaker {i}" for i in range(400)]
EVENTS_PER_ARTICLE = 10


def _quad(cameo: str) -> int:
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _article(
    rng: random.Random, n: int, start: int
) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], list[Any]]:
    """One generated article row, its two statement rows and its event rows."""
    day = dt.date.fromordinal(start + rng.randrange(3 * 365)).isoformat()
    words = " ".join(rng.choice(WORDS) for _ in range(12))
    speaker = rng.choice(SPEAKERS)
    quote = f"We see {rng.choice(WORDS)} and {rng.choice(WORDS)} near the line"
    text = f'CITY, {day} - Officials reported {words}. "{quote}," {speaker} said on Monday.\n' + " ".join(
        f"Event {k} happened {rng.choice(WORDS)}." for k in range(EVENTS_PER_ARTICLE)
    )
    aid = stable_id("bench", n)
    body = json.dumps([[0, len(text)]])
    article = (aid, None, day, f"Report {n}: {words[:40]}", None, "text", text, body, None)
    statements = []
    for k, (who, s0, s1) in enumerate(
        (
            (speaker, text.index(quote), text.index(quote) + len(quote)),
            (rng.choice(SPEAKERS), 25, 25 + len(words)),
        )
    ):
        sid = stable_id(aid, "st", k)
        country = rng.choice(ACTORS)[:3]
        who_json = {"name": who, "role": None, "organization": None, "country": country, "code": None}
        rec = {
            "id": sid, "source": None, "cue": None, "content": _span(text, s0, s1), "kind": "direct",
            "speaker": who_json, "sentence": _span(text, 0, 10), "date": day,
        }  # fmt: skip
        statements.append(
            (sid, aid, "direct", who, None, None, country, None, s0, s1, text[s0:s1], 0, 10, day,
             json.dumps(rec), "bench")
        )  # fmt: skip
    events = []
    for k in range(EVENTS_PER_ARTICLE):
        t0 = text.index(f"Event {k} ")
        t1 = t0 + len(f"Event {k}")
        a1, a2 = rng.sample(ACTORS, 2)
        cameo, g = rng.choice(CAMEO)
        status = rng.choice(STATUSES)
        eday = dt.date.fromordinal(dt.date.fromisoformat(day).toordinal() - rng.randrange(3)).isoformat()
        eid = stable_id(aid, "ev", k)
        rec = {
            "id": eid, "actor1": {"name": a1, "code": a1}, "actor2": {"name": a2, "code": a2},
            "cameo": cameo, "goldstein": g, "quad_class": _quad(cameo), "status": status,
            "claimed_by": None, "date": eday, "trigger": _span(text, t0, t1),
            "sentence": _span(text, t0, t1), "statement_id": None,
        }  # fmt: skip
        events.append(
            (eid, aid, None, a1, a1, a2, a2, cameo, cameo[:2], g, _quad(cameo), status, None, None,
             eday, eday, t0, t1, t0, t1, json.dumps(rec), "bench")
        )  # fmt: skip
    return article, statements, events


def generate(path: Path, events: int, seed: int = 7) -> None:
    """Write ``events`` generated events (with their articles and statements) to a new store."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1).toordinal()
    with Store(path) as store, store.batch():
        c = store.conn
        batch: list[tuple[tuple[Any, ...], list[tuple[Any, ...]], list[Any]]] = []
        for n in range(max(1, events // EVENTS_PER_ARTICLE)):
            batch.append(_article(rng, n, start))
            if len(batch) == 5000 or n == events // EVENTS_PER_ARTICLE - 1:
                c.executemany(
                    "INSERT INTO articles(id, external_id, published, title, url, format, text, body,"
                    " dateline) VALUES (?,?,?,?,?,?,?,?,?)",
                    [b[0] for b in batch],
                )
                c.executemany(
                    "INSERT INTO statements(id, article_id, kind, speaker_name, speaker_role,"
                    " speaker_organization, speaker_country, speaker_code, content_start, content_end,"
                    " content, sentence_start, sentence_end, date, record, extractor)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [s for b in batch for s in b[1]],
                )
                c.executemany(
                    "INSERT INTO events(id, article_id, statement_id, actor1_name, actor1_code,"
                    " actor2_name, actor2_code, cameo, root, goldstein, quad_class, status,"
                    " claimed_by_name, claimed_by_code, date, day, trigger_start, trigger_end,"
                    " sentence_start, sentence_end, record, extractor)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [e for b in batch for e in b[2]],
                )
                batch = []
    with Store(path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    return status, (time.perf_counter() - t0) * 1000


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def routes(rng: random.Random, article_ids: list[str], n: int) -> dict[str, list[str]]:
    """Varied request URLs per route (different parameters each time, so no answer repeats)."""

    def day() -> str:
        return dt.date.fromordinal(dt.date(2023, 1, 1).toordinal() + rng.randrange(1000)).isoformat()

    return {
        "overview (cached)": ["/overview.json"] * n,
        "overview (cold)": [f"/overview.json?speakers={10 + k % 90}" for k in range(min(n, 10))],
        "timeline (pair)": [
            "/timeline.json?" + urllib.parse.urlencode(dict(zip("ab", rng.sample(ACTORS, 2), strict=True)))
            for _ in range(n)
        ],
        "timeline (actor)": [f"/timeline.json?a={rng.choice(ACTORS)}&limit=200" for _ in range(n)],
        "search q": [f"/search.json?q={rng.choice(WORDS)}+{rng.choice(WORDS)}" for _ in range(n)],
        "search facets": [
            f"/search.json?root={rng.choice(CAMEO)[0][:2]}&status={rng.choice(STATUSES)}&since={day()}"
            for _ in range(n)
        ],
        "articles": [f"/articles.json?since={day()}" for _ in range(n)],
        "article": [f"/articles/{rng.choice(article_ids)}.json" for _ in range(n)],
        "speaker": [f"/speaker.json?name=Speaker+{rng.randrange(400)}" for _ in range(n)],
        "claims": ["/claims.json"] * n,
    }


def first_paint(base: str, paths: list[str]) -> dict[str, float] | None:
    """Chromium's first-contentful-paint (ms) for each page, or None without a browser."""
    if not Path("/usr/bin/chromium").exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    out: dict[str, float] = {}
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=args)
        for path in paths:
            page = browser.new_page()
            page.goto(base + path, wait_until="load")
            fcp = page.evaluate(
                "() => new Promise(done => {"
                " new PerformanceObserver(list => {"
                "  const e = list.getEntriesByName('first-contentful-paint')[0]; if (e) done(e.startTime);"
                " }).observe({type: 'paint', buffered: true});"
                " setTimeout(() => done(null), 10000); })"
            )
            out[path] = float(fcp) if fcp is not None else float("nan")
            page.close()
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=60, help="requests per route")
    parser.add_argument("--db", help="store file (generated unless it exists)")
    parser.add_argument("--keep", action="store_true", help="keep a generated store")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="wf-bench-")
    db = Path(args.db) if args.db else Path(tmp) / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        generate(db, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f}s -> {db}")
    with Store(db, readonly=True) as store:
        older = store.version() < SCHEMA_VERSION
    if older:  # time the back-fill apart from the requests
        t0 = time.perf_counter()
        Store(db).close()
        print(f"migrated {db} to schema {SCHEMA_VERSION} in {time.perf_counter() - t0:.1f}s")
    with Store(db, readonly=True) as store:
        counts = store.counts()
        version = store.version()
        article_ids = [
            r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY random() LIMIT 500")
        ]
    print("store:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"store file: {db} ({size / 2**20:,.0f} MiB, schema {version})")
    print(f"cores: {os.cpu_count()}, load average {[round(x, 2) for x in os.getloadavg()]}")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "WATCHFLOOR_WRITE_TOKEN": ""}
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from watchfloor.cli import main; main()",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
        ],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(base + "/claims.json")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit("server did not start") from None
                time.sleep(0.2)
        rng = random.Random(11)
        everything: list[float] = []
        print(f"\n{'route':<18} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  statuses")
        for name, urls in routes(rng, article_ids, args.requests).items():
            times, statuses = [], set()
            for url in urls:
                status, ms = _get(base + url)
                times.append(ms)
                statuses.add(status)
            everything += times
            print(
                f"{name:<18} {len(times):>4} {statistics.median(times):>8.1f} {_pct(times, 0.95):>8.1f}"
                f" {max(times):>8.1f}  {sorted(statuses)}"
            )
        print(f"{'all routes':<18} {len(everything):>4} {statistics.median(everything):>8.1f}"
              f" {_pct(everything, 0.95):>8.1f} {max(everything):>8.1f}")  # fmt: skip
        pages = ["/", "/timeline?a=RUS&b=UKR", f"/articles/{article_ids[0]}", "/search?q=troops"]
        paints = first_paint(base, pages)
        if paints is None:
            print("\nfirst paint: skipped (no /usr/bin/chromium or playwright)")
        else:
            print("\nfirst contentful paint (Chromium, headless):")
            for path, ms in paints.items():
                print(f"  {ms:8.1f} ms  {path}")
    finally:
        server.terminate()
        server.wait(10)
        if not args.db and not args.keep:
            for p in Path(tmp).iterdir():
                p.unlink()
            Path(tmp).rmdir()


if __name__ == "__main__":
    main()
