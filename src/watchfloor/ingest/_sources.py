"""From source names (files, directories, http(s) URLs) to raw records, via the reader registry."""

from __future__ import annotations

import functools
import gzip
import http.client
import io
import logging
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Final, cast

from ..errors import Errors, IngestError, Warnings
from ..model import RawDocument, Reject
from ..settings import Settings
from . import _reader
from ._reader import Reader, StreamFn, reject
from ._registry import gzipped, reader_for, readers

__all__ = ["fetch_url", "folder_files", "is_url", "read_sources"]

log = logging.getLogger(__name__)

_USER_AGENT: Final = "watchfloor (feed reader)"
_SNIFF_FEED: Final = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf")
_SNIFF_HTML: Final = (b"<!doctype html", b"<html")
# what a damaged or truncated gzip stream raises while it is read (other OSErrors are the file's own)
_GZIP_DAMAGE: Final = (gzip.BadGzipFile, EOFError, zlib.error)


def is_url(source: str) -> bool:
    """Whether ``source`` is an http(s) URL (other schemes are not fetched)."""
    return urllib.parse.urlsplit(source).scheme.lower() in {"http", "https"}


def fetch_url(url: str, settings: Settings) -> tuple[bytes, str]:
    """The body and Content-Type of ``url``, read with ``settings.fetch_timeout``.

    Raises ``IngestError`` E112 when it cannot be fetched, E114 when it is larger than
    ``settings.max_document_bytes``.
    """
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=settings.fetch_timeout) as response:
            data = response.read(settings.max_document_bytes + 1)
            ctype = response.headers.get("Content-Type", "") or ""
    except urllib.error.HTTPError as exc:
        raise IngestError(Errors.E112.format(where=url, reason=f"HTTP {exc.code} {exc.reason}")) from None
    except urllib.error.URLError as exc:
        raise IngestError(Errors.E112.format(where=url, reason=str(exc.reason))) from None
    except (TimeoutError, OSError, ValueError, http.client.HTTPException) as exc:
        raise IngestError(Errors.E112.format(where=url, reason=f"{type(exc).__name__}: {exc}")) from None
    if len(data) > settings.max_document_bytes:
        raise IngestError(
            Errors.E114.format(
                where=url, size=f"more than {settings.max_document_bytes}", limit=settings.max_document_bytes
            )
        )
    return data, ctype.split(";", 1)[0].strip().lower()


def _url_reader(url: str, data: bytes, ctype: str) -> Reader:
    by_path = reader_for(urllib.parse.urlsplit(url).path)
    if by_path is not None:
        return by_path
    if "html" in ctype:
        return readers.get("html")
    if ctype == "text/plain":
        return readers.get("text")
    head = data[:512].lstrip().lower()
    if head.startswith(_SNIFF_HTML):
        return readers.get("html")
    return readers.get("rss")  # a URL is a feed unless it says otherwise (feeds are served as many types)


def _run(reader: Reader, origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """The reader's records; an unexpected exception becomes an internal-error reject (E090)."""
    try:
        yield from reader(origin, data, settings)
    except Exception as exc:  # the one per-source catch: a bug must not stop the batch
        yield _reader_failed(reader, origin, exc)


def _reader_failed(reader: Reader, origin: str, exc: Exception) -> Reject:
    log.debug("%s: reader %s failed", origin, reader.name, exc_info=True)
    message = Errors.E090.format(
        where=origin, component=f"reader {reader.name!r}", reason=f"{type(exc).__name__}: {exc}"
    )
    return Reject(code=Errors.E090.code, origin=origin, record=None, message=message)


def _read_file(path: Path, origin: str, settings: Settings) -> Iterator[RawDocument | Reject]:
    reader = reader_for(path.name)
    if reader is None:
        choices = ", ".join(ext for name in readers for ext in readers.get(name).extensions)
        ext = "".join(path.suffixes[-2:]) or path.name
        yield reject(IngestError(Errors.E106.format(where=origin, ext=ext, choices=choices)), origin)
        return
    if gzipped(path.name):
        yield from _read_gzip_file(reader, path, origin, settings)
        return
    try:
        size = path.stat().st_size
        if size == 0:
            raise IngestError(Errors.E101.format(where=origin))
        if not reader.container and size > settings.max_document_bytes:
            raise IngestError(Errors.E114.format(where=origin, size=size, limit=settings.max_document_bytes))
        stream = reader.stream if size > _reader.STREAM_BYTES else None
        data = b"" if stream is not None else path.read_bytes()
    except IngestError as exc:
        yield reject(exc, origin)
        return
    except OSError as exc:
        yield reject(IngestError(Errors.E109.format(where=origin, reason=exc.strerror or exc)), origin)
        return
    if stream is not None:
        yield from _stream(reader, stream, lambda: path.open("rb"), origin, settings)
    else:
        yield from _run(reader, origin, data, settings)


def _read_gzip_file(
    reader: Reader, path: Path, origin: str, settings: Settings
) -> Iterator[RawDocument | Reject]:
    """A gzip-compressed file (``articles.jsonl.gz``) read by the reader of its inner name.

    A streaming reader reads the decompressed records as they come, whatever the file's size;
    any other reader gets the decompressed bytes, at most ``max_document_bytes`` of them for a
    one-document format. A damaged or truncated gzip stream is an E109 reject naming the file.
    """
    try:
        if path.stat().st_size == 0:
            raise IngestError(Errors.E101.format(where=origin))
        if reader.stream is not None:
            with _open_gzip(path) as probe:
                if not probe.read(1):
                    raise IngestError(Errors.E101.format(where=origin))
            data = b""
        else:
            with path.open("rb") as file:
                data = _gunzip(file, reader, origin, settings)
    except IngestError as exc:
        yield reject(exc, origin)
        return
    except _GZIP_DAMAGE as exc:
        yield reject(IngestError(Errors.E109.format(where=origin, reason=_gzip_reason(exc))), origin)
        return
    except OSError as exc:
        yield reject(IngestError(Errors.E109.format(where=origin, reason=exc.strerror or exc)), origin)
        return
    if reader.stream is not None:
        yield from _stream(reader, reader.stream, functools.partial(_open_gzip, path), origin, settings)
    else:
        yield from _run(reader, origin, data, settings)


def _open_gzip(path: Path) -> BinaryIO:
    return cast(BinaryIO, gzip.GzipFile(path, "rb"))


def _gunzip(file: BinaryIO, reader: Reader, origin: str, settings: Settings) -> bytes:
    """The decompressed bytes of the gzip stream ``file``; raises ``IngestError`` (E101, E109, E114)."""
    limit = None if reader.container else settings.max_document_bytes
    try:
        with gzip.GzipFile(fileobj=file, mode="rb") as unzipped:
            data = unzipped.read() if limit is None else unzipped.read(limit + 1)
    except _GZIP_DAMAGE as exc:
        raise IngestError(Errors.E109.format(where=origin, reason=_gzip_reason(exc))) from None
    if not data:
        raise IngestError(Errors.E101.format(where=origin))
    if limit is not None and len(data) > limit:
        size = f"more than {limit} once decompressed"
        raise IngestError(Errors.E114.format(where=origin, size=size, limit=limit))
    return data


def _gzip_reason(exc: BaseException) -> str:
    return f"not a readable gzip file: {exc or type(exc).__name__}"


def _stream(
    reader: Reader, stream: StreamFn, opener: Callable[[], BinaryIO], origin: str, settings: Settings
) -> Iterator[RawDocument | Reject]:
    """A big file's records read from the open file; a failure mid-file ends it with a reject."""
    try:
        with opener() as file:
            yield from stream(origin, file, settings)
    except _GZIP_DAMAGE as exc:  # a compressed file damaged part-way
        yield reject(IngestError(Errors.E109.format(where=origin, reason=_gzip_reason(exc))), origin)
    except OSError as exc:
        yield reject(IngestError(Errors.E109.format(where=origin, reason=exc.strerror or exc)), origin)
    except Exception as exc:  # as in _run: a reader bug must not stop the batch
        yield _reader_failed(reader, origin, exc)


def folder_files(root: Path) -> Iterator[Path]:
    """Readable files under ``root``, recursively, sorted by relative path; hidden files and folders
    skipped; files no reader takes are counted in one WF-W104 warning (with examples)."""
    skipped = 0
    skipped_names: list[str] = []
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if reader_for(path.name) is None:
            skipped += 1
            skipped_names.append(relative.as_posix())
            continue
        yield path
    if skipped:
        log.warning(Warnings.W104.format(where=root, count=skipped, examples=", ".join(skipped_names[:3])))


def read_sources(sources: Iterable[str], settings: Settings | None = None) -> Iterator[RawDocument | Reject]:
    """Raw records from files, directories (recursive, sorted) and http(s) URLs, in order.

    Every problem is a :class:`Reject` naming the file (and line or record) and the reason;
    this function does not raise on bad input.
    """
    settings = settings or Settings()
    for source in sources:
        if is_url(source):
            try:
                data, ctype = fetch_url(source, settings)
            except IngestError as exc:
                yield reject(exc, source)
                continue
            reader = _url_reader(source, data, ctype)
            if gzipped(urllib.parse.urlsplit(source).path):
                try:
                    data = _gunzip(io.BytesIO(data), reader, source, settings)
                except IngestError as exc:
                    yield reject(exc, source)
                    continue
            yield from _run(reader, source, data, settings)
            continue
        path = Path(source)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError) as exc:  # e.g. a NUL byte or an over-long name
            yield reject(IngestError(Errors.E109.format(where=source, reason=exc)), source)
            continue
        if is_dir:
            for file in folder_files(path):
                yield from _read_file(file, str(file), settings)
        elif exists:
            yield from _read_file(path, source, settings)
        else:
            yield reject(IngestError(Errors.E020.format(path=source)), source)
