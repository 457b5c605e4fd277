"""The claim ledger's records: a claim, each appearance of it, and the status trail from replaying them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..model import ClaimStatus, Span

__all__ = ["AppearanceRole", "Claim", "ClaimAppearance", "TrailStep"]


class AppearanceRole(StrEnum):
    """What an appearance does to its claim."""

    ASSERTS = "asserts"  # the claim is made (or repeated by its own party)
    CORROBORATES = "corroborates"  # an independent party confirms or reports observing it
    DISPUTES = "disputes"  # another party has not seen it, doubts it, or is verifying it
    CONTRADICTS = "contradicts"  # reported evidence of the opposite
    PRECEDENT = "precedent"  # links an earlier claim of the same kind (history, no status change)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimAppearance:
    """One statement, event or evidence sentence that bears on a claim.

    ``sentence`` and ``content`` are spans of the article ``article_id``'s text. ``speaker`` and
    ``speaker_code`` are ``None`` for what the writer reports as fact. ``related_claim_id`` is set on
    a ``precedent`` appearance: the earlier claim it links.
    """

    claim_id: str
    article_id: str
    role: AppearanceRole
    date: dt.date | None
    sentence: Span
    content: Span | None = None
    statement_id: str | None = None
    event_id: str | None = None
    speaker: str | None = None
    speaker_code: str | None = None
    party: str | None = None
    evidence: str = ""
    score: float = 0.0
    url: str | None = None
    related_claim_id: str | None = None

    @property
    def text(self) -> str:
        return self.content.text if self.content is not None else self.sentence.text

    def to_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "article_id": self.article_id,
            "role": str(self.role),
            "date": self.date.isoformat() if self.date else None,
            "sentence": self.sentence.to_json(),
            "content": self.content.to_json() if self.content else None,
            "statement_id": self.statement_id,
            "event_id": self.event_id,
            "speaker": self.speaker,
            "speaker_code": self.speaker_code,
            "party": self.party,
            "evidence": self.evidence,
            "score": round(self.score, 4),
            "url": self.url,
            "related_claim_id": self.related_claim_id,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class TrailStep:
    """One step of a replay: the status after an appearance (or after the claim went stale)."""

    date: dt.date | None
    status: ClaimStatus
    role: AppearanceRole | None  # None for the stale transition
    appearance: int | None  # index into the claim's appearances; None for the stale transition
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "status": str(self.status),
            "role": str(self.role) if self.role else None,
            "appearance": self.appearance,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A ledger entry: a proposition, who first asserted it, and every appearance in date order.

    ``party`` is the asserting side (the country of a CAMEO code such as ``RUS`` for ``RUSMIL``, or the
    organisation such as ``NATO``). ``topic`` and ``polarity`` come from ``knowledge/claim_topics.tsv``.
    ``history`` lists earlier claims of the same kind by the same party (precedents). The status is not
    stored: it is derived by :func:`watchfloor.link.replay`.
    """

    id: str
    text: str
    speaker: str | None
    speaker_code: str | None
    party: str | None
    first_date: dt.date | None
    appearances: tuple[ClaimAppearance, ...]
    topic: str | None = None
    polarity: int = 0
    history: tuple[str, ...] = ()

    @property
    def last_date(self) -> dt.date | None:
        dates = [a.date for a in self.appearances if a.date is not None]
        return max(dates) if dates else self.first_date

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_code": self.speaker_code,
            "party": self.party,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "topic": self.topic,
            "polarity": self.polarity,
            "history": list(self.history),
            "appearances": [a.to_json() for a in self.appearances],
        }
