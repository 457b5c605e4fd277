"""The ``rss`` reader: RSS, Atom and RDF feeds via feedparser, one document per entry."""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings
from ._dates import parse_date
from ._decode import looks_binary
from ._html import html_fragment_text
from ._reader import check_size, reject

__all__ = ["read_rss"]


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = content.get("value")
        if isinstance(value, str) and value.strip():
            return html_fragment_text(value)
    for key in ("summary", "description"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return html_fragment_text(value)
    return ""


def _entry_date(entry: Any, where: str) -> dt.date | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                pass
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            date = parse_date(raw)
            if date is None:
                raise IngestError(Errors.E110.format(where=where, field=key, value=raw))
            return date
    return None


def _entry(entry: Any, origin: str, record: str, settings: Settings) -> RawDocument:
    where = f"{origin} {record}"
    text = _entry_text(entry)
    if not text.strip():
        raise IngestError(Errors.E101.format(where=where))
    check_size(len(text.encode("utf-8", "surrogatepass")), where, settings)
    meta: dict[str, str] = {}
    date = _entry_date(entry, where)
    if date is not None:
        meta["published"] = date.isoformat()
    for key, field in (("link", "url"), ("title", "title"), ("id", "id")):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            meta[field] = html_fragment_text(value) if field == "title" else value.strip()
    return RawDocument(origin=origin, record=record, text=text, format="rss", meta=meta)


def read_rss(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One item per feed entry: the entry's content (or summary) with HTML stripped."""
    if not data.strip():
        yield reject(IngestError(Errors.E101.format(where=origin)), origin)
        return
    binary = looks_binary(data)
    if binary is not None:
        yield reject(IngestError(Errors.E102.format(where=origin, reason=binary)), origin)
        return
    # a stream, never bytes or str: feedparser would treat those as a file name or URL to open
    feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    entries = feed.get("entries") or []
    if not entries:
        if feed.get("bozo"):
            reason = str(feed.get("bozo_exception") or "not a feed").splitlines()[0][:200]
        else:
            reason = "no entries" if feed.get("version") else "not an RSS, Atom or RDF feed"
        yield reject(IngestError(Errors.E107.format(where=origin, reason=reason)), origin)
        return
    for number, entry in enumerate(entries, 1):
        record = f"entry {number}"
        try:
            yield _entry(entry, origin, record, settings)
        except IngestError as exc:
            yield reject(exc, origin, record)
