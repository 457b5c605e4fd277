"""Row tuples for the store's articles, origins, statements, events and timexes tables, in column order.

One definition serves the store's inserts and the Parquet tables ``spark-run`` writes, so the
two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json

from ..model import Article, Event, Statement, Timex

__all__ = ["Row", "article_row", "day_of", "event_row", "origin_row", "statement_row", "timex_row"]

Row = tuple[object, ...]


def day_of(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` day of a TIMEX value when it names one full day, else None."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:10][8:].isdigit():
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


def article_row(a: Article) -> Row:
    """id, external_id, published, title, url, format, text, body (JSON ranges), dateline (JSON)."""
    return (
        a.id,
        a.external_id,
        a.published.isoformat() if a.published else None,
        a.title,
        a.url,
        a.format,
        a.text,
        json.dumps([list(r) for r in a.body]),
        json.dumps(a.dateline.to_json()) if a.dateline else None,
    )


def origin_row(a: Article) -> Row:
    """article_id, origin, record (``""`` for a whole file), format."""
    return (a.id, a.origin, a.record or "", a.format)


def timex_row(article_id: str, t: Timex) -> Row:
    """article_id, start, end, text, type, value."""
    return (article_id, t.start, t.end, t.text, str(t.type), t.value)


def statement_row(article_id: str, s: Statement) -> Row:
    return (
        s.id,
        article_id,
        str(s.kind),
        s.speaker.name,
        s.speaker.role,
        s.speaker.organization,
        s.speaker.country,
        s.speaker.code,
        s.content.start,
        s.content.end,
        s.content.text,
        s.sentence.start,
        s.sentence.end,
        s.date,
        json.dumps(s.to_json()),
        s.extractor,
    )


def event_row(article_id: str, e: Event) -> Row:
    return (
        e.id,
        article_id,
        e.statement_id,
        e.actor1.name if e.actor1 else None,
        e.actor1.code if e.actor1 else None,
        e.actor2.name if e.actor2 else None,
        e.actor2.code if e.actor2 else None,
        e.cameo,
        e.root,
        float(e.goldstein),
        int(e.quad_class),
        str(e.status),
        e.claimed_by.name if e.claimed_by else None,
        e.claimed_by.code if e.claimed_by else None,
        e.date,
        day_of(e.date),
        e.trigger.start,
        e.trigger.end,
        e.sentence.start,
        e.sentence.end,
        json.dumps(e.to_json()),
        e.extractor,
    )
