"""Cleaning: from a :class:`RawDocument` to an :class:`Article` without changing its text.

``clean`` finds the body ranges of the text: header junk and trailing page boilerplate
are left out (general rules in :mod:`._boilerplate`), as is a first line repeating the
``title`` field (the title is kept in ``Article.title``); boilerplate lines in the middle only
when they are clearly so (``any`` rules, lines repeated across the batch), and a leading
dateline (on the first body line, or on the second under a short headline) becomes
``Article.published`` and ``Article.dateline``. The text itself is never
rewritten, so every offset into a body range is an offset into the input.
"""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from collections.abc import Callable, Sequence
from typing import Final

from ..errors import Errors, IngestError, Warnings
from ..model import Article, RawDocument, Span
from ..settings import Settings
from ._boilerplate import classify_line, dominant_script, line_key
from ._dates import Dateline, find_dateline, parse_date

__all__ = ["article_id", "clean", "normalised_body"]

log = logging.getLogger(__name__)

# A document whose lines are mostly "repeated in the batch" is the same story read twice
# (e.g. from a .txt and a .jsonl), not boilerplate: the repeated-line rule is then not applied.
_MAX_REPEATED_SHARE: Final = 0.5


def normalised_body(text: str, body: Sequence[tuple[int, int]]) -> str:
    """The body ranges joined by spaces, whitespace collapsed, Unicode NFC."""
    joined = " ".join(text[start:end] for start, end in body)
    return unicodedata.normalize("NFC", " ".join(joined.split()))


def article_id(text: str, body: Sequence[tuple[int, int]]) -> str:
    """sha256 (first 16 hex digits) of the normalised body text: one id per story across formats."""
    return hashlib.sha256(normalised_body(text, body).encode("utf-8")).hexdigest()[:16]


def _lines(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each line, without its line break."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        out.append((pos, pos + len(content)))
        pos += len(line)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_MAX_HEADLINE_WORDS: Final = 20


def _dateline(
    text: str, lines: list[tuple[int, int]], first: int, last: int, junk: Callable[[int], bool]
) -> Dateline | None:
    """The dateline opening the first body line, or the second one under a short headline."""
    candidates = [first]
    nxt = first + 1
    while nxt <= last and junk(nxt):
        nxt += 1
    s, e = lines[first]
    if nxt <= last and len(text[s:e].split()) <= _MAX_HEADLINE_WORDS:
        candidates.append(nxt)
    for i in candidates:
        s, e = lines[i]
        found = find_dateline(text, s)
        if found is not None and found.end <= e:  # a dateline never spans lines
            return found
    return None


def clean(
    raw: RawDocument, settings: Settings | None = None, repeated_lines: frozenset[str] = frozenset()
) -> Article:
    """The article in ``raw``: its text unchanged, body ranges, dateline and metadata.

    ``repeated_lines`` holds :func:`~._boilerplate.line_key` keys of lines seen across the
    batch (from :func:`find_repeated_lines`). Raises ``IngestError`` E111 when nothing of
    the text is body, E110 when the ``published`` field is not a date.
    """
    del settings  # no cleaning setting yet; kept for a uniform stage signature
    text = raw.text
    lines = _lines(text)
    dominant = dominant_script(text)
    use_repeated: frozenset[str] = frozenset()
    if repeated_lines:  # (no keys to look up in a lone document)
        nonblank = [text[s:e] for s, e in lines if text[s:e].strip()]
        repeated_here = sum(1 for line in nonblank if line_key(line) in repeated_lines)
        use_repeated = repeated_lines if repeated_here <= _MAX_REPEATED_SHARE * len(nonblank) else frozenset()
    verdicts = [classify_line(text[s:e], dominant=dominant, repeated=use_repeated) for s, e in lines]

    def junk(i: int) -> bool:
        s, e = lines[i]
        return verdicts[i] is not None or not text[s:e].strip()

    title_key = line_key(raw.meta.get("title", "")).casefold()

    def headline(i: int) -> bool:  # the title repeated as the first line is kept as title, not body
        s, e = lines[i]
        return bool(title_key) and line_key(text[s:e]).casefold() == title_key

    first, last = 0, len(lines) - 1
    while first <= last and junk(first):
        first += 1
    if first < last and headline(first):
        first += 1
        while first <= last and junk(first):
            first += 1
    while last >= first and junk(last):
        last -= 1
    if first > last:
        raise IngestError(Errors.E111.format(where=raw.where), source=raw.origin, record=raw.record)

    dateline = _dateline(text, lines, first, last, junk)

    ranges: list[tuple[int, int]] = []
    run_start: int | None = None
    run_end = 0
    for i in range(first, last + 1):
        s, e = lines[i]
        verdict = verdicts[i]
        if verdict is not None and verdict[1] == "any":  # clearly boilerplate, even mid-article
            if run_start is not None:
                ranges.append((run_start, run_end))
            run_start = None
            continue
        if s < e:  # "edge" rules do not apply between the first and last body lines
            if run_start is None:
                run_start = s
            run_end = e
    if run_start is not None:
        ranges.append((run_start, run_end))
    if dateline is not None:  # cut the dateline (and its separator) out of the range holding it
        cut = (dateline.start, dateline.body_start)
        ranges = [piece for s, e in ranges for piece in ((s, min(e, cut[0])), (max(s, cut[1]), e))]
    body = tuple(r for r in (_trim(text, s, e) for s, e in ranges) if r[0] < r[1])
    if not body:
        raise IngestError(Errors.E111.format(where=raw.where), source=raw.origin, record=raw.record)

    published = None
    given = raw.meta.get("published")
    if given:
        published = parse_date(given)
        if published is None:
            raise IngestError(
                Errors.E110.format(where=raw.where, field="published", value=given),
                source=raw.origin,
                record=raw.record,
            )
    dateline_span = None
    if dateline is not None and dateline.start < dateline.end:
        dateline_span = Span.of(text, dateline.start, dateline.end)
        if dateline.date is None and dateline.date_text is not None:
            log.warning(Warnings.W101.format(where=raw.where, text=dateline.date_text))
        elif published is None:
            published = dateline.date
    return Article(
        id=article_id(text, body),
        text=text,
        body=body,
        published=published,
        title=raw.meta.get("title") or None,
        url=raw.meta.get("url") or None,
        origin=raw.origin,
        record=raw.record,
        format=raw.format,
        external_id=raw.meta.get("id") or None,
        dateline=dateline_span,
    )
