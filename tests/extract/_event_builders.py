"""Events for the event-coding tests: one built by hand (a trigger word inside one sentence of a longer
text, with the parties given by their codes), and the events the coder gives a short text."""

from __future__ import annotations

from typing import Any

from watchfloor.extract.events import code_sentence, extract_events
from watchfloor.model import Actor, Article, Event, EvidentialStatus, ParsedArticle, QuadClass, Span


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


def coded_events(nlp: Any, text: str) -> list[Event]:
    """The events :func:`extract_events` codes in ``text`` as a one-article body, with no statements or
    time expressions and the keep/drop filter off (the rule under test, not the filter)."""
    article = Article(id="t", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(article.body_text()))
    return extract_events(parsed, [], [], keep_filter=False)


def events_at(nlp: Any, text: str, trigger: str) -> list[Event]:
    """The events :func:`coded_events` codes at the word ``trigger``; fails, naming what was coded, when
    there is none."""
    events = coded_events(nlp, text)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.cameo) for e in events]
    return found


def sentence_codes(nlp: Any, sentence: str) -> list[tuple[str, str]]:
    """``(code, trigger word)`` for each trigger :func:`code_sentence` codes in the first sentence of
    ``sentence``: the code choice alone, before actors, status and the keep/drop filter."""
    sent = next(iter(nlp(sentence).sents))
    return [(c.code, c.token.text) for c in code_sentence(sent)]
