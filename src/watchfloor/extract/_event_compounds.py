"""Further doers of one act (issue #5, round 18, C22): the parties a compound names beside an event's source
that the coordination of the subject does not show. Called from :mod:`watchfloor.extract.events`' expansion
of compound actors (one event per party); works on spaCy tokens only.

- :func:`coagents` — a with-phrase marked "together with", "along with" on the source or on its act names
  co-doers of the act, not its other party ("a truce mediated by Qatar together with Egypt and the United
  States": Qatar, Egypt and the United States each mediate; CAMEO codes one event per actor).
- :func:`with_pair_sources` — an act whose subject is a pair collective ("the two sides agreed", "both
  sides accused the other", "the two leaders signed") is each party's, the parties an earlier event of
  the article names: one event per party, aimed at the other party when it names no target of its own.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection
from typing import Any

from ..knowledge import read_tsv
from ..model import Actor, Event
from ._event_targets import Referral, referred_parties

__all__ = ["coagent_markers", "coagents", "with_pair_sources"]

# the dependencies by which a source is the doer of the verb above it (its subject, a passive's by-agent)
_DOER_DEPS = frozenset({"nsubj", "agent"})


@functools.cache
def coagent_markers() -> frozenset[str]:
    """The words that mark a with-phrase as naming co-doers ("together", "along";
    ``knowledge/event_actor_coagents.tsv``)."""
    return frozenset(r["word"].lower() for r in read_tsv("event_actor_coagents.tsv", ("word",)))


def _doer_verb(source: Any) -> Any | None:
    """The verb ``source`` is the doer of: its head when it is the subject, the verb above the by-phrase
    when it is a passive's agent ("mediated by Qatar"); None otherwise."""
    if source.dep_ == "nsubj" and source.head.pos_ in {"VERB", "AUX"}:
        return source.head
    if source.dep_ == "pobj" and source.head.dep_ == "agent":
        return source.head.head
    return None


def _marked_with(holder: Any) -> list[Any]:
    """The with-phrases on ``holder`` that a co-agent marker introduces: "together with" (the marker before
    "with", however the parser hung it) or "along with" (the parser's prep "along" holding "with")."""
    markers = coagent_markers()
    found: list[Any] = []
    for child in holder.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ == "with" and child.i > 0 and child.doc[child.i - 1].lower_ in markers:
            found.append(child)
        elif child.lower_ in markers:
            found.extend(g for g in child.children if g.dep_ == "prep" and g.lower_ == "with")
    return found


def coagents(source: Any, conjuncts: Callable[[Any], list[Any]]) -> list[Any]:
    """The words naming co-doers of the act ``source`` does, in text order: the members (by
    ``conjuncts``, the coordination of a word) of a co-agent with-phrase on the source or on the verb
    it is the subject or by-agent of ("Qatar, together with Egypt, mediated"; "mediated by Qatar together
    with Egypt and the United States"; "was brokered by Qatar along with Egypt"); [] when there is none."""
    holders = [source]
    verb = _doer_verb(source)
    if verb is not None:
        holders.append(verb)
    out: dict[int, Any] = {}
    for holder in holders:
        for prep in _marked_with(holder):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                out.update((m.i, m) for m in conjuncts(pobj))
    return [out[i] for i in sorted(out)]


def with_pair_sources(
    events: list[Event], paired: Collection[str], pair_id: Callable[[Event, Actor, Actor | None], str]
) -> list[Event]:
    """``events`` with each event whose id is in ``paired`` (its source a pair collective, coded as no
    one) given to the two parties of the latest earlier event of the article with two coded parties
    (:func:`referred_parties`, as a pair collective object is read): the first party on the event itself,
    the second as one more event (``pair_id`` names it). Each is aimed at the event's own target, or at the
    other party when it has none or the target is that party itself ("Both sides accused the other", "The
    two leaders signed a declaration" after "Maduro and Ali met": VEN→GUY and GUY→VEN). An event with no
    such pair in reach is kept as it is."""
    out: list[Event] = []
    for event in events:
        if event.id not in paired:
            out.append(event)
            continue
        parties = referred_parties(event, Referral("pair", ""), out)
        if len(parties) != 2:
            out.append(event)
            continue
        one, two = parties
        own = event.actor2 if event.actor2 is not None and event.actor2.code else None
        # a party is not its own target: "each side blamed the other …, and the RSF said" (a target read
        # off the next clause that is one of the pair) leaves that party aimed at the other
        at_one = own if own is not None and own.code != one.code else two
        at_two = own if own is not None and own.code != two.code else one
        out.append(dataclasses.replace(event, actor1=one, actor2=at_one))
        out.append(dataclasses.replace(event, id=pair_id(event, two, at_two), actor1=two, actor2=at_two))
    return out
