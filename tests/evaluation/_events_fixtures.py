"""A coded event built by hand for the ``evaluate events`` scorers' tests: a trigger word of a one-sentence
text, with the fields a scorer reads."""

from __future__ import annotations

from watchfloor.model import Actor, Event, EvidentialStatus, QuadClass, Span


def event_at(
    text: str,
    code: str,
    trigger: str,
    *,
    status: EvidentialStatus = EvidentialStatus.OBSERVED,
    date: str | None = None,
    actor1: str | None = None,
    actor2: str | None = None,
) -> Event:
    """An event coded ``code`` at the first occurrence of ``trigger`` in ``text`` (its one sentence)."""
    start = text.index(trigger)
    return Event(
        id=f"{code}{trigger}{actor1}>{actor2}",
        actor1=Actor(name="x", code=actor1) if actor1 else None,
        actor2=Actor(name="y", code=actor2) if actor2 else None,
        cameo=code,
        goldstein=0.0,
        quad_class=QuadClass.VERBAL_COOPERATION,
        status=status,
        claimed_by=None,
        date=date,
        trigger=Span.of(text, start, start + len(trigger)),
        sentence=Span.of(text, 0, len(text)),
        extractor="test",
    )
