"""The JSON API's published shapes (pydantic): what each ``.json`` route answers.

Every answer is one envelope: ``{"ok": true, "view": …, …}`` or
``{"ok": false, "error": "[WF-E7xx] …", "status": 4xx}``. The records inside (statements,
events, timexes) are the public output contract of ``Extraction.to_json`` and only gain
fields; they are typed loosely here so that contract stays the one source of truth.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AlertOut",
    "ArticleIn",
    "ArticleListOut",
    "ArticleOut",
    "ClaimListOut",
    "ClaimOut",
    "ErrorOut",
    "IngestOut",
    "OverviewOut",
    "SearchOut",
    "SpeakerListOut",
    "SpeakerOut",
    "TimelineOut",
]

Record = dict[str, Any]


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")
    ok: bool = True
    view: str


class ErrorOut(BaseModel):
    """The error envelope."""

    ok: bool = False
    error: str = Field(description="numbered message, e.g. '[WF-E701] not found: /x'")
    status: int


class DayCounts(BaseModel):
    day: str
    articles: int
    statements: int
    events: int


class SpeakerCount(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    role: str | None = None
    country: str | None = None
    statements: int


class DyadCount(BaseModel):
    a: str
    b: str
    events: int


class AlertOut(BaseModel):
    id: str
    dyad: str
    day: str
    score: float
    record: Record


class OverviewOut(_Out):
    counts: dict[str, int]
    series: list[DayCounts]
    speakers: list[SpeakerCount]
    dyads: list[DyadCount]
    alerts: list[AlertOut]


class EventRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    article_id: str
    cameo: str
    status: str
    day: str | None
    link: str
    record: Record


class StatementRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    article_id: str
    speaker_name: str
    content: str
    link: str
    record: Record


class DayIndex(BaseModel):
    day: str
    events: int
    index: float
    claimed_index: float
    mean7: float
    by_status: dict[str, int]


class TimelineOut(_Out):
    a: str | None
    b: str | None
    series: list[DayIndex]
    events: list[EventRow]
    undated: int
    dyads: list[DyadCount]


class ClaimRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    text: str
    status: str
    first_date: str | None
    last_date: str | None
    appearances: int


class ClaimListOut(_Out):
    claims: list[ClaimRow]


class Appearance(BaseModel):
    model_config = ConfigDict(extra="allow")
    seq: int
    article_id: str
    role: str
    speaker: str | None
    date: str | None
    link: str
    record: Record


class TrailStep(BaseModel):
    model_config = ConfigDict(extra="allow")
    date: str | None = None
    status: str
    role: str | None = None
    reason: str | None = None
    link: str | None = None


class ClaimOut(_Out):
    claim: Record
    appearances: list[Appearance]
    trail: list[TrailStep] = Field(description="the ledger's replay: each status change and why")


class SpeakerListOut(_Out):
    speakers: list[SpeakerCount]


class SpeakerOut(_Out):
    name: str
    roles: list[str]
    countries: list[str]
    statements: list[StatementRow]
    events: list[EventRow]


class ArticleRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    published: str | None
    title: str | None
    url: str | None
    statements: int


class ArticleListOut(_Out):
    articles: list[ArticleRow]


class ArticleOut(_Out):
    article: Record
    statements: list[Record]
    events: list[Record]
    timexes: list[Record]


class FacetValue(BaseModel):
    value: str | None
    n: int
    href: str


class SearchOut(_Out):
    query: dict[str, Any]
    articles: list[ArticleRow]
    statements: list[StatementRow]
    statements_total: int
    events: list[EventRow]
    events_total: int
    count_cap: int = Field(description="totals stop counting here")
    facets_sampled: bool = Field(description="facet counts are over a sample of the matches")
    ranked: bool = Field(description="full-text matches in relevance order (else newest first)")
    facets: dict[str, list[FacetValue]]


class ArticleIn(BaseModel):
    """One article to ingest (``POST /api/articles``)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="the article text, exactly as published")
    published: str | None = Field(None, description="publication date, ISO 8601")
    title: str | None = None
    url: str | None = None


class IngestOut(BaseModel):
    ok: bool = True
    article_id: str
    created: bool
    statements: int
    events: int
    timexes: int
    href: str
    # "queued": the claim ledger and alerts are replayed in the background to include the article
    # ("unchanged": nothing new was stored, so nothing to replay)
    ledger: Literal["queued", "unchanged"] = "unchanged"
