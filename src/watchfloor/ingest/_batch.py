"""A batch: read all sources, find lines repeated across documents, clean, drop duplicates."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from ..errors import IngestError, Warnings
from ..model import Article, RawDocument, Reject
from ..settings import Settings
from ._boilerplate import find_repeated_lines
from ._clean import clean
from ._reader import reject
from ._sources import read_sources

__all__ = ["ingest"]

log = logging.getLogger(__name__)


def ingest(
    sources: Iterable[str],
    settings: Settings | None = None,
    *,
    on_duplicate: Callable[[Article], None] | None = None,
) -> Iterator[Article | Reject]:
    """Articles (and rejects) from ``sources``, in source order, each story once.

    Two passes: every raw record of the batch is read and held in memory first, to find
    the lines repeated in ``settings.boilerplate_repeat_min`` documents or more; so a batch
    must fit in memory (split very large inputs into several calls). An article whose id
    was already yielded in this batch is dropped with a W102 warning, and handed to
    ``on_duplicate`` if given (e.g. to record its origin beside the first one's and count it).
    """
    settings = settings or Settings()
    items = list(read_sources(sources, settings))
    repeated = find_repeated_lines(
        (item.text for item in items if isinstance(item, RawDocument)), settings.boilerplate_repeat_min
    )
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Reject):
            yield item
            continue
        try:
            article = clean(item, settings, repeated)
        except IngestError as exc:
            yield reject(exc, item.origin, item.record)
            continue
        if article.id in seen:
            log.warning(Warnings.W102.format(where=item.where, article=f"{article.id} ({seen[article.id]})"))
            if on_duplicate is not None:
                on_duplicate(article)
            continue
        seen[article.id] = item.where
        yield article
