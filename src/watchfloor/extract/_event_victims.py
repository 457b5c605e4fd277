"""Victims of material acts (issue #5, round 18, C23): actor2 for an act of coercion or force (CAMEO roots
17–20) whose own syntax names its target only by a role with no country, or by a quantity of people, which
:func:`watchfloor.extract.events._participants` calls when it found no coded target.

- :func:`victim_phrase`: the people the act is done to — its object or, with no agent, its passive
  subject — with a quantity's of-phrase read through ("arrested thousands of people", "detained hundreds of
  young men", "more than 700 people had been detained": people, men); a role word, never a name.
- :func:`repression_toll`: a killing told with no doer whose clause or phrase names both a crowd of dissent
  and the police meeting it ("18 people were killed in clashes between protesters and security forces", "at
  least one person was killed … when police and protesters clashed"): the toll of violent repression, which
  writers code 175 (the codebook's "repression of dissidents", not a military engagement), not 190
  (round 20, T28).
- :func:`protest_clash`: a clash whose parties include a crowd of dissent ("clashes between protesters and
  police in the southern city", "police and protesters clashed"): the crowd's violent protest, 145, not
  190 (round 20, T28).
- :func:`whole_conflict`: a noun that names a whole conflict ("since the war began", "this is a war of
  conquest") with no party of its own: a setting or a characterisation, no event (round 20, T28).
- :func:`aerial_bombing`: a bombing (183, "non-military") done by aircraft ("Ethiopian warplanes bombed
  targets", "fighter jets bombing RSF bases"): the codebook's 195, aerial weapons (round 20, T28).
- :func:`unattributed_harm`: a killing or damage whose subject is a cause that names no doer ("an explosion
  at a fuel depot killed 20 people"): no one's act, no event (round 20, T28).
- :func:`victim_country`: whose people they are (CAMEO codes civilians as CVL of their country): the country
  of a place the act or the phrase names ("in the town of Shire", "in Sanandaj"), else the doer's own
  country when the doer acts at home (the article's home country is the doer's, or unknown), else the
  article's country.

spaCy tokens are passed in; how a word or place codes is the caller's (``role_of``, ``country_of``), so this
module needs nothing from ``events``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Final

from ..knowledge import read_tsv
from ._event_targets import locative_objects
from .actors import ActorCode, code_actor

__all__ = [
    "AERIAL_CODE",
    "REPRESSION_CODE",
    "RIOT_CODE",
    "VICTIM_ROOTS",
    "aerial_bombing",
    "clash_parties",
    "home_sanction",
    "protest_clash",
    "reporter",
    "repression_force",
    "repression_toll",
    "unattributed_harm",
    "victim",
    "victim_country",
    "victim_phrase",
    "whole_conflict",
]

# CAMEO roots of coercion and force (17 coerce, 18 assault, 19 fight, 20 mass violence): their object is
# the victim (the codebook's "target of violence")
VICTIM_ROOTS: Final = frozenset({"17", "18", "19", "20"})

# CAMEO codes of administrative sanctions imposed on a country's own inhabitants (codebook 1721, 1723, 1724)
_HOME_SANCTIONS: Final = frozenset({"1721", "1723", "1724"})

# CAMEO 175 "use tactics of violent repression"
REPRESSION_CODE: Final = "175"
# CAMEO 183 "conduct suicide, car, or other non-military bombing" (not its sub-codes) and 195 "employ aerial
# weapons", which the codebook gives "aerial bombings that involve the use of aircrafts"
_BOMBING_CODE: Final = "183"
AERIAL_CODE: Final = "195"
_AIRCRAFT: Final = "event_aerial_doers.tsv"
# CAMEO 145 "protest violently, riot"
RIOT_CODE: Final = "145"
_TOLLS: Final = "event_repression_tolls.tsv"
# the roots of killing and injuring a toll is told with (18 assault, 19 fight, 20 mass violence)
_TOLL_ROOTS: Final = frozenset({"18", "19", "20"})

_CAUSES: Final = "event_unattributed_causes.tsv"
_CONFLICTS: Final = "event_conflict_names.tsv"
# a date or time as a possessor or modifier names no party ("Saturday's blast", "the weekend explosion")
_TIMES: Final = frozenset({"DATE", "TIME"})

RoleOf = Callable[[Any], ActorCode]
CountryOf = Callable[[Any], str | None]


def _quantity(token: Any) -> bool:
    """Whether a word is a quantity whose of-phrase names what is counted ("thousands of", "700 of")."""
    return token.ent_type_ in {"CARDINAL", "QUANTITY"} or token.like_num or token.pos_ == "NUM"


def _counted(token: Any) -> Any:
    """The noun a quantity counts ("thousands of people": people), else the word itself."""
    if not _quantity(token):
        return token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return token


def victim_phrase(token: Any, role_of: RoleOf) -> Any | None:
    """The head of the role phrase an act (verb ``token``) is done to: its direct object, or its passive
    subject when no by-agent names the doer, read through a quantity's of-phrase; None when that word is
    no role (``role_of`` gives it no sector) or already names its own country (it is coded as it stands)."""
    if token.pos_ != "VERB":
        return None
    if any(c.dep_ == "agent" for c in token.children):
        objects = [c for c in token.children if c.dep_ == "dobj"]
    else:
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    # (a coordinated object too: "detained Aung San Suu Kyi and other leaders of her party")
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    for obj in objects:
        head = _counted(obj)
        person = head.ent_type_ == "PERSON" and head.pos_ == "PROPN"
        if not person and (head.pos_ != "NOUN" or head.ent_type_ in {"GPE", "NORP", "ORG"}):
            continue
        if not person and code_actor(head.text).sector is None:
            continue  # the head word names no role ("43 of the 84 cruise missiles", "hundreds of homes")
        coded = role_of(head)  # (a person by the title the text gives: "State Counsellor Aung San Suu Kyi")
        if coded.code is None and coded.sector is not None:
            return head
    return None


def _places(words: list[Any], country_of: CountryOf) -> set[str]:
    """The countries of the places named by the place phrases ("in", "near", "across" …) on ``words``, an
    of-phrase of a place noun read through ("in the town of Shire")."""
    found: set[str] = set()
    for pobj in locative_objects(words):
        of = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        for place in [pobj, *of]:
            country = country_of(place)
            if country is not None:
                found.add(country)
            elif place.ent_type_ in {"GPE", "LOC"}:
                found.add("")  # a place whose country is unknown ("in the town of Shire")
    return found


def reporter(token: Any) -> Any | None:
    """Who reports an act told in the passive with no agent (verb ``token``), when the act is the clause
    of a saying ("the interior ministry said 107 people had been detained", "the spokesman denied that any
    activists had been arrested"): the subject of the verb the clause (or the first conjunct it is
    coordinated with) complements; None for an act with an agent, or not in such a clause."""
    if token.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in token.children):
        return None
    if any(c.dep_ == "agent" for c in token.children):
        return None
    clause = token.head if token.dep_ == "conj" and token.head.dep_ == "ccomp" else token
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def victim_country(
    token: Any,
    phrase: Any,
    own: str | None,
    home: str | None,
    country_of: CountryOf,
    role_of: RoleOf | None = None,
) -> str | None:
    """Whose people the victims ``phrase`` of an act (verb ``token``) by a doer of country ``own`` are, in an
    article whose home country is ``home``: the one country the place phrases on the act or the victims
    name; else ``own`` when the doer acts at home (``home`` is ``own`` or unknown); else, for an act with no
    doer told in a saying, the country of who reports it (:func:`reporter`, coded by ``role_of``: a party
    reports its own dead and detained); else ``home``."""
    found = _places([token, phrase], country_of)
    if len(found) == 1:
        return next(iter(found)) or None
    if found:
        return None  # two countries named, or a place not known: whose people is not said
    if own is not None and (home is None or home == own):
        return own
    teller = reporter(token) if own is None and role_of is not None else None
    told = role_of(teller).country if teller is not None and role_of is not None else None
    if told is not None:
        return told
    if home is not None:
        return home
    # no doer's country and no article's: the one country the sentence's places name ("Dozens of civilians
    # were killed when insurgents stormed the town of Palma in northern Mozambique")
    named = {country_of(w) for w in token.sent if w.ent_type_ in {"GPE", "LOC"} and w.ent_iob_ == "B"}
    named.discard(None)
    return next(iter(named)) if len(named) == 1 else None


def home_sanction(code: str, own: str | None) -> ActorCode | None:
    """The target of an administrative sanction a government imposes at home (CAMEO 1721 restrictions on
    political freedoms, 1723 curfew, 1724 state of emergency or martial law: "the inhabitants of an area",
    the codebook says): the doer's own country ``own``; None for another code or no country."""
    if code not in _HOME_SANCTIONS or own is None:
        return None
    return ActorCode(own, own, own, None)


def victim(
    token: Any, code: str, own: str | None, home: str | None, role_of: RoleOf, country_of: CountryOf
) -> tuple[Any, ActorCode] | None:
    """The victims of an act of coercion or force (trigger ``token``, CAMEO ``code``) by a doer of country
    ``own``, and their code: the role's sector in its country (:func:`victim_phrase`,
    :func:`victim_country`); None for another root, no role phrase, or no country."""
    if code[:2] not in VICTIM_ROOTS:
        return None
    phrase = victim_phrase(token, role_of)
    if phrase is None:
        return None
    country = victim_country(token, phrase, own, home, country_of, role_of)
    sector = role_of(phrase).sector
    if country is None or sector is None:
        return None
    return phrase, ActorCode(phrase.text, country + sector, country, sector)


@functools.cache
def _toll_words() -> dict[str, frozenset[str]]:
    """Kind (``crowd``, ``force``, ``clash``) → lemmas (``knowledge/event_repression_tolls.tsv``)."""
    words: dict[str, set[str]] = {"crowd": set(), "force": set(), "clash": set()}
    for row in read_tsv(_TOLLS, ("kind", "word")):
        words.setdefault(row["kind"], set()).add(row["word"])
    return {kind: frozenset(found) for kind, found in words.items()}


def _agentless_passive(token: Any) -> bool:
    """Whether a verb is told in the passive with no by-agent ("18 people were killed")."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "VERB" and "nsubjpass" in deps and "agent" not in deps


def _gapped_passive(token: Any) -> bool:
    """Whether a conjunct verb is a passive whose auxiliary is the first conjunct's ("killed and hundreds
    detained"): a participle with no auxiliary of its own."""
    return token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)


def _toll_context(token: Any) -> list[Any]:
    """The words of a passive verb's clause beyond its subject: its adjuncts and a gapped conjunct's
    ("killed and nearly 600 injured when police and protesters clashed", "killed and hundreds detained as
    security forces broke up protests"); a conjunct clause with a subject of its own that acts is left out
    ("… were killed, and police arrested dozens": another event)."""
    words: list[Any] = []
    for child in token.children:
        if child.dep_ in {"nsubjpass", "ccomp", "parataxis"}:
            continue
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        if child.dep_ == "conj" and child.pos_ == "VERB" and own_subject and not _gapped_passive(child):
            continue
        words.extend(child.subtree)
    return words


def repression_force(token: Any) -> Any | None:
    """The police or security forces a toll of repression names (:func:`repression_toll`, verb ``token``):
    the head of the first noun phrase in its clause's adjuncts that is or is modified by a word of the
    police ("security forces": forces; "police"), who repress; None when none is named."""
    force = _toll_words()["force"]
    for word in _toll_context(token):
        if word.lemma_.lower() not in force:
            continue
        return word.head if word.dep_ in {"compound", "amod"} and word.head.pos_ == "NOUN" else word
    return None


def repression_toll(token: Any, code: str) -> bool:
    """Whether an act of killing or injuring (verb ``token`` coded ``code`` of root 18, 19 or 20) told in the
    passive with no doer is the toll of police meeting a crowd of dissent: its clause's adjuncts name both a
    crowd or protest and the police or security forces ("18 people were killed in clashes between protesters
    and security forces", "54 people were killed when security forces broke up protests"). Writers code the
    repression (175) there, not a military engagement; a killing with a doer is left to its own rows."""
    if code[:2] not in _TOLL_ROOTS or not _agentless_passive(token):
        return False
    words = _toll_words()
    lemmas = {w.lemma_.lower() for w in _toll_context(token)}
    return bool(lemmas & words["crowd"]) and bool(lemmas & words["force"])


@functools.cache
def _causes() -> frozenset[str]:
    """Head nouns of causes of harm that name no doer (``knowledge/event_unattributed_causes.tsv``)."""
    return frozenset(row["lemma"] for row in read_tsv(_CAUSES, ("lemma",)))


def unattributed_harm(token: Any, code: str) -> bool:
    """Whether an act of coercion or force (verb ``token`` coded ``code`` of root 17–20) is told of a cause
    that names no doer: its subject is such a noun (``explosion``, ``blast``) with no possessor, modifier or
    by-phrase (a date's aside) naming a party or a weapon ("An explosion at a fuel depot killed at least 20
    people", "an explosion damaged the bridge"). Writers code such a sentence's harm only when it names
    who set the blast off, as the blast itself ("blamed drones for the blast"); "Ukraine's blast", "a
    minefield explosion" or a relative clause on the blast ("the blast, which killed …") is left to the
    rows."""
    if code[:2] not in VICTIM_ROOTS or token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _causes():
        return False
    for child in subject.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.ent_type_ not in _TIMES:
            # "Ukraine's blast", "a Russian explosion": a party; "a minefield explosion", "a car bomb
            # blast": a weapon someone laid (PLOVER codes it, its doer unknown)
            return False
        if child.dep_ == "prep" and child.lower_ == "by":
            return False  # "an explosion by the rebels"
    return True


def clash_parties(token: Any) -> tuple[Any | None, Any | None]:
    """The crowd and the police a clash (``token``, :func:`protest_clash`) names among its parties, each the
    first such word (the head of "security forces"), or None."""
    words = _toll_words()
    crowd = force = None
    for word in _clash_words(token):
        lemma = word.lemma_.lower()
        if crowd is None and lemma in words["crowd"]:
            crowd = word
        elif force is None and lemma in words["force"]:
            force = word.head if word.dep_ in {"compound", "amod"} and word.head.pos_ == "NOUN" else word
    return crowd, force


def _clash_words(token: Any) -> list[Any]:
    """The words of a clash's parties: a noun's between- or with-phrase, a verb's subject or with-phrase."""
    verb = token.pos_ == "VERB"
    return [
        w
        for child in token.children
        if (child.dep_ == "prep" and child.lower_ in {"between", "with"}) or (verb and child.dep_ == "nsubj")
        for w in child.subtree
    ]


def protest_clash(token: Any, code: str) -> bool:
    """Whether a clash (``token``, a noun or verb of clashing coded ``code`` of root 19) is a crowd of
    dissent's: its parties — a noun's between- or with-phrase, a verb's subject or with-phrase — include a
    crowd or protest word ("clashes between protesters and police", "clashes with Serb protesters", "police
    and protesters clashed"). Writers code the crowd's violent protest there (145, with the police's
    repression beside it), not a military engagement; "clashes between rival armed groups" stays 190."""
    words = _toll_words()
    if code[:2] != "19" or token.lemma_.lower() not in words["clash"]:
        return False
    return any(w.lemma_.lower() in words["crowd"] for w in _clash_words(token))


@functools.cache
def _conflict_names() -> frozenset[str]:
    """Nouns naming a whole conflict (``knowledge/event_conflict_names.tsv``)."""
    return frozenset(row["lemma"] for row in read_tsv(_CONFLICTS, ("lemma",)))


def whole_conflict(token: Any, code: str) -> bool:
    """Whether an event noun of force (``token`` coded ``code`` of root 19) names a whole conflict with no
    party of its own: the noun (``war``) with a determiner and no possessor ("since the war began", "the
    biggest incursion of the war", "this is a war of conquest", "was waging a proxy war against Russia").
    It is the setting of the sentence's acts or a speaker's characterisation of them (an accusation,
    codebook 1123), which writers never code as the conflict itself; "Russia's war" and a bare "declared
    war on …" (an act: judged real in the train news) are left to the rows."""
    if code[:2] != "19" or token.pos_ != "NOUN" or token.lemma_.lower() not in _conflict_names():
        return False
    # a bare "war" is the thing an act does ("declared war on Nagorno-Karabakh", "went to war"): judged real
    deps = {c.dep_ for c in token.children}
    return "det" in deps and "poss" not in deps


@functools.cache
def _aircraft() -> frozenset[str]:
    """Nouns of aircraft (``knowledge/event_aerial_doers.tsv``)."""
    return frozenset(row["lemma"] for row in read_tsv(_AIRCRAFT, ("lemma",)))


def _doers(token: Any) -> list[Any]:
    """Who a bombing's syntax says does it: a verb's subject, a noun's possessor or adjective ("Russia's
    bombing", "the Israeli bombing"); a noun modifier is where it happened ("the Boston bombing")."""
    if token.pos_ == "VERB":
        return [c for c in token.children if c.dep_ == "nsubj"]
    return [c for c in token.children if c.dep_ in {"poss", "amod"}]


def aerial_bombing(token: Any, code: str) -> bool:
    """Whether a bombing coded ``code`` 183 (non-military bombing, not a suicide, car or roadside one) is
    done by aircraft: its doer (:func:`_doers`) is an aircraft or has one as a modifier ("Ethiopian
    warplanes bombed targets", "with fighter jets bombing RSF bases"). The codebook codes bombings "that
    involve the use of aircrafts" 195; a state named as the doer ("the Israeli bombing") says no aircraft
    and is left to the rows."""
    if code != _BOMBING_CODE:
        return False
    aircraft = _aircraft()
    for doer in _doers(token):
        words = [doer, *(c for c in doer.children if c.dep_ in {"compound", "amod"})]
        if any(w.lemma_.lower() in aircraft for w in words):
            return True
    return False
