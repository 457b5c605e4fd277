"""Which phrase is an event's source (actor1) and where an uncoded source may take its country from (issue #5,
round 16). Called from :mod:`watchfloor.extract.events`' source choice; works on spaCy tokens only.

- :func:`fronted_subject` — a name the parser hung on a fronted time phrase ("On Wednesday Zelenskiy met
  Stoltenberg": *Zelenskiy* is the pobj of "On", compounded with the date) is the subject of the verb
  that has none.
- :func:`untimed` — a phrase's words without the time words glued before its head ("Wednesday Zelenskiy"
  is Zelenskiy).
- :func:`cited_head` (round 17) — the head word of the phrase an "according to" or a speaker names, so that
  an event's claimant is coded in its sentence as any participant is ("…, according to the army chief":
  the chief of the army the sentence names).
- :func:`stance_modifier` (round 17) — a country word after "anti-" or "pro-" on an event noun says whom the
  act is against or for, so it is not the act's source ("anti-French protests" are not France's).
- :func:`received_from` (round 17) — an event noun a receiving verb takes with a from-phrase is done by
  the from-phrase's party ("the withdrawal drew condemnation from the United Nations": the UN condemns).
- :func:`appositive_office` (round 17) — an organisation's office in a person's apposition is whom the person
  acts for ("Uhuru Kenyatta, the East African Community's facilitator": the EAC, not Kenya).
- :func:`pair_collective` (round 17) — "the two sides", "both countries" as a source are two parties, none of
  them the place or body the sentence names ("the two sides would meet again in Brazil" is not Brazil).
- :func:`counterpart` — an entity in the verb's own object or prepositional argument (not a place phrase) is
  the other party of the act, so a subject that names no country takes none from it ("The interim prime
  minister thanked Kenya" is not Kenyan).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Final

from ..knowledge import read_tsv
from ._event_targets import target_words
from .actors import ActorCode, code_actor, role_word, state_sectors

__all__ = [
    "absolute_agent",
    "appositive_office",
    "cited_head",
    "counterpart",
    "distributives",
    "foreign_counterpart",
    "fronted_subject",
    "pair_collective",
    "participles",
    "place_preps",
    "received_from",
    "reporting_speaker",
    "stance_modifier",
    "untimed",
]

TIMES: Final = frozenset({"DATE", "TIME"})
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"})
# the dependencies that stay inside one noun phrase (a phrase's own modifiers and of-phrases)
_PHRASE_DEPS: Final = frozenset(
    {"pobj", "prep", "compound", "amod", "nmod", "poss", "conj", "appos", "cc", "det"}
)
# a past participle on the other party's phrase and its agent ("agreed to a ceasefire brokered by Russia"), a
# gerund in its prepositional phrase ("accused the junta of relying on Russia's Wagner Group")
_PARTICIPLE_DEPS: Final = frozenset({"acl", "agent", "pcomp"})
# the verb's arguments through which an entity is the act's other party
_OBJECT_DEPS: Final = frozenset({"dobj", "dative", "iobj", "oprd", "prep"})
# a country adjective on the other party's role word ("attacked Syrian rebels"): a domestic rival's country
_MODIFIER_DEPS: Final = frozenset({"amod"})


@functools.cache
def place_preps() -> frozenset[str]:
    """Prepositions whose object is where an act happens (``knowledge/event_actor_place_preps.tsv``)."""
    return frozenset(r["prep"] for r in read_tsv("event_actor_place_preps.tsv", ("prep",)))


def absolute_agent(event: Any) -> Any | None:
    """Who fights in a with-clause on the fighting: "fighting raged on in Omdurman, with the army using drones
    against RSF positions" (the army). The event (a noun or gerund with no subject of its own) is the subject
    of a verb whose "with" phrase holds a clause with its own subject; None otherwise."""
    if event.dep_ not in {"nsubj", "nsubjpass"} or event.tag_ not in {"NN", "NNS", "VBG"}:
        return None
    for prep in event.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for clause in prep.children:
            if clause.dep_ == "pcomp" and clause.tag_ == "VBG":
                agent = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if agent is not None and agent.pos_ in {"NOUN", "PROPN"}:
                    return agent
    return None


def cited_head(sent: Any, phrase: str) -> Any | None:
    """The head word of ``phrase`` (a claimant an "according to" names, as the status stage gives it) in the
    sentence ``sent``: its first occurrence's syntactic root; None when the sentence does not hold it."""
    at = sent.text.find(phrase) if phrase else -1
    if at < 0:
        return None
    start = sent.start_char + at
    span = sent.doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return span.root if span is not None else None


@functools.cache
def _stance_prefixes() -> frozenset[str]:
    """Prefixes of a stance ("anti", "pro"; ``knowledge/event_actor_stance_prefixes.tsv``)."""
    return frozenset(r["prefix"] for r in read_tsv("event_actor_stance_prefixes.tsv", ("prefix",)))


def stance_modifier(token: Any) -> bool:
    """Whether ``token`` is part of a stance-prefixed word: "anti-French" as one token or as "anti", "-",
    "French" (the prefix, its hyphen, or a word of the name after them)."""
    prefixes = _stance_prefixes()
    doc = token.doc
    if any(token.lower_.startswith(f"{p}-") for p in prefixes):
        return True
    if token.lower_ in prefixes and token.i + 1 < len(doc) and doc[token.i + 1].text == "-":
        return True
    if token.text == "-" and token.i > 0 and doc[token.i - 1].lower_ in prefixes:
        return True
    i = token.i
    while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].text != "-":
        i -= 1  # back to the first word of the name ("anti-North Korean": from "Korean" to "North")
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in prefixes


@functools.cache
def _receivers() -> frozenset[str]:
    """Lemmas of receiving verbs ("draw", "face", "prompt"; ``knowledge/event_actor_receivers.tsv``)."""
    return frozenset(r["lemma"] for r in read_tsv("event_actor_receivers.tsv", ("lemma",)))


def received_from(noun: Any) -> Any | None:
    """Who does the act an event noun names when a receiving verb takes the noun as its object and a
    from-phrase, on the verb or on the noun, names a party: "Russia's withdrawal drew condemnation from the
    United Nations" (the United Nations), "the plan faced sharp criticism from Ankara" (Ankara); None
    otherwise (no from-phrase, another verb: "the army launched an offensive from the north")."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or noun.head.lemma_.lower() not in _receivers():
        return None
    for holder in (noun, noun.head):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                party = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if party is not None and party.pos_ in {"PROPN", "NOUN", "PRON"} and not _time_word(party):
                    return party
    return None


# the edges from an agentless passive up to the verb of saying whose content it is ("said 700 people had been
# detained": ccomp; "said 26 had been killed and 3,000 detained": conj, then ccomp)
_REPORTED_EDGES: Final = frozenset({"ccomp", "conj"})


def reporting_speaker(verb: Any, saying: frozenset[str]) -> Any | None:
    """The subject of the verb of saying (a lemma of ``saying``) whose reported clause an agentless passive
    ``verb`` is ("The interior ministry said more than 700 people had been detained": the ministry; "the
    spokesman denied that any activists had been arrested": the spokesman), so that an act only authorities
    do has the reporting state's organ as its doer (round 19); None when the passive is not reported so,
    or has an agent of its own."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    node = verb
    for _ in range(3):
        if node.dep_ not in _REPORTED_EDGES or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ != "conj" and node.lemma_.lower() in saying:
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None


def appositive_office(name: Any, phrase: Callable[[Any], str]) -> str | None:
    """The code of an organisation (a code with no country) whose office a person's apposition names ("Jane
    Doe, the African Union's envoy", "X, the UN refugee chief"), read by ``phrase`` (the apposition's noun
    phrase); None when no apposition names one ("X, a former Kenyan president" names a country)."""
    for appos in name.children:
        if appos.dep_ == "appos" and appos.pos_ in {"NOUN", "PROPN"}:
            office = code_actor(phrase(appos))
            if office.code is not None and office.country is None and office.code != "NGO":
                return office.code
    return None


@functools.cache
def distributives() -> frozenset[str]:
    """Determiners that make a singular collective one of two parties in turn ("each";
    ``knowledge/event_actor_distributives.tsv``)."""
    return frozenset(r["word"].lower() for r in read_tsv("event_actor_distributives.tsv", ("word",)))


def pair_collective(token: Any) -> bool:
    """Whether ``token`` heads a pair collective: a plural collective noun with a pair word ("the two sides",
    "both countries", "the two governments"; the words of ``knowledge/event_target_words.tsv``), or a
    singular one with a distributive determiner ("each side blamed the other", round 19: both parties do,
    each in turn; :func:`distributives`)."""
    if token.lemma_.lower() not in target_words("collective"):
        return False
    if token.tag_ == "NNS":
        words = target_words("pair")
    elif token.tag_ == "NN":
        words = distributives()
    else:
        return False
    return any(c.dep_ in {"det", "nummod", "predet"} and c.lower_ in words for c in token.children)


def _time_word(token: Any) -> bool:
    return token.ent_type_ in TIMES


def fronted_subject(verb: Any) -> Any | None:
    """The name a fronted time phrase swallowed, as the subject of a verb that has none: "On Wednesday
    Zelenskiy met Stoltenberg" (Zelenskiy, the pobj of "On" with "Wednesday" as its compound); None when
    the verb has a subject, or the pobj is itself the time ("On Wednesday the talks resumed")."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    for prep in verb.lefts:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if (
                pobj.dep_ == "pobj"
                and pobj.pos_ == "PROPN"
                and not _time_word(pobj)
                and pobj.i < verb.i
                and all(t.pos_ in {"AUX", "ADV", "PART"} for t in pobj.doc[pobj.i + 1 : verb.i])
                and any(c.dep_ == "compound" and _time_word(c) and c.i < pobj.i for c in pobj.children)
            ):
                return pobj
    return None


def participles(noun: Any) -> list[Any]:
    """The participles on an event noun ("a ceasefire brokered by Egypt between Israel and Hamas": brokered),
    where the parser may hang the noun's own prepositional phrases."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def untimed(head: Any, tokens: Sequence[Any]) -> list[Any]:
    """A phrase's tokens without the time words the parser glued before its head ("Wednesday Zelenskiy",
    "Sunday night Biden"); a phrase that is a time keeps them."""
    if _time_word(head):
        return list(tokens)
    cut = {
        t.i for t in tokens if t.i < head.i and _time_word(t) and t.head.i == head.i and t.dep_ == "compound"
    }
    return [t for t in tokens if t.i not in cut]


def _sharing_verbs(verb: Any) -> set[int]:
    """The verb and the verbs under it that share its subject: a participle, infinitive or conjunct with no
    subject of its own ("rallied …, chanting slogans against France")."""
    found = {verb.i}
    stack = [verb]
    while stack:
        node = stack.pop()
        for child in node.children:
            if (
                child.dep_ in {"advcl", "xcomp", "conj"}
                and child.pos_ in {"VERB", "AUX"}
                and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
            ):
                found.add(child.i)
                stack.append(child)
    return found


def counterpart(entity_root: Any, participant: Any) -> bool:
    """Whether an entity is the other party of the act ``participant`` is the subject of: it lies in that
    verb's object or prepositional argument ("thanked Kenya", "chanting slogans against France", "suspended
    rotations with the UN mission", "agreed to a ceasefire brokered by Russia"), not in a place phrase ("in
    Yangon") nor in a clause of its own, and is not a country adjective on a role word ("attacked Syrian
    rebels", "opened investigations against Chilean officials" may be domestic; "waving Russian flags" names
    no party)."""
    if participant.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if entity_root.dep_ in _MODIFIER_DEPS and (
        role_word(entity_root.head.lower_) or role_word(entity_root.head.lemma_.lower())
    ):
        return False  # "the army attacked Syrian rebels", "investigations against Chilean officials"
    verbs = _sharing_verbs(participant.head)
    node = entity_root
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in place_preps():
            return False
        if node.head.i in verbs:
            return node.dep_ in _OBJECT_DEPS
        if node.dep_ not in _PHRASE_DEPS | _OBJECT_DEPS | _PARTICIPLE_DEPS or (
            node.dep_ == "acl" and node.tag_ != "VBN"
        ):
            # a clause of its own ("if Hamas released more hostages"), an infinitive on the object ("voted to
            # insist on a chance to review the Iran deal": what the chance is for names no party to the vote)
            return False
        node = node.head
    return False


def foreign_counterpart(entity_root: Any, participant: Any, sector: str | None, other: ActorCode) -> bool:
    """Whether a state organ that names no country (``sector``) must not take its country from an entity
    coded ``other``: the entity is the other party of its act (:func:`counterpart`) and is itself a state, a
    state's organ or a body of no country ("The interim prime minister thanked Kenya", "the junta suspended
    rotations with the UN mission"). A domestic other party may share the country ("the army attacked Syrian
    rebels", "President Dos Santos conceded to demands from UNITA"), and so may any subject that is no state
    organ ("opposition groups accused Damascus")."""
    if sector is None or sector not in state_sectors():
        return False
    if other.country is not None and other.sector is not None and other.sector not in state_sectors():
        return False
    return counterpart(entity_root, participant)
