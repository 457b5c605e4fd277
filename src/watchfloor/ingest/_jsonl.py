"""The ``jsonl`` reader: one JSON object per line, ``{"id", "text", "published"?, "url"?, "title"?}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings
from ._dates import parse_date
from ._decode import decode_text
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


def read_jsonl(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One item per non-blank line; a bad line is a :class:`Reject` naming its line number."""
    try:
        content = decode_text(data, origin)
    except IngestError as exc:
        yield reject(exc, origin)
        return
    # split on "\n" only: JSON strings may hold U+2028 and other characters str.splitlines breaks on
    for number, line in enumerate(content.split("\n"), 1):
        if not line.strip():
            continue
        record = f"line {number}"
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
            yield reject(exc, origin, record)
            continue
        yield RawDocument(origin=origin, record=record, text=text, format="jsonl", meta=meta)
