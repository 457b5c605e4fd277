"""Speaker resolution: from a source span to a canonical :class:`~watchfloor.model.Speaker`.

Titles, demonyms and pronouns come from knowledge tables; country names go through the
``countrynames`` package. A :class:`SpeakerResolver` is made per article and fed the source
spans in text order, so that "He", "the secretary-general" or a bare surname resolve to the
full name introduced earlier (with that person's role, organisation and country).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

import countrynames

from ..knowledge import read_tsv
from ..model import Speaker
from ._quotes import QUOTE_MARKS
from .actors import code_actor, role_sectors

__all__ = [
    "HONORIFICS",
    "OWNER_PREPS",
    "SpeakerResolver",
    "adjective_of",
    "bodies",
    "country_of",
    "gender_of",
    "plural",
    "pronouns",
    "stated_genders",
    "subject_of",
    "titles",
]

_PERSON_LABELS = frozenset({"PERSON"})
# how many persons named before a pronoun are tried when the nearest has the other gender
_GENDER_LOOKBACK = 8
# courtesy titles dropped before a name ("Mr. Trump" is Trump)
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
# entity labels (and none) that never name whom "a statement from …" came from
_NO_SENDER = frozenset({"", "GPE", "LOC", "FAC", "DATE", "TIME"})
_SKIP_DEPS = frozenset({"det", "punct", "cc", "predet"})
# the preposition of a noun cue's phrase that names whose it is ("criticism from rivals")
OWNER_PREPS = frozenset({"by", "from", "among"})
# an adjective hanging on a verb through these describes the verb's subject ("were aware", "…, eager to")
_ADJ_CLAUSE = frozenset({"acomp", "advcl", "xcomp", "oprd", "ccomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# relations through which a cue verb takes the subject of the verb it hangs on
_CLIMB = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"})
_CLIMB_MAX = 8
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_QUOTE_TOKENS = QUOTE_MARKS | {"''", "``"}
# the verb before a noun phrase and its cue: what may stand between them ("…, Jake Sullivan, also said")
_SKIPPABLE = frozenset({"advmod", "neg", "aux"})
# "used the speech to refute": the object of these is an instrument, not who acts
_INSTRUMENT_VERBS = frozenset({"use"})
# "gave voters good reasons to worry", "in a long time to propose": the infinitive has no agent
_EMPTY_NOUNS = frozenset({"reason", "time"})
# "Asked whether …, Daley said": whoever asked is left unnamed (PolNeAR gives no source)
# "shot back in an article stating", "ended the debate with a reference … remarking": a medium
_MEDIUM_PREPS = frozenset({"with", "in", "during", "at", "on"})
_ASKED = frozenset({"ask", "press"})
# "it is hard to say", "it doesn't take a mathematician to see", "it means admitting": nobody speaks
_EMPTY_FRAMES = frozenset({"be", "take", "mean"})
_EMPTY_SUBJECTS = frozenset({"it", "that", "this"})


def _clear(doc: Any, a: int, b: int) -> bool:
    """No quotation mark and no paragraph break between tokens ``a`` and ``b``."""
    lo, hi = (a, b) if a <= b else (b, a)
    return not any(t.text in _QUOTE_TOKENS or "\n" in t.text_with_ws for t in doc[lo:hi])


def _own_subject(verb: Any) -> Any | None:
    """The subject child of a verb; of several (a quotation's subject and the speaker's, a
    timestamp and a name), the nearest one not behind a quotation mark or paragraph break."""
    subs = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(subs) <= 1:
        return subs[0] if subs else None
    clear = [c for c in subs if _clear(verb.doc, c.i, verb.i)] or subs
    return min(clear, key=lambda c: abs(c.i - verb.i))


def _agent(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ == "agent":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    return None


# relations a passive's "by" phrase may hang under when the parser attached it past the verb
_LATE_AGENT_PATH = frozenset({"prep", "pobj", "dobj", "attr", "oprd", "agent"})


def _late_agent(verb: Any) -> Any | None:
    """ "are seen as candidates … by about a quarter of voters", "was attacked on the speeches by
    Sanders": a passive's "by" phrase the parser hung on a word after the verb, found through
    prepositions and objects only (not inside another clause)."""
    doc = verb.doc
    for t in doc[verb.i + 1 : verb.sent.end]:
        if t.lower_ != "by" or t.dep_ not in ("prep", "agent"):
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ not in _NOMINAL:
            return None
        h = t
        while h.i != verb.i and h.dep_ in _LATE_AGENT_PATH and h.head.i != h.i:
            h = h.head
        return pobj if h.i == verb.i else None
    return None


def _outer_subject(verb: Any, v: Any) -> Any | None:
    """ "Carson said he plans …, insisting …", "Kasich says he'd sit … and tells …": a participle
    or coordinated cue ``verb`` that the parse hangs inside the complement ``v`` of a reporting
    verb belongs to that verb's subject (the speaker), not to the complement's."""
    if v.dep_ != "ccomp" or v.head.pos_ not in _VERBS or v.head.i > v.i:
        return None
    if not (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        return None
    outer = _own_subject(v.head)
    if outer is None and v.head.tag_ == "VBG":
        # "he did it sideways, acknowledging that Mr. Trump had tapped into a vein but warning":
        # the reporting participle's own speaker
        outer = subject_of(v.head)
    if outer is None or outer.tag_ in ("WP", "WDT") or outer.lower_ == "it" or outer.i > v.i:
        return None
    doc = verb.doc
    if not _clear(doc, outer.i, v.head.i) or "\n" in doc[outer.i : verb.i].text:
        return None
    return outer


def _possessor(v: Any) -> Any | None:
    """ "Trump's proposal to ban", "her strategy of aligning": a nominalisation's possessor."""
    noun = None
    if v.dep_ == "acl" and v.head.pos_ == "NOUN":
        noun = v.head
    elif v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ == "of" and v.head.head.pos_ == "NOUN":
        noun = v.head.head
    if noun is None:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _governor(noun: Any, preps: frozenset[str] | None = None) -> Any | None:
    """The verb a noun hangs on through prepositions ("went out of his way", "pointed to a
    previous case"), or None; ``preps`` limits the first preposition."""
    t = noun
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.dep_ not in ("prep", "agent"):
            return None
        if preps is not None and t is noun and t.head.lower_ not in preps:
            return None
        h = t.head.head
        while h.dep_ == "prep":  # "out of"
            h = h.head
        if h.pos_ in _VERBS:
            return h
        t = h
    return None


def _verbless(v: Any) -> bool:
    """A sentence the parser left verbless, its noun the root and the verb a modifier after it
    ("A Quinnipiac poll found last week that …", "Lloyd Grove, …, Tweeted out …")."""
    return bool(
        v.dep_ in ("acl", "advcl") and v.head.dep_ == "ROOT" and v.head.pos_ in _NOUNS and v.head.i < v.i
    )


def _name_before(verb: Any) -> Any | None:
    """ "…, Early described it", "Will urged", "said Skelly,": a capitalised word the tagger took
    for an adverb or a modal, right before a finite cue verb or right after an inverted one, inside
    a sentence, is the speaker's name."""
    doc = verb.doc
    for k in (verb.i - 1, verb.i + 1):
        if not 0 <= k < len(doc):
            continue
        t = doc[k]
        if (
            t.tag_ in ("RB", "MD")
            and t.dep_ in ("advmod", "aux")
            and t.text.istitle()
            and t.text.isalpha()
            and not t.is_sent_start
            and not doc[k - 1].is_space
            # not a quotation's first word ('"Later said …')
            and not (doc[k - 1].text in _QUOTE_TOKENS and not doc[k - 1].whitespace_)
            and (k < verb.i or doc[verb.i - 1].text in _QUOTE_TOKENS | {","})
        ):
            return t
    return None


def _mark_before(verb: Any) -> Any | None:
    """The comma or quotation mark right before a verb that has a word after it, past stray space
    tokens ("…,”\xa0added Gowdy"), or None."""
    doc = verb.doc
    b = verb.i - 1
    while b > 0 and doc[b].is_space:
        b -= 1
    if b < 0 or verb.i + 1 >= len(doc) or doc[b].text not in _QUOTE_TOKENS | {","}:
        return None
    return doc[b]


def _phrase_after(verb: Any) -> Any:
    """The head of the noun phrase that starts right after a verb ("said Rep. Jim Jordan")."""
    t = verb.doc[verb.i + 1]
    while t.dep_ in ("compound", "det", "amod") and t.head.i > t.i:
        t = t.head
    return t


def _inverted(verb: Any) -> Any | None:
    """ "…, said Doyle and others,", "“…,” read the email": after a comma or closing quotation
    mark, a reporting verb followed by a person's name (or, for a base-form verb the tagger could
    not read as past, any noun) has that name as its speaker."""
    if _mark_before(verb) is None:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or any(
        c.dep_ in ("aux", "auxpass", "neg") for c in verb.children
    ):
        return None
    t = _phrase_after(verb)
    if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
        return t
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and t.pos_ in _NOMINAL and t.dep_ in ("dobj", "nsubj"):
        return t
    return None


def _fallback(verb: Any) -> Any | None:
    """A finite cue verb the parser left without a subject: the subject of a clause before it that
    the parse took for a complement ("Kasich offered …, then says"), the noun phrase right before
    it ("In a statement, her adviser, Jake Sullivan, said"), or one right after it
    ("…,'' said Robin Maynard")."""
    doc = verb.doc
    name = _name_before(verb)
    if name is not None:
        return name
    for c in verb.lefts:
        if c.dep_ in ("ccomp", "conj") and c.pos_ in _VERBS and _clear(doc, c.left_edge.i, verb.i):
            s = _own_subject(c)
            if s is not None and s.pos_ in ("NOUN", "PROPN", "PRON") and s.tag_ not in ("WP", "WDT"):
                return s
    k = verb.i - 1
    while k >= 0 and (doc[k].dep_ in _SKIPPABLE or doc[k].text == ","):
        k -= 1
    if k >= 0:
        t = doc[k]
        nominal = (t.pos_ in _NOUNS and t.head.i != verb.i) or (t.dep_ == "compound" and t.head.i == verb.i)
        object_or_date = t.dep_ in ("dobj", "attr", "npadvmod") or t.ent_type_ in ("DATE", "TIME")
        if nominal and not object_or_date and _clear(doc, k, verb.i):
            return t
    mark = _mark_before(verb)
    if mark is not None:
        t = _phrase_after(verb)
        # "“…,” added another Republican": after a closing quotation mark the object is the speaker
        inverted = mark.text in _QUOTE_TOKENS
        if t.pos_ in _NOUNS and (inverted or not (t.dep_ == "dobj" and t.head.i == verb.i)):
            return t
    for t in reversed(doc[verb.sent.start : verb.i]):
        # "In U.S. District Court in Alexandria, Va., Lazar, in a jumpsuit, said": the parser hung
        # the name as an apposition on the place before it
        if (
            t.dep_ == "appos"
            and t.pos_ == "PROPN"
            and t.head.dep_ == "pobj"
            and t.i > t.head.i
            and any(a.i == verb.i for a in t.ancestors)
            and _clear(doc, t.i, verb.i)
        ):
            return t
    return None


def _nominal_cue(tok: Any) -> Any | None:
    """Who speaks through a cue that is no verb (the span tagger marks such cues): the possessor
    of a noun ("his promises of", "Pence's call for"), the subject of the verb that has the noun
    ("had strong views on", "was a leading sponsor of"), the noun an adjective describes
    ("lawmakers nervous about"); a preposition stands for the word it hangs on."""
    t = tok
    if t.pos_ == "ADP" and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and t.head.i < t.i:
        t = t.head
    if t.pos_ == "ADJ":
        while t.dep_ == "conj" and t.head.pos_ == "ADJ":
            t = t.head  # "is both strategic and undisciplined about"
        if t.dep_ in ("amod", "acl", "appos") and t.head.pos_ in _NOUNS and t.head.i < t.i:
            return t.head  # "lawmakers nervous about"
        # "were acutely aware", "detailed the operation, eager to show": who the adjective describes
        return subject_of(t.head) if t.dep_ in _ADJ_CLAUSE and t.head.pos_ in _VERBS else None
    if t.pos_ not in _NOUNS:
        return None
    gov = t.head if t.dep_ in ("dobj", "attr") and t.head.pos_ in _VERBS else _governor(t)
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is not None:
        # "Sanders has toned down his criticism of", "expanded upon his calls for": a possessive
        # pronoun on the verb's object, or on a noun right after the verb's preposition, echoes the
        # verb's subject (a pronoun only if it agrees); in an adjunct it stays the source ("angered
        # leaders with his comments on", "In addition to his remarks about abortion, Trump made")
        subj = subject_of(gov) if gov is not None and poss.pos_ == "PRON" and _echoing(t, gov) else None
        if subj is not None and subj.pos_ == "PRON" and _echoes().get(poss.lower_) == subj.lower_:
            return subj
        if (
            subj is not None
            and subj.pos_ in _NOUNS
            and subj.dep_ in _SUBJECT_DEPS
            and _clear(t.doc, subj.i, t.i)
        ):
            return subj
        return poss
    # "criticism from rivals", "an attack by Trump on", "a sense among some": whose it is
    by = next((c for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in OWNER_PREPS), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if agent is not None and agent.pos_ in _NOMINAL:
        return agent
    return subject_of(gov) if gov is not None else None


def _echoing(noun: Any, gov: Any) -> bool:
    """Whether a noun is the object of verb ``gov`` or of a preposition right after it (past a
    particle: "doubling down on his support")."""
    if noun.dep_ == "dobj":
        return True
    if noun.dep_ != "pobj" or noun.head.head.i != gov.i or noun.head.i < gov.i:
        return False
    between = noun.doc[gov.i + 1 : noun.head.i]
    return all(t.dep_ == "prt" for t in between)


def subject_of(verb: Any) -> Any | None:
    """The token naming who speaks through a cue verb, or None: its subject, the agent of a
    passive, the noun a relative clause hangs on, the possessor of a nominalisation ("Trump's
    call to ban"), whoever issued the document that says it ("issued a statement saying"), or
    the subject of the verb it depends on ("…, saying", "is expected to say"), climbing out of a
    reported clause to the reporting verb's subject when the parse hangs the cue inside it."""
    if verb.pos_ not in _VERBS:
        return _nominal_cue(verb)
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if (
        verb.lemma_ in _ASKED
        and verb.tag_ in ("VBD", "VBN")
        and verb.dep_ in ("advcl", "relcl", "ccomp")
        and bare
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    ):
        return _agent(verb)  # "Asked about it, he said", "Cruz, when asked …, responded"
    if verb.lemma_ == "know" and verb.tag_ == "VBN" and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        return _agent(verb)  # "he is best known for": a passive the parse left as an adjective
    if _verbless(verb) and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return verb.head
    active = any(c.dep_ == "nsubj" for c in verb.children)  # "As the Post reported" tagged VBN
    if (
        verb.tag_ == "VBN"
        and not active
        and (any(c.dep_ == "auxpass" for c in verb.children) or (bare and verb.dep_ in ("advcl", "acl")))
    ):
        # "was asked", "is expected", "Asked about it, …": the subject is not who speaks
        agent = _agent(verb) or (_late_agent(verb) if verb.lemma_ not in _ASKED else None)
        if agent is None and verb.lemma_ in _experiencers():
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "were thrilled with"
        return agent
    if verb.tag_ in _FINITE | {"VB"} and _own_subject(verb) is None:
        inv = _inverted(verb)  # only with no subject: PolNeAR keeps a parsed one ("X, said Y, …")
        if inv is not None:
            return inv
    if (
        verb.tag_ in _FINITE
        and verb.dep_ == "advcl"
        and _own_subject(verb) is None
        and any(c.dep_ == "mark" for c in verb.children)
    ):
        # "… grew louder as Patti Davis, Ronald Reagan's daughter, attacked": a subordinate clause
        # has a subject of its own, one the parser failed to link
        own = _fallback(verb)
        if own is not None:
            return own
    v = verb
    for _ in range(_CLIMB_MAX):
        s = _own_subject(v)
        if s is not None:
            if v is verb:
                return s
            outer = _outer_subject(verb, v)  # "Suu Kyi said it was too early … but added"
            if outer is not None:
                return outer
            if s.lower_ in _EMPTY_SUBJECTS and s.tag_ != "WDT" and v.lemma_ in _EMPTY_FRAMES:
                return None  # "it is hard to imagine", "That means continuing …"
            return s
        agent = _agent(v)
        if agent is not None:
            return agent
        if (
            v is verb
            and v.dep_ == "relcl"
            and v.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        ):
            # an infinitive on a noun: the subject of the verb the noun belongs to ("has done nothing
            # to explain", "was the first Democrat to endorse", "pointed to a previous case to say");
            # nobody for "good reasons to worry", "in a long time to propose"
            noun = v.head
            if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in _VERBS:
                gov = None if noun.lemma_ in _EMPTY_NOUNS else noun.head
            else:
                gov = _governor(noun)
            return subject_of(gov) if gov is not None else None
        if v.dep_ == "relcl" and v.head.pos_ in _NOUNS:
            return v.head
        owner = _possessor(v)
        if owner is not None:
            return owner
        if v.dep_ == "xcomp" and v.tag_ == "VB" and v.head.lemma_ not in _INSTRUMENT_VERBS:
            # "led some allies to worry", "prompted Rubio to call": the object acts
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None and obj.pos_ in _NOMINAL:
                return obj
        if v.dep_ == "acl" and v.tag_ in ("VBG", "VB") and v.head.pos_ == "NOUN" and not v.head.ent_type_:
            # "issued a statement saying", "found ways to press", "shot back in an article stating"
            gov = (
                v.head.head
                if v.head.dep_ == "dobj" and v.head.head.pos_ in _VERBS
                else _governor(v.head, _MEDIUM_PREPS)
            )
            issuer = subject_of(gov) if gov is not None else None
            if issuer is not None:
                return issuer
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in _NOUNS:
            return v.head  # "an outside group backing Rubio"
        if v is not verb and _verbless(v):  # the verbless sentence again, one clause up
            return v.head
        if (
            v.dep_ in _CLIMB or (v.dep_ == "dep" and v.head.pos_ in _VERBS and v.head.i < v.i)
        ) and v.head is not v:
            v = v.head  # "dep": "Clinton paused, then revealed", a coordination the parser left unlabelled
        else:
            break
    base = verb
    while base.dep_ == "conj" and base.head.tag_ == "VBG" and base.head.i < base.i:
        base = base.head  # "a reputation for putting … and asking": the first gerund's place
    if verb.tag_ == "VBG" and base.dep_ == "pcomp":
        # "In addition to stating …, Clinton has vowed", "responded by first saying": the subject of
        # the verb the preposition hangs on; of a subjectless one, who it has ("time for Cruz to
        # build bridges, even after dismissing")
        anc = next((a for a in base.ancestors if a.pos_ in _VERBS), None)
        s = _own_subject(anc) if anc is not None else None
        if s is None and anc is not None:
            s = subject_of(anc)
        if (
            s is not None
            and s.dep_ != "expl"
            and s.tag_ not in ("WP", "WDT")
            and _clear(verb.doc, s.i, verb.i)
        ):
            return s
    # a subject the parser mislabelled ("About 4 in 10 say", "Large majorities … going … said")
    for c in verb.lefts:
        if c.dep_ in ("csubj", "nummod", "dep", "nsubj") or (c.dep_ == "npadvmod" and c.ent_type_ != "DATE"):
            heads = [
                t for t in c.subtree if t.pos_ in _NOMINAL and t.dep_ in ("nsubj", "pobj", "ROOT", c.dep_)
            ]
            if heads:
                return c if c.pos_ in _NOMINAL else heads[0]
    if verb.tag_ in _FINITE or (verb.tag_ == "VBN" and bare and verb.dep_ == "ROOT"):
        return _fallback(verb)
    if v is not verb and v.tag_ in _FINITE and _own_subject(v) is None and _clear(verb.doc, v.i, verb.i):
        # "…,” said Skelly, explaining": a participle shares the subject the parser missed on the
        # finite verb it hangs on
        return _fallback(v)
    return None


@functools.cache
def _experiencers() -> frozenset[str]:
    """Verbs whose passive subject holds the attitude ("were thrilled with", "were split on")."""
    return frozenset(r["lemma"] for r in read_tsv("attribution_experiencers.tsv", ("lemma",)))


@functools.cache
def titles() -> dict[str, str]:
    """Title (lower case) → sector."""
    return {r["title"]: r["sector"] for r in read_tsv("attribution_titles.tsv", ("title", "sector"))}


@functools.cache
def bodies() -> frozenset[str]:
    """Common nouns (lemmas) that name an organisation ("company", "ministry"), not a person."""
    return frozenset(r["noun"] for r in read_tsv("attribution_bodies.tsv", ("noun",)))


@functools.cache
def _demonyms() -> dict[str, str]:
    return {r["word"]: r["country"] for r in read_tsv("attribution_demonyms.tsv", ("word", "country"))}


@functools.cache
def _adjectives() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in read_tsv("attribution_demonyms.tsv", ("word", "country")):
        if r.get("adjective"):
            out.setdefault(r["country"], r["adjective"])
    return out


def adjective_of(country: str) -> str | None:
    """The adjective of an alpha-3 country code (``"RUS"`` → ``"Russian"``), if the table has it."""
    return _adjectives().get(country)


@functools.cache
def pronouns() -> dict[str, str]:
    """Pronoun → what it may refer to (``person`` or ``group``)."""
    return {r["pronoun"]: r["refers"] for r in read_tsv("attribution_pronouns.tsv", ("pronoun", "refers"))}


@functools.cache
def _genders() -> dict[str, tuple[str, str]]:
    """Word (lower case) → (gender ``m``/``f``, kind ``pronoun``/``honorific``/``noun``)."""
    rows = read_tsv("attribution_genders.tsv", ("word", "gender", "kind"))
    return {r["word"]: (r["gender"], r["kind"]) for r in rows}


# words ending in -man that name no man ("human", "German")
_NOT_MEN = frozenset({"human", "german", "roman", "ottoman", "oman"})


def gender_of(
    word: str, kinds: frozenset[str] = frozenset({"pronoun", "honorific", "noun"}), *, men_titles: bool = True
) -> str | None:
    """The gender (``"m"``/``"f"``) a word states of a person, or None: a pronoun ("she"), an honorific
    ("Mr."), a relation or title in the table ("wife", "Queen"), or a title's ending ("spokeswoman",
    "congressman") when nouns are asked for. ``men_titles=False`` leaves out the "-man" titles, which
    news copy also gives women ("Trump spokesman Hope Hicks", "chairman Ellen Kullman")."""
    low = word.lower()
    hit = _genders().get(low)
    if hit is not None:
        return hit[0] if hit[1] in kinds else None
    if "noun" in kinds and low.isalpha():
        if low.endswith(("woman", "women")):
            return "f"
        if men_titles and low.endswith(("man", "men")) and len(low) > 4 and low not in _NOT_MEN:
            return "m"
    return None


_NAME_MARKS = frozenset({"honorific", "noun"})
_HONORIFIC = frozenset({"honorific"})
_PRONOUN = frozenset({"pronoun"})


def _name_gender(ent: Any) -> str | None:
    """The gender the words around one mention of a person give it: an honorific before or inside the
    name ("Mrs. Clinton"), a gendered title or relation in its own phrase ("spokeswoman Maria
    Zakharova", "his wife, Melania") or in apposition ("Zakharova, the ministry's spokeswoman").
    None when there is no such word or the words disagree."""
    doc, root = ent.doc, ent.root
    # inside the name only an honorific counts ("Mrs. Clinton"): "Billie Jean King" is no king
    own = {g for g in (gender_of(t.text, _HONORIFIC) for t in ent) if g is not None}
    words: list[Any] = []
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 4 and not doc[i].is_punct and doc[i].sent.start == ent.sent.start:
        tok = doc[i]
        if not (ent.start <= tok.head.i < ent.end or i < tok.head.i < ent.start):
            break
        words.append(tok)
        i -= 1
    if root.dep_ == "appos":
        words.append(root.head)
    words.extend(c for c in root.children if c.dep_ == "appos")
    found = own | {
        g for g in (gender_of(t.text, _NAME_MARKS, men_titles=False) for t in words) if g is not None
    }
    return found.pop() if len(found) == 1 else None


def stated_genders(doc: Any) -> dict[int, str]:
    """Genders stated by pronoun agreement in "X said he/she …": the subject pronoun of a clause a verb
    reports refers to that verb's subject. Keyed by the first token of the subject's person name."""
    found: dict[int, str] = {}
    for token in doc:
        gender = gender_of(token.text, _PRONOUN)
        if gender is None or token.dep_ != "nsubj" or token.head.dep_ != "ccomp":
            continue
        verb = token.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            start = subject.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            found.setdefault(start, gender)
    return found


@functools.cache
def _echoes() -> dict[str, str]:
    """Possessive pronoun → the subject pronoun it echoes ("his" → "he": "he … his calls for")."""
    rows = read_tsv("attribution_pronouns.tsv", ("pronoun", "refers"))
    return {r["pronoun"]: r["echoes"] for r in rows if r.get("echoes")}


@functools.cache
@functools.lru_cache(maxsize=65536)  # countrynames matches fuzzily: slow, and words repeat
def country_of(word: str) -> str | None:
    """ISO alpha-3 code of a country name, demonym or capital (``"Russian"`` → ``"RUS"``), else None."""
    w = word.strip().replace(".", "")
    if w.lower().startswith("the "):
        w = w[4:]
    if not w or not w[0].isupper():
        return None
    code = _demonyms().get(w.lower())
    if code:
        return code
    try:
        code = countrynames.to_code_3(w)
    except KeyError:  # a two-letter code with no alpha-3 mapping (e.g. "UN")
        return None
    return str(code) if code else None


@functools.lru_cache(maxsize=4096)
def _names_place(name: str) -> bool:
    """Whether a name codes as a country or a place in one ("Zaporizhzhia", "Gaza"): the actor
    tables give it a country and no role (no sector, or a region such as Gaza's GZA), or it is a
    country name itself."""
    if country_of(name) is not None:
        return True
    actor = code_actor(name)
    return actor.country is not None and (actor.sector is None or actor.sector not in role_sectors())


def _title_of(words: list[str]) -> tuple[str, str] | None:
    """The longest title (and its sector) found among ``words`` (lower case)."""
    table = titles()
    best: tuple[str, str] | None = None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i : i + n])
            if cand in table and (best is None or len(cand) > len(best[0])):
                best = (cand, table[cand])
        if best:
            return best
    return None


def _possessor_phrase(toks: list[Any]) -> list[Any]:
    """The possessor phrase that opens ``toks`` ("Ukraine", "South Korea" of "South Korea's
    President"), without its "'s"; empty when the phrase opens with none."""
    if not toks:
        return []
    first = toks[0].i
    for t in toks:
        if t.dep_ == "poss" and t.pos_ in _NOUNS and t.left_edge.i == first:
            return [u for u in toks if u.i <= t.i]
    return []


def _source_text(toks: list[Any]) -> str:
    """The words of ``toks`` as the text writes them ("Tsai Ing-wen", not "Tsai Ing - wen"), runs of
    white space made one space."""
    return " ".join("".join(t.text_with_ws for t in toks).split())


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s\-–]+", text.lower()) if w}


def plural(token: Any) -> bool:
    """Whether a noun phrase's head names more than one: a plural noun or a coordination ("Russia and
    Ukraine"), as "they"/"their" may stand for it and "it"/"its" may not."""
    return token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")


def _same_first(a: str, b: str) -> bool:
    """Whether two first names may be one person's: equal, or one is the other's initial ("J." and
    "James"); "Bill Clinton" is not "Hillary Clinton"."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a.lower() == b.lower():
        return True
    if _INITIALS.fullmatch(a) or _INITIALS.fullmatch(b):
        return a[:1] == b[:1]  # "J." and "James", "L.H." and "Laurence"
    return False


@dataclass(slots=True)
class _Person:
    name: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    title_words: set[str] = field(default_factory=set)


def _span_text(tokens: list[Any]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return str(doc[tokens[0].i : tokens[-1].i + 1].text)


class SpeakerResolver:
    """Resolves source spans of one article to speakers, remembering who was named before."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.persons: dict[str, _Person] = {}  # canonical full name -> person
        self.surnames: dict[str, str] = {}  # last name -> canonical full name
        ents = list(doc.ents)
        self._ents = ents
        # full names seen anywhere in the article (a later "Jens Stoltenberg" still names "Stoltenberg")
        self._grouped = {t.i for e in ents if e.label_ in _GROUP_LABELS for t in e}  # group entities' tokens
        named = [(ent, self._clean_name(ent)) for ent in ents if ent.label_ in _PERSON_LABELS]
        bearers: dict[str, set[str]] = {}  # last name -> the first names that bear it
        for _ent, name in named:
            parts = name.split()
            if len(parts) >= 2:
                self.surnames.setdefault(parts[-1], name)
                bearers.setdefault(parts[-1], set()).add(parts[0].rstrip("."))
        # what the article's words tell of each person's gender (see _name_gender): canonical name -> m/f.
        # Not "X said she …" (in "X told reporters that she was a regular" she is someone else), and not
        # a bare surname two people of the article share ("Mr. Woods" is not the widow Dorothy Woods).
        marks: dict[str, set[str]] = {}
        for ent, name in named:
            g = _name_gender(ent)
            parts = name.split()
            if g is not None and parts and (len(parts) >= 2 or len(bearers.get(parts[0], ())) <= 1):
                marks.setdefault(self._canonical(name), set()).add(g)
        self.genders = {name: gs.pop() for name, gs in marks.items() if len(gs) == 1}
        self._last_person: str | None = None
        self._last_person_at = -1  # where the source that named the last person speaker starts
        self._last_group: Speaker | None = None

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _clean_name(ent: Any) -> str:
        toks = [t for t in ent if t.tag_ != "POS" and t.text not in ("'s", "’s", "'", "’")]
        doc, end = ent.doc, ent.end
        while (
            toks
            and end + 1 < len(doc)
            and doc[end].tag_ == "HYPH"
            and not toks[-1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            # "Moon Jae-in": the recogniser stopped at the hyphen of the name
            toks.extend((doc[end], doc[end + 1]))
            end += 2
        if toks and toks[0].lower_ in HONORIFICS:
            toks = toks[1:]
        return _source_text(toks).strip(" ,")

    def _canonical(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 2 and parts[0].lower() in titles():
            parts = parts[1:]  # "Dean Amar", "Justice Scalia": a title, not a first name
            name = parts[0]
        if len(parts) == 1 and parts[0] in self.surnames:
            return self.surnames[parts[0]]
        if len(parts) >= 2 and parts[-1] in self.surnames:
            full = self.surnames[parts[-1]]
            first = full.split()[0]
            if first == parts[0] or (len(full.split()) <= len(parts) and _same_first(first, parts[0])):
                return full if len(full) >= len(name) else name
        return name

    def _ent_before(self, pos: int, labels: frozenset[str]) -> Any | None:
        best = None
        for ent in self._ents:
            if ent.start_char >= pos:
                break
            if ent.label_ in labels and (labels is not _PERSON_LABELS or self._is_person(ent)):
                best = ent
        return best

    def _is_person(self, ent: Any) -> bool:
        """A person a pronoun may stand for: a person entity that does not code as a place
        ("Zaporizhzhia"), or a name right after a person's title (:meth:`_is_titled`)."""
        if ent.label_ in _PERSON_LABELS:
            return not _names_place(self._clean_name(ent))
        return self._is_titled(ent)

    def _is_titled(self, ent: Any) -> bool:
        """A person entity, or a name the recogniser took for an organisation right after a person's
        title ("spokesman Pavel Orlov")."""
        if ent.label_ in _PERSON_LABELS:
            return True
        if ent.label_ != "ORG" or ent.start == 0 or any(t.pos_ != "PROPN" for t in ent):
            return False
        before = self.doc[ent.start - 1]
        return before.pos_ == "NOUN" and before.lower_ in titles()

    def _remember(self, name: str, source: list[Any]) -> None:
        self._last_person = name
        self._last_person_at = source[0].idx if source else -1

    def _role_info(
        self, role_tokens: list[Any]
    ) -> tuple[str | None, str | None, str | None, tuple[str, str] | None]:
        """(role text, organisation, country) from the words of a title phrase."""
        toks = [t for t in role_tokens if t.dep_ not in _SKIP_DEPS and not t.is_punct]
        while toks and toks[0].tag_ in ("DT", "PRP$"):
            toks = toks[1:]
        # "Ukraine's Foreign Minister", "South Korea's President": the possessor names the country
        # (or the body) the title belongs to; it and its "'s" are not part of the role
        owner = _possessor_phrase(toks)
        if owner:
            toks = [t for t in toks if t.i > owner[-1].i and t.tag_ != "POS"]
        while toks and toks[-1].tag_ == "POS":
            toks = toks[:-1]
        if not toks:
            return None, None, None, None
        words = [t.lower_ for t in toks]
        title = _title_of(words)
        role = _span_text(toks)
        country = None
        country_word = None
        org = None
        demonyms = _demonyms()
        if owner:
            owner_text = _span_text(owner)
            country = country_of(owner_text)
            country_word = (adjective_of(country) or owner_text) if country else None
        for t in toks:
            # countrynames is slow (fuzzy, transliterating): ask it about place names only
            if t.ent_type_ not in ("GPE", "NORP") and t.text.replace(".", "").lower() not in demonyms:
                continue
            c = country_of(t.text)
            if c and country is None:
                country, country_word = c, t.text
        for ent in self._ents:
            inside = ent.start >= toks[0].i and ent.end <= toks[-1].i + 1
            if inside and ent.label_ == "ORG" and ent.text.replace(".", "").lower() not in demonyms:
                org = ent.text
                break
        if title and title[1] == "government" and country_word:
            word = (
                "US" if country == "USA" and country_word.replace(".", "") in ("US", "U.S") else country_word
            )
            org = f"{word} government"
        if title is None and org is None and country is None:
            return None, None, None, None
        return role, org, country, title

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, source: list[Any], head: Any) -> Speaker:
        """The speaker named by the tokens ``source`` whose syntactic head is ``head``."""
        doc = self.doc
        if (
            head.tag_ in ("WP", "WDT")
            and head.head.dep_ == "relcl"
            and head.head.head.pos_ in ("NOUN", "PROPN")
        ):
            # "Smith, who said …": the relative pronoun stands for the noun the clause hangs on
            noun = head.head.head
            left = min(
                (t.i for t in noun.lefts if t.dep_ in ("compound", "amod", "det", "poss")), default=noun.i
            )
            return self.resolve(list(doc[left : noun.i + 1]), noun)
        low = head.lower_
        refers = pronouns().get(low)
        if refers is not None and head.pos_ == "PRON":
            return self._pronoun(head, refers)
        persons = [e for e in self._ents if self._is_titled(e) and e.start >= source[0].i]
        persons = [e for e in persons if e.end <= source[-1].i + 1]
        if persons:
            # prefer the person entity that is (or contains) the head
            ent = next((e for e in persons if e.start <= head.i < e.end), persons[0])
            appositive = ent.root.dep_ == "appos" and ent.root.head.i == head.i
            if appositive and head.pos_ == "NOUN" and head.lemma_.lower() in bodies():
                # "The company, Maxar Technologies, said": a body named in apposition, whatever the
                # entity recogniser took the name for
                return self._owned(self._group(self._clean_name(ent), "ORG"), head)
            name = self._canonical(self._clean_name(ent))
            role_toks = [t for t in source if t.i < ent.start]
            appos = [c for c in doc[ent.end - 1].children if c.dep_ == "appos"] + [
                c for c in head.children if c.dep_ == "appos" and c.i >= ent.end
            ]
            role, org, country, _t = self._role_info(role_toks)
            if role is None and appos:
                a = appos[0]
                role, org, country, _t = self._role_info(list(doc[a.left_edge.i : a.right_edge.i + 1]))
            known = self.persons.get(name)
            if known is None:
                known = _Person(name=name)
                self.persons[name] = known
            if role and not known.role:
                known.role, known.organization, known.country = role, org, country
                known.title_words = _words(role)
            self._remember(name, source)
            return Speaker(name=name, role=known.role, organization=known.organization, country=known.country)
        if head.pos_ == "PROPN" and head.text in self.surnames:  # a surname the parser did not tag
            name = self.surnames[head.text]
            known = self.persons.get(name)
            self._remember(name, source)
            if known is None:
                return Speaker(name=name)
            return Speaker(name=name, role=known.role, organization=known.organization, country=known.country)
        groups = [e for e in self._ents if e.label_ in _GROUP_LABELS and e.start <= head.i < e.end]
        if groups and head.pos_ == "PROPN":
            last = self._last_conjunct(groups[0], head)
            if last is not None:
                # "Russia and Ukraine accused each other": the speaker names every party, as a common-noun
                # compound does ("Residents and aid workers"); its code is its first codable member's
                text = _span_text(list(doc[groups[0].start : last.end]))
                return Speaker(name=text.removeprefix("the ").removeprefix("The "))
            return self._owned(self._group(groups[0].text, groups[0].label_), head)
        # a title ("the secretary-general", "Russia's foreign minister", "a senior US official")
        role, org, country, title = self._role_info(source)
        if title is not None:
            words = _words(role or title[0])
            det = next((t for t in source if t.dep_ == "det"), None)
            if det is not None and det.lower_ == "the" and words:
                for name, person in reversed(list(self.persons.items())):
                    if words <= person.title_words:
                        self._remember(name, source)
                        return Speaker(
                            name=name,
                            role=person.role,
                            organization=person.organization,
                            country=person.country,
                        )
            poss = next((t for t in head.children if t.dep_ == "poss"), None)
            if poss is not None:
                owner = self._owner(poss)
                if owner is not None:
                    country = country or owner.country
                    if owner.country and title[1] == "government":
                        org = org or f"{adjective_of(owner.country) or owner.name} government"
                    else:
                        org = org or owner.organization
                    role_toks = [t for t in source if t.i > poss.right_edge.i]
                    role = _span_text([t for t in role_toks if not t.is_punct]) or role
                    return Speaker(
                        name=f"{role} ({owner.name})", role=role, organization=org, country=country
                    )
            return Speaker(name=role or _span_text(source), role=role, organization=org, country=country)
        sender = self._sender(head)
        if sender is not None:
            # "a statement from Abu Dhabi", "a letter from Smith": whoever it came from speaks
            return self.resolve(list(doc[sender.left_edge.i : sender.i + 1]), sender)
        text = _span_text([t for t in source if t.dep_ != "det" or t.i != source[0].i]).strip(" ,")
        return self._group(text or _span_text(source))

    def _sender(self, head: Any) -> Any | None:
        """The named party a common noun that is no body comes from ("a statement *from Abu Dhabi*")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() in bodies():
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
                continue
            for obj in prep.children:
                # "a socialist from Vermont": a place after "from" says where a person is from
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ not in _NO_SENDER:
                    return obj
        return None

    def _last_conjunct(self, ent: Any, head: Any) -> Any | None:
        """The last named party conjoined to ``head`` ("Russia and Ukraine", "Israel, Lebanon and
        Syria"), as an entity of the group labels, or None when the head has no named conjunct."""
        last = None
        for t in head.conjuncts:
            if t.i < head.i:
                return None  # the head is itself a later conjunct: its first one names the source
            found = next(
                (e for e in self._ents if e.start <= t.i < e.end and e.label_ in _GROUP_LABELS), None
            )
            if found is None or t.pos_ != "PROPN":
                return None
            last = found if last is None or found.end > last.end else last
        return last if last is not None and last.start >= ent.end else None

    def _owner(self, poss: Any) -> Speaker | None:
        if poss.pos_ == "PRON":
            if poss.lower_ in ("its", "their"):
                ent = self._ent_before(poss.idx, frozenset({"GPE", "ORG", "NORP"}))
                return self._group(ent.text, ent.label_) if ent is not None else self._last_group
            return None
        return self._group(_span_text(list(self.doc[poss.left_edge.i : poss.i + 1])).removesuffix("'s"))

    def _owned(self, group: Speaker, head: Any) -> Speaker:
        """A body with the country of its possessor ("Russia's Defence Ministry": RUS, organisation
        "Russian Defence Ministry"), when the body's own name gives none."""
        if group.country is not None:
            return group
        poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is None:
            return group
        owner = _span_text(list(self.doc[poss.left_edge.i : poss.i + 1]))
        country = country_of(owner)
        if country is None:
            return group
        org = f"{adjective_of(country) or owner} {group.organization or group.name}"
        sp = replace(group, organization=org, country=country)
        if group.name[:1].isupper():
            self._last_group = sp
        return sp

    def _group(self, text: str, label: str | None = None) -> Speaker:
        text = text.removesuffix("’s").removesuffix("'s").strip()
        if text.startswith("The ") and len(text.split()) >= 3:
            # a sentence-initial "The United Nations" is the "the United Nations" of running text, whose
            # entity leaves the article out: one speaker, one name ("The Hague", "The Guardian" keep it)
            text = text[4:]
        place = label in ("GPE", "NORP") or (label is None and len(text.split()) <= 2)
        country = country_of(text) if place else _demonyms().get(text.replace(".", "").lower())
        org = None if country else (text if text[:1].isupper() else None)
        sp = Speaker(name=text, organization=org, country=country)
        if text[:1].isupper():
            self._last_group = sp
        return sp

    def _agreeing(self, name: str | None, head: Any) -> str | None:
        """``name``, unless the article marks that person with the other gender than the pronoun
        ("she" after "Mr. Smith"): then the last person named before the pronoun who is not so marked
        (the previous speaker first), or ``name`` if there is none."""
        want = gender_of(head.text, _PRONOUN)
        if name is None or want is None or self.genders.get(name, want) == want:
            return name
        seen = [self._last_person] if self._last_person is not None else []
        for ent in reversed([e for e in self._ents if e.start_char < head.idx]):
            if len(seen) >= _GENDER_LOOKBACK:
                break
            if self._is_person(ent):
                seen.append(self._canonical(self._clean_name(ent)))
        for other in seen:
            if self.genders.get(other, want) == want:
                return other
        return name

    def _pronoun(self, head: Any, refers: str) -> Speaker:
        if refers == "person":
            # the person named last before the pronoun, unless a person speaker was resolved since
            # (the previous statement's speaker outranks a name that only came before it)
            ent = self._ent_before(head.idx, _PERSON_LABELS)
            if ent is not None and (self._last_person is None or ent.start_char > self._last_person_at):
                name: str | None = self._canonical(self._clean_name(ent))
            else:
                name = self._last_person
            name = self._agreeing(name, head)
            if name is None:
                return Speaker(name=head.text)
            known = self.persons.get(name)
            self._last_person = name
            if known is None:
                return Speaker(name=name)
            return Speaker(name=name, role=known.role, organization=known.organization, country=known.country)
        if head.lower_ in ("we", "i"):
            return Speaker(name=head.text)
        subject = self._subject_group(head)
        if subject is not None:
            # the whole subject phrase speaks: "The Russian statement", "Russia's Defence Ministry"
            return self.resolve(list(self.doc[subject.left_edge.i : subject.i + 1]), subject)
        ent = self._ent_before(head.idx, _GROUP_LABELS)
        if ent is not None:
            return self._group(ent.text, ent.label_)
        return Speaker(name=head.text)

    def _subject_group(self, head: Any) -> Any | None:
        """For a subject "it"/"they", the head of the subject before it, in its own sentence or the one
        before, that names a group ("The Russian statement added to hopes … But it gave no details":
        the statement, not the "Ukraine" named later in an object; "the Obama administration …, just as
        it has never …"): a subject pronoun continues the subject. The subject must agree in number
        ("it" a singular, "they" a plural or a compound) and be no person. The main clause's subject
        comes before an embedded one's. None when no subject there names a group."""
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        many = head.lower_ == "they"
        sent = head.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        best: tuple[int, int, Any] | None = None
        for node in self.doc[start : head.i]:
            if node.dep_ not in ("nsubj", "nsubjpass") or node.head.i == head.head.i or node.pos_ == "PRON":
                continue
            if node.ent_type_ == "PERSON":
                continue
            if plural(node) != many:
                continue
            phrase = range(node.left_edge.i, node.i + 1)
            if not (any(i in self._grouped for i in phrase) or node.lemma_.lower() in bodies()):
                continue
            # the main clause's subject before an embedded one's, then the nearest
            depth = sum(1 for _ in node.head.ancestors)
            if best is None or (depth, -node.i) < best[:2]:
                best = (depth, -node.i, node)
        return best[2] if best is not None else None
