"""Kill the ingest process (SIGKILL) mid-run, restart it: nothing committed is lost or duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from watchfloor.store import Store

RUNNER = textwrap.dedent(
    """
    import sys, time
    from watchfloor.extract import Extractor
    from watchfloor.model import Span, Speaker, Statement, StatementKind, stable_id
    from watchfloor.pipeline import Pipeline
    from watchfloor.settings import Settings
    from watchfloor.store import Store

    def slow(parsed, facts, settings):
        time.sleep(0.05)  # slow enough to be killed mid-run
        text = parsed.article.text
        start = parsed.article.body[0][0]
        end = parsed.article.body[-1][1]
        span = Span.of(text, start, end)
        return [Statement(id=stable_id(parsed.article.id, "s"), source=None, cue=None, content=span,
                          kind=StatementKind.INDIRECT, speaker=Speaker(name="W"), sentence=span)]

    chain = (Extractor("slow.test", "statements", (), slow),)
    with Store(sys.argv[1]) as store:
        stats = Pipeline(Settings(batch_size=4), chain).run([sys.argv[2]], store)
    print(stats.ingested, stats.duplicates)
    """
)


@pytest.mark.slow
def test_crash_safety_sigkill_mid_batch_then_resume(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 120
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(f"({1 + i % 28} Mar 2024) Article {i} reports item {i * 7}.\n")
    db = tmp_path / "s.db"
    script = tmp_path / "runner.py"
    script.write_text(RUNNER)
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(folder)], start_new_session=True)
    # wait until some batches are committed, then kill without warning
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if committed >= 8:
                break
    assert proc.poll() is None, "the run finished before it could be killed; make it slower"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 8 <= committed < n

    with Store(db) as store:  # opens cleanly after the crash
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after_crash = store.counts()["articles"]
        assert after_crash >= committed
        # every stored article has its statement: batches were committed whole
        orphans = store.conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM statements s WHERE s.article_id = a.id)"
        ).fetchone()[0]
        assert orphans == 0

    out = subprocess.run(
        [sys.executable, str(script), str(db), str(folder)], capture_output=True, text=True, check=True
    )
    ingested, duplicates = map(int, out.stdout.split())
    assert ingested == n - after_crash
    assert duplicates == after_crash
    with Store(db) as store:
        assert store.counts()["articles"] == n
        assert store.counts()["statements"] == n
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids))
