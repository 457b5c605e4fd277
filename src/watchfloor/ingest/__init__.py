"""Stage: ingest. Sources (files, directories, URLs) → raw records → cleaned articles.

* :data:`readers` — the reader registry (``text``, ``html``, ``jsonl``, ``rss``, ``warc``),
  built from one list (:data:`BUILTIN_READERS`); each is a :class:`Reader`
  ``(origin, data, settings) -> Iterator[RawDocument | Reject]``.
* :func:`read_sources` — files, directories and http(s) URLs to raw records or rejects.
* :func:`clean` — a raw record to an :class:`~watchfloor.model.Article` (body ranges,
  dateline, published date; the text is never rewritten).
* :func:`ingest` — a whole batch: read, find repeated lines, clean, drop duplicates.
* :func:`stream_jsonl` — JSONL records from an open binary file (e.g. standard input).
"""

from __future__ import annotations

from ._batch import ingest
from ._boilerplate import find_repeated_lines, line_key
from ._clean import article_id, clean
from ._dates import Dateline, find_dateline, parse_date
from ._decode import decode_text
from ._html import TRAFILATURA_OPTIONS, HtmlContent, extract_html, extract_main_text, html_fragment_text
from ._jsonl import stream_jsonl
from ._reader import Reader
from ._registry import BUILTIN_READERS, reader_for, readers
from ._sources import fetch_url, folder_files, read_sources

__all__ = [
    "BUILTIN_READERS",
    "TRAFILATURA_OPTIONS",
    "Dateline",
    "HtmlContent",
    "Reader",
    "article_id",
    "clean",
    "decode_text",
    "extract_html",
    "extract_main_text",
    "fetch_url",
    "find_dateline",
    "find_repeated_lines",
    "folder_files",
    "html_fragment_text",
    "ingest",
    "line_key",
    "parse_date",
    "read_sources",
    "reader_for",
    "readers",
    "stream_jsonl",
]
