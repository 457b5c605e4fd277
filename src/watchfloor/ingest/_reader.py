"""What a reader is: a named callable from one file's (or URL's) bytes to raw records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings

__all__ = ["ReadFn", "Reader", "check_size", "reject"]

# (origin: path or URL, data: its bytes, settings) -> one RawDocument or Reject per record
ReadFn = Callable[[str, bytes, Settings], Iterator[RawDocument | Reject]]


@dataclass(frozen=True, slots=True)
class Reader:
    """A format reader: ``reader(origin, data, settings)`` yields one item per record.

    A bad record yields a :class:`Reject` and the others go on; a reader never raises on
    bad input. ``container`` readers (JSONL, feeds, WARC) hold many records per file, so the
    ``max_document_bytes`` limit applies to each record, not to the file.
    """

    name: str
    extensions: tuple[str, ...]
    read: ReadFn
    container: bool = False
    help: str = ""

    def __call__(self, origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
        return self.read(origin, data, settings)


def reject(exc: IngestError, origin: str, record: str | None = None) -> Reject:
    """The reject record for ``exc`` raised while reading ``origin`` (``record`` inside it)."""
    return Reject(code=exc.code, origin=origin, record=record, message=exc.message)


def check_size(size: int, where: str, settings: Settings) -> None:
    """Raise E114 when a document of ``size`` bytes exceeds ``settings.max_document_bytes``."""
    if size > settings.max_document_bytes:
        raise IngestError(
            Errors.E114.format(where=where, size=size, limit=settings.max_document_bytes), source=where
        )
