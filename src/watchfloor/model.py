"""The data classes that flow between watchfloor's stages.

Every stage takes and returns these; nothing here imports a stage. All spans are
character offsets into ``Article.text`` exactly as it was given (never into a cleaned
copy), so ``article.text[span.start:span.end] == span.text`` holds for every span.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "ClaimStatus",
    "Event",
    "EvidentialStatus",
    "Extraction",
    "ParsedArticle",
    "QuadClass",
    "RawDocument",
    "Reject",
    "Span",
    "Speaker",
    "Statement",
    "StatementKind",
    "Timex",
    "TimexType",
    "stable_id",
]


def stable_id(*parts: object) -> str:
    """A short deterministic id from its parts (article id, kind, offsets…)."""
    blob = "\x1f".join(str(p) for p in parts).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


class StatementKind(StrEnum):
    """Whether the content is quoted (direct), paraphrased (indirect) or both (mixed)."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class EvidentialStatus(StrEnum):
    """How the text commits to an event having happened."""

    CLAIMED = "claimed"  # asserted by a party in a statement
    OBSERVED = "observed"  # reported as fact by the writer
    DENIED = "denied"  # a party says it did not happen
    NEGATED = "negated"  # the text says it did not happen / was not seen
    HYPOTHETICAL = "hypothetical"  # future, conditional, intended, possible


class QuadClass(IntEnum):
    """GDELT's quad class, from the CAMEO root code (01–05, 06–09, 10–14, 15–20)."""

    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class ClaimStatus(StrEnum):
    """A claim ledger entry's standing, derived by replaying its appearances."""

    ASSERTED = "asserted"
    CORROBORATED = "corroborated"
    DISPUTED = "disputed"
    CONTRADICTED = "contradicted"
    UNVERIFIED = "unverified"


class TimexType(StrEnum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's text, with that text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``; raises ``ValueError`` for an out-of-range or empty range."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside the text (length {len(text)})")
        return cls(start=start, end=end, text=text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """One record as a reader found it, before cleaning.

    ``origin`` names the file or URL, ``record`` the line or item inside it (``None`` for
    a whole-file record). ``meta`` carries what the format gives (``published``, ``url``,
    ``title``, ``id``) as strings.
    """

    origin: str
    record: str | None
    text: str
    format: str
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return self.origin if self.record is None else f"{self.origin} {self.record}"


def _blanked(text: str) -> str:
    """``text`` with every character but a line break replaced by a space (same length)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A cleaned article: the input text unchanged, plus what of it is body text.

    ``body`` lists the ``[start, end)`` ranges of ``text`` that are article body (the
    dateline and trailing boilerplate are outside them). ``id`` is a hash of the
    normalised body text, so the same story from two formats is one article.
    """

    id: str
    text: str
    body: tuple[tuple[int, int], ...]
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""
    record: str | None = None
    format: str = "text"
    external_id: str | None = None
    dateline: Span | None = None

    def body_text(self) -> str:
        """The text with everything outside ``body`` blanked by spaces (newlines kept).

        Same length as ``text``, so offsets into it are offsets into ``text``.
        """
        text = self.text
        # Ranges as slices of ``text`` would read them (clamped, empty when reversed), merged in order;
        # then one join of body pieces and blanked gaps instead of a list of every character.
        ranges = sorted(r for r in (slice(s, e).indices(len(text))[:2] for s, e in self.body) if r[0] < r[1])
        pieces: list[str] = []
        pos = 0
        for start, end in ranges:
            if end <= pos:
                continue
            if start > pos:
                pieces.append(_blanked(text[pos:start]))
            else:
                start = pos
            pieces.append(text[start:end])
            pos = end
        pieces.append(_blanked(text[pos:]))
        return "".join(pieces)

    def in_body(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.body)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedArticle:
    """An article with its spaCy ``Doc`` (parsed from ``Article.body_text()``)."""

    article: Article
    doc: Any  # spacy.tokens.Doc; typed loosely so that nothing past extract/ needs spaCy


@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who made a statement, resolved to a canonical name where the text allows."""

    name: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3 / CAMEO country code
    code: str | None = None  # CAMEO-style actor code, e.g. RUSGOV, NATO

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "organization": self.organization,
            "country": self.country,
            "code": self.code,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """An attributed statement: source – cue – content."""

    id: str
    source: Span | None
    cue: Span | None
    content: Span
    kind: StatementKind
    speaker: Speaker
    sentence: Span
    date: str | None = None  # TIMEX3-style value of when it was said
    extractor: str = ""
    # the pieces of a discontinuous content ("“A,” he said. “B.”"), in order; empty when
    # ``content`` is one piece (``content`` then spans from the first piece to the last)
    fragments: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_json() if self.source else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": self.content.to_json(),
            "kind": str(self.kind),
            "speaker": self.speaker.to_json(),
            "sentence": self.sentence.to_json(),
            "date": self.date,
            "fragments": [f.to_json() for f in self.fragments],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """An event participant: a name and its CAMEO-style code (e.g. ``RUSMIL``)."""

    name: str
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A CAMEO-coded event with its evidential status."""

    id: str
    actor1: Actor | None
    actor2: Actor | None
    cameo: str
    goldstein: float
    quad_class: QuadClass
    status: EvidentialStatus
    claimed_by: Actor | None
    date: str | None
    trigger: Span
    sentence: Span
    statement_id: str | None = None
    extractor: str = ""

    @property
    def root(self) -> str:
        return self.cameo[:2]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actor1": self.actor1.to_json() if self.actor1 else None,
            "actor2": self.actor2.to_json() if self.actor2 else None,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": int(self.quad_class),
            "status": str(self.status),
            "claimed_by": self.claimed_by.to_json() if self.claimed_by else None,
            "date": self.date,
            "trigger": self.trigger.to_json(),
            "sentence": self.sentence.to_json(),
            "statement_id": self.statement_id,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex:
    """A TIMEX3-style temporal expression normalised against the article date."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    anchor: str | None = None  # the reference date used, ISO

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": str(self.type),
            "value": self.value,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The public output contract of ``watchfloor extract`` (fields are only ever added)."""
        a = self.article
        return {
            "id": a.external_id or a.id,
            "article_id": a.id,
            "published": a.published.isoformat() if a.published else None,
            "title": a.title,
            "url": a.url,
            "statements": [s.to_json() for s in self.statements],
            "events": [e.to_json() for e in self.events],
            "timexes": [t.to_json() for t in self.timexes],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Reject:
    """A record that could not be processed, and why. One bad record never stops a batch."""

    code: str
    origin: str
    record: str | None
    message: str
    external_id: str | None = None  # the record's own id (a JSONL "id"), when it could be read

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "origin": self.origin,
            "record": self.record,
            "message": self.message,
            "external_id": self.external_id,
        }
