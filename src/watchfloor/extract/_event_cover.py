"""Pattern rows for sentences the coder used to leave empty (round 18, E25, issue #5).

Travel and visits are CAMEO 042 whatever the verb ("All visits and travels should be coded under this
category", codebook text of 042), but the base table (``event_verb_patterns.tsv``) has rows only for
"visit", "arrive in", "travel to" and "fly to". ``knowledge/event_cover_patterns.tsv`` holds the further
rows, in the same columns; :func:`cover_rows` gives them to the pattern loader of ``_event_patterns``,
which reads them after the base rows (so a base row of the same rank wins). :func:`occupation_code` is a
construction on the parse: armed men entering a place occupy it (192), with ``knowledge/event_cover.json``;
so is :func:`expulsion_code` (round 20, E28): an order to diplomats to leave expels them (161); and
:func:`release_code` (round 20, K28): handing over, handing back, swapping or returning captives releases them
(0841). (E28's statement calling an act unlawful, 111, is :func:`._event_speech.content_act`'s.)"""

from __future__ import annotations

import functools
from typing import Any

from ..knowledge import read_json, read_tsv

__all__ = [
    "COVER_LEXICON",
    "COVER_PATTERNS",
    "cover_rows",
    "expulsion_code",
    "occupation_code",
    "occupying_verbs",
    "release_code",
    "releasing_verbs",
]

COVER_PATTERNS = "event_cover_patterns.tsv"
COVER_LEXICON = "event_cover.json"


@functools.cache
def cover_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``event_cover_patterns.tsv`` (columns as in ``event_verb_patterns.tsv``)."""
    return read_tsv(COVER_PATTERNS, ("code", "pos", "lemma"))


@functools.cache
def _lexicon() -> dict[str, Any]:
    data: dict[str, Any] = read_json(COVER_LEXICON)
    return data


def _words(key: str) -> frozenset[str]:
    return frozenset(_lexicon()[key])


def occupying_verbs() -> frozenset[str]:
    """Lemmas of the verbs :func:`occupation_code` reads ("enter")."""
    return _words("occupying_verbs")


def occupation_code(token: Any) -> str | None:
    """CAMEO 192 (occupy territory) for armed men entering a named place or a town: "rebel fighters entered
    the capital", "government troops entered Mekelle". Not for aircraft entering an air defence zone,
    vessels entering waters or an official entering a territory (other codes, or none): the subject must be
    an armed body and the object a place named as one (a GPE) or a settlement noun."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in occupying_verbs():
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ == "conj":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _words("armed_nouns"):
        return None
    places = _words("place_nouns")
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        if obj.ent_type_ == "GPE" or obj.lemma_.lower() in places:
            return str(_lexicon()["occupation_code"])
    return None


def expulsion_code(token: Any) -> str | None:
    """CAMEO 161 for a verb that orders diplomats to leave: "ordered the French ambassador to leave the
    country", "told diplomats from seven countries to leave". The codebook text of 161 codes the
    "withdrawal, or expulsion of diplomats" as a break of diplomatic relations (and that of 174 says so of
    expelling diplomats), whatever the departure verb would code inside an order (a demand, 1056)."""
    if token.lemma_.lower() not in _words("ordering_verbs"):
        return None
    diplomats = _words("diplomat_nouns")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in diplomats for c in token.children):
        return None
    departures = _words("departure_verbs")
    if any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in departures for c in token.children):
        return str(_lexicon()["expulsion_code"])
    return None


def releasing_verbs() -> frozenset[str]:
    """Lemmas of the verbs :func:`release_code` reads ("hand", "swap", "exchange", "return")."""
    return frozenset(_lexicon()["releasing_verbs"])


def _captive(noun: Any) -> bool:
    """A person held by the other side: a captive noun ("prisoners", "a pilot"), a noun a captive participle
    modifies ("captured soldiers"), or a plural nationality ("55 Russians")."""
    if noun.lemma_.lower() in _words("captive_nouns") or noun.lower_ in _words("captive_nouns"):
        return True
    if any(c.lower_ in _words("captive_marks") for c in noun.children if c.dep_ in {"amod", "acl"}):
        return True
    return noun.ent_type_ == "NORP" and noun.tag_ in {"NNS", "NNPS"}


def release_code(token: Any) -> str | None:
    """CAMEO 0841 (return, release persons: "exchanges of prisoners should all be coded here", codebook
    text) for a verb of giving back whose object is a captive: "handed over 90 prisoners of war", "will hand
    back a captured pilot", "swapped captured soldiers", "handed over 55 Russians". "hand" needs its
    particle (over, back); "handed over power" or "returned the documents" has no captive and is none."""
    if token.pos_ != "VERB":
        return None
    particles = _lexicon()["releasing_verbs"].get(token.lemma_.lower())
    if particles is None:
        return None
    # the particle, or the word right after the verb the parser took for a quantifier ("handed over 90 …")
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if (
        particles
        and following not in particles
        and not any(c.lower_ in particles for c in token.children if c.dep_ in {"prt", "prep", "advmod"})
    ):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    # "dozens of captured fighters": the captives a quantity names
    objects += [
        g for o in objects for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
    ]
    if any(_captive(o) for o in objects):
        return str(_lexicon()["release_code"])
    return None
