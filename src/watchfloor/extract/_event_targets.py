"""Event targets named through other words (issue #5, round 16): resolution rules for actor2 that
:func:`watchfloor.extract.events._participants` and ``_target`` call.

- :func:`listed_member`: a plural object whose members a listing phrase names ("expelled diplomats from
  seven Latin American countries, among them Argentina, Chile and Peru") is aimed at those members.
- :func:`paired_party`: a pair of parties named by a collective ("urged both countries to exercise restraint
  as airports in India and Pakistan suspended flights") is the coordination of two parties the sentence
  names elsewhere.
- :func:`in_said_subject`: a threat's target taken from the subject of what it says ("warned that Moscow's
  response would be severe if Kyiv …") yields to the party its condition names.

The words live in ``knowledge/event_target_words.tsv``. spaCy tokens are passed in; whether a token
codes as a party is the caller's (``codable``), so this module needs nothing from ``events``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Final

from ..knowledge import read_tsv

__all__ = [
    "in_said_subject",
    "listed_member",
    "mediation_clauses",
    "paired_party",
    "target_words",
]

_WORDS: Final = "event_target_words.tsv"
# the prepositions whose object is whom an appeal or act is aimed at ("appealed to both sides", "called on")
_AIMED_PREPS: Final = frozenset({"to", "on", "upon"})
# tokens after a listing preposition where its first member's name may stand ("among them the United States")
_LIST_REACH: Final = 6

Codable = Callable[[Any], bool]
Members = Callable[[Any], list[Any]]


@functools.cache
def target_words(kind: str) -> frozenset[str]:
    """The words of one ``kind`` (listing, pair, collective) in ``knowledge/event_target_words.tsv``."""
    return frozenset(r["word"].lower() for r in read_tsv(_WORDS, ("word", "kind")) if r["kind"] == kind)


def listed_member(target: Any, codable: Codable) -> Any | None:
    """The first codable member a listing phrase names for a plural common-noun target ("diplomats from
    seven Latin American countries, among them Argentina, Chile and Peru": Argentina, whose coordination
    gives the other targets), a plural of ``collective`` words; the phrase may hang on the target or stand
    right after it, wherever the parser hung it. None when there is no such phrase or it names no party
    ("killed 20 people, including three children")."""
    if (
        target.pos_ != "NOUN"
        or target.tag_ != "NNS"
        or target.lemma_.lower() not in target_words("collective")
    ):
        return None  # ("killed several people, including a South African contractor": a victim among others)
    listing = target_words("listing")
    preps = [c for c in target.children if c.dep_ == "prep" and c.lower_ in listing]
    doc = target.doc
    after = target.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if after < len(doc):
        word = doc[after]
        if word.lower_ in listing and word.dep_ == "prep":
            preps.append(word)
    for prep in preps:
        # its object, or the name after its pronoun ("among them Poland", which the parser may hang elsewhere)
        members = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ != "PRON"]
        members += [
            w for w in doc[prep.i + 1 : prep.i + _LIST_REACH] if w.pos_ == "PROPN" and w.dep_ != "compound"
        ]
        for member in members:
            if codable(member):
                return member
    return None


def _paired_object(token: Any) -> Any | None:
    """The trigger's object naming two parties by a collective ("urged both countries", "appealed to both
    sides", "called on the two governments"), or None."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    objects += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    pair, collective = target_words("pair"), target_words("collective")
    for obj in objects:
        if obj.pos_ != "NOUN" or obj.tag_ != "NNS" or obj.lemma_.lower() not in collective:
            continue
        if any(c.dep_ in {"det", "nummod", "predet"} and c.lower_ in pair for c in obj.children):
            return obj
    return None


def paired_party(token: Any, source: Any | None, codable: Codable, members: Members) -> Any | None:
    """For a trigger whose object is a pair named by a collective (:func:`_paired_object`), the first member
    of a coordination of two or more codable parties the sentence names outside the source ("urged both
    countries to exercise restraint as airports in northern India and Pakistan suspended flights": India,
    whose coordination gives Pakistan); None when the object is no pair or the sentence names no two
    coordinated parties ("urged both sides" alone: they are in an earlier sentence)."""
    if _paired_object(token) is None:
        return None
    skip = {t.i for t in source.subtree} if source is not None else set()
    skip.add(token.i)
    for word in token.sent:
        if word.i in skip or word.pos_ != "PROPN" or word.dep_ in {"compound", "conj", "appos"}:
            continue
        if not codable(word):
            continue
        others = [m for m in members(word) if m.i != word.i and m.i not in skip and codable(m)]
        if others:
            return word
    return None


def in_said_subject(target: Any, said: Any | None) -> bool:
    """Whether a target is (or owns) the subject of the clause a threat says ("warned that Moscow's response
    would be severe if Kyiv carried out further attacks": Moscow's response), which is what happens, not
    whom the threat is aimed at when a condition names a party."""
    if said is None:
        return False
    subjects = [c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(target.i in {t.i for t in s.subtree} for s in subjects)


def mediation_clauses(token: Any, lemmas: frozenset[str]) -> list[Any]:
    """The mediation verbs (``lemmas``) in participle clauses on an event noun, where the parser hangs the
    noun's between-phrase ("A ceasefire brokered by Egypt between Israel and Hamas took effect": the truce's
    parties are Israel and Hamas, not the mediator)."""
    return [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in lemmas]
