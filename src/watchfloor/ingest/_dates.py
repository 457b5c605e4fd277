"""Publication dates: a format's ``published`` field, and a dateline at the top of a text.

``parse_date`` accepts ISO 8601 (date or date-time), RFC 2822 (feeds, e-mail), English
day-month-year / month-day-year forms and day-first dotted dates (``15.02.2022``).
``find_dateline`` recognises a leading dateline: ``(15 Feb 2022)``, ``15 February 2022 —``,
``Feb. 15, 2022:``, ``2022-02-15``, ``(15.02.2022)`` and wire style ``MOSCOW, Feb 15 (Reuters) -`` /
``KYIV, Ukraine (AP) —``. Month names come from
``knowledge/ingest_months.tsv``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from dataclasses import dataclass
from typing import Final

from ..knowledge import read_tsv

__all__ = ["Dateline", "find_dateline", "parse_date"]

_SEPARATOR: Final = r"(?:\s*(?:[-–—|:]{1,2}|\.)\s*|\s*\n\s*|\s+(?=[\"“'‘(]?[A-Z0-9]))"


@functools.cache
def _months() -> dict[str, int]:
    return {
        row["name"].lower(): int(row["month"]) for row in read_tsv("ingest_months.tsv", ("name", "month"))
    }


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Date patterns, each with groups ``d``, ``m`` (name or number) and ``y`` (may be absent)."""
    month = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    mon = rf"(?P<m>(?i:{month}))\.?"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    return (
        re.compile(r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?"),
        re.compile(rf"{day}\s+{mon},?\s+(?P<y>\d{{4}})"),
        re.compile(rf"{mon}\s+{day}(?:,?\s+(?P<y>\d{{4}}))?"),
        # day first with dots (15.02.2022), as Russian, Ukrainian and most European sites write it
        re.compile(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})"),
    )


def _to_date(match: re.Match[str]) -> dt.date | None:
    month = match.group("m")
    month_no = int(month) if month.isdigit() else _months().get(month.lower())
    year = match.group("y")
    if month_no is None or year is None:
        return None
    try:
        return dt.date(int(year), month_no, int(match.group("d")))
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """The calendar date ``value`` names, or ``None`` if it is not a (complete) date."""
    value = value.strip()
    if not value or len(value) > 80:
        return None
    for pattern in _patterns():
        match = pattern.fullmatch(value)
        if match is not None:
            return _to_date(match)
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A leading dateline: ``[start, end)`` is its text, ``body_start`` where the body begins.

    ``date_text`` is the date as written (``None`` for a place-and-agency dateline);
    ``date`` is ``None`` when that is not a valid, complete date (e.g. no year).
    """

    start: int
    end: int
    body_start: int
    date: dt.date | None
    date_text: str | None = None


@functools.cache
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    dates = [p.pattern for p in _patterns()]
    # group names repeat across the alternatives, so each date form gets its own pattern set
    out: list[re.Pattern[str]] = []
    for date in dates:
        out.append(re.compile(rf"\(\s*(?P<date>{date})\s*\)(?P<sep>{_SEPARATOR})?"))
        out.append(re.compile(rf"(?P<date>{date})(?P<sep>{_SEPARATOR})"))
        out.append(
            re.compile(
                r"(?P<place>[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+){0,3})"
                r"(?:,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)?"
                rf"(?:,?\s+\(?\s*(?P<date>{date})\s*\)?)?"  # "KYIV, Feb 15" or "KYIV (15 Feb 2022)"
                r"(?:\s*\((?P<agency>[A-Za-z][\w.&/' -]{0,30})\))?"
                r"(?P<sep>\s*[-–—:]{1,2}\s*)"
            )
        )
    return tuple(out)


def find_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline at ``text[start:]`` (after leading whitespace), or ``None``."""
    pos = start
    while pos < len(text) and text[pos].isspace():
        pos += 1
    best: Dateline | None = None
    for pattern in _dateline_patterns():
        match = pattern.match(text, pos)
        if match is None:
            continue
        groups = match.groupdict()
        if "place" in groups and not (groups.get("date") or groups.get("agency")):
            continue  # a capitalised word and a dash is not enough to call it a dateline
        date = _to_date(match) if groups.get("date") else None
        end = match.end("sep") if groups.get("sep") is not None else match.end()
        span_end = match.start("sep") if groups.get("sep") is not None else match.end()
        # the dateline text keeps a dash that ends it ("MOSCOW ... (Reuters) -"), not spaces
        sep = groups.get("sep") or ""
        if sep.strip() and sep.strip() not in {".", "\n"} and "place" in groups:
            span_end = match.start("sep") + len(sep.rstrip())
        while span_end > pos and text[span_end - 1].isspace():
            span_end -= 1
        candidate = Dateline(
            start=pos, end=span_end, body_start=end, date=date, date_text=groups.get("date") or None
        )
        if best is None or candidate.body_start > best.body_start:
            best = candidate
    return best
