"""The reader registry; built-in readers are registered from one explicit list."""

from __future__ import annotations

from ..registry import Registry
from ._html import read_html
from ._jsonl import read_jsonl, stream_jsonl
from ._reader import Reader
from ._rss import read_rss
from ._text import read_text
from ._warc import read_warc, stream_warc

__all__ = ["BUILTIN_READERS", "GZIP_SUFFIX", "gzipped", "reader_for", "readers"]

BUILTIN_READERS: tuple[Reader, ...] = (
    Reader("text", (".txt",), read_text, help="a plain-text file is one document"),
    Reader("html", (".html", ".htm"), read_html, help="a web page's main text and metadata (trafilatura)"),
    Reader(
        "jsonl",
        (".jsonl",),
        read_jsonl,
        container=True,
        help='one {"id", "text", …} object per line',
        stream=stream_jsonl,
    ),
    Reader("rss", (".xml", ".rss", ".atom"), read_rss, container=True, help="feed entries (feedparser)"),
    Reader(
        "warc",
        (".warc", ".warc.gz"),
        read_warc,
        container=True,
        help="HTML responses in a web archive",
        stream=stream_warc,
    ),
)

readers: Registry[Reader] = Registry("reader")
for _reader in BUILTIN_READERS:
    readers.register(_reader.name, _reader)


GZIP_SUFFIX = ".gz"


def reader_for(name: str) -> Reader | None:
    """The registered reader whose extension ends ``name`` (longest match, case-insensitive).

    A gzip-compressed file (``name`` ending ``.gz``) is read by the reader of the name without
    ``.gz`` (``articles.jsonl.gz`` by ``jsonl``) unless a reader claims the ``.gz`` extension itself
    (``.warc.gz``); see :func:`gzipped`.
    """
    found = _longest(name)
    if found is None and name.lower().endswith(GZIP_SUFFIX):
        found = _longest(name[: -len(GZIP_SUFFIX)])
    return found


def gzipped(name: str) -> bool:
    """Whether ``name`` is a gzip file its reader gets decompressed (``x.jsonl.gz``, not ``x.warc.gz``)."""
    return name.lower().endswith(GZIP_SUFFIX) and _longest(name) is None and reader_for(name) is not None


def _longest(name: str) -> Reader | None:
    lowered = name.lower()
    best: tuple[int, Reader] | None = None
    for key in readers:
        reader = readers.get(key)
        for ext in reader.extensions:
            if lowered.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), reader)
    return best[1] if best else None
