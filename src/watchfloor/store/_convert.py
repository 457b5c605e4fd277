"""Rebuild model objects from the JSON records the store keeps (the public contract)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..model import (
    Actor,
    Article,
    Event,
    EvidentialStatus,
    QuadClass,
    Span,
    Speaker,
    Statement,
    StatementKind,
    Timex,
    TimexType,
)

__all__ = ["article_from_row", "event_from_json", "span_from_json", "statement_from_json"]


def span_from_json(data: dict[str, Any] | None) -> Span | None:
    if data is None:
        return None
    return Span(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


def _span(data: dict[str, Any]) -> Span:
    span = span_from_json(data)
    assert span is not None
    return span


def _actor(data: dict[str, Any] | None) -> Actor | None:
    return None if data is None else Actor(name=data["name"], code=data.get("code"))


def statement_from_json(data: dict[str, Any], extractor: str = "") -> Statement:
    sp = data["speaker"]
    return Statement(
        id=data["id"],
        source=span_from_json(data.get("source")),
        cue=span_from_json(data.get("cue")),
        content=_span(data["content"]),
        kind=StatementKind(data["kind"]),
        speaker=Speaker(
            name=sp["name"],
            role=sp.get("role"),
            organization=sp.get("organization"),
            country=sp.get("country"),
            code=sp.get("code"),
        ),
        sentence=_span(data["sentence"]),
        date=data.get("date"),
        extractor=extractor,
    )


def event_from_json(data: dict[str, Any], extractor: str = "") -> Event:
    return Event(
        id=data["id"],
        actor1=_actor(data.get("actor1")),
        actor2=_actor(data.get("actor2")),
        cameo=data["cameo"],
        goldstein=float(data["goldstein"]),
        quad_class=QuadClass(int(data["quad_class"])),
        status=EvidentialStatus(data["status"]),
        claimed_by=_actor(data.get("claimed_by")),
        date=data.get("date"),
        trigger=_span(data["trigger"]),
        sentence=_span(data["sentence"]),
        statement_id=data.get("statement_id"),
        extractor=extractor,
    )


def timex_from_row(row: Any) -> Timex:
    return Timex(
        start=row["start"],
        end=row["end"],
        text=row["text"],
        type=TimexType(row["type"]),
        value=row["value"],
    )


def article_from_row(row: Any) -> Article:
    body = tuple((int(s), int(e)) for s, e in json.loads(row["body"]))
    published = dt.date.fromisoformat(row["published"]) if row["published"] else None
    dateline = span_from_json(json.loads(row["dateline"])) if row["dateline"] else None
    return Article(
        id=row["id"],
        text=row["text"],
        body=body,
        published=published,
        title=row["title"],
        url=row["url"],
        format=row["format"],
        external_id=row["external_id"],
        dateline=dateline,
    )
