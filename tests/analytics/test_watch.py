from __future__ import annotations

import datetime as dt
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from watchfloor.analytics import AlertLog
from watchfloor.errors import StoreError
from watchfloor.model import Actor, Article, Event, EvidentialStatus, Extraction, QuadClass, Span, stable_id
from watchfloor.pipeline import RunStats
from watchfloor.store import Store
from watchfloor.watch import Watcher

TEXT = "Russian troops shelled the border near Narva on Monday, officials said. More news followed later."


@dataclass
class Site:
    """A loopback web server: canned answers per path (changeable between polls), POSTs recorded."""

    answers: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    posts: list[tuple[str, bytes]] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)
    base: str = ""

    def set(self, path: str, body: bytes | str, status: int = 200, ctype: str = "application/json") -> None:
        self.answers[path] = (status, ctype, body.encode() if isinstance(body, str) else body)


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            state.hits[self.path] = state.hits.get(self.path, 0) + 1
            status, ctype, body = state.answers.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            state.posts.append((self.path, self.rfile.read(length)))
            self._answer()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _extraction(item: dict[str, Any]) -> Extraction:
    key, day = item["key"], item["day"]
    article = Article(
        id=stable_id("article", key),
        text=TEXT + " " + key,
        body=((0, len(TEXT)),),
        published=dt.date.fromisoformat(day),
        url=f"https://example.org/{key}",
    )
    events = tuple(
        Event(
            id=stable_id("ev", key, n),
            actor1=Actor(name="Russian troops", code="RUSMIL"),
            actor2=Actor(name="NATO", code="NATO"),
            cameo="190",
            goldstein=g,
            quad_class=QuadClass.MATERIAL_CONFLICT,
            status=EvidentialStatus.OBSERVED,
            claimed_by=None,
            date=day,
            trigger=Span.of(TEXT, 15, 22),
            sentence=Span.of(TEXT, 0, 71),
        )
        for n, g in enumerate(item["goldstein"])
    )
    return Extraction(article=article, events=events)


def json_ingest(source: str, store: Store) -> RunStats:
    """A stand-in for the pipeline: a JSON list of hand-built articles at ``source``."""
    with urllib.request.urlopen(source, timeout=5) as response:
        items = json.loads(response.read())
    ingested = duplicates = 0
    with store.batch():
        for item in items:
            if store.save(_extraction(item)):
                ingested += 1
            else:
                duplicates += 1
    return RunStats(seen=len(items), ingested=ingested, duplicates=duplicates)


QUIET = [{"key": f"q{n}", "day": f"2024-02-{n + 1:02d}", "goldstein": [-2.0]} for n in range(0, 28, 4)]
BURST = {"key": "burst", "day": "2024-03-04", "goldstein": [-10.0, -9.5, -8.0]}


def test_watcher_delivers_each_new_alert_once_to_terminal_log_and_webhook(site, tmp_path):
    site.set("/events.json", json.dumps(QUIET))
    site.set("/hook", b"ok")
    clock, seen = Clock(), []
    watcher = Watcher(
        [site.base + "/events.json"],
        tmp_path / "w.db",
        every=60,
        alert_log=tmp_path / "alerts.jsonl",
        webhook=site.base + "/hook",
        on_alert=seen.append,
        ingest=json_ingest,
        ledger=False,
        clock=clock,
    )
    with Store(tmp_path / "w.db") as store:
        first = watcher.poll(store)
        assert first.ingested == len(QUIET) and first.new_alerts == ()
        site.set("/events.json", json.dumps([*QUIET, BURST]))  # the feed changes between polls
        clock.now += 60
        second = watcher.poll(store)
        assert second.ingested == 1 and len(second.new_alerts) == 1
        clock.now += 60
        third = watcher.poll(store)
        assert third.ingested == 0 and third.new_alerts == ()
    alert = second.new_alerts[0]
    assert alert.dyad == ("NATO", "RUS") and alert.day == "2024-03-04"
    assert seen == [alert]
    assert [a.id for a in AlertLog(tmp_path / "alerts.jsonl").read()] == [alert.id]
    assert len(site.posts) == 1
    posted = json.loads(site.posts[0][1])
    assert posted["alert"]["id"] == alert.id
    assert [d["id"] for d in posted["alert"]["drivers"]] == [stable_id("ev", "burst", n) for n in range(3)]


def test_watcher_keeps_alerts_for_a_webhook_that_is_down(site, tmp_path, caplog):
    site.set("/events.json", json.dumps([*QUIET, BURST]))
    site.set("/hook", b"down", status=503)
    clock = Clock()
    watcher = Watcher(
        [site.base + "/events.json"],
        tmp_path / "w.db",
        every=60,
        webhook=site.base + "/hook",
        ingest=json_ingest,
        ledger=False,
        clock=clock,
    )
    with Store(tmp_path / "w.db") as store, caplog.at_level(logging.WARNING):
        assert len(watcher.poll(store).new_alerts) == 1
        assert watcher.stats.webhook_failures == 1
        assert "WF-W602" in caplog.text
        site.set("/hook", b"ok")
        clock.now += 60
        watcher.poll(store)
    assert [p[0] for p in site.posts] == ["/hook", "/hook"]
    assert watcher.stats.webhook_failures == 1


def test_watcher_backs_off_a_source_that_is_down_or_garbage_and_keeps_the_others(site, tmp_path, caplog):
    site.set("/bad.json", b"", status=500)
    site.set("/good.json", json.dumps(QUIET[:2]))
    clock = Clock()
    watcher = Watcher(
        [site.base + "/bad.json", site.base + "/good.json"],
        tmp_path / "w.db",
        every=60,
        ingest=json_ingest,
        ledger=False,
        clock=clock,
    )
    with Store(tmp_path / "w.db") as store, caplog.at_level(logging.WARNING):
        report = watcher.poll(store)
        assert report.failed == (site.base + "/bad.json",) and report.ingested == 2
        assert "WF-W601" in caplog.text
        clock.now += 60  # the bad source waits 2 intervals, the good one 1
        assert watcher.poll(store).polled == (site.base + "/good.json",)
        site.set("/bad.json", b"\x00\xff garbage", status=200)
        clock.now += 60
        assert watcher.poll(store).failed == (site.base + "/bad.json",)
        clock.now += 3 * 60  # now 4 intervals after the second failure: not yet due
        assert site.base + "/bad.json" not in watcher.poll(store).polled
        site.set("/bad.json", json.dumps(QUIET[2:3]))
        clock.now += 60
        report = watcher.poll(store)
        assert report.failed == () and report.ingested == 1
    assert watcher.stats.source_failures == 2
    assert watcher.sources[0].failures == 0


def test_watcher_with_the_pipeline_ingests_only_new_feed_items(site, tmp_path):
    def rss(items: list[tuple[str, str]]) -> str:
        entries = "".join(
            f"<item><title>{title}</title><link>https://example.org/{n}</link>"
            f"<guid>https://example.org/{n}</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>"
            f"<description>{body}</description></item>"
            for n, (title, body) in enumerate(items)
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'

    items = [
        (
            "Drills",
            "Russian troops began large exercises near the Estonian border on Monday, officials said.",
        ),
        ("Jets", "NATO sent eight more fighter jets to the Baltic states on Tuesday, the alliance said."),
    ]
    site.set("/feed.xml", rss(items), ctype="application/rss+xml")
    clock = Clock()
    watcher = Watcher([site.base + "/feed.xml"], tmp_path / "w.db", every=60, ledger=False, clock=clock)
    with Store(tmp_path / "w.db") as store:
        assert watcher.poll(store).ingested == 2
        items.append(("Talks", "Moscow offered talks with NATO on Thursday, the foreign minister said."))
        site.set("/feed.xml", rss(items), ctype="application/rss+xml")
        clock.now += 60
        assert watcher.poll(store).ingested == 1
        site.set("/feed.xml", b"<html><body>502 bad gateway</body></html>", status=502, ctype="text/html")
        clock.now += 60
        report = watcher.poll(store)
        assert report.failed == (site.base + "/feed.xml",)
        assert store.counts()["articles"] == 3


def test_watcher_run_stops_cleanly_when_asked(tmp_path):
    calls: list[str] = []

    def empty(source: str, store: Store) -> RunStats:
        calls.append(source)
        return RunStats()

    watcher = Watcher(["nothing"], tmp_path / "w.db", every=3600, ingest=empty, ledger=False)
    thread = threading.Thread(target=watcher.run)
    thread.start()
    deadline = time.monotonic() + 10
    while watcher.stats.polls < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    watcher.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert calls == ["nothing"]


def test_watcher_run_honours_max_polls_with_a_real_clock(tmp_path):
    calls: list[str] = []

    def empty(source: str, store: Store) -> RunStats:
        calls.append(source)
        return RunStats()

    stats = Watcher(["x"], tmp_path / "w.db", every=0.01, ingest=empty, ledger=False).run(max_polls=3)
    assert stats.polls == 3 and calls == ["x", "x", "x"]


def test_watcher_rebuilds_the_ledger_when_something_is_new(site, tmp_path, monkeypatch):
    import watchfloor.watch as watch_module

    rebuilt: list[int | None] = []
    real = watch_module.rebuild_ledger
    monkeypatch.setattr(watch_module, "rebuild_ledger", lambda store, s: rebuilt.append(real(store, s)))
    site.set("/events.json", json.dumps(QUIET[:1]))
    clock = Clock()
    watcher = Watcher(
        [site.base + "/events.json"], tmp_path / "w.db", every=60, ingest=json_ingest, clock=clock
    )
    with Store(tmp_path / "w.db") as store:
        assert watcher.poll(store).refreshed
        clock.now += 60
        assert not watcher.poll(store).refreshed  # nothing new: no replay
        assert len(rebuilt) == 1
        assert rebuilt[0] is None or rebuilt[0] == store.counts()["claims"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_watch_command_stops_on_sigint(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    db = tmp_path / "w.db"
    log = tmp_path / "alerts.jsonl"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from watchfloor.cli import main; main()",
            "watch",
            str(folder),
            "--db",
            str(db),
            "--every",
            "1h",
            "--no-ledger",
            "--alert-log",
            str(log),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if db.exists():
                try:
                    with Store(db, readonly=True) as store:
                        finished = store.conn.execute(
                            "SELECT count(*) FROM runs WHERE finished IS NOT NULL"
                        ).fetchone()[0]
                except (sqlite3.OperationalError, StoreError):
                    finished = 0  # the watcher is still creating the schema
                if finished:
                    break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()  # reap it and close its pipes
    assert proc.returncode == 0, err.decode()
    assert b"1 poll(s)" in err


def test_watcher_warns_about_a_repeated_ingest_problem_once(tmp_path, caplog):
    batch_log = logging.getLogger("watchfloor.ingest._batch")

    def noisy(source: str, store: Store) -> RunStats:
        batch_log.warning("[WF-W102] in/b.txt: duplicate of article e739 (in/a.txt)")
        batch_log.warning("[WF-W102] in/c.txt: duplicate of article e739 (in/a.txt)")
        batch_log.warning("plain warning without a code")
        return RunStats(seen=1)

    clock = Clock()
    watcher = Watcher(["in"], tmp_path / "w.db", every=60, ingest=noisy, ledger=False, clock=clock)
    with Store(tmp_path / "w.db") as store, caplog.at_level(logging.WARNING):
        for _ in range(3):
            watcher.poll(store)
            clock.now += 60
        assert caplog.text.count("in/b.txt: duplicate") == 1 and caplog.text.count("in/c.txt: duplicate") == 1
        assert caplog.text.count("plain warning") == 3
        batch_log.warning("[WF-W102] in/b.txt: duplicate of article e739 (in/a.txt)")  # outside a poll
        assert caplog.text.count("in/b.txt: duplicate") == 2
    assert not batch_log.filters
