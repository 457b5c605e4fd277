"""A run: read sources in windows, find lines repeated across documents, clean, drop duplicates."""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from ..errors import Errors, IngestError, Warnings
from ..model import Article, RawDocument, Reject
from ..settings import Settings
from ._boilerplate import line_key
from ._clean import clean
from ._reader import reject
from ._sources import read_sources

__all__ = ["ingest"]

log = logging.getLogger(__name__)


class _LineCounts:
    """How many documents each line key was seen in, over the whole run, in bounded memory.

    Past ``limit`` keys, those seen once are forgotten (a line met once in a huge run is
    not boilerplate yet); keys that reached the threshold are kept in ``repeated`` for good.
    """

    def __init__(self, min_docs: int, limit: int = 500_000) -> None:
        self.min_docs = max(min_docs, 2)
        self.limit = limit
        self.counts: Counter[str] = Counter()
        self.repeated: set[str] = set()

    def add(self, text: str) -> None:
        for key in {key for key in map(line_key, text.splitlines()) if key}:
            if key in self.repeated:
                continue
            self.counts[key] += 1
            if self.counts[key] >= self.min_docs:
                self.repeated.add(key)
                del self.counts[key]
        if len(self.counts) > self.limit:
            self.counts = Counter({k: n for k, n in self.counts.items() if n > 1})


def ingest(
    sources: Iterable[str],
    settings: Settings | None = None,
    *,
    on_duplicate: Callable[[Article], None] | None = None,
) -> Iterator[Article | Reject]:
    """Articles (and rejects) from ``sources``, in source order, each story once. Streams.

    Records are read in windows of ``settings.ingest_window``; the lines of a window are
    counted (with the counts of every earlier window of the run) before it is cleaned, and a
    line found in ``settings.boilerplate_repeat_min`` documents or more is boilerplate. A run
    that fits in one window is judged on all of it; in a longer run a line repeated only in
    later windows is caught from the window where it reaches the threshold. Memory is bounded
    by the window, not the run. An article whose id was already yielded in this run is
    dropped with a W102 warning, and handed to ``on_duplicate`` if given (e.g. to record its
    origin beside the first one's and count it).
    """
    settings = settings or Settings()
    lines = _LineCounts(settings.boilerplate_repeat_min)
    seen: dict[str, str] = {}
    stream = iter(read_sources(sources, settings))
    size = max(settings.ingest_window, 1)
    for window in iter(lambda: list(itertools.islice(stream, size)), []):
        for item in window:
            if isinstance(item, RawDocument):
                lines.add(item.text)
        repeated = frozenset(lines.repeated)
        for item in window:
            if isinstance(item, Reject):
                yield item
                continue
            try:
                article = clean(item, settings, repeated)
            except IngestError as exc:
                yield reject(exc, item.origin, item.record, item.meta.get("id"))
                continue
            except Exception as exc:  # a bug met on one record is that record's reject, not the run's end
                log.debug("%s: clean failed", item.where, exc_info=True)
                reason = f"{type(exc).__name__}: {exc}"
                message = Errors.E090.format(where=item.where, component="clean", reason=reason)
                yield Reject(
                    code=Errors.E090.code,
                    origin=item.origin,
                    record=item.record,
                    message=message,
                    external_id=item.meta.get("id"),
                )
                continue
            if article.id in seen:
                log.warning(
                    Warnings.W102.format(where=item.where, article=f"{article.id} ({seen[article.id]})")
                )
                if on_duplicate is not None:
                    on_duplicate(article)
                continue
            seen[article.id] = item.where
            yield article
