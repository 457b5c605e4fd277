"""The ``jsonl`` reader: one JSON object per line, ``{"id", "text", "published"?, "url"?, "title"?}``."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, Final

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings
from ._dates import parse_date
from ._decode import decode_text, looks_binary
from ._reader import check_size, reject

__all__ = ["read_jsonl"]

_OPTIONAL = ("url", "title")


def _record(obj: Any, where: str) -> tuple[str, dict[str, str]]:
    if not isinstance(obj, dict):
        raise IngestError(
            Errors.E105.format(where=where, field="text", reason=f"the line is a JSON {type(obj).__name__}")
        )
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "missing" if text is None else "empty" if isinstance(text, str) else "not a string"
        raise IngestError(Errors.E105.format(where=where, field="text", reason=reason))
    meta: dict[str, str] = {}
    ident = obj.get("id")
    if ident is not None:
        if isinstance(ident, bool) or not isinstance(ident, str | int):
            raise IngestError(Errors.E105.format(where=where, field="id", reason="not a string or integer"))
        meta["id"] = str(ident)
    published = obj.get("published")
    if published is not None and published != "":
        date = parse_date(published) if isinstance(published, str) else None
        if date is None:
            raise IngestError(Errors.E110.format(where=where, field="published", value=published))
        meta["published"] = date.isoformat()
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None:
            if not isinstance(value, str):
                raise IngestError(Errors.E105.format(where=where, field=key, reason="not a string"))
            if value.strip():
                meta[key] = value.strip()
    return text, meta


# Files larger than this are read line by line (each line decoded on its own) instead of decoding the
# whole file first, so a big JSONL file costs about its own size in memory, not three times it.
STREAM_BYTES: Final = 16 * 1024 * 1024
_SAMPLE: Final = 64 * 1024


def _text_lines(data: bytes, origin: str) -> Iterator[tuple[int, str | IngestError]]:
    """(line number, decoded line or the error decoding it), "\n"-separated."""
    if len(data) <= STREAM_BYTES or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # split on "\n" only: JSON strings may hold U+2028 and other characters str.splitlines breaks on
        yield from enumerate(decode_text(data, origin).split("\n"), 1)
        return
    reason = looks_binary(data[:_SAMPLE])
    if reason is not None:
        raise IngestError(Errors.E102.format(where=origin, reason=reason), source=origin)
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    number = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        number += 1
        raw = data[start:end]
        start = end + 1
        if not raw.strip():
            continue
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield number, decode_text(raw, f"{origin} line {number}")
            except IngestError as exc:
                yield number, exc


def read_jsonl(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One item per non-blank line; a bad line is a :class:`Reject` naming its line number."""
    try:
        lines = _text_lines(data, origin)
        for number, line in lines:
            record = f"line {number}"
            if isinstance(line, IngestError):
                yield reject(line, origin, record)
                continue
            if not line.strip():
                continue
            yield _read_line(line, origin, record, settings)
    except IngestError as exc:
        yield reject(exc, origin)


def _read_line(line: str, origin: str, record: str, settings: Settings) -> RawDocument | Reject:
    where = f"{origin} {record}"
    try:
        check_size(len(line.encode("utf-8", "surrogatepass")), where, settings)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(
                Errors.E104.format(where=where, reason=f"{exc.msg} at column {exc.colno}")
            ) from None
        except RecursionError:
            raise IngestError(Errors.E104.format(where=where, reason="nested too deeply")) from None
        text, meta = _record(obj, where)
    except IngestError as exc:
        return reject(exc, origin, record)
    return RawDocument(origin=origin, record=record, text=text, format="jsonl", meta=meta)
