"""Event targets named through other words (issue #5, round 16): resolution rules for actor2 that
:func:`watchfloor.extract.events._participants` and ``_target`` call.

- :func:`listed_member`: a plural object whose members a listing phrase names ("expelled diplomats from
  seven Latin American countries, among them Argentina, Chile and Peru") is aimed at those members.
- :func:`paired_party`: a pair of parties named by a collective ("urged both countries to exercise restraint
  as airports in India and Pakistan suspended flights") is the coordination of two parties the sentence
  names elsewhere.
- :func:`referral` and :func:`referred_parties`: across sentences, an act's object that refers back to an act
  named before ("condemned the attack": the attacker of the article's earlier attack) or to its two parties
  ("urged both sides to show restraint": the parties of the earlier clash), resolved once the article's
  events are known (as ``events._referred_actor`` resolves an unseen act's source).
- :func:`referral` also reads an object that names a party named before by a plural pronoun after a pair
  collective ("spoke with both generals and urged them": the two parties) or by a description or short name
  in ``knowledge/event_target_referents.tsv`` ("accused the junta", "thanked the Emirates"): the nearest
  earlier party whose code fits (round 16, second pass).
- :func:`in_said_subject`: a threat's target taken from the subject of what it says ("warned that Moscow's
  response would be severe if Kyiv …") yields to the party its condition names.
- :func:`coordinated_verb`: a verb coordinated with another under one subject, or an infinitive of
  purpose, with no party of its own, is aimed at the first verb's party ("halting cooperation with the
  United States and cancelling talks", "summoned China's ambassador to condemn the drills"; round 17).
- :func:`said_act_doer`: a threat whose said clause's subject is an act with a by-phrase ("vowed that the
  attacks on Yemen by the United States and Britain would not go unpunished") is aimed at that doer, not
  the act's own target (round 17 second pass).
- :func:`capital_of`: a national capital ("accused Baku") is never a namesake town in the article's home
  country (``events._namesake``; round 17 second pass).
- :func:`struck_country`: the victims of an act of force named only by a role ("killed at least 490 people")
  are of the country where it struck when the act names a place of another country than its doer's
  ("Israeli air strikes across southern Lebanon killed …": Lebanon's), not the doer's (round 17).
- round 18 (C24): a mediation whose passive subject is a deal named before ("The deal was brokered by
  Qatar and Egypt"), a consultation with a pair ("spoke by phone with both generals"), a pair named by its
  people ("the foreign ministers of both countries") are aimed at the parties named before, taken from two
  events when no one event names both (:func:`referred_parties`); an appeal for calm with no addressee
  ("called for an immediate ceasefire", CAMEO 0256) at the doers of the latest act of force; a target that
  is the source's own party (:func:`same_party`: "met both leaders" coded EU with EU) aims at no one;
  an offer to negotiate or de-escalate with no target (CAMEO 036, 0356: "Imran Khan offered talks") at
  the other party of the nearest conflict event its source's party is in; "the strikes" (coded as a
  protest) with no protest named before refers to the latest act of force ("The Iraqi government
  condemned the strikes"); a reciprocal act whose subject is a pair ("Both sides have accused the other",
  :func:`mutual_subject`) is coded each way between the parties of the nearest two-party event named
  before when that event is reciprocal.
- round 19 (C26): an act of fighting (CAMEO 19) with a doer and no party as its target ("Syrian troops had
  recaptured the whole of the city") is aimed, as an offer is, at the other party of the nearest conflict
  event its doer's party is in (its sentence, else up to three sentences back); so is a threat (CAMEO 13)
  with no party as its target ("warned that he would not hesitate to order further action"), and a
  disapproval (CAMEO 11) whose object names no party and no act named before ("condemned what he called an
  unprovoked attack"); none of the three when the act names a party by name ("fired back at Trump"), nor
  a disapproval a verb of saying carries (kind ``saying``).

The words live in ``knowledge/event_target_words.tsv``. spaCy tokens are passed in; whether a token
codes as a party is the caller's (``codable``), so this module needs nothing from ``events``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, NamedTuple

from ..knowledge import read_tsv
from ..model import Actor, Event, QuadClass
from .actors import state_sectors

__all__ = [
    "Referral",
    "capital_of",
    "coordinated_verb",
    "in_said_clause",
    "in_said_subject",
    "listed_member",
    "locative_objects",
    "mediation_clauses",
    "mutual_subject",
    "other_clauses",
    "paired_party",
    "referent_codes",
    "referral",
    "referred_parties",
    "said_act_doer",
    "same_party",
    "struck_country",
    "target_words",
    "with_referred_targets",
]

_WORDS: Final = "event_target_words.tsv"
_REFERENTS: Final = "event_target_referents.tsv"
_CAPITALS: Final = "event_target_capitals.tsv"
# the prepositions whose object is whom an appeal or act is aimed at ("appealed to both sides", "called on")
_AIMED_PREPS: Final = frozenset({"to", "on", "upon"})
# tokens after a listing preposition where its first member's name may stand ("among them the United States")
_LIST_REACH: Final = 6

Codable = Callable[[Any], bool]
Members = Callable[[Any], list[Any]]
Country = Callable[[Any], str | None]


@functools.cache
def target_words(kind: str) -> frozenset[str]:
    """The words of one ``kind`` (listing, pair, collective) in ``knowledge/event_target_words.tsv``."""
    return frozenset(r["word"].lower() for r in read_tsv(_WORDS, ("word", "kind")) if r["kind"] == kind)


@functools.cache
def _referent_table() -> dict[str, tuple[str, ...]]:
    return {r["word"].lower(): tuple(r["codes"].split()) for r in read_tsv(_REFERENTS, ("word", "codes"))}


def referent_codes(word: str) -> tuple[str, ...]:
    """The codes a description or short name (``knowledge/event_target_referents.tsv``, by lemma) may stand
    for: a party's code prefix ("ARE", "NATO") or a sector ("MIL", "GOV"); () for any other word."""
    return _referent_table().get(word.lower(), ())


@functools.cache
def _capital_table() -> dict[str, str]:
    return {r["city"].lower(): r["country"] for r in read_tsv(_CAPITALS, ("city", "country"))}


def capital_of(name: str) -> str | None:
    """The country (alpha-3) whose capital a place name is (``knowledge/event_target_capitals.tsv``:
    "Baku" → AZE), None for any other name."""
    return _capital_table().get(name.strip().lower())


def _fits(code: str | None, wanted: Sequence[str]) -> bool:
    """Whether a party's code is one a referent's ``wanted`` codes allow: a prefix of it, or its sector."""
    if not code:
        return False
    return any(code.startswith(w) or code[3:6] == w for w in wanted)


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
    pair, collective = target_words("pair"), target_words("collective")
    for obj in _aimed_objects(token):
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


def said_act_doer(token: Any, codable: Codable) -> Any | None:
    """For a threat, the doer a by-phrase names on the act that is the subject of the clause it says ("vowed
    that the attacks on Yemen by the United States and Britain would not go unpunished": the United
    States), whom the threat answers, not the act's own target (Yemen); None when the subject is no noun or
    names no coded doer by a by-phrase. The said clauses are those under the trigger (``token``) in its
    sentence, as :func:`_said_subjects` reads them (the parser may hang the vow on a first said clause)."""
    for subject in _said_clause_subjects(token):
        if subject.pos_ != "NOUN":
            continue
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ != "by":
                continue
            doer = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if doer is not None and codable(doer):
                return doer
    return None


# CAMEO roots of acts of force, whose victims named by a role are of the country where they struck
_STRUCK_ROOTS: Final = frozenset({"18", "19", "20"})


def struck_country(
    token: Any, source: Any | None, code: str, own: str | None, country_of: Country
) -> str | None:
    """For an act of force (trigger ``token``, CAMEO ``code``) by a doer of country ``own``, the one country
    other than ``own`` of the places its locative phrases name (``place`` words of
    ``knowledge/event_target_words.tsv``), on the trigger, its object or its doer's noun ("Israeli air
    strikes across southern Lebanon killed at least 490 people": LBN, whose people they were); None when
    the act is no act of force, names no such place or two countries ("… in Iraq and Syria", whose
    targets their own words code)."""
    if own is None or code[:2] not in _STRUCK_ROOTS:
        return None
    holders = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    if source is not None:
        holders.append(source)
    found: set[str] = set()
    for pobj in locative_objects(holders):
        for member in [pobj, *(c for c in pobj.subtree if c.dep_ == "conj" and c.head.i == pobj.i)]:
            country = country_of(member)
            if country is not None and country != own:
                found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def locative_objects(words: Sequence[Any]) -> Iterator[Any]:
    """The objects of the place phrases ("in", "near", "across" …: ``place`` words of
    ``knowledge/event_target_words.tsv``) that hang on ``words``, in order ("strikes across southern
    Lebanon": Lebanon)."""
    places = target_words("place")
    for word in words:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ in places:
                yield from (pobj for pobj in prep.children if pobj.dep_ == "pobj")


def coordinated_verb(token: Any, is_party: Codable) -> Any | None:
    """The first verb of a coordination that shares its subject with ``token`` ("China said it was halting
    cooperation with the United States and cancelling talks between military commanders": halting), or the
    verb an infinitive of purpose is for ("summoned China's ambassador to condemn the drills": summoned,
    not an open complement, whose subject is the object: "urged Sudan to halt"), whose party a verb with
    none of its own (``is_party`` says whether a word names one) is aimed at too;
    None when the token is no such conjunct: it has a subject of its own ("…, and Ankara has offered"),
    an object naming a party or role, or an aimed-at phrase ("… and called on tribesmen to …")."""
    purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if (token.dep_ != "conj" and not purpose) or token.pos_ != "VERB" or token.head.pos_ != "VERB":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in token.children):
        return None
    # (an appeal's addressee is one whatever it names: "called on tribesmen", "appealed to residents")
    addressed = any(c.dep_ == "prep" and c.lower_ in _AIMED_PREPS and c.children for c in token.children)
    if addressed or any(is_party(o) for o in _aimed_objects(token)):
        return None
    return token.head


def in_said_clause(word: Any, verb: Any) -> bool:
    """Whether ``word`` is inside a clause ``verb`` says or thinks ("they maintain that members support
    Clinton": Clinton), which is that clause's party, not the verb's own."""
    return any(c.dep_ == "ccomp" and word.i in {t.i for t in c.subtree} for c in verb.children)


def other_clauses(token: Any, code: str) -> set[int]:
    """For a reaction in words (a CAMEO root of kind ``reaction``), the words of the clauses coordinated with
    its own clause that have a subject of their own ("… condemned the decision, and Turkey and Saudi Arabia
    also called on the Taliban"; "… called the launch barbaric, and the United States said …"): another
    doer's clause, whose parties are not whom the reaction is aimed at. A material act is left alone: the
    next clause's subject is often its victim ("struck more than 500 targets …, and Gaza's health ministry
    said …")."""
    out: set[int] = set()
    if code[:2] not in target_words("reaction"):
        return out
    for child in token.children:
        if (
            child.dep_ in {"conj", "parataxis"}
            and child.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in child.children)
        ):
            out |= {t.i for t in child.subtree}
    return out


def mediation_clauses(token: Any, lemmas: frozenset[str]) -> list[Any]:
    """The mediation verbs (``lemmas``) in participle clauses on an event noun, where the parser hangs the
    noun's between-phrase ("A ceasefire brokered by Egypt between Israel and Hamas took effect": the truce's
    parties are Israel and Hamas, not the mediator)."""
    return [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in lemmas]


# CAMEO roots of the acts a definite event noun refers back to as a party's doing ("condemned the attack",
# "denounced the strikes", "rejected the sanctions"): protest, force posture, reduce relations, coerce,
# assault, fight, mass violence
_REFERRED_ROOTS: Final = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# sentences back (besides its own) where a referring object looks for what it refers to
_REFERRAL_REACH: Final = 3
# the CAMEO code of a mediation, whose parties a deal named before may give
_MEDIATION: Final = "045"
# the CAMEO root of consultations, held with whom their with-phrase names
_CONSULT_ROOT: Final = "04"
# the CAMEO root of appeals, one for calm aimed at the parties of the fighting named before (CAMEO 0256)
_APPEAL_ROOT: Final = "02"
# the CAMEO code of a denial ("Rwanda has denied arming the group"), which answers its accuser
_DENIAL: Final = "016"
# CAMEO accusations (112x): a denier's own counter-accusation names whom its denial answers
_ACCUSATION: Final = "112"
# the CAMEO root of threats, whose condition names whom they are aimed at; with none and no party as
# target, the doer's adversary named nearby (round 19)
_THREAT_ROOT: Final = "13"
# the CAMEO intents aimed, with no addressee, at the source's counterpart in a conflict: to meet or
# negotiate (036), to de-escalate (0356); not a promise at home ("promised to build a wall", "to hold
# elections": 030, 0344)
_COUNTER_CODES: Final = ("036", "0356")
# the CAMEO root of fighting, which with no party as its target is aimed at the doer's adversary named
# nearby ("Syrian troops had recaptured the whole of the city": the rebels of the fighting before; round 19)
_FIGHT_ROOT: Final = "19"
# the CAMEO root of disapproval, which with no party or act named as its target is aimed at the doer's
# adversary named nearby ("criticised what it called reckless provocations"; round 19)
_DISAPPROVE_ROOT: Final = "11"
# the roots aimed, with no party named, at the doer's adversary named nearby (round 19)
_ADVERSARY_ROOTS: Final = (_FIGHT_ROOT, _THREAT_ROOT, _DISAPPROVE_ROOT)
# the quad classes of conflict, whose other party is an offer's counterpart
_CONFLICT: Final = frozenset({QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT})
# the CAMEO root of protests, whose word "strike" also names an act of force
_PROTEST_ROOT: Final = "14"
# the roots one word of force refers to ("the attack" after "fired missiles at", "shelled", "bombed")
_FORCE_ROOTS: Final = frozenset({"18", "19", "20"})
# an event noun's own words naming its doer or its parties, which the sentence's rules read already
# ("Russia's attack", "the attack by Iran", "the Israeli strikes")
_OWNER_PREPS: Final = frozenset({"by", "from", "of", "between", "on", "against"})
_PARTY_ENTS: Final = frozenset({"GPE", "NORP", "ORG", "PERSON"})


class Referral(NamedTuple):
    """How an event's object refers back: ``kind`` "act" (an act named before, of CAMEO ``root``: its doer is
    the target), "pair" (the two parties of an act named before), "described", "answer", "fight" (the doers
    of the latest act of force), "counter" (an intent's counterpart; a fight's, threat's or disapproval's
    adversary) or "mutual" (a pair subject's parties, each acting on the other)."""

    kind: str
    root: str


def _aimed_objects(token: Any) -> list[Any]:
    """The trigger's objects an act is aimed at: direct and dative objects, and the objects of its
    aiming prepositions ("appealed to both sides", "called on the two governments")."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
    objects += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return objects


def referral(
    token: Any, code: str, noun_code: Callable[[Any], str | None], *, aimed: bool = False
) -> Referral | None:
    """How the object of an event (trigger ``token``, CAMEO ``code``) refers back to what an earlier sentence
    names: a pair collective ("urged both sides", "appealed to all parties") or a plural pronoun after one
    in the sentence ("spoke with both generals and urged them"), a description or short name of a party
    ("accused the junta", "thanked the Emirates": kind "described", root its codes joined by spaces), or a
    definite event noun of a party's hostile act (``noun_code`` gives its CAMEO code) with no doer of its
    own ("condemned the attack", not "condemned Russia's attack" or "the attack by Iran", which the
    sentence's rules read), when the event is not that act itself ("launched the attack"); for a threat, such
    a noun as the subject of what it says ("vowed that the attacks would not go unpunished"). An event
    already ``aimed`` at a party is read for a description (which codes nothing itself) and for a definite
    act noun as its object or said subject (the party the fallback named elsewhere in the sentence is not
    whose act it condemns: "condemned the attack and urged Israel to show restraint"). None otherwise."""
    described = _described(token, code)
    if described is not None:
        return described
    if code.startswith(_DENIAL):
        return Referral("answer", "")
    if aimed:
        # the act a condemnation or threat is about outranks a party the fallback named elsewhere in the
        # sentence ("France, Germany and Britain condemned the attack and urged Israel …": the attacker)
        return _referred_act(token, code, noun_code, [*_aimed_objects(token), *_said_subjects(token, code)])
    if code.startswith(_MEDIATION) and _mediates_referred(token):
        return Referral("pair", "")
    # a consultation's with-phrase names whom it is held with ("spoke by phone with both generals")
    held_with = _prep_objects(token, {"with"}) if code.startswith(_CONSULT_ROOT) else []
    for obj in [*_aimed_objects(token), *held_with]:
        if obj.lower_ in target_words("pronoun") and _pair_before(obj):
            return Referral("pair", "")
        # a pair collective, or a plural noun of its people ("the foreign ministers of both countries")
        if any(_is_pair(o) for o in [obj, *_prep_objects(obj, {"of"})]):
            return Referral("pair", "")
    act = _referred_act(token, code, noun_code, [*_aimed_objects(token), *_said_subjects(token, code)])
    if act is None and code.startswith(_APPEAL_ROOT) and _calls_for_calm(token):
        return Referral("fight", "")
    if act is None and code.startswith(_COUNTER_CODES):
        return Referral("counter", "")
    if (
        act is None
        and code.startswith(_ADVERSARY_ROOTS)
        and not (code.startswith(_DISAPPROVE_ROOT) and token.lemma_.lower() in target_words("saying"))
        and not _names_a_party(token)
    ):
        return Referral("counter", "")
    return act


def _names_a_party(token: Any) -> bool:
    """Whether an act (trigger ``token``) names whom it is aimed at by a name, even one that codes as its
    doer's own party or not at all ("fired back at Trump", "condemned Calderón"): then no adversary named
    elsewhere is its target."""
    objects = [*_aimed_objects(token), *_prep_objects(token, {"at", "against", "with"})]
    return any(o.ent_type_ in _PARTY_ENTS for o in objects)


def _prep_objects(token: Any, preps: set[str]) -> list[Any]:
    """The objects of ``token``'s prepositions among ``preps``."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _is_pair(word: Any) -> bool:
    """Whether a word is a pair collective: a plural ``collective`` noun with a ``pair`` word ("both sides",
    "the two governments", "all parties")."""
    return (
        word.pos_ == "NOUN"
        and word.tag_ == "NNS"
        and word.lemma_.lower() in target_words("collective")
        and any(
            c.dep_ in {"det", "nummod", "predet"} and c.lower_ in target_words("pair") for c in word.children
        )
    )


def _calls_for_calm(token: Any) -> bool:
    """Whether an appeal (trigger ``token``) asks for an end of fighting with no addressee: its object or
    for-phrase is a ``calm`` word of ``knowledge/event_target_words.tsv`` ("called for an immediate
    ceasefire", "called for a cessation of hostilities", "urged restraint"; CAMEO 0256: the target is who
    is to stop fighting, the parties of the fighting named before)."""
    calm = target_words("calm")
    objects = [c for c in token.children if c.dep_ == "dobj"] + _prep_objects(token, {"for"})
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in calm for o in objects)


def _referred_act(
    token: Any, code: str, noun_code: Callable[[Any], str | None], objects: Sequence[Any]
) -> Referral | None:
    """An "act" referral for the first of ``objects`` that is a definite noun of a party's hostile act with no
    doer of its own ("condemned the attack", not "Russia's attack" or "the attack by Iran"), when the event
    (trigger ``token``, CAMEO ``code``) is not that act itself ("launched the attack"); None otherwise."""
    definite = target_words("definite")
    for obj in objects:
        if obj.pos_ != "NOUN" or obj.i == token.i:
            continue
        dets = {c.lower_ for c in obj.children if c.dep_ in {"det", "nummod", "predet"}}
        if not dets & definite or any(_names_party(c) for c in obj.children):
            continue
        act = noun_code(obj)
        if act is not None and act[:2] in _REFERRED_ROOTS and not _same_act(act[:2], code[:2]):
            return Referral("act", act[:2])
    return None


def _said_subjects(token: Any, code: str) -> list[Any]:
    """For a threat (CAMEO root 13), the subjects of the clauses it says, on the trigger or on a verb
    coordinated with it ("said five fighters had been killed and vowed that the attacks would not go
    unpunished": the attacks), which name what the threat answers; [] for any other event."""
    return _said_clause_subjects(token) if code.startswith(_THREAT_ROOT) else []


def _said_clause_subjects(token: Any) -> list[Any]:
    """The subjects of the complement clauses under ``token`` in its sentence (the parser may hang a vow on
    the first said clause: "said [five fighters had been killed and vowed …]")."""
    return [
        s
        for clause in token.subtree
        if clause.dep_ == "ccomp" and clause.sent.start == token.sent.start
        for s in clause.children
        if s.dep_ in {"nsubj", "nsubjpass"}
    ]


def _mediates_referred(token: Any) -> bool:
    """Whether a mediation (trigger ``token``) mediates a deal an earlier sentence names with its parties:
    the noun it is a participle on or its object, definite with no party of its own ("The deal, mediated by
    the African Union, followed …"; "Under the deal, brokered by the United States and France, …"), or with
    a between-phrase naming a pair collective ("brokered a ceasefire between the two sides")."""
    pair, collective, definite = target_words("pair"), target_words("collective"), target_words("definite")
    nouns = [token.head] if token.dep_ == "acl" else []
    # its object, or the passive's subject ("The deal was brokered by Qatar and Egypt")
    nouns += [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if (
        token.dep_ != "acl"
        and token.tag_ == "VBN"
        and not any(c.dep_.startswith("nsubj") for c in token.children)
    ):
        # a participle clause the parser hung on the main verb: the noun right before it ("Under the deal,
        # brokered by the United States and France, Israeli troops …")
        before = token.i - 1
        while before > token.sent.start and token.doc[before].is_punct:
            before -= 1
        nouns.append(token.doc[before])
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        between = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children]
        if any(
            g.tag_ == "NNS"
            and g.lemma_.lower() in collective
            and any(d.dep_ in {"det", "nummod", "predet"} and d.lower_ in pair for d in g.children)
            for g in between
        ):
            return True
        dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
        if between or not dets & definite:
            continue
        if not any(_names_party(c) for c in noun.children if c.i != token.i):
            return True
    return False


def _pair_before(pronoun: Any) -> bool:
    """Whether a pair collective ("both generals", "the two sides") stands before a plural pronoun in its
    sentence, which it then names ("spoke with both generals and urged them")."""
    pair, collective = target_words("pair"), target_words("collective")
    return any(
        w.tag_ == "NNS"
        and w.lemma_.lower() in collective
        and any(c.dep_ in {"det", "nummod", "predet"} and c.lower_ in pair for c in w.children)
        for w in pronoun.doc[pronoun.sent.start : pronoun.i]
    )


def _conditioned(token: Any) -> list[Any]:
    """The subjects of a threat's conditions, on the trigger or on the clause it says ("warned it would
    respond strongly if the North took further steps": the North), whom a threat is aimed at."""
    marks = target_words("condition")
    clauses = [token, *(c for c in token.children if c.dep_ in {"ccomp", "xcomp"})]
    return [
        s
        for clause in clauses
        for c in clause.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _described(token: Any, code: str) -> Referral | None:
    """A "described" referral for an object (or a threat's condition's subject, :func:`_conditioned`) that is
    a definite description or short name of a party in ``event_target_referents.tsv`` with no word naming
    whose it is ("accused the junta", not "Mali's junta" or "the Malian junta")."""
    conditioned = _conditioned(token) if code.startswith(_THREAT_ROOT) else []
    for obj in [*_aimed_objects(token), *conditioned]:
        wanted = referent_codes(obj.lemma_) or referent_codes(obj.lower_)
        if not wanted or obj.pos_ not in {"NOUN", "PROPN"}:
            continue
        dets = {c.lower_ for c in obj.children if c.dep_ == "det"}
        if "the" not in dets or any(_owns(c) for c in obj.children):
            continue
        return Referral("described", " ".join(wanted))
    return None


def _owns(word: Any) -> bool:
    """Whether a word on a description says whose it is: an owner, a modifier ("the Malian junta"), a
    party's name, an of-phrase naming one ("the army of Chad", not "accused the junta of lying")."""
    if word.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} for c in word.children)
    return word.dep_ in {"poss", "amod"} or _names_party(word)


def _names_party(word: Any) -> bool:
    """Whether a word on an event noun names its doer or a party to it (an owner, a party's name as its
    modifier, a by/of/on… phrase), not a description ("the hideous attack")."""
    if word.dep_ == "poss":
        return True
    if word.dep_ == "prep" and word.lower_ in _OWNER_PREPS:
        # (not a time: "condemned the attack on Sunday")
        return any(c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"} for c in word.children)
    return word.dep_ in {"amod", "compound", "nmod"} and word.ent_type_ in _PARTY_ENTS


def _same_act(root: str, other: str) -> bool:
    """Whether an act of CAMEO root ``other`` is one a noun of root ``root`` refers to (any act of force for
    a word of force)."""
    return root == other or (root in _FORCE_ROOTS and other in _FORCE_ROOTS)


def _country(actor: Actor | None) -> str | None:
    return actor.code[:3] if actor is not None and actor.code else None


def referred_parties(event: Event, ref: Referral, events: Sequence[Event]) -> list[Actor]:
    """The parties a referring object (:func:`referral`) names, from the nearest earlier event of the article
    (earlier in the sentence, or up to three sentences back) that is not the event's source's own: for an
    act, the doer of the latest act of that CAMEO root ("France condemned the attack" after "Iran launched
    300 drones at Israel": Iran); for a pair, both parties of the latest event with two coded parties ("the
    EU urged both sides to show restraint" after "Serbia accused Kosovo …": Serbia and Kosovo). [] when none
    is in reach."""
    own = _country(event.actor1)
    starts = sorted({e.sentence.start for e in events if e.sentence.start < event.sentence.start})
    near = set(starts[-_REFERRAL_REACH:]) | {event.sentence.start}
    earlier = [
        e
        for e in events
        if e.sentence.start in near
        and (e.sentence.start < event.sentence.start or e.trigger.start < event.trigger.start)
        and _country(e.actor1) is not None
        and _country(e.actor1) != own
    ]
    earlier.sort(key=lambda e: (e.sentence.start, e.trigger.start))
    if ref.kind == "described":
        return _described_party(event, ref.root.split(), events, near)
    if ref.kind == "answer":
        return _accuser(event, events, near)
    if ref.kind == "counter":
        return _counterpart(event, events, near)
    for found in reversed(earlier):
        if ref.kind == "act" and _same_act(ref.root, found.cameo[:2]) and found.actor1 is not None:
            return _doers(found, earlier, own)
        if ref.kind in {"pair", "both"} and found.actor1 is not None and found.actor2 is not None:
            other = _country(found.actor2)
            if other is not None and other != own and not same_party(found.actor1, found.actor2):
                # a pair subject's parties are those of the nearest two-party event only when it is
                # reciprocal ("… said Israel's adviser of the Americans. The two sides have talked": not
                # the US and Iran of the talks before)
                if ref.kind == "both" and not _mirrored(found, earlier):
                    return []
                return [found.actor1, found.actor2]
        if ref.kind == "fight" and found.cameo[:2] in _FORCE_ROOTS and found.actor1 is not None:
            return _doers(found, earlier, own)
    if ref.kind == "act" and ref.root == _PROTEST_ROOT:
        # "the strikes" codes as a protest; with no protest named before, the strikes are of force
        # ("US bombers struck 85 targets … The Iraqi government condemned the strikes")
        return referred_parties(event, Referral("act", next(iter(sorted(_FORCE_ROOTS)))), events)
    return _two_parties(earlier, own) if ref.kind == "pair" else []


def _counterpart(event: Event, events: Sequence[Event], near: set[int]) -> list[Actor]:
    """For an offer or pledge with no target ("Prime Minister Imran Khan offered talks"), the other party of
    the nearest conflict event (verbal or material) of its sentence (before or after), else of up to three
    sentences back, that has the source's party on one side and a distinct party on the other ("Pakistan
    said it shot down two Indian jets": India; CAMEO 03: an intent is aimed at whom it is offered to, in a
    conflict the adversary). [] when there is none."""
    source = event.actor1
    if source is None or not source.code or event.actor2 is not None:
        return []  # (a target of its own, even the source's own party: "would allow Afghans to leave")
    found: list[tuple[tuple[int, int], Actor]] = []
    for e in events:
        if e is event or e.sentence.start not in near or e.sentence.start > event.sentence.start:
            continue
        if e.quad_class not in _CONFLICT:
            continue  # (a partner of cooperation is no counterpart: "signed agreements with Turkey")
        for mine, other in ((e.actor1, e.actor2), (e.actor2, e.actor1)):
            if (
                same_party(mine, source)
                and other is not None
                and other.code
                and not same_party(other, source)
            ):
                # the same sentence first, then the nearest sentence back; within one, the nearest trigger
                found.append(
                    (
                        (event.sentence.start - e.sentence.start, abs(e.trigger.start - event.trigger.start)),
                        other,
                    )
                )
    return [min(found, key=lambda f: f[0])[1]] if found else []


def _mirrored(found: Event, events: Sequence[Event]) -> bool:
    """Whether an event is one of a reciprocal pair: coded at its trigger both ways ("India and Pakistan
    agreed to observe the ceasefire": India with Pakistan and Pakistan with India)."""
    one, two = found.actor1, found.actor2
    if one is None or two is None:
        return False
    return any(
        e.trigger.start == found.trigger.start
        and e.actor1 is not None
        and e.actor2 is not None
        and e.actor1.code == two.code
        and e.actor2.code == one.code
        for e in events
    )


def _two_parties(earlier: Sequence[Event], own: str | None) -> list[Actor]:
    """With no earlier event naming both parties of a pair, the two nearest distinct parties of the
    earlier events, latest first, none of the ``own`` country ("Indian jets struck a camp in Balakot.
    Pakistan denied that any militants had been killed … urged them": Pakistan and India); [] when the
    events name fewer than two."""
    found: list[Actor] = []
    for event in reversed(earlier):
        for party in (event.actor1, event.actor2):
            if party is None or not party.code or _country(party) == own:
                continue
            if all(not same_party(party, f) for f in found):
                found.append(party)
            if len(found) == 2:
                return found
    return []


def same_party(one: Actor | None, two: Actor | None) -> bool:
    """Whether two coded actors are one party: one's code a prefix of the other's ("PAK" and "PAKUAF",
    "LBYMIL" twice) or two organs of one state (``state_sectors``: "PAKGOV" and "PAKMIL"), not a state and
    a party of its own country outside it ("SDNMIL" and "SDNREB", the two sides of a civil war)."""
    a = one.code if one is not None else None
    b = two.code if two is not None else None
    if not a or not b:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    organs = state_sectors()
    return a[:3] == b[:3] and a[3:6] in organs and b[3:6] in organs


def _doers(found: Event, events: Sequence[Event], own: str | None) -> list[Actor]:
    """The doers of an act: ``found``'s, and those of the events coded at its trigger for the other members
    of a compound doer ("US and British warplanes struck …": USA and GBR), none of the ``own`` country."""
    doers: list[Actor] = []
    for e in events:
        if e.trigger.start != found.trigger.start or e.cameo[:2] != found.cameo[:2]:
            continue
        if e.actor1 is not None and _country(e.actor1) != own and all(d.code != e.actor1.code for d in doers):
            doers.append(e.actor1)
    return doers


def _accuser(event: Event, events: Sequence[Event], near: set[int]) -> list[Actor]:
    """For a denial, whose target the sentence's rules take from what it denies ("Pakistan denied that any
    militants had been killed"; "denied that foreign mercenaries are in the country"), the doer of the
    nearest event aimed at the denier's country by another country, whom it answers: in its sentence
    (before or after: "… has denied that …, though Ghana's president accused him") or up to three sentences
    back ("Kinshasa expelled Rwanda's ambassador over Kigali's backing for the rebels. Rwanda has denied
    arming the group": Congo). [] when there is none (the denial keeps its target)."""
    own = _country(event.actor1)
    if own is None:
        return []
    found = [
        e
        for e in events
        if e.sentence.start in near
        and e.sentence.start <= event.sentence.start
        and e is not event
        and _country(e.actor2) == own
        and _country(e.actor1) not in {None, own}
    ]
    # the same sentence first, then the nearest sentence back; within a sentence, the nearest trigger
    found.sort(key=lambda e: (e.sentence.start, -abs(e.trigger.start - event.trigger.start)))
    if found and found[-1].actor1 is not None:
        return [found[-1].actor1]
    return _counter_accused(event, events, own)


def _counter_accused(event: Event, events: Sequence[Event], own: str) -> list[Actor]:
    """With no accuser coded, whom the denier accuses in turn in the denial's own sentence ("Rwanda has
    denied arming the group and in turn accuses the Congolese army of …": Congo): the target of the
    nearest accusation (CAMEO 112) by the denier's country aimed at another country; [] when none."""
    counters = [
        e
        for e in events
        if e.sentence.start == event.sentence.start
        and e is not event
        and e.cameo.startswith(_ACCUSATION)
        and _country(e.actor1) == own
        and _country(e.actor2) not in {None, own}
        and e.actor2 is not None
    ]
    counters.sort(key=lambda e: abs(e.trigger.start - event.trigger.start))
    return [counters[0].actor2] if counters and counters[0].actor2 is not None else []


def _described_party(
    event: Event, wanted: Sequence[str], events: Sequence[Event], near: set[int]
) -> list[Actor]:
    """The nearest earlier party (a doer, then a target) whose code fits a description's ``wanted`` codes
    and is not the event's source ("The rebels accused the army …" after "… killed dozens of Malian
    soldiers": MLIMIL)."""
    own = event.actor1.code if event.actor1 is not None else None
    earlier = [
        e
        for e in events
        if e.sentence.start in near
        and (e.sentence.start < event.sentence.start or e.trigger.start < event.trigger.start)
    ]
    earlier.sort(key=lambda e: (e.sentence.start, e.trigger.start))
    for found in reversed(earlier):
        for party in (found.actor1, found.actor2):
            if party is not None and party.code != own and _fits(party.code, wanted):
                return [party]
    return []


def with_referred_targets(
    events: list[Event], referring: dict[int, Referral], pair_id: Callable[[Event, Actor], str]
) -> list[Event]:
    """``events`` with each referring event (its index in ``referring``) aimed at the parties it refers to
    (:func:`referred_parties`): the first party on the event itself, one more event per further party
    (``pair_id`` gives its id), as a compound target is coded."""
    out: list[Event] = []
    for i, event in enumerate(events):
        ref = referring.get(i)
        if ref is not None and ref.kind == "mutual":
            out.extend(_mutual(event, events, pair_id))
            continue
        parties = referred_parties(event, ref, events) if ref is not None else []
        if not parties:
            out.append(event)
            continue
        out.append(dataclasses.replace(event, actor2=parties[0]))
        out.extend(
            dataclasses.replace(event, id=pair_id(event, party), actor2=party)
            for party in parties[1:]
            if party.code != (event.actor1.code if event.actor1 else None)
        )
    return out


def _mutual(event: Event, events: Sequence[Event], pair_id: Callable[[Event, Actor], str]) -> list[Event]:
    """A reciprocal act of a pair subject (:func:`mutual_subject`): one event each way between the two parties
    named before (:func:`referred_parties`), or ``event`` unchanged when they are not known."""
    # (one reciprocal event naming both: two parties gathered from two events, or one event's doer and
    # target, are too loose a guess for a source)
    parties = referred_parties(event, Referral("both", ""), events)
    if len(parties) != 2:
        return [event]
    one, two = parties
    return [
        dataclasses.replace(event, actor1=one, actor2=two),
        dataclasses.replace(event, id=pair_id(event, two), actor1=two, actor2=one),
    ]


def mutual_subject(token: Any) -> bool:
    """Whether the subject of a verbal act (trigger ``token``, or the verb it completes: "agreed to meet") is
    a pair collective ("the two sides agreed to meet again", "Both sides have accused the other", "the two
    leaders pledged not to use force against one another") or the people of one ("Representatives of both
    sides held talks"): each of the two parties named before acts on the other."""
    verbs = [token, token.head] if token.dep_ == "xcomp" else [token]
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if any(_is_pair(o) for o in [subject, *_prep_objects(subject, {"of"})]):
                return True
    return False
