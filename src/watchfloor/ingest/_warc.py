"""The ``warc`` reader: HTML responses in a WARC (plain or gzipped), each through the html reader."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings
from ._html import html_document
from ._reader import reject

__all__ = ["read_warc", "stream_warc"]

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record: object) -> str:
    http = getattr(record, "http_headers", None)
    value = http.get_header("Content-Type") if http is not None else None
    if value is None:
        value = record.rec_headers.get_header("Content-Type")  # type: ignore[attr-defined]
    return str(value or "").split(";", 1)[0].strip().lower()


def read_warc(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One item per ``response``/``resource`` record with an HTML payload; others are skipped."""
    if not data.strip():
        yield reject(IngestError(Errors.E101.format(where=origin)), origin)
        return
    yield from stream_warc(origin, io.BytesIO(data), settings)


def stream_warc(origin: str, file: BinaryIO, settings: Settings) -> Iterator[RawDocument | Reject]:
    """:func:`read_warc` over an open file, one record in memory at a time (a crawl file is gigabytes)."""
    number = 0
    try:
        for record in ArchiveIterator(file):
            number += 1
            if not record.rec_type:
                reason = f"record {number} has no WARC-Type header"
                yield reject(
                    IngestError(Errors.E113.format(where=origin, reason=reason)), origin, f"record {number}"
                )
                continue
            if record.rec_type not in {"response", "resource"}:
                continue
            ctype = _content_type(record)
            if ctype not in _HTML_TYPES:
                log.debug("%s record %d: %s payload skipped", origin, number, ctype or "untyped")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or None
            payload = record.content_stream().read()
            name = f"record {number}"
            try:
                yield html_document(origin, name, payload, settings, fmt="warc", url=url)
            except IngestError as exc:
                yield reject(exc, origin, name)
    except Exception as exc:  # warcio has no exception contract: any failure is a broken WARC
        where = f"{origin} record {number}" if number else origin
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        yield reject(IngestError(Errors.E113.format(where=where, reason=reason)), origin)
        return
    if number == 0:
        yield reject(IngestError(Errors.E113.format(where=origin, reason="no WARC records")), origin)
