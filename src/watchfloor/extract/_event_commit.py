"""Co-agents of one act (issue #5, round 20, G28): when the members of a joint subject act together on a
third party, or on no party at all, they are not each other's targets. Called from
:mod:`watchfloor.extract.events`' expansion of compound actors (one event per party); spaCy tokens only.

CAMEO pairs a joint subject's members with one another only for an act between them: a truce, a deal,
talks (the codebook's 0871, 037, 04x). A commitment to act on someone else ("The US, the EU, Britain and
Canada agreed to cut Russian banks off from SWIFT"), an offer to mediate ("Germany and France offered to
mediate") or a joint statement ("said they would look at further sanctions") is each member's act on that
other party, coded once per member (PETRARCH2's expansion of compound actors), never member on member.

- :func:`complement_acts` — the verbs a commitment word's complement names ("agreed to cut … and to
  restrict").
- :func:`third_party_object` — the first party such a verb acts on that is none of the subject's own.
- :func:`mediating` — whether the act or its complement is a mediation ("offered to mediate").
- :func:`coagent_acts`, :func:`without_coagent_targets` — a referring object of a joint subject's act ("all
  sides", "both sides") names other parties than the subject's own members.
- :func:`accepted_yield`, :func:`yield_code` — an acceptance done by itself of something other than a truce
  or an offer to cooperate ("accepted the verdict", "had accepted all of the terms", "accepted the minister's
  resignation") is a yielding (CAMEO 08), not an intent (03): the 03x code becomes its 08x counterpart.
- :func:`accepted_truce` — a ceasefire accepted is a truce agreed (CAMEO 0871: "agreements to commence a
  cease-fire … are still coded here"), not an intent to de-escalate (0356): "the army denied that it had
  accepted any ceasefire", "agreed to lay down their weapons and accept a ceasefire"
  (``knowledge/event_commit.tsv``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from ..knowledge import read_tsv
from ..model import Event

__all__ = [
    "acceptance_lemmas",
    "accepted_truce",
    "accepted_yield",
    "coagent_acts",
    "complement_acts",
    "mediating",
    "third_party_object",
    "without_coagent_targets",
]

# the dependencies by which a verb is what a commitment word commits to ("agreed to cut", "vowed to restrict")
_COMPLEMENT_DEPS = frozenset({"xcomp"})
# the dependencies of a verb's direct object ("cut Russian banks off", "expel the ambassador")
_OBJECT_DEPS = frozenset({"dobj", "obj"})
# a possessive pronoun makes the object the doers' own ("pull back their troops", "lay down its weapons")
_OWN_DEPS = frozenset({"poss"})


def complement_acts(token: Any) -> list[Any]:
    """The verbs ``token`` takes as its to-complement, with the verbs coordinated to them ("agreed on
    Saturday to cut … and to restrict …": cut, restrict), in text order; [] when it takes none."""
    out: dict[int, Any] = {}
    stack = [c for c in token.children if c.dep_ in _COMPLEMENT_DEPS and c.pos_ in {"VERB", "AUX"}]
    while stack:
        verb = stack.pop()
        if verb.i in out:
            continue
        out[verb.i] = verb
        stack.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return [out[i] for i in sorted(out)]


def _countries(codes: Collection[str]) -> set[str]:
    return {code[:3] for code in codes if code}


def third_party_object(
    token: Any, members: Collection[int], own: Collection[str], party: Callable[[Any], str | None]
) -> Any | None:
    """The first direct object of a complement verb of ``token`` (:func:`complement_acts`) that names a
    party (``party`` gives its code, None for no party) of none of the countries of ``own`` (the joint
    subject's codes) and is no member of the subject (token indices ``members``): the third party the
    subject's members act on together ("… agreed to cut selected Russian banks off": the Russian banks).
    An object a possessive pronoun holds is the doers' own ("agreed to pull back their troops"); None when
    there is no such object."""
    home = _countries(own)
    for verb in complement_acts(token):
        for obj in (c for c in verb.children if c.dep_ in _OBJECT_DEPS):
            if obj.i in members or any(c.dep_ in _OWN_DEPS and c.pos_ == "PRON" for c in obj.children):
                continue
            code = party(obj)
            if code is not None and code[:3] not in home:
                return obj
    return None


def mediating(token: Any, inner: Any | None, mediation: Collection[str]) -> bool:
    """Whether the act of ``token`` is a mediation, by the lemma of the trigger, of the event a frame
    absorbed (``inner``: "offered to mediate between the two sides") or of a complement verb, against the
    lemmas of ``mediation`` (``knowledge/event_actor_mediators.tsv``)."""
    words = [token, *([inner] if inner is not None else []), *complement_acts(token)]
    return any(w.lemma_.lower() in mediation for w in words)


_TABLE = "event_commit.tsv"
_YIELD_ROOT = "08"
_YIELD_CODE = "080"  # CAMEO 080 "Yield": all yieldings, concessions not otherwise specified
_BARE_INTENTS = frozenset({"030", "035"})
# the tags of a verb in a past tense or a perfect's participle: an act done
_DONE_TAGS = frozenset({"VBD", "VBN"})


@functools.cache
def acceptance_lemmas() -> dict[str, frozenset[str]]:
    """Role (``accept``: takes a truce as its object; ``agree``: its complement is done with it) → the
    verb lemmas of that role (``knowledge/event_commit.tsv``)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(_TABLE, ("lemma", "role")):
        out.setdefault(row["role"], set()).add(row["lemma"].lower())
    return {role: frozenset(lemmas) for role, lemmas in out.items()}


def _done(verb: Any) -> bool:
    """Whether a verb reports an act done: a past tense or participle, not negated, with no modal."""
    children = list(verb.children)
    return (
        verb.tag_ in _DONE_TAGS
        and not any(c.dep_ == "neg" for c in children)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    )


def _agreed_with(verb: Any) -> bool:
    """Whether ``verb`` (or the verb it is coordinated to) is the to-complement of an agreement word done
    ("agreed to lay down their weapons and accept a ceasefire")."""
    agree = acceptance_lemmas().get("agree", frozenset())
    node = verb
    for _ in range(4):
        if node.dep_ != "conj":
            break
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in agree and _done(node.head)


def accepted_truce(token: Any, truce: Callable[[Any], bool]) -> Any | None:
    """The direct object of ``token``, an acceptance verb done or agreed to, that names a truce (``truce``
    says whether a word does: a ceasefire, a truce) — the truce the verb's subject agreed to ("had accepted
    any ceasefire", "agreed to … accept a ceasefire proposed by Russia"); None when the verb is no such
    acceptance ("refused to accept a truce", "will accept a truce", "accepted the offer")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in acceptance_lemmas().get("accept", frozenset()):
        return None
    if token.dep_ == "xcomp" and not _agreed_with(token):
        return None
    if not (_done(token) or _agreed_with(token)):
        return None
    return next((c for c in token.children if c.dep_ in _OBJECT_DEPS and truce(c)), None)


def _act_key(event: Event) -> tuple[int, str]:
    return event.trigger.start, event.cameo


def coagent_acts(
    events: Sequence[Event], referring: Collection[int]
) -> dict[tuple[int, str], frozenset[str]]:
    """For the acts of the events at the indices ``referring`` (their target still to be read off what the
    object refers to) that two or more parties do together (events at one trigger and code with different
    sources: "France, Germany and Britain called on all sides"): (trigger start, code) → the co-agents'
    codes."""
    keys = {_act_key(events[i]) for i in referring}
    out: dict[tuple[int, str], set[str]] = {}
    for event in events:
        key = _act_key(event)
        if key in keys and event.actor1 is not None and event.actor1.code:
            out.setdefault(key, set()).add(event.actor1.code)
    return {key: frozenset(codes) for key, codes in out.items() if len(codes) > 1}


def without_coagent_targets(
    events: list[Event], joint: Mapping[tuple[int, str], frozenset[str]]
) -> list[Event]:
    """``events`` with no act of ``joint`` (:func:`coagent_acts`) aimed at one of its own co-agents: such an
    event is aimed at no one instead, and dropped when its source already has that event."""
    out: list[Event] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    for event in events:
        own = joint.get(_act_key(event))
        if own is not None and event.actor2 is not None and event.actor2.code in own:
            event = dataclasses.replace(event, actor2=None)
        if own is not None:
            key = (
                *_act_key(event),
                event.actor1.code if event.actor1 else None,
                event.actor2.code if event.actor2 else None,
            )
            if key in seen:
                continue
            seen.add(key)
        out.append(event)
    return out


def accepted_yield(token: Any) -> bool:
    """Whether ``token`` is an acceptance (``accept`` role of ``knowledge/event_commit.tsv``) done by itself
    (a past tense or participle, not negated, with no modal, no complement of another word) of a direct
    object that is no offer to cooperate (``agreement`` role: "accepted the proposal", "the invitation"): a
    yielding (CAMEO 08: "accepted the verdict", "had accepted all of the terms", "accepted the resignation").
    "Agreed to accept an envoy" commits to a future acceptance and stays an intent."""
    table = acceptance_lemmas()
    if token.pos_ != "VERB" or token.lemma_.lower() not in table.get("accept", frozenset()):
        return False
    if token.dep_ in {"xcomp", "ccomp"} and token.head.pos_ == "VERB" and token.tag_ not in _DONE_TAGS:
        return False
    if not _done(token):
        return False
    offers = table.get("agreement", frozenset())
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    return bool(objects) and not any(o.lemma_.lower() in offers for o in objects)


def yield_code(code: str, intent_map: Mapping[str, str]) -> str | None:
    """The yielding (CAMEO 08x) an intent code (03x) expresses the intent of, by the intent frame's map read
    backwards (``intent_map``: the 08x code → its 03x: 0831 → 0341, 087 → 0356); a bare intent (030) or intent
    to yield (035) is a yielding not otherwise specified (080). None for an intent of no yielding (036: to
    meet)."""
    if code in _BARE_INTENTS:
        return _YIELD_CODE
    back = {intent: done for done, intent in intent_map.items() if done.startswith(_YIELD_ROOT)}
    found = back.get(code)
    if found is None:
        return None
    return found if len(found) > 2 else _YIELD_CODE
