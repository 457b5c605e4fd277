"""What a reader is: a named callable from one file's (or URL's) bytes to raw records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Final

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings

__all__ = ["STREAM_BYTES", "ReadFn", "Reader", "StreamFn", "check_size", "reject"]

# (origin: path or URL, data: its bytes, settings) -> one RawDocument or Reject per record
ReadFn = Callable[[str, bytes, Settings], Iterator[RawDocument | Reject]]
# (origin, an open binary file positioned at its start, settings) -> the same records as ReadFn
StreamFn = Callable[[str, BinaryIO, Settings], Iterator[RawDocument | Reject]]

# Files larger than this are given to a reader's ``stream`` function (when it has one) as an open
# file instead of being read into memory whole: a crawl's WARC or JSONL file may be gigabytes.
STREAM_BYTES: Final = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Reader:
    """A format reader: ``reader(origin, data, settings)`` yields one item per record.

    A bad record yields a :class:`Reject` and the others go on; a reader never raises on
    bad input. ``container`` readers (JSONL, feeds, WARC) hold many records per file, so the
    ``max_document_bytes`` limit applies to each record, not to the file. A reader with a
    ``stream`` function reads big files (over ``STREAM_BYTES``) record by record from the open
    file, so memory does not grow with the file; it yields what ``read`` would on the same bytes.
    """

    name: str
    extensions: tuple[str, ...]
    read: ReadFn
    container: bool = False
    help: str = ""
    stream: StreamFn | None = None

    def __call__(self, origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
        return self.read(origin, data, settings)


def reject(
    exc: IngestError, origin: str, record: str | None = None, external_id: str | None = None
) -> Reject:
    """The reject record for ``exc`` raised while reading ``origin`` (``record`` inside it,
    ``external_id`` the record's own id when known)."""
    return Reject(code=exc.code, origin=origin, record=record, message=exc.message, external_id=external_id)


def check_size(size: int, where: str, settings: Settings) -> None:
    """Raise E114 when a document of ``size`` bytes exceeds ``settings.max_document_bytes``."""
    if size > settings.max_document_bytes:
        raise IngestError(
            Errors.E114.format(where=where, size=size, limit=settings.max_document_bytes), source=where
        )
