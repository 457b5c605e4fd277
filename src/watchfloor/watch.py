"""``watchfloor watch``: poll sources, ingest what is new, replay ledger and alerts, deliver new alerts.

Each source (a feed or page URL, a file or a folder) is polled on its own schedule. The pipeline is
idempotent by article id, so a poll stores only articles not seen before. After a poll that stored
something (and after the first poll), the claim ledger is rebuilt (the pipeline's ``rebuild_ledger``,
unless ``--no-ledger``), then the alerts are recomputed wholesale; each alert not seen before is
delivered to the terminal callback, the JSONL alert log and the webhook.

A source that is down or returns garbage (the poll raised, or everything it gave was rejected:
WF-E112 cannot fetch, WF-E107 not a feed, WF-E102 binary…) is logged (WF-W601) and retried with
exponential back-off; the other sources go on. A webhook that fails keeps its alerts for the next
poll (WF-W602).
:meth:`Watcher.stop` (wired to Ctrl-C and SIGTERM by the CLI) ends the loop after the current source.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .analytics import Alert, AlertLog, Backoff, DyadLevel, WebhookError, post_webhook, update_alerts
from .errors import Warnings
from .pipeline import Pipeline, RunStats, rebuild_ledger
from .settings import Settings
from .store import Store

__all__ = ["PollReport", "WatchStats", "Watcher"]

log = logging.getLogger(__name__)

IngestOne = Callable[[str, Store], RunStats]


class _OncePerWatch(logging.Filter):
    """Lets each ingest warning (WF-W1xx) through the first time only.

    A folder or feed is read again at every poll, so its duplicates (W102), reused ids (W103),
    undated datelines (W101) and skipped files (W104) would be warned about again every few
    minutes for as long as the watch runs; the first warning says it, the repeats bury the rest.
    """

    def __init__(self, limit: int = 100_000) -> None:
        super().__init__()
        self.seen: set[str] = set()
        self.limit = limit

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith("[WF-W1"):
            return True
        if message in self.seen:
            return False
        if len(self.seen) < self.limit:  # bounded: past it, new warnings still show, repeats may too
            self.seen.add(message)
        return True


def _ingest_loggers() -> list[logging.Logger]:
    """The loggers ingest warns through (``watchfloor.ingest`` and its modules)."""
    names = [
        n
        for n in logging.Logger.manager.loggerDict
        if n.startswith(("watchfloor.ingest", "watchfloor.pipeline"))
    ]
    return [logging.getLogger(n) for n in sorted(names)]


@dataclass
class _Source:
    name: str
    failures: int = 0
    next_at: float = 0.0
    last_error: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PollReport:
    """What one poll did."""

    polled: tuple[str, ...] = ()
    failed: tuple[str, ...] = ()
    ingested: int = 0
    new_alerts: tuple[Alert, ...] = ()
    refreshed: bool = False


@dataclass(slots=True, kw_only=True)
class WatchStats:
    """Running totals of a watch."""

    polls: int = 0
    ingested: int = 0
    source_failures: int = 0
    alerts: int = 0
    webhook_failures: int = 0
    reports: list[PollReport] = field(default_factory=list)

    def to_json(self) -> dict[str, int]:
        return {
            "polls": self.polls,
            "ingested": self.ingested,
            "source_failures": self.source_failures,
            "alerts": self.alerts,
            "webhook_failures": self.webhook_failures,
        }


class Watcher:
    """Polls ``sources`` into the store at ``db`` every ``every`` seconds and delivers new alerts.

    ``on_alert`` receives each new alert (the CLI prints it); ``alert_log`` appends it to a JSONL
    file; ``webhook`` POSTs it. ``ingest`` runs one source into the store (default: the pipeline);
    ``clock`` is a monotonic clock in seconds. Use :meth:`run` for the loop, :meth:`poll` for one pass.
    """

    def __init__(
        self,
        sources: Sequence[str],
        db: str | Path,
        *,
        settings: Settings | None = None,
        every: float = 600.0,
        alert_log: str | Path | None = None,
        webhook: str | None = None,
        on_alert: Callable[[Alert], None] | None = None,
        ingest: IngestOne | None = None,
        ledger: bool = True,
        level: DyadLevel = "country",
        max_backoff: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or Settings()
        self.sources = [_Source(s) for s in sources]
        self.db = Path(db)
        self.every = every
        self.backoff = Backoff(every, 2.0, max_backoff if max_backoff is not None else max(every * 32, every))
        self.alert_log = AlertLog(alert_log) if alert_log else None
        self.webhook = webhook
        self.on_alert = on_alert
        self.ledger = ledger
        self.level: DyadLevel = level
        self.clock = clock
        self.stats = WatchStats()
        self._pending: list[Alert] = []
        self._stop = threading.Event()
        self._pipeline = Pipeline(self.settings)
        self._ingest: IngestOne = ingest or (lambda source, store: self._pipeline.run([source], store))
        self._once = _OncePerWatch()

    # -- control -------------------------------------------------------------------------

    def stop(self) -> None:
        """Ask the loop to end after the current source (safe from a signal handler)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    # -- one poll ------------------------------------------------------------------------

    def _ingest_once(self, name: str, store: Store) -> RunStats:
        """Ingest one source with its repeated ingest warnings silenced (:class:`_OncePerWatch`)."""
        loggers = _ingest_loggers()
        for logger in loggers:
            logger.addFilter(self._once)
        try:
            return self._ingest(name, store)
        finally:
            for logger in loggers:
                logger.removeFilter(self._once)

    def _poll_source(self, source: _Source, store: Store) -> int | None:
        """Ingest one source; the number of new articles, or None when the source failed."""
        try:
            stats = self._ingest_once(source.name, store)
        except Exception as exc:  # the loop's one catch: a source must never stop the watch
            log.debug("%s: poll raised", source.name, exc_info=True)
            reason = f"{type(exc).__name__}: {exc}"
        else:
            if not stats.rejected or stats.ingested or stats.duplicates or stats.seen > stats.rejected:
                return stats.ingested
            reason = "nothing readable; rejected " + ", ".join(sorted(stats.rejects))
        source.failures += 1
        source.last_error = reason
        delay = self.backoff.delay(source.failures)
        source.next_at = self.clock() + delay
        self.stats.source_failures += 1
        log.warning("%s", Warnings.W601.format(source=source.name, reason=reason, delay=f"{delay:g}s"))
        return None

    def _deliver(self, alerts: Sequence[Alert]) -> None:
        for alert in alerts:
            if self.on_alert is not None:
                self.on_alert(alert)
            if self.alert_log is not None:
                self.alert_log.write(alert)
        if self.webhook is None:
            return
        self._pending.extend(alerts)
        kept: list[Alert] = []
        for n, alert in enumerate(self._pending):
            try:
                post_webhook(self.webhook, alert, timeout=self.settings.fetch_timeout)
            except WebhookError as exc:
                kept = self._pending[n:]
                self.stats.webhook_failures += 1
                log.warning(
                    "%s", Warnings.W602.format(url=self.webhook, reason=exc.message, pending=len(kept))
                )
                break
        self._pending = kept

    def poll(self, store: Store) -> PollReport:
        """Poll every source that is due, refresh ledger and alerts if anything is new, deliver."""
        first = self.stats.polls == 0
        polled: list[str] = []
        failed: list[str] = []
        ingested = 0
        for source in self.sources:
            if self._stop.is_set():
                break
            if source.next_at > self.clock():
                continue
            polled.append(source.name)
            got = self._poll_source(source, store)
            if got is None:
                failed.append(source.name)
                continue
            if source.failures:
                log.info("%s: back after %d failed poll(s)", source.name, source.failures)
            source.failures, source.last_error = 0, None
            source.next_at = self.clock() + self.every
            ingested += got
        new: tuple[Alert, ...] = ()
        refreshed = False
        if (ingested or first) and not self._stop.is_set():
            if self.ledger:
                rebuild_ledger(store, self.settings)
            new = update_alerts(store, self.settings, level=self.level).new
            refreshed = True
        if new or self._pending:
            self._deliver(new)
        report = PollReport(
            polled=tuple(polled),
            failed=tuple(failed),
            ingested=ingested,
            new_alerts=new,
            refreshed=refreshed,
        )
        log.info(
            "poll %d: %d source(s) polled, %d failed, %d new article(s), %d new alert(s)",
            self.stats.polls + 1,
            len(polled),
            len(failed),
            ingested,
            len(new),
        )
        self.stats.polls += 1
        self.stats.ingested += ingested
        self.stats.alerts += len(new)
        self.stats.reports.append(report)
        return report

    # -- the loop ------------------------------------------------------------------------

    def run(self, max_polls: int | None = None) -> WatchStats:
        """Poll until :meth:`stop` (or ``max_polls`` polls); returns the totals."""
        with Store(self.db) as store:
            while not self._stop.is_set():
                self.poll(store)
                if max_polls is not None and self.stats.polls >= max_polls:
                    break
                wake = min((s.next_at for s in self.sources), default=self.clock() + self.every)
                wait = wake - self.clock()
                if wait > 0:
                    self._stop.wait(wait)
        return self.stats
