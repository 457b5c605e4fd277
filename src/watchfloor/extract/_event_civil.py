"""Non-war crisis constructions the war-built verb table misses (issue #5, round 18, E24).

Each rule of ``knowledge/event_civil.tsv`` reads one construction on the parse and gives the CAMEO code
the codebook gives it, whatever code the verb's own row gave:

- *riot* (145 "protest violently, riot"): a crowd — protesters, supporters, a mob — storms, overruns,
  ransacks, torches or breaks into a place ("protesters stormed the prime minister's office"); the same
  verbs done by troops stay attacks (190).
- *repression* (175 "use tactics of violent repression"): the police or security forces kill or shoot
  a crowd or people ("police gunfire killed at least 22 people", "people have been killed by security
  forces"); the police killing suspects or gunmen stays 18x/19x.
- *ties* (161 "reduce or break diplomatic relations"): ties or relations cut, severed or broken.
- *detention* (173 "arrest, detain": "legal or extrajudicial arrests, detentions"): someone put or placed
  under (house) arrest.
- *closure* (191 "impose blockade, restrict movement"): a border, frontier or crossing closed, sealed or
  shut ("Hungary sealed its southern border").

Round 19 (E26) adds constructions of round-up copy that three of the four round-up writers code alike:

- *ultimatum* (139 "give ultimatum"): someone given a span of days, hours or weeks to do something ("gave the
  officers 15 days to return to barracks"); given that span to *leave*, writers split (161/166 or 139), so
  the rule's ``unless`` row leaves it to the expulsion rows.
- *suspension* (172 "impose administrative sanctions"): an official, employees or the constitution suspended.
- *communications* (1721 "impose restrictions on political freedoms": "restrictions on media"): internet or
  phone lines cut or blocked, channels taken off the air, a region kept under a communications blackout.
- *strike* (143 "conduct strike or boycott"): a strike called, people walking off the job, a vote boycotted.
- *cordon* (191): a place sealed or cordoned off.
- *crowdcontrol* (175): the police using or firing tear gas, rubber bullets, stun grenades or pepper spray,
  whichever conjunct comes first (the verb rows read the first object only); *riot* also reads a crowd that
  clashes with the police (145).
- *retake* (192): "retook", which the tagger reads as a base form whose lemma is itself.

Round 20 (B28), each read off the codebook text:

- *forces* (074 "provide military protection or peacekeeping": "code here reported deployment of forces") and
  *instructors* (072 "military and police assistance including arms and personnel"): troops, police or a
  contingent, or military instructors, arriving in a place; a minister or a delegation arriving stays a visit.
- *concession* (0832 "accede to demands for change in policy"): a bill, reform, amendment or price increase
  withdrawn, dropped, scrapped or suspended.
- *airlift* and *flownin* (073 "provide humanitarian aid"): food, medicine or medical supplies flown (in) or
  shipped to a place.
- :func:`inert_object`: a decree, law or bill signed is no 057 "sign formal agreement"; troops, a base or
  refugees hosted are no 043 "host a visit".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from ..errors import Errors, KnowledgeError
from ..knowledge import read_tsv
from ._event_patterns import cameo

__all__ = [
    "CivilRule",
    "carrying_verbs",
    "civil_code",
    "civil_lemmas",
    "civil_rules",
    "inert_object",
    "quantity_words",
    "role_doer",
]

_PATH: Final = "event_civil.tsv"
_KINDS: Final = frozenset({"verb", "doer", "victim", "object", "cargo", "span", "unless"})
_WORD_KINDS: Final = frozenset({"quantity", "carrying", "inert"})
# a quantity heading the object stands for its "of" phrase ("most of the people", "dozens of protesters")
_QUANTITY_TAGS: Final = frozenset({"CD", "JJS", "DT", "PDT"})
_RELATIVE: Final = frozenset({"who", "that", "which"})
_MODIFIER_DEPS: Final = frozenset({"compound", "amod", "nmod"})
_SPAN_DEPS: Final = frozenset({"dobj", "npadvmod"})


@dataclass(frozen=True, slots=True)
class CivilRule:
    """One construction: its code, the verbs (lemma → the particle it needs, or "") and the words its
    doer, victim or object must be."""

    name: str
    code: str
    verbs: dict[str, str]
    doers: frozenset[str]
    victims: frozenset[str]
    objects: frozenset[str]
    cargo: frozenset[str]
    spans: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()

    def matches(self, token: Any) -> bool:
        """Whether the verb ``token`` is this construction."""
        lemma = token.lemma_.lower()
        if lemma not in self.verbs:
            return False
        particle = self.verbs[lemma]
        if particle and particle not in {c.lower_ for c in token.children if c.dep_ in {"prt", "prep"}}:
            return False
        if self.doers and not (_doer_words(token) & self.doers):
            return False
        if self.victims and not (_victim_words(token) & self.victims):
            return False
        if self.cargo and not (_cargo_words(token) & self.cargo):
            return False
        if self.spans and not (_span_words(token) & self.spans):
            return False
        if self.unless and _exceptions(token) & self.unless:
            return False
        return not self.objects or bool(_object_words(token, particle) & self.objects)


@functools.cache
def civil_rules() -> tuple[CivilRule, ...]:
    """The rules of ``knowledge/event_civil.tsv``, in file order."""
    codes = cameo()
    spec: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(read_tsv(_PATH, ("rule", "code", "kind", "word")), 1):
        if row["kind"] in _WORD_KINDS:
            continue  # read by quantity_words(), carrying_verbs()
        if row["code"] not in codes or row["kind"] not in _KINDS:
            raise KnowledgeError(
                Errors.E010.format(path=_PATH, line=n, reason=f"bad code or kind in {row!r}")
            )
        entry = spec.setdefault(
            row["rule"],
            {
                "code": row["code"],
                "verb": {},
                "doer": set(),
                "victim": set(),
                "object": set(),
                "cargo": set(),
                "span": set(),
                "unless": set(),
            },
        )
        if entry["code"] != row["code"]:
            raise KnowledgeError(
                Errors.E010.format(path=_PATH, line=n, reason=f"rule {row['rule']!r} has two codes")
            )
        if row["kind"] == "verb":
            lemma, _, particle = row["word"].partition(" ")
            entry["verb"][lemma] = particle
        else:
            entry[row["kind"]].add(row["word"])
    return tuple(
        CivilRule(
            name,
            e["code"],
            dict(e["verb"]),
            frozenset(e["doer"]),
            frozenset(e["victim"]),
            frozenset(e["object"]),
            frozenset(e["cargo"]),
            frozenset(e["span"]),
            frozenset(e["unless"]),
        )
        for name, e in spec.items()
    )


@functools.cache
def quantity_words() -> frozenset[str]:
    """Words of quantity that head a phrase whose of-phrase names who it is ("hundreds of protesters")."""
    return _word_kind("quantity")


@functools.cache
def carrying_verbs() -> frozenset[str]:
    """Verbs whose participle on a subject says what it carries ("a plane carrying medicine")."""
    return _word_kind("carrying")


def inert_object(token: Any) -> bool:
    """Whether the verb ``token`` takes an object that makes it no event (the table's inert rows: "Putin
    signed a decree banning …" is no formal agreement, 057; "Pakistan, which hosts 1.4 million refugees" hosts
    no visit, 043; round 20, B28)."""
    if token.pos_ != "VERB":
        return False
    objects = _inert().get(token.lemma_.lower())
    if not objects:
        return False
    return any(
        head.lemma_.lower() in objects or head.lower_ in objects
        for noun in (c for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass"})
        for head in _heads(noun)
    )


@functools.cache
def _inert() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in _word_kind("inert"):
        verb, _, noun = row.partition(" ")
        table.setdefault(verb, set()).add(noun)
    return {verb: frozenset(nouns) for verb, nouns in table.items()}


@functools.cache
def _word_kind(kind: str) -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv(_PATH, ("kind", "word")) if row["kind"] == kind)


@functools.cache
def civil_lemmas() -> frozenset[str]:
    """Every verb lemma some rule reads: the coder's cheap first test of a token."""
    return frozenset(lemma for rule in civil_rules() for lemma in rule.verbs)


def civil_code(token: Any) -> str | None:
    """The CAMEO code a non-war construction gives the verb ``token``, or None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in civil_lemmas():
        return None
    for rule in civil_rules():
        if rule.matches(token):
            return rule.code
    return None


def role_doer(token: Any) -> bool:
    """Whether a rule that names its doer by role (a crowd, the police) reads the verb ``token``: the
    construction itself says who acted ("protesters stormed", "police shot"), though the role word names
    no country, so the event is no further event whose source the parse cannot code."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in civil_lemmas():
        return False
    return any(rule.doers and rule.matches(token) for rule in civil_rules())


def _words(noun: Any) -> set[str]:
    """A noun's lemma and those of its noun and adjective modifiers ("police gunfire", "security forces"), and
    of a compound modifier's own modifiers ("humanitarian aid convoy": humanitarian)."""
    words = {noun.lemma_.lower(), noun.lower_}
    for mod in (c for c in noun.children if c.dep_ in _MODIFIER_DEPS):
        words.add(mod.lemma_.lower())
        if mod.dep_ == "compound":
            words |= {c.lemma_.lower() for c in mod.children if c.dep_ in _MODIFIER_DEPS}
    return words


def _subject(token: Any) -> Any | None:
    """The verb's active subject, through conjoined verbs, a relative clause's pronoun and the verb an
    infinitive or participle completes when that verb has no object ("troops began arriving")."""
    node = token
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head
            return subject
        if node.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "obj"} for c in node.head.children):
            node = node.head
            continue
        if node.dep_ != "conj":
            return None
        node = node.head
    return None


def _agent(token: Any) -> Any | None:
    """The by-phrase of a passive verb ("killed by security forces")."""
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _doer_words(token: Any) -> set[str]:
    doer = _agent(token) if _passive(token) else _subject(token)
    words: set[str] = set()
    for head in _heads(doer) if doer is not None else ():
        words |= _words(head)
    return words


def _cargo_words(token: Any) -> set[str]:
    """What the verb's subject is and carries: its words, its of-phrase ("trucks of aid") and the objects
    of a carrying participle on it ("a plane carrying medicine and rescue teams")."""
    subject = _subject(token)
    if subject is None:
        return set()
    words = _words(subject)
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in carrying_verbs():
            nouns = [c for c in child.children if c.dep_ == "dobj"]
        else:
            continue
        for noun in nouns:
            for head in _heads(noun):
                words |= _words(head)
    return words


def _passive(token: Any) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)


def _heads(noun: Any) -> Iterator[Any]:
    """A noun, its conjuncts and appositions (a dateline parsed as the subject: "NIAMEY, April 12 — Russian
    military instructors … arrived"), and for a quantity ("most of the people") the nouns of its of-phrase."""
    for word in [noun, *(c for c in noun.children if c.dep_ in {"conj", "appos"})]:
        yield word
        if word.tag_ in _QUANTITY_TAGS or word.lower_ in quantity_words():
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
                yield from (c for c in prep.children if c.dep_ == "pobj")


def _victim_words(token: Any) -> set[str]:
    dep = "nsubjpass" if _passive(token) else "dobj"
    words: set[str] = set()
    for noun in (c for c in token.children if c.dep_ == dep):
        for head in _heads(noun):
            words.add(head.lemma_.lower())
    return words


def _span_words(token: Any) -> set[str]:
    """The lemmas of the counted spans among the verb's objects and bare noun adjuncts, when a to-infinitive
    says what the span is for: the span of an ultimatum ("gave the officers 15 days to return", which the
    parser hangs as an object or as an adverbial noun); "gave $2.5 million last month" has none."""
    if not _infinitives(token):
        return set()
    return {
        c.lemma_.lower()
        for c in token.children
        if c.dep_ in _SPAN_DEPS and any(n.dep_ == "nummod" for n in c.children)
    }


def _infinitives(token: Any) -> set[str]:
    """The lemmas of the to-infinitives on the verb or on its span ("15 days to return", "72 hours to
    leave")."""
    hosts = [token, *(c for c in token.children if c.dep_ in _SPAN_DEPS)]
    return {
        c.lemma_.lower()
        for host in hosts
        for c in host.children
        if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    }


def _exceptions(token: Any) -> set[str]:
    """What can leave a rule: the lemmas of the to-infinitives on the verb or on its span ("72 hours to
    leave"), the verb's particles ("called off a strike") and, as the label ``oprd``, a naming's second
    object ("called the strikes an escalation")."""
    found = _infinitives(token) | {c.lower_ for c in token.children if c.dep_ == "prt"}
    if any(c.dep_ == "oprd" for c in token.children):
        found.add("oprd")
    return found


def _object_words(token: Any, particle: str = "") -> set[str]:
    """The words of the verb's object, and of the object of the preposition the rule needs ("put him under
    house arrest")."""
    nouns = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if particle:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == particle):
            nouns += [c for c in prep.children if c.dep_ == "pobj"]
    words: set[str] = set()
    for noun in nouns:
        for head in _heads(noun):
            words |= _words(head)
    return words
