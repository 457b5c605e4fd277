"""Replaying the claim ledger and alerts after articles are POSTed, off the request path.

A replay reads every stored extraction (the ledger is derived wholesale, never patched), so it
costs more than one article's extraction on a large store; it runs in one background thread, and
articles POSTed while a replay runs are folded into the next one: a burst of posts costs two
replays, not one per post.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from ..errors import Warnings

__all__ = ["Relinker"]

log = logging.getLogger(__name__)


class Relinker:
    """Runs ``replay`` in a background thread whenever :meth:`request` is called.

    At most one replay runs at a time; requests made during it cause exactly one more. A failing
    replay is logged (WF-W701) and the next request tries again.
    """

    def __init__(self, replay: Callable[[], None]) -> None:
        self._replay = replay
        self._lock = threading.Lock()
        self._pending = False
        self._thread: threading.Thread | None = None
        self._idle = threading.Event()
        self._idle.set()
        self.replays = 0
        self.failures = 0

    def request(self) -> None:
        """Ask for a replay: one starts now, or after the one that is running."""
        with self._lock:
            self._pending = True
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="watchfloor-relink", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until no replay is pending or running; ``False`` if ``timeout`` ran out first."""
        return self._idle.wait(timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._thread = None
                    self._idle.set()
                    return
                self._pending = False
            try:
                self._replay()
                self.replays += 1
            except Exception as exc:  # a failed replay must not kill the server; the next post retries
                self.failures += 1
                log.warning(Warnings.W701.format(reason=f"{type(exc).__name__}: {exc}"))
                log.debug("ledger replay failed", exc_info=True)
