"""Peak memory (max RSS) of one process ingesting N generated articles.

    python benchmarks/bench_memory.py                      # 100,000 articles, stages read + ingest + run
    python benchmarks/bench_memory.py --articles 5000 --stages run

The articles are generated (fiction, wire-style, ~700 characters, each unique, every one ending
with the same two footer lines so the repeated-line rule has work to do) into one JSONL file in a
temporary folder. Each stage runs in a fresh child process, which prints its peak RSS
(``resource.getrusage``) and its RSS at every tenth of the input, so growth with N is visible:

- ``read``:   ``read_sources`` over the file (the readers alone);
- ``ingest``: ``ingest`` (read, repeated-line detection over the batch, clean, de-duplicate);
- ``run``:    ``Pipeline.run`` into a SQLite store (ingest + spaCy + extractors + store), the
  whole single-process path.

Runtime: generation and ``read``/``ingest`` of 100,000 articles take about a minute each; ``run``
parses every article, about 100,000 / (articles per second of bench_throughput.py) seconds —
tens of minutes on one core; use ``--articles`` to bound it. Target: peak RSS < 2 GiB at 100,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

GIB = 1024**3

_PARTIES = ("Russia", "NATO", "Estonia", "Latvia", "Finland", "Poland", "the United States", "Lithuania")
_PEOPLE = ("Marta Kallas", "Arkady Merkulov", "Anneke Vos", "Pavel Dronov", "Ieva Ozola", "Tom Harwell")
_ROLES = ("Defence Minister", "Foreign Minister", "spokesman", "Prime Minister", "Defence Secretary")
_ACTS = (
    "moved tanks closer to the border",
    "sent warships into the Baltic Sea",
    "expelled three diplomats",
    "closed a border crossing",
    "held air defence drills",
    "deployed missile launchers near the frontier",
    "offered talks on military transparency",
)


def generate(n: int, path: Path, filler: int = 0) -> int:
    """Write ``n`` unique articles to ``path`` (JSONL), streaming; returns bytes written.

    ``filler`` adds that many unique ~100-character body sentences to each article.
    """
    start = dt.date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a, b = _PARTIES[i % len(_PARTIES)], _PARTIES[(i * 3 + 1) % len(_PARTIES)]
            if a == b:
                b = "Sweden"
            person, role = _PEOPLE[i % len(_PEOPLE)], _ROLES[(i // 7) % len(_ROLES)]
            act = _ACTS[(i // 3) % len(_ACTS)]
            day = start + dt.timedelta(days=i % 365)
            text = (
                f"{a} {act} on {day:%A}, officials said, and {b} protested in a note numbered {i}.\n"
                f'"We will not accept this," {a} {role} {person} told reporters on {day:%d %B}.\n'
                f"{person} said {b} had been warned twice since January, the {i % 97}th warning "
                f"this year.\n{b} denied that its forces were involved and said it would respond "
                f"within {i % 9 + 2} days.\nTalks are planned for next week, according to diplomats.\n"
                + "".join(
                    f"Officials in {a} said patrol {k} of week {i % 52} reported no change along "
                    f"the frontier near post {i * 7 + k}.\n"
                    for k in range(filler)
                )
                + "Share this story: Facebook | Twitter | Email\n"
                "You can license this story through the wire service.\n"
            )
            record = {"id": f"bench-{i}", "text": text, "published": day.isoformat(), "title": f"Report {i}"}
            out.write(json.dumps(record) + "\n")
    return path.stat().st_size


def rss_now() -> int:
    """Current resident set size in bytes (Linux ``/proc/self/statm``)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def rss_peak() -> int:
    """Peak resident set size of this process in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _checkpoints(n: int) -> Iterator[int]:
    step = max(1, n // 10)
    return iter(range(step, n + step, step))


def child(stage: str, source: Path, n: int, workdir: Path) -> dict[str, object]:
    """Run one stage in this process; return its figures."""
    from watchfloor.ingest import ingest, read_sources
    from watchfloor.pipeline import Pipeline
    from watchfloor.settings import Settings
    from watchfloor.store import Store

    settings = Settings()
    if stage == "run":  # load the model first so the baseline includes it
        from watchfloor.nlp import load_pipeline

        load_pipeline(settings)
    baseline = rss_now()
    curve: list[tuple[int, float]] = []
    marks = _checkpoints(n)
    mark = next(marks)
    started = time.perf_counter()
    seen = 0

    def tick(count: int) -> None:
        nonlocal mark
        while count >= mark:
            curve.append((mark, round(rss_now() / 2**20, 1)))
            mark = next(marks, 1 << 62)

    if stage in {"read", "ingest"}:
        items = read_sources([str(source)], settings) if stage == "read" else ingest([str(source)], settings)
        for _ in items:
            seen += 1
            tick(seen)
    elif stage == "run":
        with Store(workdir / "bench.db") as store:

            def progress(counts: dict[str, int]) -> None:
                tick(counts.get("ingested", 0) + counts.get("duplicates", 0))

            stats = Pipeline(settings).run([str(source)], store, progress=progress)
        seen = stats.ingested + stats.duplicates + stats.rejected
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    return {
        "stage": stage,
        "articles": n,
        "items": seen,
        "seconds": round(time.perf_counter() - started, 1),
        "baseline_mib": round(baseline / 2**20, 1),
        "peak_rss_mib": round(rss_peak() / 2**20, 1),
        "rss_curve_mib": curve,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000, help="articles to generate (100000)")
    parser.add_argument("--stages", default="read,ingest,run", help="comma-separated: read, ingest, run")
    parser.add_argument(
        "--filler", type=int, default=0, help="extra ~100-char sentences per article (43: ~5,000 chars)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        source = Path(args.source)
        print(json.dumps(child(args.child, source, args.articles, source.parent)))
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="wf-bench-mem-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        t = time.perf_counter()
        size = generate(args.articles, source, args.filler)
        gen_s = time.perf_counter() - t
        if not args.json:
            print(
                f"cores: {os.cpu_count()}  articles: {args.articles}  input: {size / 2**20:.1f} MiB "
                f"({size / max(args.articles, 1):.0f} bytes/article, generated in {gen_s:.1f}s)"
            )
        for stage in [s.strip() for s in args.stages.split(",") if s.strip()]:
            cmd = [
                sys.executable,
                __file__,
                "--child",
                stage,
                "--source",
                str(source),
                "--articles",
                str(args.articles),
            ]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(done.stderr[-2000:], file=sys.stderr)
                return 1
            result = json.loads(done.stdout.strip().splitlines()[-1])
            results.append(result)
            if not args.json:
                peak = result["peak_rss_mib"]
                verdict = "OK" if peak * 2**20 < 2 * GIB else "OVER 2 GiB"
                print(
                    f"{stage:7} {result['items']:>8} items  {result['seconds']:>8.1f}s  "
                    f"baseline {result['baseline_mib']:>7.1f} MiB  peak RSS {peak:>7.1f} MiB  {verdict}"
                )
                print(
                    "        RSS (MiB) by items: " + ", ".join(f"{k}:{v}" for k, v in result["rss_curve_mib"])
                )
    if args.json:
        print(json.dumps({"cores": os.cpu_count(), "articles": args.articles, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
