"""Row tuples for the store's statements and events tables, in their column order.

One definition serves the store's inserts and the Parquet tables ``spark-run`` writes, so the
two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json

from ..model import Event, Statement

__all__ = ["Row", "day_of", "event_row", "statement_row"]

Row = tuple[object, ...]


def day_of(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` day of a TIMEX value when it names one full day, else None."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:10][8:].isdigit():
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


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
