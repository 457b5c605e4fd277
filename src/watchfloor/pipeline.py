"""The forward path: read → clean → parse → extract → store, one transaction per batch.

``Pipeline.run`` is the single per-record catch: a bad record becomes a :class:`Reject`
(stored in ``rejects`` and counted) and the batch goes on. Extraction of one batch may run
in worker processes (``settings.processes``); the stage functions are the same ones.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import itertools
import logging
import multiprocessing
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import __version__
from .analytics import update_alerts
from .errors import Errors, WatchfloorError
from .extract import BUILTIN, Extractor, check_chain, extract
from .ingest import clean, ingest, read_sources
from .link import build_ledger
from .model import Article, Extraction, RawDocument, Reject
from .nlp import parse
from .settings import Settings
from .store import Store

__all__ = [
    "LinkStats",
    "Pipeline",
    "RunStats",
    "analyze",
    "extract_articles",
    "extract_records",
    "rebuild_ledger",
    "relink",
]

log = logging.getLogger(__name__)

Progress = Callable[[dict[str, int]], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class RunStats:
    """What a run did: a frozen snapshot of its counters."""

    seen: int = 0
    ingested: int = 0
    duplicates: int = 0
    rejects: dict[str, int] = field(default_factory=dict)
    statements: int = 0
    events: int = 0
    timexes: int = 0
    seconds: float = 0.0
    run_id: int | None = None

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "rejects": dict(self.rejects),
            "statements": self.statements,
            "events": self.events,
            "timexes": self.timexes,
            "seconds": round(self.seconds, 3),
            "run_id": self.run_id,
        }


def _internal_reject(article: Article, component: str, exc: BaseException) -> Reject:
    log.debug("%s: %s", article.id, "".join(traceback.format_exception(exc)))
    where = article.origin + (f" {article.record}" if article.record else "")
    return Reject(
        code="WF-E090",
        origin=article.origin,
        record=article.record,
        message=Errors.E090.format(where=where, component=component, reason=f"{type(exc).__name__}: {exc}"),
    )


def extract_articles(
    articles: Sequence[Article],
    settings: Settings | None = None,
    chain: Sequence[Extractor] = BUILTIN,
) -> list[Extraction | Reject]:
    """Parse and extract a batch of articles in this process; one result per article, in order."""
    settings = settings or Settings()
    out: list[Extraction | Reject] = []
    for parsed in parse(articles, settings):
        try:
            out.append(extract(parsed, settings, chain))
        except WatchfloorError as exc:
            out.append(
                Reject(
                    code=exc.code,
                    origin=parsed.article.origin,
                    record=parsed.article.record,
                    message=str(exc),
                )
            )
        except Exception as exc:  # the single per-record catch
            out.append(_internal_reject(parsed.article, "extract", exc))
    return out


def _worker_batch(
    articles: Sequence[Article], settings: Settings, chain: Sequence[Extractor]
) -> list[Extraction | Reject]:
    return extract_articles(articles, settings, chain)


def _one_blas_thread() -> None:
    """A worker process does its matrix products on one thread: with N workers on N cores, BLAS's own
    threads (one per core in each worker) only fight over the cores the other workers use."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


class Pipeline:
    """Runs the stages in order over sources into a store."""

    def __init__(self, settings: Settings | None = None, chain: Sequence[Extractor] = BUILTIN) -> None:
        self.settings = settings or Settings()
        self.chain = tuple(chain)
        check_chain(self.chain)

    def extractions(self, articles: Iterable[Article]) -> Iterator[list[Extraction | Reject]]:
        """Batches of results for a stream of articles, using worker processes if configured."""
        size = self.settings.batch_size
        stream = iter(articles)
        batches = iter(lambda: list(itertools.islice(stream, size)), [])
        if self.settings.processes <= 1:
            for batch in batches:
                yield extract_articles(batch, self.settings, self.chain)
            return
        ctx = multiprocessing.get_context("fork")
        with cf.ProcessPoolExecutor(
            self.settings.processes, mp_context=ctx, initializer=_one_blas_thread
        ) as pool:
            pending: list[cf.Future[list[Extraction | Reject]]] = []
            for batch in batches:
                pending.append(pool.submit(_worker_batch, batch, self.settings, self.chain))
                if len(pending) >= 2 * self.settings.processes:
                    yield pending.pop(0).result()
            for fut in pending:
                yield fut.result()

    def run(self, sources: Iterable[str], store: Store, progress: Progress | None = None) -> RunStats:
        """Ingest ``sources`` into ``store``; returns the run's counts."""
        started = time.perf_counter()
        run_id = store.start_run(__version__, self.settings.digest())
        counts: Counter[str] = Counter()
        rejects: Counter[str] = Counter()

        def report() -> None:
            if progress is not None:
                progress(dict(counts))

        def duplicate(article: Article) -> None:
            counts["seen"] += 1
            counts["duplicates"] += 1
            with store.batch():
                if store.has_article(article.id):
                    store.add_origin(article)
                else:
                    pending_origins.append(article)

        pending_origins: list[Article] = []

        def fresh() -> Iterator[Article]:
            for item in ingest(sources, self.settings, on_duplicate=duplicate):
                counts["seen"] += 1
                if isinstance(item, Reject):
                    rejects[item.code] += 1
                    with store.batch():
                        store.add_reject(item, run_id)
                    log.warning("%s", item.message)
                elif store.has_article(item.id):
                    counts["duplicates"] += 1
                    with store.batch():
                        store.add_origin(item)
                else:
                    yield item
                report()

        for results in self.extractions(fresh()):
            with store.batch():
                for result in results:
                    if isinstance(result, Reject):
                        rejects[result.code] += 1
                        store.add_reject(result, run_id)
                        log.warning("%s", result.message)
                    elif store.save(result, run_id):
                        counts["ingested"] += 1
                        counts["statements"] += len(result.statements)
                        counts["events"] += len(result.events)
                        counts["timexes"] += len(result.timexes)
                    else:
                        counts["duplicates"] += 1
            report()
        with store.batch():  # origins of in-batch duplicates whose article was stored meanwhile
            for article in pending_origins:
                if store.has_article(article.id):
                    store.add_origin(article)
        stats = RunStats(
            seen=counts["seen"],
            ingested=counts["ingested"],
            duplicates=counts["duplicates"],
            rejects=dict(rejects),
            statements=counts["statements"],
            events=counts["events"],
            timexes=counts["timexes"],
            seconds=time.perf_counter() - started,
            run_id=run_id,
        )
        store.finish_run(run_id, stats.to_json())
        return stats


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkStats:
    """What a link step did: claims in the ledger, alerts in force and how many are new."""

    claims: int
    alerts: int
    new_alerts: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return {
            "claims": self.claims,
            "alerts": self.alerts,
            "new_alerts": self.new_alerts,
            "seconds": round(self.seconds, 3),
        }


def rebuild_ledger(store: Store, settings: Settings | None = None) -> int:
    """Rebuild the claim ledger by replaying every stored extraction; returns the number of claims."""
    ledger = build_ledger(store.extractions(), settings or Settings())
    rows = ledger.to_json()
    with store.batch():
        store.replace_claims(rows)
    return len(rows)


def relink(store: Store, settings: Settings | None = None) -> LinkStats:
    """Rebuild the claim ledger, then recompute the alerts.

    Both are derived wholesale (never patched), so out-of-order arrival and re-ingest give
    the same answer as a clean run.
    """
    settings = settings or Settings()
    started = time.perf_counter()
    claims = rebuild_ledger(store, settings)
    update = update_alerts(store, settings)
    return LinkStats(
        claims=claims,
        alerts=len(update.alerts),
        new_alerts=len(update.new),
        seconds=time.perf_counter() - started,
    )


def extract_records(
    raws: Iterable[RawDocument | Reject],
    settings: Settings | None = None,
    chain: Sequence[Extractor] = BUILTIN,
) -> Iterator[Extraction | Reject]:
    """One result per input record, in order (no de-duplication): for ``watchfloor extract``.

    Streams: records are read and cleaned as the extraction batches need them, and each result
    is handed on once its batch is done, so memory holds a few batches, not the whole input.
    """
    settings = settings or Settings()
    pipeline = Pipeline(settings, chain)
    order: collections.deque[Article | Reject] = collections.deque()  # read, not yet handed on

    def articles() -> Iterator[Article]:
        for raw in raws:
            item = raw if isinstance(raw, Reject) else _clean_or_reject(raw, settings)
            order.append(item)
            if isinstance(item, Article):
                yield item

    for batch in pipeline.extractions(articles()):
        for result in batch:  # results come in article order; rejects read before one go first
            while isinstance(head := order.popleft(), Reject):
                yield head
            yield result
    yield from (item for item in order if isinstance(item, Reject))  # rejects after the last article


def _clean_or_reject(raw: RawDocument, settings: Settings) -> Article | Reject:
    try:
        return clean(raw, settings)
    except WatchfloorError as exc:
        return Reject(
            code=exc.code,
            origin=raw.origin,
            record=raw.record,
            message=str(exc),
            external_id=raw.meta.get("id"),
        )
    except Exception as exc:  # a bug met on one record is that record's reject
        log.debug("%s: clean failed", raw.where, exc_info=True)
        reason = f"{type(exc).__name__}: {exc}"
        return Reject(
            code=Errors.E090.code,
            origin=raw.origin,
            record=raw.record,
            message=Errors.E090.format(where=raw.where, component="clean", reason=reason),
            external_id=raw.meta.get("id"),
        )


def analyze(
    text: str, *, published: str | None = None, settings: Settings | None = None, origin: str = "<text>"
) -> Extraction:
    """Extract statements, events and time expressions from one text."""
    meta = {"published": published} if published else {}
    raw = RawDocument(origin=origin, record=None, text=text, format="text", meta=meta)
    result = next(extract_records([raw], settings))
    if isinstance(result, Reject):
        raise WatchfloorError(result.message, code=result.code, source=origin)
    return result


def read_records(sources: Iterable[str], settings: Settings | None = None) -> Iterator[RawDocument | Reject]:
    """The raw records of ``sources`` (files, folders, URLs)."""
    return read_sources(sources, settings or Settings())
