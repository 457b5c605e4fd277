"""A coded event built by hand for the tests of the article-level target rules: a trigger word inside one
sentence of a longer text, with the parties given by their codes."""

from __future__ import annotations

from watchfloor.model import Actor, Event, EvidentialStatus, QuadClass, Span


def event_in(text: str, sentence: str, trigger: str, code: str, one: str | None, two: str | None) -> Event:
    """An observed event coded ``code`` at the first ``trigger`` of ``sentence`` in ``text``, from actor
    ``one`` to actor ``two`` (codes, also used as names)."""
    s_start = text.index(sentence)
    t_start = text.index(trigger, s_start)
    return Event(
        id=f"{code}{trigger}{one}>{two}",
        actor1=Actor(name=one, code=one) if one else None,
        actor2=Actor(name=two, code=two) if two else None,
        cameo=code,
        goldstein=0.0,
        quad_class=QuadClass.VERBAL_COOPERATION,
        status=EvidentialStatus.OBSERVED,
        claimed_by=None,
        date=None,
        trigger=Span.of(text, t_start, t_start + len(trigger)),
        sentence=Span.of(text, s_start, s_start + len(sentence)),
        extractor="test",
    )
