"""The ``html`` reader: main text and metadata (title, date, URL) of a web page, via trafilatura.

Also :func:`html_fragment_text`, the tag stripper for HTML snippets in feeds.
The options were chosen on ``shared/data/html_eval`` (``python -m watchfloor.evaluate html``):
trafilatura's balanced mode, tables kept, comments and formatting left out.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Final

import trafilatura

from ..errors import Errors, IngestError
from ..model import RawDocument, Reject
from ..settings import Settings
from ._dates import parse_date
from ._decode import declared_charset, decode_text
from ._reader import check_size, reject

__all__ = [
    "TRAFILATURA_OPTIONS",
    "HtmlContent",
    "extract_html",
    "extract_main_text",
    "html_document",
    "html_fragment_text",
    "read_html",
]

log = logging.getLogger(__name__)

TRAFILATURA_OPTIONS: Final[dict[str, Any]] = {
    "fast": False,
    "favor_precision": False,
    "favor_recall": False,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,
    "include_images": False,
}


@dataclass(frozen=True, slots=True)
class HtmlContent:
    """What trafilatura found in a page: main text, and metadata where present."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def _bare(html: str | bytes, *, with_metadata: bool) -> Any:
    try:
        return trafilatura.bare_extraction(html, with_metadata=with_metadata, **TRAFILATURA_OPTIONS)
    except (ValueError, TypeError, LookupError, RecursionError, AttributeError) as exc:
        # trafilatura catches its own ValueError/TypeError, but lxml parse errors on very odd
        # input can still escape; the page then has no main text (reported as E108)
        log.debug("trafilatura failed: %s: %s", type(exc).__name__, exc)
        return None


def extract_main_text(html: str | bytes) -> str | None:
    """The main text of a page (no metadata), ``None`` when trafilatura finds none.

    Bytes are decoded as the ``html`` reader decodes them (``None`` if they cannot be); the
    extraction is the reader's. The ``html`` evaluation task scores this function.
    """
    if isinstance(html, bytes):
        try:
            html = decode_text(html, "page", declared=declared_charset(html))
        except IngestError:
            return None
    doc = _bare(html, with_metadata=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        return None
    return unicodedata.normalize("NFC", text)


def extract_html(html: str | bytes) -> HtmlContent | None:
    """Main text and metadata of a page, ``None`` when no main text is found."""
    doc = _bare(html, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        return None

    def field(name: str) -> str | None:
        value = getattr(doc, name, None)
        return value.strip() or None if isinstance(value, str) else None

    return HtmlContent(
        text=unicodedata.normalize("NFC", text), title=field("title"), date=field("date"), url=field("url")
    )


def html_document(
    origin: str, record: str | None, data: bytes, settings: Settings, *, fmt: str, url: str | None = None
) -> RawDocument:
    """Decode and extract one page into a :class:`RawDocument`; raises ``IngestError``."""
    where = origin if record is None else f"{origin} {record}"
    check_size(len(data), where, settings)
    markup = decode_text(data, where, declared=declared_charset(data))
    content = extract_html(markup)
    if content is None:
        raise IngestError(Errors.E108.format(where=where), source=origin, record=record)
    meta: dict[str, str] = {}
    if content.title:
        meta["title"] = content.title
    if content.date:
        date = parse_date(content.date)
        if date is not None:  # trafilatura's date is a guess from the page; a bad one is dropped
            meta["published"] = date.isoformat()
    if url or content.url:
        meta["url"] = url or content.url or ""
    return RawDocument(origin=origin, record=record, text=content.text, format=fmt, meta=meta)


def read_html(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
    """One :class:`RawDocument` with the page's main text, or a :class:`Reject`."""
    try:
        yield html_document(origin, None, data, settings, fmt="html")
    except IngestError as exc:
        yield reject(exc, origin)


_BLOCK: Final = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav"),
        *("ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"),
    }
)
_SKIP: Final = frozenset({"script", "style", "template", "noscript"})
_SPACES: Final = re.compile(r"[^\S\n]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, block elements on their own lines."""
    if "<" not in fragment and "&" not in fragment:
        raw = fragment
    else:
        collector = _TextCollector()
        collector.feed(fragment)
        collector.close()
        raw = "".join(collector.parts)
    lines = (_SPACES.sub(" ", line).strip() for line in raw.splitlines())
    return "\n".join(line for line in lines if line)
