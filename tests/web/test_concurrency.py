"""``serve`` answers reads while an ingest writes (SQLite WAL): a bounded load on loopback with
a writer committing batches at the same time, and no error of any kind."""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from watchfloor.model import Article, Extraction, stable_id
from watchfloor.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_reads_during_writes_never_fail(tmp_path: Path, web_store: tuple[Path, dict[str, Any]]) -> None:
    import uvicorn

    from watchfloor.web import create_app

    db = tmp_path / "live.db"
    shutil.copy(web_store[0], db)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        with Store(db) as store:
            n = 0
            while not stop.is_set() and n < 200:
                text = f"Article number {n}. Officials said troops moved on day {n}."
                article = Article(id=stable_id("load", n), text=text, body=((0, len(text)),))
                with store.batch():
                    store.save(Extraction(article=dataclasses.replace(article, title=f"load {n}")))
                n += 1
                written.append(n)

    urls = [
        "/overview.json",
        "/articles.json?limit=20",
        "/search.json?q=troops",
        "/timeline.json?a=RUS&b=NATO",
    ]

    def read(i: int) -> int:
        with urllib.request.urlopen(base + urls[i % len(urls)], timeout=30) as r:
            r.read()
            return int(r.status)

    w = threading.Thread(target=writer)
    w.start()
    try:
        with cf.ThreadPoolExecutor(20) as pool:
            statuses = list(pool.map(read, range(2000)))
    finally:
        stop.set()
        w.join(30)
        server.should_exit = True
        thread.join(10)
    assert statuses == [200] * 2000
    assert written, "the writer committed while the server was reading"
    with Store(db, readonly=True) as store:
        assert store.counts()["articles"] == 3 + len(written)
