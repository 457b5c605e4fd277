"""The ``text`` reader: a plain-text file is one document."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import IngestError
from ..model import RawDocument, Reject
from ..settings import Settings
from ._decode import decode_text
from ._reader import check_size, reject

__all__ = ["read_text"]


def read_text(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One :class:`RawDocument` holding the decoded file, or a :class:`Reject`."""
    try:
        check_size(len(data), origin, settings)
        text = decode_text(data, origin)
    except IngestError as exc:
        yield reject(exc, origin)
        return
    yield RawDocument(origin=origin, record=None, text=text, format="text")
