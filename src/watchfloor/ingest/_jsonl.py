"""The ``jsonl`` reader: one JSON object per line, ``{"id", "text", "published"?, "url"?, "title"?}``."""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, Final

from ..errors import Errors, IngestError, Warnings
from ..model import RawDocument, Reject
from ..settings import Settings
from . import _reader
from ._dates import parse_date
from ._decode import decode_text, looks_binary
from ._reader import check_size, reject

__all__ = ["read_jsonl", "stream_jsonl"]

log = logging.getLogger(__name__)

_OPTIONAL = ("url", "title")
# a JSON escape such as \ud800 decodes to a lone surrogate, which no UTF-8 text can hold
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _record(obj: Any, where: str) -> tuple[str, dict[str, str]]:
    if not isinstance(obj, dict):
        raise IngestError(
            Errors.E105.format(where=where, field="text", reason=f"the line is a JSON {type(obj).__name__}")
        )
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "missing" if text is None else "empty" if isinstance(text, str) else "not a string"
        raise IngestError(Errors.E105.format(where=where, field="text", reason=reason))
    for key in ("text", "id", "published", *_OPTIONAL):
        value = obj.get(key)
        if isinstance(value, str) and (bad := _SURROGATE.search(value)) is not None:
            reason = f"an unpaired surrogate \\u{ord(bad.group()):04x} at character {bad.start()}, not text"
            raise IngestError(Errors.E105.format(where=where, field=key, reason=reason))
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


_SAMPLE: Final = 64 * 1024
_UTF16: Final = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _decoded(raws: Iterable[bytes], origin: str) -> Iterator[tuple[int, str | IngestError]]:
    """(line number, decoded line or the error decoding it) for raw lines, each decoded alone.

    Big files go this way so that memory holds one line at a time, not the whole decoded file.
    """
    for number, raw in enumerate(raws, 1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        raw = raw.rstrip(b"\n")
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                yield number, decode_text(raw, f"{origin} line {number}")
            except IngestError as exc:
                yield number, exc


def _records(
    lines: Iterable[tuple[int, str | IngestError]], origin: str, settings: Settings
) -> Iterator[RawDocument | Reject]:
    """One item per line; blank lines are skipped (their numbers still count). An ``id`` met
    again is logged (W103) with the line that used it first; both records are kept."""
    first: dict[str, str] = {}
    for number, line in lines:
        record = f"line {number}"
        if isinstance(line, IngestError):
            yield reject(line, origin, record)
            continue
        if not line.strip():
            continue
        item = _read_line(line, origin, record, settings)
        ident = item.external_id if isinstance(item, Reject) else item.meta.get("id")
        if ident is not None:
            if ident in first:
                log.warning(Warnings.W103.format(where=f"{origin} {record}", ident=ident, first=first[ident]))
            else:
                first[ident] = record
        yield item


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_with_bad_lines(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with some lines that are not: non-ASCII lines valid as UTF-8
    are at least as many as those that are not (a file wholly in a legacy encoding has few).
    Such a file is decoded line by line, so one badly encoded line does not reject the file.
    """
    good = bad = 0
    for raw in data.split(b"\n"):
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += 1
    return bad > 0 and good >= bad


def read_jsonl(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One item per non-blank line; a bad line is a :class:`Reject` naming its line number."""
    if len(data) > _reader.STREAM_BYTES and not data.startswith(_UTF16):
        yield from stream_jsonl(origin, io.BytesIO(data), settings)
        return
    if not data.startswith(_UTF16) and not _is_utf8(data) and _utf8_with_bad_lines(data):
        yield from _records(_decoded(io.BytesIO(data), origin), origin, settings)
        return
    try:
        content = decode_text(data, origin)
    except IngestError as exc:
        if exc.code != Errors.E103.code:
            yield reject(exc, origin)
            return
        # no one encoding fits the whole file: decode each line alone, so only the lines
        # that fit none are rejected (as the streaming path does)
        yield from _records(_decoded(io.BytesIO(data), origin), origin, settings)
        return
    # split on "\n" only: JSON strings may hold U+2028 and other characters str.splitlines breaks on
    yield from _records(enumerate(content.split("\n"), 1), origin, settings)


def stream_jsonl(origin: str, file: BinaryIO, settings: Settings) -> Iterator[RawDocument | Reject]:
    """:func:`read_jsonl` over an open, seekable file, one line in memory at a time.

    Each line is decoded on its own (UTF-8, else the legacy encoding it looks like), so one
    badly encoded line is one reject and the rest of the file is unaffected.
    """
    head = file.read(_SAMPLE)
    if head.startswith(_UTF16):  # UTF-16 cannot be split on b"\n": decode the whole file
        yield from read_jsonl(origin, head + file.read(), settings)
        return
    reason = looks_binary(head)
    if reason is not None:
        yield reject(IngestError(Errors.E102.format(where=origin, reason=reason), source=origin), origin)
        return
    file.seek(0)  # iterating a binary file splits on b"\n" only, as JSON lines need
    yield from _records(_decoded(file, origin), origin, settings)


def _ident(obj: Any) -> str | None:
    """The ``id`` of a parsed record, if it has a usable one."""
    ident = obj.get("id") if isinstance(obj, dict) else None
    return str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else None


_LEADING_ID: Final = re.compile(r'\s*\{\s*"id"\s*:\s*')


def _leading_id(line: str) -> str | None:
    """The ``id`` of a record too big to parse, when it is the object's first key (as usual)."""
    match = _LEADING_ID.match(line)
    if match is None:
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(line[: match.end() + 1000], match.end())
    except json.JSONDecodeError:
        return None
    return _ident({"id": value})


def _read_line(line: str, origin: str, record: str, settings: Settings) -> RawDocument | Reject:
    where = f"{origin} {record}"
    obj: Any = None
    size = len(line.encode("utf-8", "surrogatepass"))
    if size > settings.max_document_bytes:  # not parsed: its id, if it leads, names the reject
        obj = {"id": _leading_id(line)}
    try:
        check_size(size, where, settings)
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
        return reject(exc, origin, record, _ident(obj))
    return RawDocument(origin=origin, record=record, text=text, format="jsonl", meta=meta)
