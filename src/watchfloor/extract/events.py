"""CAMEO event coding on spaCy's dependency parse, with actors, dates and evidential status.

For each sentence: every verb, noun or adjective whose lemma has a row in
``knowledge/event_verb_patterns.tsv`` is a candidate; the most specific matching row
(particle, preposition, argument lemma, participant sector) gives its CAMEO code. Frame
words (``event_frames.json``: "ready for", "urge … to", "demand", "refuse to", "threaten to")
recode the event they govern ("ready for talks" → 036) and absorb it. An event governed by
another event's trigger in the same clause is absorbed too ("held talks" is one 046 event,
not two), and a speech verb ("said", 010) is an event only when nothing it reports is one:
this keeps one sentence from producing a pile of events. Actors are the subject and
object (or ``with``/``against``/``to`` phrase) coded by :func:`~.actors.code_actor`; the
status comes from :mod:`.evidential`; the date from the time expression that governs the
trigger, else the article's publication date.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.symbols import PROPN as PROPN_SYMBOL

from ..errors import Errors, KnowledgeError
from ..ingest import find_dateline
from ..knowledge import read_tsv
from ..model import (
    Actor,
    Article,
    Event,
    EvidentialStatus,
    ParsedArticle,
    QuadClass,
    Span,
    Statement,
    Timex,
    stable_id,
)
from ._event_civil import civil_code, civil_lemmas, inert_object, role_doer
from ._event_codes import (
    ACCORD_CODE,
    FORCE_THREAT_CODE,
    LABOUR_STRIKE_CODE,
    MILITARY_STRIKE_CODE,
    RALLY_OPPOSITION_CODE,
    REJECT_CODE,
    TRUCE_CODE,
    WEAPON_KILLING_CODE,
    accord_reached,
    agreed_truce,
    agreed_truce_subject,
    announced_measure,
    called_off_act,
    failed_act,
    force_not_ruled_out,
    idle_meeting,
    meeting_held,
    military_strike,
    negated_report,
    not_threatened,
    party_relative_clause,
    rallied_protest,
    recognition_withheld,
    set_off_participle,
    speaker_participle,
    stranded_content,
    weapon_killing,
)
from ._event_commit import (
    accepted_truce,
    accepted_yield,
    coagent_acts,
    mediating,
    third_party_object,
    without_coagent_targets,
    yield_code,
)
from ._event_compounds import coagents, with_pair_sources
from ._event_cover import (
    expulsion_code,
    occupation_code,
    occupying_verbs,
    release_code,
    releasing_verbs,
)
from ._event_home import clear_home
from ._event_patterns import (
    NO_EVENT,
    Pattern,
    cameo,
    codebook_topics,
    frames,
    lexicon,
    pattern_keys,
    patterns_for,
    reciprocal_pronouns,
    refine,
    straight_lower,
    topics,
)
from ._event_patterns import word_list as _words
from ._event_sources import (
    absolute_agent,
    appositive_office,
    cited_head,
    foreign_counterpart,
    fronted_subject,
    pair_collective,
    participles,
    received_from,
    reporting_speaker,
    stance_modifier,
    untimed,
)
from ._event_speech import (
    DENIAL,
    NAMING,
    RELAYED,
    accused_party,
    accusing_participle,
    blamed_act,
    participle_accused,
    relayed_code,
    reported_accuser,
    speech_events,
    speech_words,
)
from ._event_targets import (
    Referral,
    capital_of,
    coordinated_verb,
    in_said_clause,
    in_said_subject,
    listed_member,
    mediation_clauses,
    mutual_subject,
    other_clauses,
    paired_party,
    referral,
    said_act_doer,
    same_party,
    struck_country,
    with_referred_targets,
)
from ._event_victims import (
    AERIAL_CODE,
    REPRESSION_CODE,
    RIOT_CODE,
    aerial_bombing,
    clash_parties,
    home_sanction,
    protest_clash,
    repression_force,
    repression_toll,
    unattributed_harm,
    victim,
    whole_conflict,
)
from ._event_warnings import THREAT_CODE as _CONSEQUENCE_THREAT_CODE
from ._event_warnings import consequence_warning, denied_party_act
from ._quotes import QUOTE_MARKS
from ._speakers import HONORIFICS, SpeakerResolver, gender_of, plural, stated_genders
from ._status_model import status_model as learned_status
from ._timex_anchor import event_date
from .actors import (
    ActorCode,
    code_actor,
    code_person,
    country_named,
    crisis_code,
    dated_code,
    is_country_code,
    mouthpiece_words,
    phrase_entry,
    role_word,
    state_sectors,
)
from .evidential import classify_status

__all__ = ["CodedTrigger", "code_sentence", "extract_events"]

EXTRACTOR = "events.v1"
_POS = {"VERB": "V", "NOUN": "N", "ADJ": "A", "PROPN": "N"}
_ARG_DEPS = frozenset(
    {"dobj", "obj", "attr", "oprd", "nsubjpass", "compound", "amod", "nmod", "det", "npadvmod"}
)
_PART_DEPS = frozenset({"prt", "advmod"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "upon",
    "toward",
    "towards",
    "into",
    "from",
    "at",
    "for",
    "between",
)
_SPEECH_CODE = "010"


@dataclass(slots=True)
class CodedTrigger:
    """A trigger token with its CAMEO code, and the inner event a frame absorbed (if any)."""

    token: Any
    code: str
    pattern: Pattern | None = None
    start: int = -1  # char offset where the trigger starts (before ``token`` for "de-escalation")
    intent: bool = False  # recoded as an expressed intent (03x) because of its future tense
    refusal: bool = False  # a future cooperation negated ("will not accept"): a rejection (12x)
    inner: Any = None
    absorbed: set[int] = field(default_factory=set)
    # the speech verb dropped because it reports this event ("said the strikes had hit …"): a statement again
    # when the keep/drop filter drops what it reports
    reporter: CodedTrigger | None = None
    # a further event a construction of speech found (extract/_event_speech.py): its rule, and the token its
    # target is coded from when the construction names one
    rule: str | None = None
    party: Any = None
    added: bool = False  # no trigger before the construction found it (it recoded none)
    agent: Any = None  # the token actor1 is coded from when a construction names it (the accused)
    claimant: Any = None  # who charges a relayed act (the accuser): the act is claimed by them

    @property
    def span(self) -> tuple[int, int]:
        """Character range of the trigger: from ``start`` (or the token's start) to the token's end."""
        start = self.start if self.start >= 0 else self.token.idx
        return start, self.token.idx + len(self.token.text)


def _arg_lemmas(token: Any) -> set[str]:
    """Lemmas (and lower-cased forms, singular) of a trigger's arguments and their modifiers."""
    lemmas: set[str] = set()
    for word in _arg_words(token):
        lemmas.update({word.lemma_.lower(), word.lower_, word.lower_.removesuffix("s")})
        if word.i >= 2 and word.nbor(-1).text == "-":
            # the tokenizer splits "live-fire" at the hyphen: the rows name the whole word
            lemmas.add(f"{word.nbor(-2).lower_}-{word.lower_}")
    return lemmas


def _prep_objects(nodes: Iterable[Any], preps: Collection[str], dep: str = "prep") -> list[Any]:
    """The objects of the ``preps`` phrases hanging on ``nodes`` (``dep`` "agent" for a by-agent): "of
    clashes" in "two days of clashes", "through dialogue" on "resolve"."""
    return [
        g
        for node in nodes
        for p in node.children
        if p.dep_ == dep and p.lower_ in preps
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _arg_words(token: Any) -> list[Any]:
    lemmas: list[Any] = []
    for child in token.children:
        # a to-infinitive is a complement even where the parser calls it advcl ("threatened … to secede")
        if (
            child.dep_ in _ARG_DEPS
            or child.dep_ in {"xcomp", "ccomp", "acomp", "acl"}
            or (child.dep_ == "advcl" and _to_infinitive(child))
        ):
            lemmas.append(child)
            lemmas.extend(c for c in child.children if c.dep_ in {"compound", "amod", "dobj"})
            if child.pos_ == "VERB" and child.lemma_.lower() in _words("helping_verbs"):
                # "sent soldiers to help train the army": the act helped is the purpose
                helped = [c for c in child.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"]
                lemmas.extend(helped)
                lemmas.extend(c for h in helped for c in h.children if c.dep_ in {"dobj", "obj"})
            if child.dep_ in {"dobj", "obj"}:
                # "part of a military aid program", "some of the prisoners": look through the quantity.
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        lemmas.append(pobj)
                        lemmas.extend(c for c in pobj.children if c.dep_ in {"compound", "amod"})
        elif child.dep_ in _PREP_DEPS:
            if child.dep_ == "dative" and child.pos_ in {"NOUN", "PROPN"}:
                lemmas.append(child)  # "allow humanitarian workers the freedom": the first object
            for pobj in child.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    lemmas.append(pobj)
                    lemmas.extend(c for c in pobj.children if c.dep_ in {"compound", "amod"})
                    if pobj.lemma_.lower() in _words("span_nouns"):
                        # "killed in two days of clashes", "after weeks of shelling": look through the span
                        lemmas.extend(_prep_objects([pobj], _OF))
    return lemmas


def _subject(token: Any) -> Any | None:
    """The syntactic subject of a verb (or its governing verb for xcomp/conj), or None."""
    node = token
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        fronted = fronted_subject(node)  # "On Wednesday Zelenskiy met …": the name the date phrase swallowed
        if fronted is not None:
            return fronted
        if node.dep_ in {"xcomp", "conj", "acomp", "dep", "advcl"}:
            node = node.head
            continue
        if node.dep_ == "relcl":
            return node.head
        break
    return None


def _sector_match(pattern: Pattern, token: Any) -> bool:
    if not pattern.subj:
        return True
    candidates = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    subject = _subject(token)
    if subject is not None:
        candidates.append(subject)
    return any(code_actor(_phrase(c)).sector == pattern.subj for c in candidates)


def _matches(pattern: Pattern, token: Any, args: set[str]) -> bool:
    # Particles and prepositions are interchangeable here: spaCy labels "back" in "pulled back"
    # as prt or advmod, and "call on" as prep or prt, depending on the sentence.
    # A preposition that only dates the act is none of its arguments: "fired on Thursday" is not "fired on".
    little = {
        c.lower_ for c in token.children if c.dep_ in _PART_DEPS or (c.dep_ in _PREP_DEPS and not _dating(c))
    }
    if pattern.prt and pattern.prt not in little:
        return False
    if pattern.prep and pattern.prep not in little:
        return False
    if pattern.args and not (pattern.args & args):
        return False
    return _sector_match(pattern, token)


# the prepositions of a target ("fire on", "fire at", "call on") that also date an act ("on Thursday")
_TARGET_DATING_PREPS: Final = frozenset({"on", "at"})


def _dating(prep: Any) -> bool:
    """Whether a target preposition only dates the act: its objects are all times or dates ("on Thursday",
    "at midnight"). Other prepositions ("in October", "for months") are left as the rows read them."""
    if prep.lower_ not in _TARGET_DATING_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in _TIMES for o in objects)


def _rank(pattern: Pattern) -> tuple[int, int]:
    """More matched constraints first; on a tie, the finer code ("071" over "070", "0841" over "084")."""
    return pattern.specificity, len(pattern.code) + (pattern.code[-1] != "0")


def _hyphenated(token: Any) -> tuple[Any, str] | None:
    """The first token and lemma of a hyphenated word ("de-escalation") ending at ``token``."""
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return doc[i - 2], f"{doc[i - 2].lower_}-{token.lemma_.lower()}"
    return None


def _code_token(token: Any) -> CodedTrigger | None:
    pos = _POS.get(token.pos_)
    if pos is None:
        return None
    if pos == "N" and (
        (token.dep_ == "compound" and token.head.lemma_.lower() not in _words("event_carrier_nouns"))
        or token.ent_type_ in {"ORG", "FAC", "WORK_OF_ART", "LAW"}
    ):
        # "opposition leader", "the Ceasefire Violations Committee": a name, not an event
        # (but "mediation mission", "mediation efforts" are the event)
        return None
    if token.dep_ == "amod" and token.tag_ == "VBG":
        return None  # a present participle describing a noun is no event ("talking animals")
    start = token.idx
    compound = _hyphenated(token)
    if compound is not None:
        # A hyphenated word is coded as a whole or not at all: "de-escalation" is not an escalation.
        first, lemma = compound
        rows = patterns_for(pos, lemma) or patterns_for("N", lemma) or patterns_for("V", lemma)
        start = first.idx
    else:
        rows = patterns_for(pos, token.lemma_.lower())
        if not rows and pos == "N":
            rows = patterns_for(pos, token.lower_)
        if not rows:
            rows = patterns_for(pos, us_spelling(token.lemma_.lower()))
    if not rows:
        return None
    args = _arg_lemmas(token)
    if token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        # "a poll released Monday", "758 pledged delegates": the noun is what was released, pledged
        args.add(token.head.lemma_.lower())
    if any(a[0] in "@^" for row in rows for a in row.args):
        args |= _shape(token)  # only for a word with a row that asks for an argument shape
    best: Pattern | None = None
    for row in rows:
        if _matches(row, token, args) and (best is None or _rank(row) > _rank(best)):
            best = row
    if best is None or best.code == NO_EVENT or _poll_answer(token):
        return None  # no row, or the best row names a sense that is no event ("backed up the files")
    if (
        pos == "N"
        and token.tag_ == "NN"
        and token.lemma_.lower() in _words("plural_event_nouns")
        and not any(
            c.dep_ == "prep" and c.lower_ in {"with", "on", "between", "among"} for c in token.children
        )
    ):
        return None  # "talks" and "talk on limiting missiles" are negotiations; "straight talk" is not
    if pos == "A" and best.code[:2] == "01" and not _under_speech(token):
        # an attitude is a comment only when someone voices it ("said he was optimistic"); "the movement
        # should be optimistic", "an audience more concerned with" describe a state
        return None
    if pos == "V" and token.lemma_.lower() in _words("feeling_verbs") and not _voiced(token):
        return None  # "Jews fear for their safety" is a state; "'I fear …,' she said" voices it
    if (
        best.code == _CONSULT_CODE
        and token.lemma_.lower() in _words("two_party_lemmas")
        and not _two_parties(token)
    ):
        # "discussed my sentence on Fox News": one party talking is a comment; reported by a verb of saying
        # ("'I don't want to talk about it,' he said") it is that saying, no second event
        return None if _under_speech(token) else CodedTrigger(token, _SPEECH_CODE, best, start=start)
    return CodedTrigger(token, best.code, best, start=start)


# British spellings the tables (written in US spelling) lack: wire copy writes "mobilisation", "mobilise"
_US_SPELLINGS: Final = (("isation", "ization"), ("ise", "ize"), ("ising", "izing"))


def us_spelling(lemma: str) -> str:
    """A British -ise/-isation lemma in the US spelling the pattern tables use ("mobilisation" ->
    "mobilization", "demobilise" -> "demobilize"); any other lemma unchanged. Only asked when the word
    itself has no row, so a word whose own row exists ("praise", "exercise") is never respelt."""
    for british, american in _US_SPELLINGS:
        if lemma.endswith(british) and len(lemma) > len(british) + 3:
            return lemma[: -len(british)] + american
    return lemma


def _naming_clause(token: Any) -> bool:
    """A verb of naming whose object is "what" names a thing in the writer's or a party's words and is no
    act of its own: "launched what it called anti-terrorist measures", "practising what state media
    described as the seizure of power" (``naming_verbs``). Dropped last, once the clause rules have run:
    it still makes the sentence one with an event of its own, so a background clause beside it stays
    background ("Ryan, who was reluctant to endorse Trump, … what he called 'our arguments'")."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in _words("naming_verbs")
        and any(c.dep_ in {"dobj", "obj"} and c.tag_ == "WP" for c in token.children)
    )


_CONSULT_CODE: Final = "040"
_DENIAL_CODE: Final = "016"  # CAMEO: deny responsibility
_HOSTILE_QUADS: Final = frozenset({QuadClass.VERBAL_CONFLICT, QuadClass.MATERIAL_CONFLICT})
_PARTY_ENTS: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PARTY_PRONOUNS: Final = frozenset({"we", "they", "us", "them", "him", "her", "you"})


def _two_parties(token: Any) -> bool:
    """Whether a consultation word has two parties: a with/to/among/between phrase, an object that names a
    party, or a plural or coordinated subject ("the two leaders discussed", "Putin and Xi discussed")."""
    for child in token.children:
        if child.dep_ in _PREP_DEPS and child.lower_ in {"with", "to", "among", "between"}:
            return True
        party = child.ent_type_ in _PARTY_ENTS or child.lower_ in _PARTY_PRONOUNS
        if child.dep_ in {"dobj", "obj"} and party:
            return True
    subject = _subject(token) if token.pos_ == "VERB" else None
    if subject is None:
        return bool(token.pos_ != "VERB")  # a noun ("the talks") or a subjectless verb: leave it as coded
    return (
        subject.tag_ in {"NNS", "NNPS"}
        or subject.lower_ in _PARTY_PRONOUNS
        or any(c.dep_ == "conj" for c in subject.children)
    )


_PLACE_ENTS: Final = frozenset({"GPE", "LOC", "FAC"})
_SHAPE_DEPS: Final = {
    "dobj": "@obj",
    "obj": "@obj",
    "ccomp": "@that",
    "xcomp": "@to",
    "poss": "@poss",
    "oprd": "@pred",
    "acomp": "@pred",
}


def _person_name(token: Any) -> bool:
    """Whether ``token`` is in a person's name as the tagger reads it, except a one-word "person" the
    place tables know: the small model tags many cities as persons ("Russian forces attacked Kyiv",
    "… Kharkiv", "… Odesa"), and a place is no person to attack in words. A two-word name stays a person
    ("Jim Jordan")."""
    if token.ent_type_ != "PERSON":
        return False
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return not (alone and code_actor(token.text).country is not None)


def _shape(token: Any) -> set[str]:
    """Argument-shape marks a pattern row can ask for in ``arg``: ``@obj`` (a direct object), ``@that``
    (a complement clause), ``@to`` (an xcomp verb), ``@poss`` (a possessor), ``@person`` (a person's
    name among the arguments), ``@place`` (a place named by a prepositional object), ``@question`` (the
    complement is a question), ``@pred`` (a predicative complement: "considered unclean"), ``@but``
    ("can't help but"), ``@passive`` (an agentless passive), and ``^lemma`` / ``^@person`` /
    ``^@place`` for the subject (the passive subject if there is no other), ``^@placepass`` (a place as
    passive subject, with or without an agent), ``^+lemma`` for what it carries
    (``_cargo``: "an aid convoy crossed into …") ("demonstrated
    that …" is no protest; "a Trump rally" is a campaign's; "Texas was called for Cruz" is no appeal)."""
    marks: set[str] = set()
    for child in token.children:
        mark = _SHAPE_DEPS.get(child.dep_)
        if mark is not None:
            marks.add(mark)
        if _person_name(child) and child.dep_ in {"poss", "compound", "dobj", "obj", "amod"}:
            marks.add("@person")
        elif child.dep_ == "prep":
            ents = {g.ent_type_ for g in child.children if g.dep_ == "pobj"}
            if any(_person_name(g) for g in child.children if g.dep_ == "pobj") and child.lower_ != "by":
                marks.add("@person")  # "attacks from Senator Rubio", "a rally for Trump" (not "by" a name)
            if ents & _PLACE_ENTS:
                marks.add("@place")  # "met in Geneva" (not "in August")
            if "ORG" in ents or any(g.dep_ == "pobj" and _organisation(g) for g in child.children):
                marks.add("@org")  # "withdrawal from ECOWAS", "left NATO's command"
        if child.dep_ == "ccomp" and _question(child):
            marks.add("@question")
        elif child.dep_ == "ccomp":
            marks |= _consequence_marks(token, child)
        elif child.dep_ == "cc" and child.lower_ == "but":
            marks.add("@but")  # "can't help but think"
    for clause in stranded_content(token):
        # "warned in a statement … that Seoul would face …": the clause is the verb's complement
        marks |= {"@that", *_consequence_marks(token, clause)}
    if any(c.dep_ == "nsubjpass" and c.ent_type_ in _PLACE_ENTS for c in token.children):
        marks.add("^@placepass")  # "Iowa was called for Trump by the networks" (not "Poland called for")
    subject = _acting_subject(token)
    if subject is None:
        # a passive subject ("Texas was called for Cruz", "he was called on")
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            marks.add("@passive")
    if subject is not None:
        marks.add("^" + subject.lemma_.lower())
        marks |= {"^+" + w.lemma_.lower() for w in _cargo(subject)}
        if _person_name(subject):
            marks.add("^@person")
        elif subject.ent_type_ in _PLACE_ENTS:
            marks.add("^@place")
    return marks


def _cargo(subject: Any) -> list[Any]:
    """What a vehicle subject carries, for ``^+lemma`` marks: its noun modifiers ("an *aid* convoy") and
    the objects of a participle on it ("lorries carrying *fuel* and cooking *gas*", "loaded with *food*")."""
    words = [c for c in subject.children if c.dep_ in {"compound", "amod"}]
    words += [c for w in words for c in w.children if c.dep_ in {"compound", "amod"}]  # "humanitarian aid"
    for clause in (c for c in subject.children if c.dep_ == "acl"):
        for child in clause.children:
            objects = [child] if child.dep_ in {"dobj", "obj"} else _prep_objects([clause], {"with"})
            for word in objects:
                words.extend([word, *(c for c in word.subtree if c.dep_ in {"conj", "nmod", "compound"})])
    return words


_PERSONAL_PRONOUNS: Final = frozenset({"i", "we", "he", "she", "it", "they"})


def _consequence_marks(token: Any, clause: Any) -> set[str]:
    """Marks of a complement clause that states a consequence, as a warning does when it threatens (CAMEO
    130: "coercive or forceful warnings with serious potential repercussions"): ``@if`` when the clause
    sets a condition ("would respond far more forcefully if Israel retaliated", "would slide into civil war
    unless Henry resigned"), ``@own`` when it says what the speaker's own side will or would do
    (``commitment_aux``: "warned that Tehran would respond", "warned it would respond strongly"; not "warned
    the crisis could lead to conflict")."""
    marks: set[str] = set()
    conditions = _words("conditional_marks") - {"whether"}
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in c.children)
        for c in clause.children
    ):
        marks.add("@if")
    if not _aux(clause) & _words("commitment_aux"):
        return marks
    inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    outer = _subject(token)
    if inner is not None and outer is not None and _speakers_side(inner, outer):
        marks.add("@own")
    return marks


def _speakers_side(inner: Any, outer: Any) -> bool:
    """Whether a reported clause's subject ``inner`` is the speaker ``outer``'s own side: a personal
    pronoun ("warned it would respond"), or a name of the speaker's country ("Zakharova said Moscow
    would …")."""
    if inner.lower_ in _PERSONAL_PRONOUNS:
        return True
    country = code_actor(_phrase(inner)).country
    return country is not None and country == code_actor(_phrase(outer)).country


def _organisation(token: Any) -> bool:
    """Whether a noun names an international organisation or alliance the actor tables code (IGO…, NATO,
    the EU, the UN, the AU …), whatever its entity tag."""
    code = code_actor(_phrase(token)).code or ""
    return code.startswith("IGO") or code in _WORLD_BODIES


# the project's own codes of world bodies (the actor tables code the rest IGO…)
_WORLD_BODIES: Final = frozenset({"NATO", "EU", "UN"})


def _poll_answer(token: Any) -> bool:
    """A verb whose subject (or passive agent) is a share of poll respondents: "Forty percent said …",
    "a majority of voters supported Trump", "was backed by a majority of women" — a poll result, no event."""
    if token.pos_ != "VERB":
        return False
    polled = _words("poll_subjects")
    subject = _acting_subject(token)
    if subject is not None and subject.lemma_.lower() in polled:
        return True
    if (
        subject is not None
        and subject.tag_ == "CD"
        and any(c.lower_ in {"in", "out"} for c in subject.children)
    ):
        return True  # "Nearly three in four say …", "two out of three voters backed …"
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in {"%", "percent"} for c in token.children):
        # "71% of front-page stories were written by men": a statistic, not an act ("one third of the
        # guerrillas have been demobilized" is one)
        return True
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in polled
        for c in token.children
        if c.dep_ == "agent"
        for g in c.children
    )


def _acting_subject(token: Any) -> Any | None:
    """A verb's subject, the noun for a relative pronoun ("party leaders who can support the
    candidate", "the respondents who support Sanders"); None for a word that is not a verb."""
    if token.pos_ != "VERB":
        return None
    subject = _subject(token)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
        return token.head
    return subject


def _question(clause: Any) -> bool:
    """A complement clause that asks: "whether/if …", or one that ends at a question mark."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children):
        return True
    doc = clause.doc
    end = clause.right_edge.i
    return any(doc[i].text == "?" for i in range(max(end - 1, 0), min(end + 2, len(doc))))


_WITH: Final = frozenset({"with"})
_FRAME_ARG_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "acomp", "advcl", "acl"})


def _frame_arguments(token: Any) -> list[Any]:
    """Tokens a frame word may govern: xcomp/ccomp verbs, objects, for/to/on-objects."""
    out: list[Any] = []
    for child in token.children:
        if child.dep_ in _FRAME_ARG_DEPS:
            out.append(child)
            out.extend(c for c in child.children if c.dep_ in {"xcomp", "acl"})
            if child.dep_ == "xcomp" and child.lemma_.lower() not in _words("perception_verbs"):
                # "agreed to undertake joint exercises", "promised to continue military aid"
                # (but "wants to see a withdrawal" is not NATO's own withdrawal)
                out.extend(c for c in child.children if c.dep_ in {"dobj", "obj"})
                # "ready to resolve the issues through dialogue": the means is the act intended
                out.extend(_prep_objects([child], _words("means_preps")))
                if child.lemma_.lower() in _words("proceeding_verbs"):
                    # "vowed to press ahead with an offensive", "to proceed with the talks": the act itself
                    out.extend(_prep_objects([child], _WITH))
            if child.dep_ == "xcomp":
                # "ready to find a negotiated solution", "hopes to see a resumption of talks"
                out.extend(_named_acts(child))
        elif child.dep_ in _PREP_DEPS and child.lower_ in {"for", "to", "on", "of"}:
            out.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
    return out


def _named_acts(verb: Any) -> list[Any]:
    """Where an intent's or appeal's complement verb that is no event names the act intended: a modifier of
    its object ("ready to find a negotiated solution"), its goal ("work toward talks", ``goal_preps``), and
    what an aspectual noun among these is of ("toward a resumption of the talks", ``aspect_nouns``). CAMEO
    036 is "express intent to meet or negotiate" whatever verb carries the intent."""
    goals = _prep_objects([verb], _words("goal_preps"))
    out: list[Any] = list(goals)  # (the object itself is the caller's: "wants to see a withdrawal" is none)
    for noun in [*(c for c in verb.children if c.dep_ in {"dobj", "obj"}), *goals]:
        lemma = noun.lemma_.lower()
        if not patterns_for(noun.pos_, lemma) and lemma not in topics():
            # (an object that names an event or a content is that: "find a negotiated settlement" settles)
            out.extend(c for c in noun.children if c.dep_ == "amod")
        if noun.lemma_.lower() in _words("aspect_nouns"):
            out.extend(_prep_objects([noun], _OF))
    return out


def _apply_frames(coded: dict[int, CodedTrigger], sent: Any) -> None:
    if not coded:
        return
    doc = sent.doc
    lemmas = _doc_index(doc).lemma
    wanted = _frame_lemmas()
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in wanted:
            continue
        token = doc[i]
        if lemma in _words("verb_only_frame_lemmas") and token.pos_ != "VERB":
            continue  # "pressured them to cancel" is a demand; "under pressure to meet targets" is not
        if any(c.dep_ == "oprd" for c in token.children):
            # "called the visit a provocation" names what the visit is, appeals for none: one statement
            # (which :func:`_criticise` may make a criticism), with the visit it speaks of absorbed
            # An act word as the name given ("called the launch an effective territorial invasion", "called
            # the response a significant escalation") is the speaker's charge, no act: a hostile act named
            # accuses of aggression (CAMEO 1123, "blame for initiating hostilities or engaging in
            # questionable or unjustifiable military actions")
            objects = [c for c in token.children if c.dep_ in {"dobj", "obj"} and c.i in coded]
            # (not in a naming clause: "condemned what he called an unprovoked attack" reports the attack)
            names = (
                []
                if _naming_clause(token)
                else [c for c in token.children if c.dep_ == "oprd" and c.i in coded]
            )
            own = coded.get(token.i)
            if (objects or names) and (own is None or own.code == _SPEECH_CODE):
                pattern = own.pattern if own is not None else None
                hostile = any(_violent(coded[c.i].code) for c in names)
                absorbed = {c.i for c in [*objects[:1], *names]}
                coded[token.i] = CodedTrigger(
                    token,
                    _AGGRESSION_CODE if hostile else _SPEECH_CODE,
                    pattern,
                    token.idx,
                    absorbed=absorbed,
                )
                for j in absorbed:
                    del coded[j]
            continue
        if lemma in _words("prediction_lemmas") and any(
            c.dep_ in {"auxpass", "nsubjpass"} for c in token.children
        ):
            # "The Times is expected to endorse …": a prediction by others, neither an intent nor an event
            for arg in _frame_arguments(token):
                coded.pop(arg.i, None)
            continue
        for frame in frames():
            if lemma not in frame.lemmas:
                continue
            for arg in _frame_arguments(token):
                inner = coded.get(arg.i)
                if inner is None or inner.code == _SPEECH_CODE:
                    continue
                if arg.dep_ == "ccomp" and _question(arg):
                    continue  # "asked whether the senator would resign" asks a question, appeals for nothing
                if frame.name in _THREAT_FRAMES and not_threatened(arg):
                    # "warned Putin of strong measures if Russia invaded": the condition is no act threatened,
                    # but a warning that sets one threatens (CAMEO 130, as the ``@if`` row of "warn")
                    own = coded.get(token.i)
                    if own is not None and own.code == _PESSIMISTIC_CODE:
                        own.code = _THREAT_CODE
                    continue
                if frame.name == "demand" and _own_command(token, arg):
                    break  # the ordered act is the orderer's own: the inner event stands as coded
                recoded = (_appeal_frame() if _others_act(frame, token, arg) else frame).recode(inner.code)
                if frame.name == "intent" and agreed_truce(token, inner.code):
                    recoded = TRUCE_CODE  # "agreed to a three-day ceasefire": the truce itself (CAMEO 0871)
                if recoded is None or (
                    recoded[:2] == _THREAT_ROOT and any(c.dep_ == "neg" for c in arg.children)
                ):
                    continue  # "pledged not to threaten or use force", "vowed not to attack": no threat
                coded[token.i] = CodedTrigger(token, recoded, None, token.idx, inner=arg, absorbed={arg.i})
                del coded[arg.i]
                break
            if token.i in coded and coded[token.i].inner is not None:
                break


_THREAT_ROOT: Final = "13"
_THREAT_FRAMES: Final = frozenset({"vow", "threaten"})
_PESSIMISTIC_CODE: Final = "012"  # a bare warning
_AGGRESSION_CODE: Final = "1123"
_OF: Final = frozenset({"of"})
_BY: Final = frozenset({"by"})


def _own_command(token: Any, arg: Any) -> bool:
    """Whether an order (``command_lemmas``) is carried out by the orderer's own side, so that the ordered
    act is the event and no demand (10x) is made of anyone: an order with no addressee ("Shoigu ordered the
    pullback", "ordered a withdrawal") or addressed to forces (``own_force_nouns``) of no other country than
    the orderer's ("Vucic ordered the army to reduce the number of troops"). "Ordered Russia to withdraw"
    and "ordered him to resign" stay demands."""
    if token.lemma_.lower() not in _words("command_lemmas"):
        return False
    addressees = [c for c in token.children if c.dep_ in {"dobj", "obj", "dative"} and c.i != arg.i]
    if not addressees:
        return True
    subject = _subject(token)
    own = code_actor(_phrase(subject)).country if subject is not None else None
    return all(
        a.lemma_.lower() in _words("own_force_nouns") and code_actor(_phrase(a)).country in {None, own}
        for a in addressees
    )


def _others_act(frame: Any, token: Any, arg: Any) -> bool:
    """Whether an intent word wants another party to act ("Sharon wants Germany to pay compensation"):
    an appeal to that party (02x), not the speaker's own intent (03x)."""
    if frame.name != "intent" or arg.pos_ != "VERB" or arg.head.i != token.i or not _to_infinitive(arg):
        return False
    return any(c.dep_ == "nsubj" for c in arg.children) or any(
        c.dep_ in {"dobj", "obj"} for c in token.children
    )


@functools.cache
def _appeal_frame() -> Any:
    return next(f for f in frames() if f.name == "appeal")


def _aux(token: Any) -> set[str]:
    """The lower-case auxiliaries of a verb, typographic apostrophes straightened ("’ll" reads as "'ll")."""
    return {straight_lower(c) for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _under_speech(token: Any) -> bool:
    speech = _words("speech_lemmas")
    return any(a.lemma_.lower() in speech for a in token.ancestors)


def _apply_tense(coded: dict[int, CodedTrigger], sent: Any) -> None:
    """Future cooperation is an expressed intent (03x); "X said Y must …" is a demand (10x)."""
    lex = lexicon()
    intent = next(f for f in frames() if f.name == "intent")
    demand = next(f for f in frames() if f.name == "demand")
    vow = next(f for f in frames() if f.name == "vow")
    reject = next(f for f in frames() if f.name == "reject")
    future = set(lex["future_aux"])
    reported = set(lex["reported_future_aux"])
    for entry in list(coded.values()):
        token = entry.token
        if entry.inner is not None:
            continue
        if token.pos_ != "VERB":
            # an event noun takes the tense of the verb that has it as object, when that verb is no
            # event of its own ("it would tighten the naval blockade", "will hold talks")
            if token.dep_ not in {"dobj", "obj"} or token.head.pos_ != "VERB" or token.head.i in coded:
                continue
            token = token.head
        aux = _aux(token)
        if (aux & future or aux & reported) and any(c.dep_ == "neg" for c in token.children):
            # "will not accept any more refugees", "would not meet the demands": CAMEO codes a refusal
            # (not an agentless passive: "the emails will not be released until February" is a schedule)
            if _agentless_passive(token):
                continue
            refused = reject.recode(entry.code)
            if refused is not None:
                entry.code, entry.intent, entry.refusal = refused, True, True
            continue
        if aux & future or (aux & reported and _under_speech(token)):
            # Future cooperation is an intent (03x); future coercion or force is a threat (13x).
            recoded = intent.recode(entry.code) or vow.recode(entry.code)
            if recoded is not None and not announced_measure(token, entry.code):
                # (a reduction of relations a plain statement announces as settled stays the measure, M28)
                entry.code, entry.intent = recoded, True
    obligation = set(lex["obligation_aux"])
    speech = _words("speech_lemmas")
    doc = sent.doc
    lemmas = _doc_index(doc).lemma
    for i in range(sent.start, sent.end):
        if lemmas[i] not in speech or (i in coded and coded[i].code != _SPEECH_CODE):
            continue
        token = doc[i]
        for clause in (c for c in token.children if c.dep_ == "ccomp" and _aux(c) & obligation):
            inner = coded.get(clause.i)
            recoded = demand.recode(inner.code) if inner is not None else None
            if inner is not None and recoded is not None:
                coded[token.i] = CodedTrigger(
                    token, recoded, None, token.idx, inner=clause, absorbed={clause.i}
                )
                del coded[clause.i]
            else:
                coded[token.i] = CodedTrigger(token, "100", None, token.idx)
            break


def _deny_acts_only(coded: dict[int, CodedTrigger]) -> None:
    """A denial with a complement clause is CAMEO 016 ("deny responsibility or involvement in an action")
    only when the clause reports a hostile act ("denied that its forces had harmed civilians", "denied that
    the raid killed anyone": quad classes 3 and 4); denying some other proposition ("denied that she had
    anything to do with his decision") is no denial of an act. A gerund denies the denier's own doing
    ("denied carrying out the raid") and stays."""
    codes = cameo()
    for i in [i for i, c in coded.items() if c.code == _DENIAL_CODE]:
        token = coded[i].token
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        if not clauses or any(c.dep_ in {"dobj", "obj", "xcomp"} for c in token.children):
            continue
        inside = {t.i for clause in clauses for t in clause.subtree}
        if not any(
            j in inside and codes[c.code].quad_class in _HOSTILE_QUADS for j, c in coded.items() if j != i
        ) and not denied_party_act(token, _is_party):  # "denied that officers had used …" (W28)
            del coded[i]


def _agentless_passive(token: Any) -> bool:
    children = list(token.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _violent(code: str) -> bool:
    return code[:2] in {"18", "19", "20"}


def _absorb_governed(coded: dict[int, CodedTrigger]) -> None:
    """Drop an event whose trigger is governed (within its clause) by another event's trigger: a noun
    event in the arguments of a verb event ("signed a treaty of friendship and cooperation" is one
    057), and a verb in an open complement ("declined to comment", "urged the rebels to honor"): one
    main event per clause."""
    light = _words("light_verbs")
    for i in sorted(coded):
        entry = coded.get(i)
        if entry is None:
            continue
        if meeting_held(entry.token, entry.code) is not None:
            continue  # "agreed to a truce after ten hours of talks": the talks were held, an event
        # a gerund after a preposition is a noun here ("a proposal for signing", "convicted … for destroying")
        nominal = entry.token.pos_ in {"NOUN", "PROPN"} or entry.token.dep_ == "pcomp"
        node = entry.token
        for _ in range(6 if nominal else 4):
            if node.dep_ in _CLAUSE_EDGES and not (nominal and node.dep_ == "conj" and _is_nominal(node)):
                break
            node = node.head
            outer = coded.get(node.i) or next((c for c in coded.values() if node.i in c.absorbed), None)
            if (
                outer is not None
                and _violent(entry.code)
                and _violent(outer.code)
                and entry.token.dep_ == "nsubj"
            ):
                # "a roadside bombing killed …", "suicide bombers killed …": the subject names the act
                outer.code = entry.code
            if outer is not None and outer.code != _SPEECH_CODE and node.i != i:
                if outer.code == _DENIAL_CODE and not nominal:
                    # "denied carrying out the raid": the act denied stays an event (status denied), the
                    # claim ledger's evidence against the claim, as in "denied that it had carried out …"
                    break
                if nominal or entry.token.dep_ == "xcomp" or node.lemma_.lower() in light:
                    outer.absorbed.add(i)
                    del coded[i]
                break


_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "ROOT", "parataxis", "csubj", "conj"})


def _is_nominal(token: Any) -> bool:
    return bool(token.pos_ in {"NOUN", "PROPN"})


def _drop_reporting(coded: dict[int, CodedTrigger]) -> None:
    """A speech verb (010) is an event only if nothing in what it reports is one, and not when it
    reports the event that governs it ("The UN will provide food aid, the agency said"). A verb
    coordinated with it is a further act of the speaker, not what it reports ("said the missiles had
    landed, and condemned the drills": the statement and the condemnation, :func:`_reported`)."""
    for i in [i for i, c in coded.items() if c.code == _SPEECH_CODE]:
        token = coded[i].token
        reports = any(j != i and coded[j].code != _SPEECH_CODE for j in _reported(token) if j in coded)
        attributes = token.dep_ in {"parataxis", "ccomp", "conj"} and any(
            a.i in coded and coded[a.i].code != _SPEECH_CODE for a in token.ancestors
        )
        if reports or attributes:
            speech = coded.pop(i)
            told = [j for j in _reported(token) if j in coded] if reports else [a.i for a in token.ancestors]
            for j in told:
                if j in coded and coded[j].code != _SPEECH_CODE and coded[j].reporter is None:
                    coded[j].reporter = speech


def _reported(token: Any) -> Iterator[int]:
    """The token indices of a speech verb's subtree but for the verbs coordinated with it (and their
    arguments) when it reports a clause of its own: what it says, its own arguments and modifiers. A
    speech verb with no clause ("called the demolition a senseless act and warned …", "announced an
    amnesty and urged …") keeps its conjuncts: it is no statement of its own there."""
    children = list(token.children)
    own_clause = any(c.dep_ in _REPORTED_CLAUSE for c in children)
    for child in children:
        if own_clause and child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            continue
        yield from (t.i for t in child.subtree)


_REPORTED_CLAUSE: Final = frozenset({"ccomp", "parataxis"})


def _modifier_clause(token: Any) -> bool:
    """Whether the trigger lies in a clause that modifies a noun ("arms seized last week", "athletes
    killed at the 1972 Games", "rebels fighting to topple him", "where 28 people were killed"). A past
    tense (VBD) hung on a noun that is the sentence's root is its main verb, which the parse took for a
    modifier ("China, which shares a border with Shan State, called on all sides to cease fire")."""
    node = token
    while node.head.i != node.i:
        if (
            node.dep_ in {"relcl", "acl"}
            and node.pos_ in {"VERB", "AUX"}
            and node.head.pos_ in {"NOUN", "PROPN"}
        ):
            if node.dep_ == "acl" and node.tag_ == "VBD" and node.head.dep_ == "ROOT":
                return False
            if node.head.dep_ == "pobj" and node in stranded_content(node.head.head.head):
                return False  # a complement clause hung on "in a statement": "warned in a statement … that"
            return not _named_third_party(node)
        if node.dep_ in {"ccomp", "advcl", "parataxis", "ROOT"}:
            return False
        node = node.head
    return False


_RELATIVIZERS: Final = frozenset({"WDT", "WP", "WP$"})


def _named_third_party(clause: Any) -> bool:
    """Whether a passive participle on a noun names, in its by-phrase, a party that mediated or hosted
    (``third_party_lemmas``: "a deal brokered by Russia and Turkey", "talks hosted by Erdogan", "the deal,
    mediated by the African Union"). The third party is named nowhere else: its act is reported, not a
    description of the deal (CAMEO 045 mediate, 043 host)."""
    if clause.tag_ != "VBN" or clause.lemma_.lower() not in _words("third_party_lemmas"):
        return False
    return any(code_actor(_phrase(g)).code is not None for g in _prep_objects([clause], _BY, dep="agent"))


def _not_done(entry: CodedTrigger) -> bool:
    """A negated act in the present or a gerund or infinitive ("our action does not pardon anyone", "I'm
    not requesting it", "for not releasing transcripts", "he doesn't forgive"): nothing happened. A modal
    ("couldn't support", "won't accept") is a refusal and a past "did not send" a denial, both CAMEO events,
    unless an agentless passive names no one who refuses; speech verbs, rejections and threats are left to
    their own rules."""
    token = entry.token
    if entry.refusal or entry.code[:2] in {"12", "13"} or token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in _words("speech_lemmas") or not any(c.dep_ == "neg" for c in token.children):
        return False
    if _agentless_passive(token):
        return True  # "will not be released until February", "I haven't been endorsed"
    return not any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "MD" or c.tag_ == "VBD") for c in token.children
    )


def _restrictive(clause: Any) -> bool:
    """A restrictive relative clause: one with a relative word (a parse that hangs "…,' he said" on a noun
    has none) and no comma before it ("the mayor, who has endorsed Cruz, …" is about that mayor)."""
    edge = clause.left_edge
    if not any(c.tag_ in _RELATIVIZERS for c in clause.subtree if c.i < clause.i):
        return False
    return bool(edge.i == 0 or edge.doc[edge.i - 1].text != ",")


def _description_clause(token: Any) -> bool:
    """Whether the trigger lies in a clause that describes a thing or a kind of person, even when the
    sentence has no other event: a passive participle ("the emails released Monday", "a poll released on
    Friday", "a class called …") or a restrictive relative clause on a common noun ("a donor who backs
    Mr. Cruz", "people who are also supporting me"). A relative clause on a name or after a comma
    ("Sanders, who has endorsed Canova", "the mayor, who has endorsed him") reports what that actor did."""
    node = token
    while node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"} and node.head.pos_ == "NOUN":
            if node.dep_ == "acl" and node.tag_ == "VBN":
                if _named_third_party(node) or set_off_participle(node):
                    return False
                # (not where the parse made a main verb a participle: "Doctors from aid groups donated …"
                # with a noun as root, "…, a human rights group protested here")
                return bool(
                    node.head.dep_ not in {"ROOT", "appos"} and node.sent.root.pos_ in {"VERB", "AUX"}
                )
            if node.dep_ == "relcl" and _restrictive(node):
                return True
        if node.dep_ in {"ccomp", "advcl", "parataxis", "ROOT", "relcl", "acl"}:
            return False
        node = node.head
    return False


def _purpose(token: Any) -> bool:
    """A to-infinitive adverbial clause: the purpose of the sentence's event ("to end the fighting")."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _eventful(verb: Any, coded: dict[int, CodedTrigger]) -> bool:
    """Whether a clause has an event of its own: its verb, or its subject or object ("staged demonstrations
    to demand reforms"). The purpose clause of an eventless clause is the event ("sent experts to
    investigate")."""
    return verb.i in coded or any(c.i in coded for c in verb.children if c.dep_ in _CORE_DEPS)


_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr"})
# conditions and causes; "until" names what an act lasts to ("will keep advancing until the troops left")
_SUBORDINATORS = frozenset({"if", "unless", "whether", "because", "until"})


_MATERIAL: Final = frozenset({QuadClass.MATERIAL_COOPERATION, QuadClass.MATERIAL_CONFLICT})


def _acting_participle(entry: CodedTrigger, coded: dict[int, CodedTrigger]) -> bool:
    """A material act (CAMEO quad classes 2 and 4) in a subjectless present participle ("…, shelling
    Stepanakert") whose governing verb is a main clause's light verb (``light_verbs``: launch, begin,
    conduct…) and reports no event of its own (neither the verb nor its subject or object is coded): the
    participle names the act the light verb launched, as the purpose clause of an eventless clause does
    (:func:`_eventful`). Other verbs keep their participles as background: on real news "went on the
    offensive, even seizing on a remark", "is playing interference, imposing new restrictions" are
    figurative or commentary, and the statement around them is the judged event. "Azerbaijan
    launched what it called anti-terrorist measures, shelling Stepanakert" reports the shelling (CAMEO 194);
    "…, killing at least 156 people" beside a coded attack stays its consequence, and "gathered …, demanding
    the resignation" stays the protest's purpose (a verbal act). A noun in the participle's arguments
    ("…, pounding positions in an offensive") goes with it."""
    if cameo()[entry.code].quad_class not in _MATERIAL:
        return False
    token = entry.token
    for _ in range(6):
        if token.dep_ in _CLAUSE_EDGES:
            break
        token = token.head
    head = token.head
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and head.pos_ == "VERB"
        and head.lemma_.lower() in _words("light_verbs")
        and head.dep_ in {"ROOT", "conj", "ccomp"}
        and head.lemma_.lower() not in _speech()
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children)
        and not _eventful(head, coded)
        and not any(c.absorbed and head.i in c.absorbed for c in coded.values())
    )


def _adjunct(token: Any) -> bool:
    """Whether the trigger lies in an adjunct of its clause: a conditional or causal clause ("if it is
    attacked", "unless the Kremlin withdrew its troops"), a participial clause without a subject of its own
    ("…, killing at least 156 people", "…, saying he must resign"), or a noun under an adjunct
    preposition ("despite hours of negotiations", "after two days of fighting"). These are conditions,
    consequences and background of the clause's own event, not further events of the sentence."""
    adjuncts = _adjunct_preps()
    node = token
    for _ in range(12):
        dep = node.dep_
        if dep == "advcl":
            children = node.children
            if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in children):
                return True
            # "wrote to Bush urging him to send troops": what a speech act says is not its background
            return (
                node.tag_ in {"VBG", "VBN"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
                and node.head.lemma_.lower() not in _speech()
            )
        if dep == "pobj" and (
            node.head.lower_ in adjuncts
            # "ahead of the talks", "because of", "prior to": a two-word preposition
            or (node.head.lower_ in {"of", "to"} and node.head.head.lower_ in {"ahead", "because", "prior"})
        ):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


@functools.cache
def _speech() -> frozenset[str]:
    return frozenset(lexicon()["speech_lemmas"]) | {"write"}


@functools.cache
def _background_preps() -> frozenset[str]:
    """Concessive and time-frame adjuncts, whose object is background to an event, not its topic (a cause,
    "because of the new law", "after the arrests", is what a protest is about)."""
    return frozenset({"despite", "during", "amid", "before", "since", "ahead", "prior"})


@functools.cache
def _adjunct_preps() -> frozenset[str]:
    return frozenset(lexicon()["adjunct_preps"]) - {"as", "over", "about", "given"}


def _journey_purpose(entry: CodedTrigger, coded: dict[int, CodedTrigger]) -> bool:
    """Whether a purpose clause is what a visit or an envoy sent was for ("sent envoys to Seoul to protest the
    arrests", "flew to Moscow to sign the deal"): an act of its own beside the visit (04), not its background
    (round 18: E25 made such sendings visits, and the protest they carried had been the sentence's event)."""
    head = coded.get(entry.token.head.i)
    return head is not None and head.code[:2] == "04" and entry.code[:2] != "04"


def _drop_background(coded: dict[int, CodedTrigger]) -> None:
    """Against over-generation: events in noun-modifying clauses are background to the sentence's
    own event(s), and a demand or appeal that is the purpose of a protest is part of the protest
    ("staged demonstrations to demand reforms", "blocked roads demanding …")."""
    background = {
        i
        for i, c in coded.items()
        if (_modifier_clause(c.token) and not party_relative_clause(c.token, c.code, _is_party))
        or (_purpose(c.token) and _eventful(c.token.head, coded) and not _journey_purpose(c, coded))
        or (
            _adjunct(c.token)
            and not _acting_participle(c, coded)
            and not _held_or_mediated(c)
            and not accusing_participle(c.token, c.code)  # "expelled the envoy, accusing Kigali of …"
        )
    }
    if len(background) < len(coded):
        for i in background:
            del coded[i]
    # (an act only allowed or helped is no event even alone: what the writer codes is the enabling act)
    for i in [
        i
        for i, c in coded.items()
        if _description_clause(c.token)
        or _not_done(c)
        or _setting(c)
        or _enabled_act(c.token)
        or _summing_claim(c.token)
        or unattributed_harm(c.token, c.code)  # "an explosion at a fuel depot killed 20": no one's act
        or whole_conflict(c.token, c.code)  # "since the war began", "a war of conquest": no act
    ]:
        del coded[i]
    for i in [i for i, c in coded.items() if c.code[:2] in {"02", "10"}]:
        node = coded[i].token
        if (
            node.dep_ in {"advcl", "xcomp", "acl"}
            and node.head.i in coded
            and coded[node.head.i].code[:2] == "14"
        ):
            del coded[i]


_GATHERING_ROOTS: Final = frozenset({"04", "14"})
_ENABLERS: Final = "event_keep_enablers.tsv"


@functools.cache
def _enabling_lemmas() -> frozenset[str]:
    """Verbs that would make another party's act possible (allow, let, help…;
    ``knowledge/event_keep_enablers.tsv``)."""
    return frozenset(r["lemma"].lower() for r in read_tsv(_ENABLERS, ("lemma",)))


def _enabled_act(token: Any) -> bool:
    """Whether the trigger is an act another party would only be allowed or helped to do: the bare or
    to-infinitive complement, with a doer of its own (its subject, or the enabling verb's object), of an
    enabling verb (:func:`_enabling_lemmas`) not itself reported as done — an infinitive, a gerund or a
    modal's verb ("a resolution allowing humanitarian aid to reach Afghanistan", "a bill allowing more troops
    to deploy to a base in Qatar", "deploying soldiers to help government forces fight an insurgency"). The
    enabling act is the sentence's event; what it would make possible has not happened (round 19, P26: three
    writers leave it uncoded). "Helped recapture the port" (the helper's own act, done) stays an event."""
    head = token.head
    if token.dep_ not in {"ccomp", "xcomp"} or token.tag_ != "VB" or head.i == token.i:
        return False
    if head.lemma_.lower() not in _enabling_lemmas():
        return False
    own_doer = any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) or (
        token.dep_ == "xcomp" and any(c.dep_ in {"dobj", "obj"} for c in head.children)
    )
    not_done = head.tag_ in {"VB", "VBG"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return own_doer and not_done


def _summing_claim(token: Any) -> bool:
    """Whether the trigger is a claim noun (``claim_nouns``) set off after a comma that sums up the clause
    before it for a relative clause denying it ("…, an accusation Eritrea has repeatedly denied", "…,
    charges that Paris firmly rejected"): a re-mention of the accusation the clause reports, coded there;
    the denial is its own event (:mod:`._event_speech`). The parse hangs the noun anywhere (apposition,
    adverbial noun, even a conjoined verb "charges"), so the construction is read off the words: the comma
    before the noun phrase and a denial verb with a subject of its own under the noun."""
    if token.lemma_.lower() not in speech_words("claim_nouns"):
        return False
    edge = token.left_edge.i
    if edge == 0 or token.doc[edge - 1].text != ",":
        return False
    # (a denial with an object of its own is what a content clause says: "…, charges that Paris rejected it")
    return any(
        c.dep_ in {"relcl", "acl", "ccomp"}
        and c.lemma_.lower() in speech_words("denial_verbs")
        and any(g.dep_ == "nsubj" for g in c.children)
        and not any(g.dep_ in {"dobj", "obj"} and g.tag_ != "WDT" for g in c.children)
        for c in token.children
    )


def _held_or_mediated(entry: CodedTrigger) -> bool:
    """An adjunct that reports a consultation held ("after ten hours of talks", :func:`meeting_held`) or a
    named party's mediation or hosting of what the adjunct names ("following a deal brokered by Qatar",
    "after talks hosted by the president", :func:`_named_third_party`): events of the sentence, not its
    background."""
    token = entry.token
    if meeting_held(token, entry.code) is not None:
        return True
    return token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"} and _named_third_party(token)


def _setting(entry: CodedTrigger) -> bool:
    """A meeting or rally named as where something happens ("said at the rally", "At a town hall meeting
    in Hudson, …") is the setting of the sentence's news, not an event reported by it."""
    token = entry.token
    return (
        entry.code[:2] in _GATHERING_ROOTS
        and token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ == "pobj"
        and token.head.lower_ == "at"
    )


@dataclass(frozen=True, slots=True)
class _DocIndex:
    """Per-document arrays read once with ``Doc.to_array``: lower-cased lemma, lower form and coarse part
    of speech of every token, so that the coder's scans touch a spaCy ``Token`` only for candidates."""

    lemma: list[str]
    lower: list[str]
    pos: list[str]


_INDEX_KEY: Final = ("watchfloor", "event-index")
_POS_NAMES: Final = ("VERB", "NOUN", "ADJ", "PROPN")


def _doc_index(doc: Any) -> _DocIndex:
    index: _DocIndex | None = doc.user_data.get(_INDEX_KEY)
    if index is None:
        strings = doc.vocab.strings
        # Hashes are decoded once per distinct value: a document has a few hundred distinct lemmas.
        array = doc.to_array([LEMMA, LOWER, POS])
        values, inverse = numpy.unique(array, return_inverse=True)
        decoded = [strings[int(h)] for h in values.tolist()]
        lowered = [d.lower() for d in decoded]
        coarse = [_POS.get(d, "") if d in _POS_NAMES else "" for d in decoded]
        codes = inverse.reshape(array.shape).T.tolist()
        index = _DocIndex(
            lemma=[lowered[k] for k in codes[0]],
            lower=[lowered[k] for k in codes[1]],
            pos=[coarse[k] for k in codes[2]],
        )
        doc.user_data[_INDEX_KEY] = index
    return index


@functools.cache
def _frame_lemmas() -> frozenset[str]:
    return frozenset(lemma for frame in frames() for lemma in frame.lemmas)


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "punct", "cc"})
_NAME_ENTS = frozenset({"GPE", "NORP", "PERSON", "LOC", "FAC"})


def _to_infinitive(token: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _content_clause(token: Any) -> bool:
    """A noun's to-infinitive or that-clause: what a request, plan or demand is ("demands that the
    government grant more rights")."""
    return any(
        (c.dep_ == "aux" and c.tag_ == "TO") or (c.dep_ == "mark" and c.lower_ == "that")
        for c in token.children
    )


_TOPIC_DEPTH = 6


def _topic(token: Any, table: dict[str, str]) -> str | None:
    lemma = token.lemma_.lower()
    code = table.get(lemma)
    if code is None and token.pos_ == "NOUN":
        code = codebook_topics().get(lemma)
    return code


def _modified_topic(node: Any, table: dict[str, str]) -> str | None:
    """A topic word's code, or its modifier's when that names a sibling in the same family: "democratic
    reforms" are about institutions (0834), not just policy (0832); "election law" likewise."""
    code = _topic(node, table)
    if code is None or len(code) < 4:
        return code
    for child in node.children:
        if child.dep_ in {"amod", "compound"}:
            finer = _topic(child, table)
            if finer is not None and finer[:3] == code[:3]:
                return finer
    return code


def _refine_topics(coded: dict[int, CodedTrigger], hits: dict[int, str]) -> None:
    """A coarse code made finer by what the event is about: the nearest word in its complement that
    names a cooperation or concession ("urged … to extradite" 020 → 0213, "demanded political reforms"
    100 → 1042, "staged rallies against the party's leader" 141 → 1411). Words are event words of the
    sentence (their own code) or ``event_cameo_topics.tsv`` entries; ``event_cameo_refine.tsv`` says
    which finer code a parent takes for each."""
    table = topics()
    for entry in coded.values():
        token = entry.token
        holder = token
        if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            holder = token.head  # "staged rallies … to demand": the purpose hangs on the verb
        frontier = [c for c in holder.children if c.dep_ not in _SUBJECT_DEPS and c.i != token.i]
        if holder.i != token.i:
            frontier += [c for c in token.children if c.dep_ not in _SUBJECT_DEPS]
        frontier = [c for c in frontier if not _background(c)]
        threat = entry.code[:2] == _THREAT_ROOT
        if threat:  # a threat is refined by the act threatened, not by its condition or the act answered
            frontier = [c for c in frontier if not not_threatened(c)]
        for _ in range(_TOPIC_DEPTH):
            if not frontier:
                break
            nxt: list[Any] = []
            for node in sorted(frontier, key=lambda t: t.i):
                # a word of a name is no topic ("the Democratic People's Republic of Korea")
                inner = hits.get(node.i) or (
                    None if node.ent_type_ in _NAME_ENTS else _modified_topic(node, table)
                )
                if inner is not None:
                    finer = refine(entry.code, inner)
                    if finer is not None:
                        entry.code = finer
                # a noun's to-infinitive or that-clause is its content ("a request to interrogate detainees",
                # "failure to usher in reforms"); other noun-modifying clauses are background ("arms seized
                # last week")
                nxt.extend(
                    c
                    for c in node.children
                    if (
                        c.dep_ not in {"punct", "cc", "relcl", "acl", "appos"}
                        or (c.dep_ in {"acl", "relcl"} and _content_clause(c))
                    )
                    and not _background(c)
                    and not (threat and not_threatened(c))
                )
            frontier = nxt


def _background(token: Any) -> bool:
    """An adjunct phrase or clause is not what an event is about ("despite mounting tensions", "ahead of
    talks", "before they disarm")."""
    preps = _background_preps()
    if token.lower_ in preps:
        return True
    return token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in token.children)


def code_sentence(sent: Any) -> list[CodedTrigger]:
    """CAMEO-coded triggers of one spaCy sentence, in text order (no actors or status yet)."""
    doc = sent.doc
    index = _doc_index(doc)
    keys = pattern_keys()
    coded: dict[int, CodedTrigger] = {}
    for i in range(sent.start, sent.end):
        pos = index.pos[i]
        if not pos:
            continue
        # Only a word with a pattern row (or the end of a hyphenated word) becomes a spaCy Token here.
        if (
            (pos, index.lemma[i]) not in keys
            and (pos, index.lower[i]) not in keys
            and not (i >= 2 and index.lower[i - 1] == "-")
            and (pos, us_spelling(index.lemma[i])) not in keys
        ):
            continue
        hit = _code_token(doc[i])
        if hit is None and force_not_ruled_out(doc[i]):
            hit = CodedTrigger(doc[i], FORCE_THREAT_CODE, None, doc[i].idx)
        if hit is not None:
            if hit.code == LABOUR_STRIKE_CODE and _bare(hit) and military_strike(hit.token):
                hit.code = MILITARY_STRIKE_CODE
            elif weapon_killing(hit.token, hit.code):
                hit.code = WEAPON_KILLING_CODE  # "an explosion killed …": no assault without weapons
            elif hit.code[:2] == _INTENT_ROOT and accord_reached(hit.token):
                hit.code = ACCORD_CODE  # "reached a consensus on ending the violence": accord, no intent
            coded[i] = hit
    _civil_constructions(coded, sent, index)
    for entry in coded.values():
        if repression_toll(entry.token, entry.code):
            # "were killed when police and protesters clashed": the toll of repression (175), by the police
            entry.code = REPRESSION_CODE
            entry.agent = entry.agent or repression_force(entry.token)
            entry.party = entry.party or next(
                (c for c in entry.token.children if c.dep_ == "nsubjpass"), None
            )  # whom it killed, not the protest it broke up
        elif aerial_bombing(entry.token, entry.code):
            entry.code = AERIAL_CODE  # "warplanes bombed targets": aerial weapons, 195 (codebook 183's note)
        elif protest_clash(entry.token, entry.code):
            entry.code = RIOT_CODE  # "clashes between protesters and police": the crowd's, 145
            crowd, force = clash_parties(entry.token)
            entry.agent = entry.agent or crowd
            entry.party = entry.party or force
    _occupations(coded, sent, index)
    _deny_acts_only(coded)
    hits = {i: c.code for i, c in coded.items()}
    _apply_frames(coded, sent)
    _expulsions(coded)
    _agreed_truces(coded)
    _accepted_truces(coded)
    for i in [i for i, c in coded.items() if failed_act(c.token) or _called_off(c, coded)]:
        del coded[i]  # "failed to protect the region", "suspended the deployment": an act not done
    # "leaders meeting in Luanda called on …": the meeting only places them; "signed a decree banning
    # flights", "hosts 1.4 million refugees": no agreement, no visit
    for i in [i for i, c in coded.items() if idle_meeting(c.token, c.code) or inert_object(c.token)]:
        del coded[i]
    _apply_tense(coded, sent)
    for entry in coded.values():
        if recognition_withheld(entry.token, entry.code):
            entry.code, entry.refusal = REJECT_CODE, True  # "did not recognise the zone": a refusal
    _absorb_governed(coded)
    _speaker_act(coded)
    _drop_background(coded)
    _drop_questions(coded, sent)
    _drop_generic(coded)
    _drop_generic_voices(coded)
    _drop_posed(coded)
    _drop_referred(coded)
    _promised_consequence(coded)
    _blaming_statements(coded, hits)
    _drop_reporting(coded)
    _speech_intent(coded)
    _accuse(coded)
    _criticise(coded)
    _praise(coded)
    _refine_topics(coded, hits)
    _accepted_yields(coded)
    for entry in coded.values():
        if rallied_protest(entry.token, entry.code, hits):
            entry.code = RALLY_OPPOSITION_CODE  # "urged people to protest against the takeover"
    _speech_events(coded, sent)
    _warned_consequences(coded)
    _relayed_acts(coded)
    # ("whom he called victims of …" disparages: a naming rule's event is no naming clause)
    return [c for i, c in sorted(coded.items()) if c.rule is not None or not _naming_clause(c.token)]


def _warned_consequences(coded: dict[int, CodedTrigger]) -> None:
    """A bare warning (012) that says a party will pay a consequence ("warned Ankara that reinstating capital
    punishment would end its bid", "Vilnius would bear all consequences, Beijing warned") is a threat
    (CAMEO 130; :func:`._event_warnings.consequence_warning`, round 20, W28)."""
    for entry in coded.values():
        if entry.inner is None and consequence_warning(entry.token, entry.code, _is_party, _speakers_side):
            entry.code = _CONSEQUENCE_THREAT_CODE


def _relayed_acts(coded: dict[int, CodedTrigger]) -> None:
    """The material act an accusation absorbed ("accused Kyiv of shooting down the plane") is also an event
    of its own, done by the accused (:func:`accused_party`), whose status the accusation makes claimed: the
    record keeps the act charged apart from the charging (CAMEO 112: an allegation does not imply that the
    act took place)."""
    for entry in list(coded.values()):
        doc = entry.token.doc
        for i in sorted({*entry.absorbed, *([entry.inner.i] if entry.inner is not None else [])}):
            act = doc[i]
            agent = None if i in coded else accused_party(entry.token, act)
            hit = _code_token(act) if agent is not None else None
            if hit is None or hit.code == NO_EVENT or not relayed_code(act, hit.code):
                continue
            hit.rule, hit.agent, hit.added = RELAYED, agent, True
            hit.claimant = next((c for c in entry.token.children if c.dep_ in _SUBJECT_DEPS), None)
            coded[i] = hit
            break


_BLAME_CODE: Final = "112"


def _blaming_statements(coded: dict[int, CodedTrigger], hits: Mapping[int, str]) -> None:
    """A plain statement (010) that puts a party behind an act or makes it responsible for one is an
    accusation (CAMEO 112, :func:`blamed_act`: "said Ukraine's security service was behind the attack"),
    kept though it reports an event. ``hits`` are the sentence's first
    codes (the act word may since have been dropped as background)."""
    for entry in coded.values():
        token = entry.token
        if (
            entry.code == _SPEECH_CODE
            and token.pos_ == "VERB"
            and blamed_act(token, hits, _is_party) is not None
        ):
            entry.code = _BLAME_CODE


def _speech_events(coded: dict[int, CodedTrigger], sent: Any) -> None:
    """The further events speech makes in a sentence (:func:`speech_events`: a denial of a claim, a naming
    that disparages, a warning that threatens): new triggers, or a plain statement or warning recoded."""
    found = speech_events(
        sent,
        {i: c.code for i, c in coded.items()},
        _is_party,
        disparaging=_words("criticism_words"),
        own_side=_speakers_side,
    )
    for held in coded.values():
        if held.agent is None:
            # "said 200 people had been detained and accused the opposition of …": the speaker accuses
            held.agent = reported_accuser(held.token, held.code, _speech())
        if held.party is None and accusing_participle(held.token, held.code):
            held.party = participle_accused(held.token, _is_party)  # "…, accusing it of": Qatar
    for hit in found:
        entry = coded.get(hit.token.i)
        if entry is None:
            coded[hit.token.i] = CodedTrigger(
                hit.token, hit.code, None, hit.token.idx, rule=hit.rule, party=hit.party, added=True
            )
        else:  # a statement or warning recoded
            entry.code, entry.rule, entry.party = hit.code, hit.rule, hit.party


def _expulsions(coded: dict[int, CodedTrigger]) -> None:
    """An order to diplomats to leave expels them (161, :func:`._event_cover.expulsion_code`), though the
    frame of "order" made it a demand to withdraw."""
    for entry in coded.values():
        code = expulsion_code(entry.token)
        if code is not None:
            entry.code = code


def _agreed_truces(coded: dict[int, CodedTrigger]) -> None:
    """A passive agreement whose subject is a ceasefire is the truce ("The truce was
    agreed in Geneva", CAMEO 0871, :func:`agreed_truce_subject`): one event at the agreement word, the noun
    absorbed."""
    for i, entry in list(coded.items()):
        subject = agreed_truce_subject(entry.token)
        if subject is None or subject.i not in coded or not coded[subject.i].code.startswith(TRUCE_CODE):
            continue
        coded[i] = CodedTrigger(entry.token, TRUCE_CODE, None, entry.token.idx, absorbed={subject.i})
        del coded[subject.i]


def _accepted_truces(coded: dict[int, CodedTrigger]) -> None:
    """A ceasefire accepted is the truce agreed ("had accepted any ceasefire", CAMEO 0871,
    :func:`accepted_truce`): one event at the acceptance word, the noun absorbed."""
    for i, entry in list(coded.items()):
        truce = accepted_truce(entry.token, lambda t: t.i in coded and coded[t.i].code.startswith(TRUCE_CODE))
        if truce is None:
            continue
        coded[i] = CodedTrigger(entry.token, TRUCE_CODE, None, entry.token.idx, absorbed={truce.i})
        del coded[truce.i]


def _accepted_yields(coded: dict[int, CodedTrigger]) -> None:
    """An acceptance done of no truce nor offer ("accepted the verdict", "had accepted all of the terms",
    :func:`accepted_yield`) is a yielding: its intent code (03x) becomes the yielding it intends (08x)."""
    intent = next(f for f in frames() if f.name == "intent")
    for entry in coded.values():
        if entry.code[:2] != _INTENT_ROOT or entry.inner is not None or not accepted_yield(entry.token):
            continue
        done = yield_code(entry.code, intent.mapping)
        if done is not None:
            entry.code = done


def _civil_constructions(coded: dict[int, CodedTrigger], sent: Any, index: Any) -> None:
    """Non-war crisis constructions (:mod:`._event_civil`: a crowd storming a building 145, the police
    killing protesters 175, ties cut 161, a border sealed 191) recode the verb, or code it when no row
    did ("cut ties" has none)."""
    lemmas = civil_lemmas()
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if index.pos[i] != "V" or index.lemma[i] not in lemmas:
            continue
        code = civil_code(doc[i])
        if code is None:
            continue
        if i in coded:
            coded[i].code = code
        else:
            coded[i] = CodedTrigger(doc[i], code, None, doc[i].idx)


def _occupations(coded: dict[int, CodedTrigger], sent: Any, index: Any) -> None:
    """Armed men entering a place occupy it (:func:`._event_cover.occupation_code`, 192): coded when no
    row coded the verb ("enter" has none); captives handed over or swapped are released
    (:func:`._event_cover.release_code`, 0841)."""
    verbs = occupying_verbs()
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if i in coded or index.pos[i] != "V" or index.lemma[i] not in verbs:
            continue
        code = occupation_code(doc[i])
        if code is not None:
            coded[i] = CodedTrigger(doc[i], code, None, doc[i].idx)
    releasing = releasing_verbs()
    for i in range(sent.start, sent.end):
        # captives handed over or swapped are released (0841, round 20 K28): when no row coded the verb
        if i not in coded and index.pos[i] == "V" and index.lemma[i] in releasing:
            code = release_code(doc[i])
            if code is not None:
                coded[i] = CodedTrigger(doc[i], code, None, doc[i].idx)


def _called_off(entry: CodedTrigger, coded: dict[int, CodedTrigger]) -> bool:
    """An event noun a verb of calling off takes, the verb uncoded itself (:func:`called_off_act`)."""
    return called_off_act(entry.token) and entry.token.head.i not in coded


_SPEAKER_ACT_ROOTS: Final = frozenset({"11", "12"})  # disapprove (111 criticise, 112 accuse …), reject


def _speaker_act(coded: dict[int, CodedTrigger]) -> None:
    """A statement (010) that ends in a participle naming the speaker's own verbal act of disapproval or
    rejection (:func:`speaker_participle`: "told the council that …, accusing it of fuelling tensions") is
    that act (CAMEO 112 "accuse", 111 "criticize or denounce", 12x "reject"): the statement takes the
    participle's code and absorbs it. Without this the participle, hung on the reported clause, is dropped
    as background and the sentence keeps a plain statement."""
    for i, entry in list(coded.items()):
        if entry.code[:2] not in _SPEAKER_ACT_ROOTS or entry.inner is not None:
            continue
        verb = speaker_participle(entry.token)
        said = coded.get(verb.i) if verb is not None else None
        if said is None or said.code != _SPEECH_CODE or said.inner is not None:
            continue
        said.code = entry.code
        said.absorbed.add(i)
        del coded[i]


def _bare(entry: CodedTrigger) -> bool:
    """Whether a trigger was coded by a row that asks for nothing but its word."""
    return entry.pattern is not None and not entry.pattern.specificity


_INTENT_CODE: Final = "030"  # a bare vow ("vowed that …")
_THREAT_CODE: Final = "130"
_FORCE_THREAT_CODE: Final = "138"
_PROMISING_CODES: Final = frozenset({_SPEECH_CODE, _INTENT_CODE, "012"})  # a statement, a bare vow, a warning


def _speech_intent(coded: dict[int, CodedTrigger]) -> None:
    """A plain statement (010) that reports no event but says the speaker's own side will or would answer
    the other side (``retaliation_verbs``: "Zakharova said Moscow would respond to the new measures",
    "adding that he would not hesitate to direct further measures") is a threat (CAMEO 130, "coercive or
    forceful warnings with serious potential repercussions"), the verbal act, not a plain statement. A
    consequence promised to the other side is :func:`_promised_consequence`'s. When the clause holds a
    coded event, the tense rule (:func:`_apply_tense`) has already recoded that event to its 03x / 13x
    intent and the speech verb was dropped: the intent keeps the event's trigger. An own act the tables do
    not code stays a statement: read by its topic words it took the wrong family too often ("said he would
    speak with the leaders" 0341, "said it would send inspectors" 0355; docs/events.md, "Round 15")."""
    for entry in coded.values():
        token = entry.token
        if token.pos_ != "VERB" or entry.code != _SPEECH_CODE or entry.inner is not None:
            continue
        if any(_retaliation(c) and _own_future(token, c) for c in _said_clauses(token)):
            entry.code = _THREAT_CODE


def _promised_consequence(coded: dict[int, CodedTrigger]) -> None:
    """A statement, vow or warning (010, a bare 030, 012) that promises the other side a consequence
    (``threat_idioms``: "said the group would not let the aggression go unanswered", "Washington and London
    would pay a heavy price", "vowed that the attacks will not go unpunished", "warned that all options
    remained on the table") is a threat of force (CAMEO 138), whoever the
    clause's subject is; the act it answers ("the attacks") is not what it reports, so it stays an event
    of its own."""
    for entry in coded.values():
        token = entry.token
        if token.pos_ != "VERB" or entry.code not in _PROMISING_CODES or entry.inner is not None:
            continue
        if any(_threat_idiom(c) for c in _said_clauses(token)):
            entry.code = _FORCE_THREAT_CODE


def _said_clauses(token: Any) -> list[Any]:
    """The complement clauses of a verb of saying, with the clauses coordinated with them ("said the military
    would hold a new election and hand power"; "adding that he would not hesitate")."""
    out: list[Any] = []
    for clause in [*(c for c in token.children if c.dep_ == "ccomp"), *stranded_content(token)]:
        out.append(clause)
        out.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
    return out


def _own_future(token: Any, clause: Any) -> bool:
    """Whether a complement clause says what the speaker's own side will or would do (``commitment_aux``):
    its subject is a personal pronoun, a name of the speaker's country ("Zakharova said Moscow would"), or
    a bare own-side noun (``own_force_nouns``, ``own_side_nouns``: "the military", "the group", "his
    fighters"; not "the foreign troops"), and it acts (no passive: "the aid would be kept")."""
    if not _aux(clause) & _words("commitment_aux") or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if inner is None and clause.dep_ == "conj":
        inner = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    outer = _subject(token)
    if inner is None or outer is None:
        return False
    lemma = inner.lemma_.lower()
    if lemma in _words("own_force_nouns") | _words("own_side_nouns") and not any(
        c.dep_ in {"amod", "compound", "nmod"} for c in inner.children
    ):
        return True
    return _speakers_side(inner, outer)


def _retaliation(clause: Any) -> bool:
    """Whether a clause's act answers the other side (``retaliation_verbs``: "would respond", "would not
    hesitate to …")."""
    verbs = _words("retaliation_verbs")
    return clause.lemma_.lower() in verbs or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in clause.children
    )


@functools.cache
def _threat_pairs() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in _words("threat_idioms"))


def _threat_idiom(clause: Any) -> bool:
    """Whether a clause promises the other side a consequence (``threat_idioms``, pairs of a verb or its
    subject and a complement: "would not go unanswered or unpunished", "would pay a heavy price", "all options
    remained on the table")."""
    pairs = _threat_pairs()
    # the idiom's verb may hang under another ("would not let the aggression go unanswered")
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "ccomp"})]
    for verb in verbs:
        heads = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ in _SUBJECT_DEPS}
        words = [
            w for c in verb.children for w in (c, *(g for g in c.children if g.dep_ in {"conj", "pobj"}))
        ]
        if any((h, w.lemma_.lower()) in pairs or (h, w.lower_) in pairs for h in heads for w in words):
            return True
    return False


_WAR_CRIMES_CODE: Final = "1124"


def _accuse(coded: dict[int, CodedTrigger]) -> None:
    """A plain statement (010) whose reported words charge someone with a war crime (``war_crime_words``:
    "said the Maduro government had committed a crime against humanity", "said the refusal amounted to a
    war crime", "genocide") accuses (CAMEO 1124, "allege, charge the target with, or blame for participation
    in war crimes"). The word must be what a verb of the reported clause takes (its object or predicate),
    not a subject or a modifier ("said war crimes trials would resume" accuses nobody)."""
    words = _words("war_crime_words")
    for entry, said in _plain_statements(coded):
        if any(_charged_crime(w, words) for clause in said for w in clause.subtree):
            entry.code = _WAR_CRIMES_CODE


@functools.cache
def _crime_vocabulary() -> frozenset[str]:
    return frozenset(w for entry in _words("war_crime_words") for w in entry.split())


def _charged_crime(word: Any, words: frozenset[str]) -> bool:
    if word.lower_ not in _crime_vocabulary() and word.lemma_.lower() not in _crime_vocabulary():
        return False
    if word.dep_ not in {"dobj", "obj", "attr", "pobj"} or word.head.pos_ not in {"VERB", "AUX", "ADP"}:
        return False
    if word.dep_ == "pobj" and word.head.head.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False  # "amounted to a war crime", "guilty of genocide" (not "the trial for genocide")
    lemma, lower = word.lemma_.lower(), word.lower_
    modifiers = [c.lower_ for c in word.children if c.dep_ in {"compound", "amod"}]
    against = [
        g.lower_ for c in word.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children
    ]
    names = {lemma, lower, *(f"{m} {lemma}" for m in modifiers), *(f"{m} {lower}" for m in modifiers)}
    names |= {f"{lemma} against {g}" for g in against} | {f"{lower} against {g}" for g in against}
    return bool(names & words)


_CRITICISE_CODE: Final = "111"


def _criticise(coded: dict[int, CodedTrigger]) -> None:
    """A plain statement (010) whose reported words condemn is a criticism (111): "'The commissions are an
    abject failure,' said Romero", "he said what Trump is saying is dangerous". The words are looked for in
    what the speech verb governs, not in its subject ("a reckless aide said")."""
    words = _words("criticism_words")
    for entry, said in _plain_statements(coded):
        if any(w.lemma_.lower() in words and not _names_act(w) for clause in said for w in clause.subtree):
            entry.code = _CRITICISE_CODE


def _names_act(word: Any) -> bool:
    """Whether a criticism word is used as the noun of an act the tables code, not as a judgement: "since
    the offensive" is a military offensive (190), "an offensive remark" condemns."""
    as_noun = word.pos_ == "NOUN" or (
        word.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"} and any(c.dep_ == "det" for c in word.children)
    )  # the small model tags "since the offensive" ADJ, as a phrase's head with its article
    return as_noun and any(
        row.code not in {NO_EVENT, _CRITICISE_CODE} for row in patterns_for("N", word.lemma_.lower())
    )


def _plain_statements(coded: dict[int, CodedTrigger]) -> Iterator[tuple[CodedTrigger, list[Any]]]:
    """Each plain statement (010) on a verb with the clauses, object or predicative complement its verb
    governs (what is said)."""
    for entry in coded.values():
        token = entry.token
        if entry.code == _SPEECH_CODE and token.pos_ == "VERB":
            # (and what it calls someone or something: "called the referendum a sham")
            yield (
                entry,
                [c for c in token.children if c.dep_ in {"ccomp", "parataxis", "dobj", "xcomp", "oprd"}],
            )


_FORCE_ROOT: Final = "19"


def _political_sectors(code: str, country: str) -> bool:
    """Whether an actor code is of ``country`` and names only sectors a verbal attack may come from or be
    aimed at (``verbal_attack_sectors``: parties, legislators, elites, civilians, the press, a person)."""
    if code[:3] != country:
        return False
    chunks = [code[i : i + 3] for i in range(3, len(code), 3)]
    if "LEG" in chunks:
        chunks = [c for c in chunks if c != "GOV"]  # USAGOVLEG: a legislature is no armed arm of government
    sectors = _words("verbal_attack_sectors")
    return all(c in sectors for c in chunks) if chunks else "" in sectors


def _verbal_attack(token: Any, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Whether a force event ("attacked", "the fight", "clashed") is one political party attacking another
    of its own country in words (CAMEO 111): its word is a ``verbal_attack_lemmas`` word and its source and
    coded target are parties, legislators, elites, civilians, the press or persons of one country
    ("Carson attacked Cruz", "Democrats attacked Republicans for …"); not soldiers, rebels, police or a
    government, whose attacks are force ("Syrian troops attacked Idlib")."""
    if token.lemma_.lower() not in _words("verbal_attack_lemmas") or actor1 is None or actor1.code is None:
        return False
    country = actor1.code[:3]
    if not is_country_code(country) or not _political_sectors(actor1.code, country):
        return False
    return actor2 is None or actor2.code is None or _political_sectors(actor2.code, country)


_PRAISE_CODE: Final = "051"
# what a plain statement may be recoded to from what it says (criticism, praise): still a statement
_SPEECH_RECODES: Final = frozenset({_CRITICISE_CODE, _PRAISE_CODE})


def _praise(coded: dict[int, CodedTrigger]) -> None:
    """A plain statement (010) whose reported words praise, negating nothing, is praise (051): "'He is a
    terrific guy,' Trump told CNN", "I'm a big fan of Elizabeth Warren," Reid said". Read, like
    :func:`_criticise`, in what the speech verb governs; a negation anywhere there ("he is not a decent
    man") leaves the statement plain."""
    words = _words("praise_words")
    for entry, said in _plain_statements(coded):
        token = entry.token
        if not said and token.dep_ in {"parataxis", "ccomp"} and token.head.i != token.i:
            said = [token.head]  # "'…,' the Russian leader said": the quotation heads the verb
        inside = [w for clause in said for w in clause.subtree]
        if any(w.lemma_.lower() in words or w.lower_ in words for w in inside) and not any(
            w.dep_ == "neg" for w in inside
        ):
            entry.code = _PRAISE_CODE


def _drop_generic(coded: dict[int, CodedTrigger]) -> None:
    """Subjectless verbs that name a kind of act, not an act: a gerund as a clause's subject ("Criticizing
    police tactics will alienate voters") and a to-infinitive an evaluative adjective governs ("it is
    important to defend gun rights", "hard to attack him")."""
    for i in [i for i, c in coded.items() if c.token.pos_ == "VERB"]:
        token = coded[i].token
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            continue
        if token.dep_ == "csubj" and token.tag_ == "VBG":
            del coded[i]
        elif token.dep_ in {"xcomp", "advcl", "ccomp"} and _to_infinitive(token):
            head = token.head
            # "important to defend", or with the copula as head: "it is hard to attack him"
            judged = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "acomp"}
            if judged & _words("evaluative_adjectives"):
                del coded[i]


_OPINION_ROOTS: Final = frozenset({"01", "03", "05"})
_SPECIFIC_DEPS: Final = frozenset({"det", "poss", "nummod", "compound", "appos"})


def _generic_voice(token: Any) -> bool:
    """Whether a verb's subject is nobody in particular: an indefinite pronoun or "people" ("anybody who
    attacks him", "people who support the Second Amendment"), or a bare plural of experts ("legal experts
    say", "many economists applaud", "economists who favor consumption taxes agree")."""
    subject = _acting_subject(token)
    if subject is None or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    if lemma in _words("indefinite_pronouns"):
        # "… the most extreme pick and someone who had threatened …" describes a particular person
        return subject.dep_ not in {"attr", "conj", "appos"}
    if lemma not in _words("generic_voices") or subject.tag_ != "NNS":
        return False
    quantifiers = _words("generic_quantifiers")
    # "the people in the room", "Trump's economists", "GOP strategists" are someone in particular
    return not any(
        c.dep_ in _SPECIFIC_DEPS
        and c.lower_ not in quantifiers
        and not (c.dep_ == "compound" and c.pos_ == "NOUN")
        for c in subject.children
    )


def _drop_generic_voices(coded: dict[int, CodedTrigger]) -> None:
    """A statement, opinion or support whose subject is nobody in particular is no event (CAMEO codes what
    an actor does); a generic actor's violent or coercive act is left to the other rules."""
    for i in [i for i, c in coded.items() if c.token.pos_ == "VERB"]:
        entry = coded[i]
        if (entry.code[:2] in _OPINION_ROOTS or entry.token.dep_ == "relcl") and _generic_voice(entry.token):
            del coded[i]


def _voiced(token: Any) -> bool:
    """Whether a feeling verb is voiced by someone: reported by a verb of saying, or said in the first person
    (inside a quotation its speaker's own words)."""
    if _under_speech(token):
        return True
    subject = _subject(token)
    return subject is not None and subject.lower_ in _FIRST_PERSON


_CLAUSE_HEADS: Final = frozenset({"ccomp", "advcl", "relcl", "ROOT", "parataxis", "csubj", "acl"})


def _own_clause(token: Any) -> Any:
    """The head of the clause a trigger belongs to (through objects, complements and coordination)."""
    node = token
    for _ in range(12):
        if node.dep_ in _CLAUSE_HEADS or node.head.i == node.i:
            break
        node = node.head
    return node


def _posed(token: Any) -> bool:
    """Whether the sentence only poses an event instead of reporting it: in a conditional or whether-clause
    ("If God is talking to Donald Trump, …", "it is not clear whether he can comment"), an imperative ("Talk
    to them.", a headline's "Meet the robots …"), a generic "you" ("when you attack him", "you don't have to
    say …"), or a gerund after a preposition of time frame, concession or absence ("since announcing his
    candidacy", "despite burning through $17.5 million", "refrained from attacking", "without being told")."""
    marks = _words("conditional_marks")
    if any(c.dep_ == "mark" and c.lower_ in marks for c in _own_clause(token).children):
        return True
    if token.pos_ != "VERB":
        return False
    if (
        token.tag_ == "VB"
        and (token.dep_ == "ROOT" or _opens_sentence(token))
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children)
    ):
        return True  # "Talk to them.", "Consider this: …" (parsed as an adverbial clause)
    if (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() != "go"
        and any(c.dep_ == "neg" for c in token.head.children)
    ):
        return True  # "did not need to meet", "couldn't afford to defend" (not "is not going to give in")
    subject = _subject(token)
    if subject is not None and subject.lower_ == "you" and token.tag_ in {"VB", "VBP"}:
        return True
    if (
        subject is not None
        and token.tag_ in {"VBP", "VBZ"}
        and any(c.dep_ in {"det", "predet"} and c.lower_ in _EVERY for c in subject.children)
    ):
        return True  # a habit: "all staffers sign NDAs"
    return token.dep_ == "pcomp" and token.head.lower_ in _words("framing_preps")


_EVERY: Final = frozenset({"all", "every", "each"})


def _defined(token: Any) -> bool:
    """Whether the event is part of what a word of meaning defines ("it means acknowledging that …", "was
    never meant as constructive criticism", "meant that …"): a definition, no report."""
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.dep_ in {"ROOT", "relcl", "advcl", "parataxis"}:
            return False
        node = node.head
        if node.lemma_.lower() in _words("definition_heads"):
            return True
    return False


def _generic_passive(entry: CodedTrigger) -> bool:
    """A cooperative act in an agentless present passive is a rule or a habit ("tax relief is given in
    exchange for creating jobs", "people … are welcomed back"), not a report of an act."""
    token = entry.token
    return (
        entry.code[:2] < _MATERIAL_LIMIT
        and token.tag_ == "VBN"
        and _agentless_passive(token)
        and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in token.children)
        # (not a named party's state: "Vietnam is committed to opening up the economy" is an intent)
        and not any(c.dep_ == "nsubjpass" and (c.ent_type_ or c.pos_ == "PROPN") for c in token.children)
    )


_MATERIAL_LIMIT: Final = "09"  # CAMEO roots 01-08: statements, appeals, intents, consults, cooperation, aid


def _opens_sentence(token: Any) -> bool:
    """Whether ``token`` is the first word of its sentence (after punctuation and spaces)."""
    first = next((t for t in token.sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == token.i


def _cause_of_group(token: Any) -> bool:
    """An event noun naming the cause of a group of people ("leaders of the occupation", "a protester of
    the armed occupation"): the group is described, no event reported."""
    prep = token.head
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and code_actor(prep.head.text).sector is not None
    )


_DEFINITE: Final = frozenset({"the", "this", "that", "these", "those"})
_REFERRING_PREPS: Final = frozenset(
    {"about", "after", "before", "since", "during", "following", "amid", "despite", "over", "on", "of"}
)


def _drop_referred(coded: dict[int, CodedTrigger]) -> None:
    """Against over-generation: event nouns the sentence refers to, not reports. A plural with the definite
    article after a preposition of topic or time frame refers back to events the reader already knows
    ("talking points about the attacks", "after the attacks Nov. 13 in Paris", "testimony about the
    Benghazi attacks"); an event noun that is the subject of a copula is described, not reported ("the
    threat of this decision to religious liberty is very clear", "the meeting was for personal reasons").
    A plural that is a verb's subject or object, or in a participation ("took part in the protests"), is
    kept: "the protests spread to three cities", "renewed the negotiations" report them. A definite event
    noun that is the subject of a verb placing it in time (``sequence_verbs``: "the deployment follows the
    withdrawal …", "the strikes followed weeks of attacks", "the deployment comes ahead of a mission") refers
    back to the act the story has reported: the sentence reports what it follows or precedes. No CAMEO manual
    example's main event is any of these kinds."""
    for i in list(coded):
        token = coded[i].token
        if token.pos_ != "NOUN":
            continue
        head = token.head
        referred = (
            token.tag_ == "NNS"
            and token.dep_ == "pobj"
            and head.lower_ in _REFERRING_PREPS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        )
        placed = (
            token.dep_ == "nsubj"
            and head.lemma_.lower() in _words("sequence_verbs")
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        )
        if referred or placed or (token.dep_ == "nsubj" and head.pos_ == "AUX"):
            del coded[i]


def _drop_posed(coded: dict[int, CodedTrigger]) -> None:
    """Against over-generation: events the sentence poses, not reports (see :func:`_posed`), and event nouns
    a negated plain verb governs ("didn't return a request seeking comment", "didn't follow Congress's
    demand": what was not done to an earlier event is no report of it), and a participle that describes a
    group by whom it supports ("a constellation of super PACs backing Mr. Cruz")."""
    light = _words("light_verbs")
    for i in list(coded):
        token = coded[i].token
        head = token.head
        if (
            _posed(token)
            or _cause_of_group(token)
            or _defined(token)
            or _generic_passive(coded[i])
            or (
                token.pos_ == "NOUN"
                and token.dep_ in {"dobj", "obj"}
                and head.pos_ == "VERB"
                and head.i not in coded
                and head.lemma_.lower() not in light
                and any(c.dep_ == "neg" for c in head.children)
            )
            or (
                token.dep_ == "acl"
                and token.tag_ == "VBG"
                and head.pos_ in {"NOUN", "PROPN"}
                and coded[i].code == _ENDORSE_CODE
            )
        ):
            del coded[i]


_ENDORSE_CODE: Final = "051"  # support, endorse (not "a law recognizing …", 054)


@functools.cache
def _asking_lemmas() -> frozenset[str]:
    return _words("speech_lemmas") | frozenset(lexicon()["question_verbs"])


def _drop_questions(coded: dict[int, CodedTrigger], sent: Any) -> None:
    """Events a question only asks about are no events ("what're you gonna do — tell us to go to hell?",
    "How about talking about the issues?"): drop each trigger in the clause a question mark closes, unless
    that clause is a verb of saying or asking ("Bartiromo asked, '…?'" is itself an event)."""
    if not coded:
        return
    doc = sent.doc
    asking = _asking_lemmas()
    index = _doc_index(doc)
    clauses: list[Any] = []
    for i in range(sent.start, sent.end):
        if index.lower[i] == "?":
            if doc[i].head.lemma_.lower() not in asking:
                clauses.append(doc[i].head)
        elif index.lemma[i] in asking:
            token = doc[i]
            # "asked, 'Would Comey indict …?'", "asked whether he would resign": the asking is the event,
            # not what it asks about
            clauses.extend(c for c in token.children if c.dep_ == "ccomp" and _question(c))
    for clause in clauses:
        for j in [j for j in coded if j == clause.i or clause.is_ancestor(doc[j])]:
            del coded[j]


def _ents(span: Any) -> list[Any]:
    """The entities inside ``span`` (as ``Span.ents``), from one pass over the document's entities.

    ``Span.ents`` walks every entity of the whole document on each call; the tuple is kept in
    ``doc.user_data`` for the life of the parse.
    """
    doc = span.doc
    cache: dict[tuple[int, int], list[Any]] | None = doc.user_data.get(_ENTS_KEY)
    if cache is None:
        cache = doc.user_data[_ENTS_KEY] = {(-1, -1): list(doc.ents)}
    key = (span.start, span.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [e for e in cache[(-1, -1)] if e.start >= span.start and e.end <= span.end]
    return found


_ENTS_KEY: Final = ("watchfloor", "ents")
_PERSONS_KEY: Final = ("watchfloor", "persons")
# titles that make the capitalised name after them a person's ("Mr. Rubio", "Rep. Jim Jordan")
_PERSON_TITLES: Final = HONORIFICS | {"rep.", "sen.", "gov."}
_PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "his", "who"})
# how far back (in tokens, across at most the previous sentence) a pronoun looks for its person
_PRONOUN_REACH: Final = 60


# the gender a pronoun or an honorific states, for matching a pronoun to its person
_PRONOUN_GENDER: Final = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_HONORIFIC_MARKS: Final = frozenset({"honorific"})
_NOUN_MARKS: Final = frozenset({"noun"})
# a home country needs this many mentions, and more than half of the country mentions of the article
_HOME_MENTIONS: Final = 3


@dataclass(slots=True)
class _Persons:
    """The persons of a document: each mention's tokens, code and gender ("m", "f" or ""), in text order,
    and the article's home country (see :func:`_home_country`)."""

    by_token: dict[int, ActorCode]
    mentions: list[tuple[int, int, ActorCode]]  # (first token, end token, code)
    sent_starts: list[int]
    genders: list[str] = field(default_factory=list)
    home: str | None = None
    named: frozenset[str] = frozenset()  # countries the article names by a country's name or demonym
    people: str | None = None  # the home country, else the country of most placed person mentions
    role_home: str | None = None  # the country a role with none in its sentence takes (:func:`_role_home`)
    role_home_known: bool = False  # whether ``role_home`` has been worked out (only when a role needs it)
    guessed: set[str] = field(default_factory=set)  # mentions of persons coded only by ``people``
    places: set[int] = field(default_factory=set)  # first tokens of places the tagger took for persons


def _person_spans(doc: Any) -> list[tuple[int, int]]:
    """PERSON entities and title + capitalised-name patterns the tagger missed ("Mr. Rubio")."""
    spans = [(e.start, e.end) for e in _ents(doc[:]) if e.label_ == "PERSON"]
    taken = {i for a, b in spans for i in range(a, b)}
    strings = doc.vocab.strings
    titles = {strings.add(t) for t in _PERSON_TITLES}
    lowers, pos = doc.to_array([LOWER, POS]).T.tolist()
    propn = int(PROPN_SYMBOL)
    for i in (i for i, low in enumerate(lowers) if low in titles):
        end = i + 1
        while end < len(doc) and end not in taken and pos[end] == propn and doc[end].text[:1].isupper():
            end += 1
        if end > i + 1:
            spans.append((i + 1, end))
    spans.sort()
    return spans


def _describes(appos: Any) -> bool:
    """Whether an apposition is a noun phrase describing a person: not another person's name, nor a
    clause the parser hung on the name ("Trump, addressing the gala, described … workers")."""
    return appos.ent_type_ != "PERSON" and appos.pos_ in {"NOUN", "PROPN"}


def _description(doc: Any, start: int, end: int) -> str:
    """The words that describe the person at ``start:end``: the pre-modifiers of its noun phrase
    ("Republican presidential nominee Donald Trump", "Rep. Jim Jordan") and an apposition."""
    root = doc[end - 1]
    left = start
    words: list[str] = []
    for child in root.children:
        if child.i < start and child.dep_ in _DESCRIBING and not any(t.pos_ == "VERB" for t in child.subtree):
            left = min(left, child.left_edge.i)  # (a clause the parser hung before the name is none)
        elif child.dep_ == "appos" and child.i >= end and not words and _describes(child):
            # a name in apposition is another person of a list ("Jeff Bezos at Amazon, Timothy D. Cook
            # at Apple"), not a description; nor does a clause on it describe them ("a strategist who
            # supported Texas Sen. Ted Cruz" is no senator)
            clauses = [c.left_edge.i for c in child.subtree if c.dep_ in {"relcl", "acl"} and c.i > child.i]
            words.append(doc[child.left_edge.i : min(clauses, default=child.right_edge.i + 1)].text)
    if left < start:
        words.insert(0, doc[left:start].text)
    return " ".join(words)


_FIRST_PERSON: Final = frozenset({"i", "we"})
_NAME_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DESCRIBING: Final = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _persons(doc: Any) -> _Persons:
    """Code every person mention of a document once: a full name the dictionaries know, else the first
    description the text gives; a later surname ("Trump", "Mr. Trump") shares the full name's code
    through the attribution stage's :class:`SpeakerResolver` (its name memory)."""
    found: _Persons | None = doc.user_data.get(_PERSONS_KEY)
    if found is not None:
        return found
    resolver = SpeakerResolver(doc)  # the attribution stage's name memory: surname -> full name
    memory: dict[str, ActorCode] = {}
    found = _Persons({}, [], [])
    seen: list[tuple[int, int, str, ActorCode]] = []
    genders: dict[str, str] = {}
    stated = stated_genders(doc)
    for start, end in _person_spans(doc):
        description = _description(doc, start, end)
        names = [t for t in doc[start:end] if t.tag_ != "POS"]
        if not names:
            continue
        # a surname goes to the full name named anywhere in the article ("Trump" -> "Donald Trump")
        name = resolver.resolve(names, names[-1]).name if len(names) == 1 else " ".join(t.text for t in names)
        gender = (gender_of(doc[start - 1].text, _HONORIFIC_MARKS) or "") if start > 0 else ""
        gender = gender or _title_gender(description) or stated.get(start, "")
        if gender and genders.setdefault(name, gender) != gender:
            genders[name] = "?"  # conflicting evidence: no gender
        tail = ""
        if end < len(doc) and doc[end].text in {"(", ","}:
            tail = doc[end - 1].whitespace_ + doc[end : end + 6].text  # "(R-Ohio)"
        coded = code_person(name, description, tail)
        if (
            coded.code is None
            and not description
            and (" " not in name or names[-1].tag_ in {"NNPS", "NNS"})
            and code_actor(name.split()[0]).country is not None
        ):
            # a country's name or people the tagger took for a person ("Benin", "Bosnian Serbs"), not a
            # given name countrynames reads as a country ("Alan Krueger" is not the Aland Islands)
            place = code_actor(name)
            if place.code is not None and place.country is not None:
                coded = place
                found.places.add(start)
        elif coded.code is None and not description and _body_name(name):
            # a group the tagger took for a person ("the Tigray People's Liberation Front"): the tables'
            # code for the body, when they give one with its sector
            body = code_actor(name)
            coded = body if body.code is not None and body.sector is not None else coded
        if coded.country is None and description:
            country = _organ_country(doc, start, description)
            if country is not None:
                coded = ActorCode(coded.name, country + (coded.sector or ""), country, coded.sector)
        seen.append((start, end, name, coded))
        if memory.get(name) is None or (memory[name].code is None and coded.code is not None):
            memory[name] = coded  # the first mention the text describes codes them all
    seen = _surname_mentions(doc, seen, memory)
    found.home, found.named = _home_country(doc, memory.values())
    people = found.people = found.home or _people_country(seen, memory)
    for start, end, name, coded in seen:
        known = coded if coded.code is not None else memory[name]
        figure = _figures().get(name.lower()) if known.code is None else None
        if figure is not None:
            # a US figure of 2016 the dictionaries do not know and the article does not describe: their
            # country, not the article's ("Trump" in a London story is no Briton)
            known = ActorCode(known.name, figure + (known.sector or ""), figure, known.sector)
        if known.code is None and people is not None:
            # a person neither the dictionaries nor the text's descriptions place: the article's home
            # country ("Brafman noted" in a US story is USA), keeping the sector a title gave
            known = ActorCode(known.name, people + (known.sector or ""), people, known.sector)
            found.guessed.add(doc[start:end].text)
        for i in range(start, end):
            found.by_token[i] = known
        found.mentions.append((start, end, known))
        found.genders.append(genders.get(name, "").strip("?"))
    doc.user_data[_PERSONS_KEY] = found
    return found


@functools.cache
def _organs() -> frozenset[str]:
    """Head nouns of state organs a person's title may name (``knowledge/event_actor_organs.tsv``)."""
    return frozenset(r["word"].lower() for r in read_tsv("event_actor_organs.tsv", ("word",)))


def _organ_country(doc: Any, start: int, description: str) -> str | None:
    """For a person whose description names a state organ without its country ("Ministry spokesman
    Colonel Pavel Orlov"), the country of the nearest mention of that organ before token ``start`` that
    has one ("Russia's Defence Ministry said …"): the organ they speak for; None when there is none."""
    words = {w.lower() for w in description.split()} & _organs()
    if not words:
        return None
    for token in reversed(doc[:start]):
        if token.lower_ in words and token.pos_ in _NOMINAL and token.ent_type_ != "PERSON":
            country = code_actor(_phrase(token)).country
            if country is not None:
                return country
    return None


def _body_name(name: str) -> bool:
    """Whether a name ends in a body's role words ("… Liberation Front", "… Support Forces"), as a
    group's name does and a person's ("Obama Says" in a headline) does not."""
    words = name.split()
    return len(words) > 1 and any(
        (role := code_actor(" ".join(words[-k:]))).sector is not None and role.code is None for k in (1, 2)
    )


@functools.cache
def _figures() -> dict[str, str]:
    """Lower-cased names of US political figures of 2016 the dictionaries lack → their country
    (``knowledge/event_actor_figures.tsv``)."""
    return {r["name"]: r["country"] for r in read_tsv("event_actor_figures.tsv", ("name", "country"))}


def _surname_mentions(
    doc: Any, seen: list[tuple[int, int, str, ActorCode]], memory: dict[str, ActorCode]
) -> list[tuple[int, int, str, ActorCode]]:
    """``seen`` with the bare surnames the tagger did not take for persons ("Bozell says") of the
    persons the article names in full ("Brent Bozell"), in text order."""
    full: dict[str, str] = {}
    for _, _, name, _ in seen:
        words = [w for w in name.split() if w.rstrip(".").lower() not in _NAME_SUFFIXES]
        if len(words) > 1:
            full.setdefault(words[-1], name)  # "Luther Stan Pate IV" -> "Pate"
    if not full:
        return seen
    taken = {i for start, end, _, _ in seen for i in range(start, end)}
    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in full}
    candidates = [doc[i] for i, orth in enumerate(doc.to_array([ORTH]).tolist()) if orth in wanted]
    extra = [
        (t.i, t.i + 1, full[t.text], memory[full[t.text]])
        for t in candidates
        if t.i not in taken
        # (a capitalised surname the tagger took for a common noun or a place that codes as none: "Trump
        # has said", "Kasich is telling a crowd")
        and (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()))
        and t.ent_type_ not in {"NORP", "LOC", "FAC"}
        and (t.ent_type_ != "GPE" or code_actor(t.text).code is None)
        # "Bozell Media" is another name ("Cruz Tuesday" is not)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].ent_type_ not in _TIMES)
    ]
    return sorted(seen + extra, key=lambda m: m[0]) if extra else seen


def _home_country(doc: Any, persons: Any) -> tuple[str | None, frozenset[str]]:
    """The article's home country: the country of most of its coded mentions (places, peoples,
    organisations, persons), when it has at least ``_HOME_MENTIONS`` of them and more than half; and the
    countries it names by a country's own name or demonym."""
    texts: dict[tuple[str, bool], int] = {}
    for ent in _ents(doc[:]):
        if ent.label_ in {"GPE", "NORP", "ORG"}:
            key = (ent.text, ent.label_ != "ORG")
            texts[key] = texts.get(key, 0) + 1
    counts: dict[str, int] = {}
    named: set[str] = set()
    for (text, place), n in texts.items():
        country = code_actor(text).country
        if country is not None:
            counts[country] = counts.get(country, 0) + n
            if place and country_named(text) is not None:
                named.add(country)
    for person in persons:
        if person.country is not None:
            counts[person.country] = counts.get(person.country, 0) + 1
    best = max(counts, key=lambda c: counts[c]) if counts else None
    if best is None or counts[best] < _HOME_MENTIONS or 2 * counts[best] <= sum(counts.values()):
        return None, frozenset(named)
    return best, frozenset(named)


def _dateline_place(doc: Any) -> str | None:
    """The place of the article's leading dateline ("TBILISI, May 14 —": "TBILISI"), or None."""
    text = doc.text[:200]
    found = find_dateline(text, 0)
    if found is None:
        return None
    return text[found.start : found.end].split(",")[0].split("(")[0].strip(" -—–") or None


def _text_country(text: str) -> str | None:
    """The country a text codes as, or None."""
    return code_actor(text).country


def _people_country(seen: list[tuple[int, int, str, ActorCode]], memory: dict[str, ActorCode]) -> str | None:
    """For an article with no home country (as many places abroad as at home: "Republicans blast Obama
    after North Korea claims nuclear test"), the country of most of its person mentions that are placed,
    when there are at least ``_HOME_MENTIONS`` of them: the people it quotes and names are mostly of one
    country, and so, most likely, are the ones it does not describe."""
    counts: dict[str, int] = {}
    for _, _, name, coded in seen:
        country = coded.country or memory[name].country
        if country is not None:
            counts[country] = counts.get(country, 0) + 1
    best = max(counts, key=lambda c: counts[c]) if counts else None
    if best is None or counts[best] < _HOME_MENTIONS or 2 * counts[best] <= sum(counts.values()):
        return None
    return best


def _title_gender(description: str) -> str:
    """The gender a title or relation in a person's description states ("Congresswoman", "spokesman",
    "his wife"), or "": the attribution stage's word table (:func:`gender_of`)."""
    for word in reversed(description.split()):
        gender = gender_of(word, _NOUN_MARKS)
        if gender is not None:
            return gender
    return ""


def _person_pronoun(token: Any) -> ActorCode | None:
    """A person pronoun's code: "who" takes the noun its clause hangs on, "he"/"she" the nearest person
    named before it in its sentence, else the previous sentence's subject person, else its nearest."""
    if token.lower_ == "who":
        if token.head.dep_ == "relcl":
            return _own_code(token.head.head)
        return None
    persons = _persons(token.doc)
    if not persons.sent_starts:
        persons.sent_starts.extend(sent.start for sent in _sentences(token.doc))
    at = bisect.bisect_right(persons.sent_starts, token.i) - 1
    own = persons.sent_starts[at] if at >= 0 else 0
    prev = persons.sent_starts[max(at - 1, 0)] if at >= 0 else 0
    earlier: list[tuple[int, int, ActorCode]] = []
    gender = _PRONOUN_GENDER.get(token.lower_, "")
    for mention, known in zip(reversed(persons.mentions), reversed(persons.genders), strict=True):
        start = mention[0]
        if start >= token.i or start in persons.places:
            continue  # (a place the tagger took for a person is no "he": "the Zaporizhzhia plant")
        if start < prev or token.i - start > _PRONOUN_REACH:
            break
        if known and gender and known != gender:
            continue  # "she" is not a man the text called "Mr." or "he"
        if start >= own:
            return mention[2]  # the nearest person named before it in its own sentence
        earlier.append(mention)
    # in the previous sentence, its subject person before any other ("Schultz said he backed Mr. Trump,
    # the Putin favorite. … he told me": Schultz, not Putin)
    doc = token.doc
    subject = next((m for m in earlier if doc[m[1] - 1].dep_ in {"nsubj", "nsubjpass"}), None)
    chosen = subject or (earlier[0] if earlier else None)
    return chosen[2] if chosen is not None else None


def _bound_subject(token: Any) -> int | None:
    """For an object pronoun ("him", "her", "them"), the token index of the subject of its own clause,
    which it cannot refer to (binding: "Biden welcomed him", "she asked him to stay"; "himself" would);
    None for a subject or possessive pronoun, or one whose clause has no subject."""
    if token.lower_ not in _BOUND_PRONOUNS or token.dep_ not in {"dobj", "obj", "pobj", "dative"}:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ in {"prep", "agent", "dative"}:
        verb = verb.head
    if verb.i == token.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject.i if subject is not None else None


_BOUND_PRONOUNS: Final = frozenset({"him", "her", "them"})


def _masked_code(token: Any, persons: dict[int, ActorCode]) -> ActorCode:
    """Code the phrase headed by ``token`` with the names of persons in it left out: a name's words are
    no place ("Mr. Trump's threats" is not Mexico's); a person it names gives the country instead ("a
    Trump administration")."""
    text = _phrase(token)
    inside = [t for t in _phrase_tokens(token) if t.i in persons]
    if not inside:
        return code_actor(text)
    entry = phrase_entry(text)
    if entry is not None:  # "the Bush administration", "Osama bin Laden's al-Qaeda" as dictionary phrases
        return code_actor(text)
    kept = " ".join(t.text for t in _phrase_tokens(token) if t.i not in persons and t.tag_ != "POS")
    coded = code_actor(kept, plurals=False)  # with a name's country, a plural role word as before
    person = persons[inside[-1].i]
    owned = any(t.dep_ == "poss" for t in inside)
    if coded.code is None and coded.sector is None and owned and token.dep_ not in {"nsubj", "nsubjpass"}:
        return ActorCode(text, None, None, None)  # "criticized Trump's proposals": a person's things
    if coded.code is None and person.country is not None:
        code = person.country + (coded.sector or "")
        return ActorCode(text, code, person.country, coded.sector)
    return ActorCode(text, coded.code, coded.country, coded.sector)


def _phrase(token: Any) -> str:
    """The noun phrase headed by ``token``, without relative clauses, appositions or trailing preps."""
    tokens = _phrase_tokens(token)
    # A Span's text is built from its own tokens; Doc.text rebuilds the whole document on every access.
    phrase: str = token.doc[tokens[0].i : tokens[-1].i + 1].text
    return phrase


def _phrase_tokens(token: Any) -> list[Any]:
    """The tokens of :func:`_phrase`, in text order."""
    cut = {"relcl", "acl", "appos", "punct", "prep", "advcl", "cc", "conj"}
    tokens = [token]
    # "Leaders of the opposition coalition", "a group of Moroccan diplomats": keep the of-phrase.
    stack = [c for c in token.children if c.dep_ not in cut or (c.dep_ == "prep" and c.lower_ == "of")]
    while stack:
        child = stack.pop()
        tokens.append(child)
        stack.extend(c for c in child.children if c.dep_ not in {"relcl", "acl", "appos", "punct"})
    tokens.sort(key=lambda t: t.i)
    return untimed(token, tokens)


def _antecedent(token: Any, *, coded: bool = True) -> Any | None:
    """For a pronoun ("Syria says it is willing"), the nearest subject of a clause above it (with
    ``coded``, only one that names a country or organisation); never the subject an object pronoun is
    bound not to be (:func:`_bound_subject`: "Russia told them" is not Russia)."""
    bound = _bound_subject(token)
    for node in token.ancestors:
        for child in node.children:
            if (
                child.dep_ == "nsubj"
                and child.i != token.i
                and child.i != bound
                and child.pos_ != "PRON"
                and child.i < token.i
                and (not coded or _plain_code(child).code is not None)
            ):
                return child
    return None


def _referent_name(token: Any, code: str) -> str | None:
    """For a pronoun participant coded ``code`` through what it refers to, that mention's words, the name a
    reader of the event needs ("He did not say" → "Pavel Orlov"; "announced their withdrawal" → "Mali"):
    the first of its referents (for he/she/his…, the person; a coded antecedent; an uncoded antecedent)
    that codes the same; None for any other participant, or when none does."""
    if token.pos_ != "PRON":
        return None
    # a person pronoun's person first: the gender and binding checks tell persons of one code apart
    # ("Clinton spoke, where she praised his bill": his is Sanders, not Clinton)
    person = _person_pronoun(token) if token.lower_ in _PERSON_PRONOUNS else None
    bound = _bound_subject(token)
    unbound = _persons(token.doc).by_token.get(bound) if bound is not None else None
    if unbound is not None and person is not None and person.name == unbound.name:
        # "Biden welcomed him" is not Biden (binding), whatever the person resolver found: no name
        return None
    if person is not None and person.code == code:
        return person.name
    antecedent = _antecedent(token)
    if antecedent is not None and _own_code(antecedent).code == code:
        return _phrase(antecedent)
    antecedent = _antecedent(token, coded=False)
    if antecedent is not None and _actor_code(antecedent, antecedent.sent).code == code:
        return _phrase(antecedent)
    return None


def _named(actor: Actor | None, token: Any | None) -> Actor | None:
    """An actor coded from the pronoun ``token`` under the name of the mention it refers to
    (:func:`_referent_name`); the code stays. Any other actor as it is."""
    if actor is None or actor.code is None or token is None or actor.name != token.text:
        return actor
    name = _referent_name(token, actor.code)
    return actor if name is None else Actor(name=" ".join(name.split()), code=actor.code)


def _plain_code(token: Any) -> ActorCode:
    """A participant's code from its own words only: a person's from the document's person memory."""
    person = _persons(token.doc).by_token.get(token.i)
    return person if person is not None else code_actor(_phrase(token))


def _actor_code(token: Any, sent: Any) -> ActorCode:
    """Code a participant; one that names no country borrows from its antecedent or an earlier mention."""
    if token.pos_ == "PRON":
        antecedent = _antecedent(token)
        if antecedent is not None:
            found = _own_code(antecedent)
            if found.code is not None:
                return ActorCode(token.text, found.code, found.country, found.sector)
        person = _person_pronoun(token) if token.lower_ in _PERSON_PRONOUNS else None
        if person is not None and person.code is not None:
            return ActorCode(token.text, person.code, person.country, person.sector)
        # "Islamic fundamentalists continued their hunger strike": the uncoded antecedent, coded as a
        # participant of its own (its place, or the sentence's country for its role)
        antecedent = _antecedent(token, coded=False)
        if antecedent is not None:
            return _actor_code(antecedent, sent)

    coded = _own_code(token)
    if coded.code is not None and (coded.country is not None or coded.sector is None):
        return coded
    if coded.sector is None and token.i in _persons(token.doc).by_token:
        return coded  # a person the text does not describe borrows no country from the sentence
    earlier = list(reversed([e for e in _ents(sent) if e.end <= token.i]))
    named = _named_earlier(token, earlier)
    if named is not None:
        return named
    # A title with no country ("President Dos Santos", "the judge") may find it later in the sentence.
    later = [e for e in _ents(sent) if e.start > token.i] if coded.sector is not None else []
    for ent in earlier + later:
        if ent.label_ not in {"GPE", "NORP", "ORG", "LOC"} or _describes_other(ent.root, token):
            continue
        other = code_actor(ent.text)
        if ent.start > token.i and foreign_counterpart(ent.root, token, coded.sector, other):
            continue  # "The interim prime minister thanked Kenya": the other state's country is not its own
        if other.code is None:
            continue
        if other.country is None:
            return ActorCode(coded.name, other.code, None, None)
        code = other.country + (coded.sector or "")
        return ActorCode(coded.name, code, other.country, coded.sector)
    return _at_home(token, coded)


def _reporting_authority(verb: Any, sent: Any) -> ActorCode | None:
    """The code of the state organ that reports an agentless act only authorities do ("The interior ministry
    said 107 people had been detained", "the prosecutor said more than 700 had been arrested": the
    reporting state's organ did it, as the writers code it; :func:`reporting_speaker`); None for another
    speaker ("rights groups said …", a relative "which said" of a cited body) or one with no country."""
    speaker = reporting_speaker(verb, _words("speech_lemmas") | speech_words("denial_verbs"))
    if speaker is None or _guessed_code(speaker).sector not in state_sectors():
        return None  # the speaker's own words name no state organ ("which said", "rights groups said")
    # its own country, else the article's home: not one the sentence names after it ("Attorney General Tarek
    # William Saab said … 700 … detained, while the foreign ministry expelled diplomats from Argentina")
    coded = _at_home(speaker, _own_code(speaker))
    if coded.code is None or coded.country is None or coded.sector not in state_sectors():
        return None
    return coded


def _named_earlier(token: Any, earlier: Sequence[Any]) -> ActorCode | None:
    """The body a definite description names again by its name's head noun ("Inspectors from the
    Organisation for the Prohibition of Chemical Weapons … , the organisation said"; "the Wagner Group …
    the group"): the nearest earlier entity of the sentence built on the same noun, when it codes."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    lemma = token.lemma_.lower()
    for ent in earlier:
        if ent.root.i != token.i and ent.root.lemma_.lower() == lemma and ent.root.text[:1].isupper():
            other = code_actor(ent.text)
            if other.code is not None:
                return ActorCode(_phrase(token), other.code, other.country, other.sector)
    return None


def _describes_other(word: Any, token: Any) -> bool:
    """Whether a country word describes another named person than the person ``token`` ("Junta leader
    General Tiani received Russian Deputy Defence Minister Yevkurov": Russian is Yevkurov's, not Tiani's)."""
    persons = _persons(token.doc).by_token
    if token.i not in persons:
        return False  # a group may share the country of a person named beside it ("Yoruba leaders … forgive
        # Nigerian President Obasanjo")
    node = word
    for _ in range(6):
        if node.dep_ not in _BESIDE_NAME or node.head.i == node.i:
            return False
        node = node.head
        if node.i in persons:
            return bool(node.i != token.i)
    return False


def _at_home(token: Any, coded: ActorCode) -> ActorCode:
    """A role with no country in its sentence ("the government", "Congress", "the judge") is of the
    article's home country, if it has one."""
    if coded.code is not None or coded.sector is None:
        return coded
    home = _role_home(token.doc)
    if home is None:
        return coded
    return ActorCode(coded.name, home + coded.sector, home, coded.sector)


def _role_home(doc: Any) -> str | None:
    """The country a role with none in its sentence takes in ``doc`` (:func:`clear_home`: the article's
    home, else its dateline's or first sentence's country), worked out once per document and only when a
    role needs it: the fallback counts the article's countries again, a cost most articles never need."""
    persons = _persons(doc)
    if not persons.role_home_known:
        persons.role_home = clear_home(doc, persons.home, _dateline_place(doc), _text_country)
        persons.role_home_known = True
    return persons.role_home


def _own_code(token: Any) -> ActorCode:
    """A participant coded from its own words, its apposition and its place (no borrowing)."""
    persons = _persons(token.doc)
    person = persons.by_token.get(token.i)
    if person is not None:
        prep = token.i + 1 < len(token.doc) and any(c.dep_ == "prep" for c in token.children)
        if prep or any(c.dep_ in _BESIDE_NAME for c in token.children):
            # "King Hassan of Morocco": the phrase's own words beside the name may give the country; words
            # before it only another country than the person's ("Mexican President Enrique Peña Nieto" when
            # the tagger split the name and the article's home country placed it)
            kept = " ".join(t.text for t in _phrase_tokens(token) if t.i not in persons.by_token)
            around = code_actor(kept) if kept else None
            if (
                around is not None
                and around.country is not None
                and (prep or around.country != person.country)
            ):
                sector = around.sector or person.sector
                return ActorCode(_phrase(token), around.country + (sector or ""), around.country, sector)
        acts_for = appositive_office(token, _phrase)
        if acts_for is not None:
            # "Former Kenyan president Uhuru Kenyatta, the East African Community's facilitator": the
            # organisation's office the text gives outranks the person's title and dictionary entry
            return ActorCode(_phrase(token), acts_for, None, None)
        return ActorCode(_phrase(token), person.code, person.country, person.sector)
    if token.pos_ == "PRON" and token.lower_ in _PERSON_PRONOUNS:
        found = _person_pronoun(token)
        if found is not None:
            return ActorCode(token.text, found.code, found.country, found.sector)
    whole = _whole_name(token)
    if whole is not None:
        return whole
    state = _stated_place(token)
    if state is not None:
        return state
    coded = _masked_code(token, persons.by_token)
    if coded.code is None:
        return _owned(token, coded) or _located(token, coded) or _possessor(token, coded) or coded
    coded = _namesake(token, coded)
    if token.pos_ == "PROPN" and coded.country is not None and coded.sector is not None:
        # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the office the text gives
        # an organisation's official outranks the person's entry in the dictionary
        for appos in token.children:
            if appos.dep_ == "appos":
                office = code_actor(_phrase(appos))
                if office.code is not None and office.country is None:
                    return ActorCode(coded.name, office.code, None, None)
    if coded.sector is None and coded.country is not None and _ethnic(token):
        # an ethnic group is coded by the state it lives in ("ethnic Albanians in south Serbia", "the
        # Albanians of southern Serbia"), as PLOVER codes minorities; without a place, by its name
        place = _place(token, ("in", "of"))
        if place is not None and place.country is not None:
            return ActorCode(coded.name, place.country, place.country, None)
    return coded


_BESIDE_NAME: Final = frozenset({"compound", "amod", "nmod"})
# what ends a name's words: a clause or an apposition on it, not its own prepositions
_NAME_CUTS: Final = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"})


def _whole_name(token: Any) -> ActorCode | None:
    """A capitalised name whose own prepositional phrases are part of a dictionary entry, coded whole
    ("The Organization for Security and Cooperation in Europe", "the Organisation for the Prohibition of
    Chemical Weapons": the noun phrase cuts its for- and in-phrases, leaving "The Organization"); None when
    the name has no such phrase or the whole is no entry ("Biden in Warsaw")."""
    if not token.text[:1].isupper() or not any(c.dep_ == "prep" and c.lower_ != "of" for c in token.children):
        return None
    cut = {t.i for c in token.children if c.dep_ in _NAME_CUTS for t in c.subtree}
    words = [t for t in token.subtree if t.i not in cut]
    if words[-1].i - words[0].i + 1 != len(words):
        return None
    text = token.doc[words[0].i : words[-1].i + 1].text
    if phrase_entry(text) is None:
        return None
    coded = code_actor(text)
    return coded if coded.code is not None else None


def _namesake(token: Any, coded: ActorCode) -> ActorCode:
    """A phrase whose country comes only from a city the dictionary puts abroad, in an article that
    never names that country ("Toledo" is Spain's, "the mayor of Toledo" in a US story): the city is a
    namesake in the article's home country, with the phrase's own sector."""
    persons = _persons(token.doc)
    home = persons.home
    if home is None or coded.country in {None, home} or coded.country in persons.named:
        return coded
    tokens = _phrase_tokens(token)
    inside = {t.i for t in tokens}
    cities = [e for e in _ents(token.doc[tokens[0].i : tokens[-1].i + 1]) if e.label_ == "GPE"]
    if not cities or any(t.i in inside and t.ent_type_ in {"NORP", "ORG"} for t in tokens):
        return coded
    if any(
        code_actor(e.text).code != coded.country or crisis_code(e.text) or capital_of(e.text) == coded.country
        for e in cities
    ):
        # a capital ("Moscow" is RUSGOV) or a country's own name; a town of a crisis the team's table
        # places ("near Kyiv and Chernihiv" in a story told from Moscow) has no namesake at home, nor a
        # national capital the dictionary codes as its bare country ("accused Baku" in an Armenian story)
        return coded
    return ActorCode(coded.name, home + (coded.sector or ""), home, coded.sector)


_THING_OWNERS: Final = frozenset({"its", "their"})
_STATE_SECTORS: Final = frozenset({None, "GOV", "MIL"})


def _owned(token: Any, coded: ActorCode) -> ActorCode | None:
    """An uncoded thing or body that "its" or "their" gives to a coded party of a clause above ("a strike
    on its consulate in Damascus" after "Iran launched …", "attacked its positions" after "Armenia said"):
    the owner's country, with the phrase's own sector; the owner outranks the place the thing is in."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in _THING_OWNERS), None)
    if owner is None:
        return None
    # the nearest coded subject above that agrees in number ("Armenia said Azerbaijani forces had attacked
    # its positions": not the forces)
    many = owner.lower_ == "their"
    found = None
    for node in owner.ancestors:
        subjects = [
            c
            for c in node.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" and c.i < owner.i
        ]
        for subject in subjects:
            if not many and _a_person(subject):
                continue  # "its" is no person's ("US Ambassador Julianne Smith said … its troops")
            coded_subject = _own_code(subject) if plural(subject) == many else None
            if coded_subject is not None and coded_subject.country is not None:
                found = coded_subject
                break
        if found is not None or node.dep_ in {"advcl", "relcl"}:
            break  # not past an adverbial clause ("verify Moscow's movements, as a claim saw its troops …")
    if found is None or found.country is None or found.country == _governor_country(token):
        return None  # the actor's own things ("France would withdraw its forces") are no other party
    return ActorCode(coded.name, found.country + (coded.sector or ""), found.country, coded.sector)


def _a_person(token: Any) -> bool:
    """Whether a mention names a person (the person resolver's, or a name in apposition to it)."""
    if token.i in _persons(token.doc).by_token or token.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def _governor_country(token: Any) -> str | None:
    """The country of whoever acts in the word a phrase hangs on (through a preposition): the subject
    of a verb, the possessor, country word or by-agent of a noun; None when it names none."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    if head.pos_ in {"VERB", "AUX"}:
        actor = _subject(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    else:
        actor = next(
            (
                c
                for c in head.children
                if c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.ent_type_ in {"GPE", "NORP"})
            ),
            None,
        ) or _by_agent(head)
    if actor is None or actor.i == token.i:
        return None
    # its own words (a pronoun: its antecedent's); not a country borrowed from the sentence ("Turkey said a
    # drone had struck its embassy": the drone is no Turkish actor owning the embassy)
    return (_actor_code(actor, token.sent) if actor.pos_ == "PRON" else _own_code(actor)).country


def _possessor(token: Any, coded: ActorCode) -> ActorCode | None:
    """An uncoded phrase owned by a person pronoun ("his backers", "her campaign"): the person's
    country, with the phrase's own sector."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # "announced his support", "ending his bid": a person's things are no target
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    person = _person_pronoun(owner) if owner is not None else None
    if person is None or person.country is None:
        return None
    return ActorCode(coded.name, person.country + (coded.sector or ""), person.country, coded.sector)


def _stated_place(token: Any) -> ActorCode | None:
    """A place the text puts in its state or country ("Toledo, Ohio", "Springfield, Va."): that
    country's, whatever another country's city of the same name would give."""
    if token.ent_type_ != "GPE":
        return None
    for child in token.children:
        if child.dep_ in {"appos", "npadvmod"} and child.i > token.i and child.ent_type_ == "GPE":
            state = code_actor(_phrase(child))  # "Salem, New Hampshire": the state's whole name
            if state.country is not None:
                return ActorCode(_phrase(token), state.country, state.country, None)
    return None


def _ethnic(token: Any) -> bool:
    """Whether a mention names a people rather than a state: "ethnic …", or a plural nationality noun
    as its head ("Albanians", "Turks")."""
    if any(c.lower_ == "ethnic" for c in token.children):
        return True
    return token.tag_ in {"NNS", "NNPS"} and code_actor(token.text).country is not None


_PLACE_PREPS: Final = ("in", "from", "near", "outside")


def _place(token: Any, preps: Sequence[str] = _PLACE_PREPS) -> ActorCode | None:
    """The coded place a participant is in, from its own prepositions or the ``in`` phrase of its verb
    ("opposition groups in Zimbabwe", "a bombing near the town of Samarra", "killed three ethnic
    Albanians in a gunbattle in southeastern Serbia")."""
    found = [p for p in token.children if p.dep_ == "prep" and p.lower_ in preps]
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # (a march "through Goma" is where its marchers are)
        found += [p for p in token.head.children if p.dep_ == "prep" and p.lower_ in {"in", "through"}]
    elif token.dep_ == "pobj" and token.head.dep_ == "agent":
        # "killed by a bomb outside the city": where the agent acted
        found += [p for p in token.head.head.children if p.dep_ == "prep" and p.lower_ in preps]
    # "outside of the Iraqi city of Basra": the place is under the of-phrase
    found = [next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "of"), p) for p in found]
    for prep in found:
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            other = _stated_place(pobj) or _whole_name(pobj) or _namesake(pobj, code_actor(_phrase(pobj)))
            if other.code is not None:
                return other
            for inner in pobj.children:  # "in a gunbattle in southeastern Serbia"
                if inner.dep_ == "prep" and inner.lower_ == "in":
                    deeper = next((c for c in inner.children if c.dep_ == "pobj"), None)
                    other = code_actor(_phrase(deeper)) if deeper is not None else other
                    if other.code is not None:
                        return other
    return None


def _located(token: Any, coded: ActorCode) -> ActorCode | None:
    """An uncoded participant coded by its apposition ("Kenzo Oshima, the United Nations relief
    coordinator") or its place ("opposition groups in Zimbabwe", "ethnic Albanians demonstrated in
    Serbia"): the country keeps the participant's own sector."""
    for appos in token.children:
        if appos.dep_ == "appos":
            other = code_actor(_phrase(appos))
            if other.code is not None:
                return ActorCode(coded.name, other.code, other.country, other.sector)
    place = _place(token)
    if place is None:
        return None
    if place.country is None:
        return ActorCode(coded.name, place.code, place.country, place.sector)
    code = place.country + (coded.sector or "")
    return ActorCode(coded.name, code, place.country, coded.sector)


def _coded_pobj(prep: Any, roles: bool = False) -> Any | None:
    """The prepositional object, or the first codable member of a compound one ("between the Emirates
    and Saudi Arabia": PETRARCH codes each conjunct)."""
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        for member in (pobj, *(c for c in pobj.children if c.dep_ == "conj")):
            if _codable(member, roles):
                return member
    return None


def _codable(token: Any, roles: bool) -> bool:
    """Whether a participant can be coded; with ``roles``, a role alone ("the rebels") will do, its
    country to be borrowed from the source."""
    coded = _guessed_code(token)
    return coded.code is not None or (roles and coded.sector is not None and _role_head(token))


def _role_head(token: Any) -> bool:
    """Whether a phrase's head noun itself names a role ("the rebels", "its president"), not a thing a
    role word describes ("a presidential run" is no actor)."""
    return token.pos_ == "PROPN" or code_actor(token.text).sector is not None


def _target(
    entry: CodedTrigger, source: Any | None, sent: Any, roles: bool = False, named: bool = True
) -> Any | None:
    """The event's target: a coded object or with/against/to… phrase of the trigger or what it governs
    (with ``roles``, an object naming only a role counts too); with ``named``, else the first actor
    named in the verb phrase."""
    token = entry.token
    holders = [token] + ([entry.inner] if entry.inner is not None else [])
    for _ in range(2):
        holders += [
            c
            for h in list(holders)
            for c in h.children
            if c.dep_ in {"xcomp", "ccomp", "dobj", "acomp"} and not _quoted_speech(entry, c)
        ]
    # An event noun's participants may hang on what it modifies ("a mediation mission between Syria
    # and …") or on the verb it is the object of ("opened investigations against 28 officials").
    above = [token.head] if token.pos_ == "NOUN" and token.dep_ in {"compound", "dobj"} else []
    if above and token.dep_ == "compound" and token.head.dep_ == "dobj":
        above.append(token.head.head)  # "launched a mediation effort between the Emirates and …"
    holders = list({h.i: h for h in holders + above}.values())
    # the trigger and the noun phrase it is part of ("launched a mediation effort") are not its target
    skip = {token.i} | ({token.head.i} if token.dep_ == "compound" else set())
    if source is not None:
        skip.add(source.i)
    preps = _TARGET_PREPS + (("in",) if entry.code.startswith("04") else ())
    if entry.code[:2] in _ORIGIN_ROOTS:
        preps = tuple(p for p in preps if p != "from")  # "fired rockets from Gaza": where from, not at whom
    lifted = {h.i for h in above}
    placed: Any | None = None  # the first candidate coded only by where it is, if nothing better comes
    for holder in holders:
        for child in holder.children:
            if child.i in skip:
                continue
            # "demanded that Israel ease restrictions": the subject of the demanded clause is the target
            subject_of_clause = (
                child.dep_ == "nsubj"
                and holder.dep_ == "ccomp"
                and holder.i != token.i
                and holder.i not in lifted
            )
            if (
                (child.dep_ in {"dobj", "nsubjpass", "dative"} or subject_of_clause)
                and (child.pos_ in {"PROPN", "NOUN"} or child.lower_ in _OBJECT_PRONOUNS)
                and _codable(child, roles)
                and not _own_side(entry, child, source)
            ):
                recipient = _recipient(entry, holder, child)
                return recipient if recipient is not None else child
            # "the naval blockade of Serbia": an event noun's of-phrase is its object once its source is known
            own_of = (
                child.lower_ == "of" and holder.i == token.i and token.pos_ == "NOUN" and source is not None
            )
            if child.dep_ in {"prep", "dative"} and (child.lower_ in preps or own_of):
                found = _coded_pobj(child, roles)
                if (
                    found is not None
                    and found.i not in skip
                    and not _venue(found)
                    and not _own_side(entry, found, source)
                ):
                    if not _placed_only(found, child):
                        return found
                    placed = placed or found
    if placed is not None:
        return placed
    if entry.code.startswith("14"):
        protested = _protested(token, skip, sent)
        if protested is not None:
            return protested
    if not named:
        return None
    thing = next((c for c in token.children if c.dep_ == "dobj"), None)
    recipient = _recipient(entry, token, thing) if thing is not None else None
    if recipient is not None:
        return recipient
    owner = _object_owner(token, source)
    if owner is not None:
        return owner
    # PETRARCH's rule of thumb: else the first actor named in the verb phrase (the trigger's subtree);
    # for a statement, not one named inside what is said ("says the NFL has gone soft like the US")
    said = (
        {t.i for c in token.children if c.dep_ in {"ccomp", "parataxis"} for t in c.subtree}
        if entry.code.startswith("01")
        else set()
    )
    # nor one describing the source ("said Vilsack, a former Iowa governor")
    if source is not None:
        said |= {t.i for t in source.subtree}
    said |= other_clauses(token, entry.code)  # nor one of another doer's clause coordinated with its own
    for ent in _ents(sent):
        # (a person too, for an act that is no statement: "Jeb Bush endorsed Cruz Wednesday", where the
        # parser hung the name on the date)
        person = (
            ent.label_ == "PERSON"
            and entry.code[:2] not in _NAMED_PERSON_EXCLUDED
            and ent.root.dep_ != "poss"  # "Ryan's concerns" are no party
            and not (ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by")  # "filed by reporter X"
        )
        if (
            (ent.label_ not in {"GPE", "NORP", "ORG"} and not person)
            or any(t.i in skip or t.i in said for t in ent)
            or _venue(ent.root)
            or _own_side(entry, ent.root, source)
        ):
            continue
        if entry.code[:2] in _VERBAL_ROOTS and _describes_thing(ent.root):
            # what words are about ("called for … cost American jobs", "rejected the idea … the GOP ticket")
            # is no party; a material act's "Russian advisers" or "Panamanian officers" are
            continue
        place = ent.label_ == "GPE" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"in", "at"}
        if place and entry.code.startswith("01"):
            continue  # where a statement was made is not whom it is about; a blockade "in the West Bank" is
        if _origin(entry, ent.root):
            continue  # "fired rockets from Gaza and infiltrated southern Israel": Gaza is where from
        inside = ent.root.i != token.i and token.i in {a.i for a in ent.root.ancestors}
        if (
            inside
            and token.i < ent.start
            and (_plain_code(ent.root) if person else code_actor(ent.text)).code
        ):
            return ent.root
    return None


def _own_side(entry: CodedTrigger, candidate: Any, source: Any | None) -> bool:
    """Whether a would-be target of an act (no statement) is its state source's own government named by
    its seat ("Biden warned that Washington would impose sanctions if Russian forces crossed", "told
    Netanyahu … that Washington would not take part"): the act is aimed elsewhere. Whom a statement is
    about may be the speaker's own state ("Putin said Russia was ready"), which the judges of real news
    count right; a region, a place or the state's name is a domestic target ("struck central Somalia")."""
    if source is None or entry.code.startswith("01") or candidate.ent_type_ != "GPE":
        return False
    if candidate.dep_ == "pobj" and candidate.head.lower_ not in _TARGET_PREPS:
        return False  # a place ("as street battles raged in central Baghdad"), not the government
    coded = _own_code(candidate)
    if coded.sector != "GOV":
        return False
    # the source is the state itself (its government, army or name), of the same country
    sourced = _actor_code(source, source.sent)
    return sourced.sector in _STATE_SECTORS and sourced.country == coded.country


_STRUCK_PREPS: Final = frozenset({"on", "against", "at"})
# the holders whose positions, posts and buildings an act of force hits: armed and state bodies (not "striking
# business deals")
_ARMED_SECTORS: Final = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "GOV", "INS"})


def _struck_holding(entry: CodedTrigger, source: Any | None) -> Any | None:
    """For an act of force with no coded target, the thing it strikes when a role word names who holds it
    ("air strikes on rebel positions", "shelled army positions", "captured more than 100 military posts"):
    that thing, to be coded as the role ("a presidential run" names no one, but a force act hits a
    party's positions, posts or bases)."""
    if entry.code[:2] not in _ORIGIN_ROOTS:
        return None
    token = entry.token
    # (on the light verb too: "carried out air strikes on rebel positions")
    light = token.dep_ == "dobj" and token.head.lemma_.lower() in _words("light_verbs")
    candidates = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    candidates += _prep_objects([token, *([token.head] if light else [])], _STRUCK_PREPS)
    # ("seized dozens of army posts": the of-phrase of a quantity)
    candidates += [
        g for c in candidates for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]
    for thing in candidates:
        if (source is not None and thing.i == source.i) or thing.pos_ != "NOUN" or _role_head(thing):
            continue
        holders = [c for c in thing.children if c.dep_ in {"amod", "compound"}]
        if any(code_actor(c.text).sector in _ARMED_SECTORS for c in holders):
            return thing
    return None


def _placed_only(found: Any, prep: Any) -> bool:
    """Whether a prepositional participant stands for a place only: a meeting's "in Jamaica", or a thing
    its own words do not code that takes its country from where it is ("at a summit in Luanda", "an
    agreement in Pretoria"). A party the event names later outranks it ("… called on the M23")."""
    if prep.lower_ == "in":
        return True
    if found.pos_ != "NOUN" or found.i in _persons(found.doc).by_token:
        return False
    plain = code_actor(_phrase(found))
    return plain.code is None and _owned(found, plain) is None


def _on_date(actor: Actor | None, published: str | None) -> Actor | None:
    """An actor coded by a dated row of the crisis table, as of the article's date ("the Taliban" are
    AFGREB in a 2016 story, AFGGOV in a 2022 one)."""
    if actor is None or actor.code is None:
        return actor
    code = dated_code(actor.name, actor.code, published)
    return actor if code == actor.code else Actor(name=actor.name, code=code)


# CAMEO roots of force (assault, fight, mass violence), whose "from" phrase is where the act came
# from ("fired rockets from Gaza", "shelled from across the river"), never whom it was aimed at
_ORIGIN_ROOTS: Final = frozenset({"18", "19", "20"})
# CAMEO roots of material giving (provide aid, military, economic, humanitarian aid, protection), whose
# thing given is no party: the one it is given "to" is ("sent an aid team led by X to Goris")
_TRANSFER_ROOTS: Final = frozenset({"07"})


def _origin(entry: CodedTrigger, token: Any) -> bool:
    """Whether a participant is the place a force event came from ("fired rockets from Gaza")."""
    return entry.code[:2] in _ORIGIN_ROOTS and token.dep_ == "pobj" and token.head.lower_ == "from"


def _recipient(entry: CodedTrigger, holder: Any, thing: Any) -> Any | None:
    """For a material gift whose object is a thing, not a named actor ("sent an aid team led by
    USAID's head to the Armenian town of Goris", "delivered weapons made by Iranian firms to Syria"):
    the coded actor it goes "to", on the verb or (where the parser hung it there) inside the object."""
    if entry.code[:2] not in _TRANSFER_ROOTS or thing.dep_ != "dobj" or thing.pos_ == "PROPN":
        return None
    if thing.pos_ != "NOUN" or code_actor(thing.text).sector is not None:
        return None  # "sent troops to …", "gave the rebels …": a role is a party
    return _party_in_phrase((holder, *thing.subtree), "to")


def _party_in_phrase(nodes: Iterable[Any], preposition: str) -> Any | None:
    """The first codable party, not a venue, that a ``preposition`` phrase on one of ``nodes`` names."""
    for node in nodes:
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == preposition:
                found = _coded_pobj(prep)
                if found is not None and not _venue(found):
                    return found
    return None


# CAMEO roots of verbal acts (statements, appeals, intents, support, demands, disapproval), whose verb phrase
# names what is talked about more often than whom the act is aimed at
_VERBAL_ROOTS: Final = frozenset({"01", "02", "03", "05", "10", "11"})


def _describes_thing(root: Any) -> bool:
    """Whether a name only describes a thing (an adjective or noun modifier of a common noun that names
    no party: "American jobs", "the Mexican border", "Japanese internment camps", "Republican efforts"),
    not a party ("Chinese troops", "the Iraqi government", "Senate candidates") nor a with/against phrase's
    partners ("with its European common market partners")."""
    head = root.head
    partner = head.dep_ == "pobj" and head.head.lower_ in _PARTNER_PREPS  # "with its European partners"
    return (
        root.dep_ in {"amod", "compound", "nmod"}
        and head.i != root.i
        and head.pos_ == "NOUN"
        and not partner
        and not _role_head(head)
    )


_PARTNER_PREPS: Final = frozenset({"with", "against", "between", "toward", "towards"})


def _object_owner(token: Any, source: Any | None) -> Any | None:
    """The party owning the trigger's direct object, when it is not the source ("praised Obama's
    presidency", "slamming his remarks", "accusing Sanders's followers"): whom an act on someone's
    things is aimed at. Not the source's own things ("ended his bid", "announced her candidacy")."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    owner = next((c for c in dobj.children if c.dep_ == "poss"), None) if dobj is not None else None
    if owner is None:
        return None
    if source is not None and owner.i in {t.i for t in source.subtree}:
        return None
    if owner.pos_ == "PRON":
        if owner.lower_ not in {"his", "her"} or source is None:
            return None
        if source.pos_ == "PRON":
            # "he praised his record": whose, the parse cannot tell; "she praises his economic record":
            # a pronoun of the other gender is someone else, coded by its person
            if _PRONOUN_GENDER.get(source.lower_) in {None, _PRONOUN_GENDER[owner.lower_]}:
                return None
            other = _person_pronoun(owner)
            return owner if other is not None and other.code is not None else None
        found = _person_pronoun(owner)
        said = _persons(owner.doc).by_token.get(source.i)
        if found is None or found.code is None or said is None or said.name == found.name:
            return None
        return owner
    if owner.ent_type_ not in _PARTY_ENTS or _plain_code(owner).code is None:
        return None
    said = _persons(owner.doc).by_token.get(source.i) if source is not None else None
    other = _persons(owner.doc).by_token.get(owner.i)
    return None if said is not None and other is not None and said.name == other.name else owner


# the attribution stage's quotation marks, the single marks a quotation inside a quotation opens with, and
# the doubled apostrophes and backticks some wires write for quotation marks (one token each)
_QUOTES: Final = QUOTE_MARKS | {"'", "‘", "’", "''", "``"}


# statements (whom they are about is looked for in what is said) and the two-party acts whose joint
# subject gives the other party (intents, consultations, cooperation; not 05, support, which has one party)
_NAMED_PERSON_EXCLUDED: Final = frozenset({"01", "03", "04", "06"})


def _quoted_speech(entry: CodedTrigger, clause: Any) -> bool:
    """Whether ``clause`` is the quotation a plain statement (010) reports: its target is not found in
    what is quoted ("'I would say Paul,' he said"). A reported clause without quotation marks keeps
    PETRARCH's reading ("police said Burmese troops captured …")."""
    return (
        entry.code == _SPEECH_CODE
        and clause.dep_ in {"ccomp", "parataxis"}
        and clause.left_edge.i > 0  # (as written: not for a clause opening the document)
        and _quoted_clause(clause)
    )


def _object_verb(noun: Any) -> Any | None:
    """The verb whose direct object the event noun is, through compounds and of-phrases ("undertook a
    mediation mission", "had not seen any signs of de-escalation"), or None."""
    node = noun
    for _ in range(4):
        if node.dep_ in {"compound", "pobj"} or (node.dep_ == "prep" and node.lower_ == "of"):
            node = node.head
            continue
        return node.head if node.dep_ == "dobj" and node.head.pos_ == "VERB" else None
    return None


def _perceived(noun: Any) -> bool:
    """Whether an event noun is what a perception verb's object names ("NATO had not seen any signs of
    de-escalation", "observers reported no withdrawal")."""
    verb = _object_verb(noun)
    return verb is not None and verb.lemma_.lower() in _words("perception_verbs")


def _object_holder(noun: Any) -> Any | None:
    """The subject of the verb whose object the event noun is ("Klibi undertook a mediation mission",
    "warships launched 10 days of war games"); none for a perception verb, whose subject sees the act
    and does not do it ("NATO had not seen any signs of de-escalation")."""
    verb = _object_verb(noun)
    if verb is None or _perceived(noun):
        return None
    return _subject(verb)


def _protested(token: Any, skip: set[int], sent: Any) -> Any | None:
    """A protest's target: the first coded actor in what the protest is about — its purpose clause
    or against/of phrase ("a hunger strike to demand the resignation of Algerian President Ben Bella",
    "rallies against the party's leader Mahmoud Abbas", "in defiance of Chinese authorities")."""
    clause = token.head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"dobj", "nsubj"} else token
    scope = {t.i for t in clause.subtree} - {t.i for t in _subject_tokens(clause)}
    for ent in _ents(sent):
        if ent.start <= token.i or ent.label_ not in {"GPE", "NORP", "ORG", "PERSON"}:
            continue
        if ent.root.i in skip or ent.root.i not in scope:
            continue
        if code_actor(_phrase(ent.root)).code is not None:
            return ent.root
    return None


def _said_clause(token: Any) -> Any | None:
    """The clause a statement verb reports: its ccomp or parataxis, or the quotation it interrupts
    ("'He was a failed candidate,' Trump said" parses with the quote's verb as the head of "said")."""
    clause = next((c for c in token.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if clause is None and token.dep_ in {"parataxis", "ccomp"} and token.head.i != token.i:
        clause = token.head
    return clause


def _spoken_of(entry: CodedTrigger, source: Any | None) -> Any | None:
    """A statement's target: whom it is said of ("Trump said of Romney") or, else, the actor the said
    clause is about — its subject, or the actor owning it ("Trump's campaign", "what Trump is saying"),
    looking one clause deeper past an empty subject ("it was clear that Clinton's server …").
    A third-person pronoun counts only inside a quotation, where it cannot be the speaker ("'He's said
    things I was uncomfortable with,' she said"); in reported speech "he said he …" is the speaker."""
    token = entry.token
    skip = {t.i for t in source.subtree} if source is not None else set()
    skip.add(token.i)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "about"}:
            found = _coded_pobj(prep)
            if found is not None and found.i not in skip:
                return found
    clause = _said_clause(token)
    if clause is None:
        return None
    quoted = _quoted_clause(clause)
    # and the clauses it joins or reports ("I've known him and I believe he is the best")
    joined = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    clauses = [*joined, *(c for j in joined for c in j.children if c.dep_ == "ccomp" and c.i not in skip)]
    found = next((f for f in (_clause_actor(node, skip, quoted) for node in clauses) if f is not None), None)
    if entry.code != _SPEECH_CODE and (
        found is None or (source is not None and _same_country(found, source))
    ):
        # "warned that the war would not stop until Hamas was destroyed", "warned that Tehran's response
        # would be severe if Israel made another mistake": a warning is about the party its condition names,
        # not the speaker's own side; a plain statement's condition is only its circumstance ("told POLITICO
        # he'd wait until a nominee had been selected")
        condition = _condition_actor([token, *clauses], skip, quoted)
        if condition is not None:
            return condition
    return found


# the marks of a condition clause whose subject a warning or threat is about
_CONDITION_MARKS: Final = frozenset({"if", "unless", "until"})


def _same_country(one: Any, other: Any) -> bool:
    """Whether two tokens code the same country (a speaker and the seat of its own government)."""
    country = _plain_code(one).country
    return country is not None and country == _plain_code(other).country


def _condition_actor(nodes: Sequence[Any], skip: set[int], quoted: bool) -> Any | None:
    """The first codable subject of a condition clause (if/unless/until) on one of ``nodes`` or on the
    verbs they govern ("threatened to use force if the junta refused"), not past another statement."""
    seen: set[int] = set()
    stack = list(nodes)
    while stack:
        node = stack.pop(0)
        if node.i in seen:
            continue
        seen.add(node.i)
        for child in node.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in child.children
            ):
                found = _clause_actor(child, skip, quoted)
                if found is not None:
                    return found
            elif child.dep_ in {"xcomp", "conj", "dobj"} and child.pos_ in {"VERB", "AUX", "NOUN"}:
                stack.append(child)
    return None


def _clause_actor(clause: Any, skip: set[int], quoted: bool) -> Any | None:
    """The first codable actor in the subject of ``clause`` (see :func:`_spoken_of`): a name, a noun
    naming a role ("the candidate") or, in a quotation, a third-person pronoun; not
    a thing a pronoun owns ("their campaign" is the speakers') nor anyone at all ("any candidate")."""
    for subject in clause.children:
        if subject.dep_ not in {"nsubj", "nsubjpass", "csubj"} or subject.i in skip:
            continue
        for node in subject.subtree:
            if node.i in skip:
                continue
            if node.pos_ == "PRON":
                # in a quotation a third-person pronoun is never its speaker, whoever it resolves to
                if quoted and node is subject and node.lower_ in _THIRD_PERSON and _guessed_code(node).code:
                    return node
                continue
            if node.pos_ not in {"PROPN", "NOUN"} or node.dep_ in {"compound", "amod"}:
                continue
            if any(
                (c.dep_ == "poss" and c.pos_ == "PRON") or (c.dep_ == "det" and c.lower_ in _ANYONE)
                for c in node.children
            ):
                continue
            if _role_head(node) and _codable(node, True):
                return node
    return None


_ANYONE: Final = frozenset({"any", "every", "whoever", "each", "either", "no"})
_THIRD_PERSON: Final = frozenset({"he", "she", "they"})
# a person pronoun as an event's object ("accused her of", "urged him to resign"), coded by its person
_OBJECT_PRONOUNS: Final = frozenset({"him", "her"})


def _quoted_clause(clause: Any) -> bool:
    doc = clause.doc
    start = clause.left_edge.i
    return doc[start].text in _QUOTES or (start > 0 and doc[start - 1].text in _QUOTES)


def _subject_tokens(verb: Any) -> list[Any]:
    return [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]


class _Parties(NamedTuple):
    """An event's participants as :func:`_participants` finds them, with the tokens they were coded from."""

    actor1: Actor | None
    actor2: Actor | None
    sourced: bool  # actor1 was found in the event's own syntax, not borrowed from an earlier mention
    source: Any | None  # the token actor1 was coded from
    target: Any | None  # the token actor2 was coded from


def _participants(entry: CodedTrigger, sent: Any, *, main: bool = True) -> _Parties:
    """actor1 and actor2 of an event, and whether actor1 was found in the event's own syntax (not
    borrowed from an earlier mention of the sentence)."""
    token = entry.token
    source: Any | None = None
    receiver: Any | None = None
    if token.pos_ in {"NOUN", "PROPN"}:
        for child in token.children:
            if child.dep_ == "poss" or (
                child.dep_ in {"compound", "amod"}
                and child.ent_type_ in {"GPE", "NORP"}
                and not stance_modifier(child)  # "anti-French protests" are not France's
            ):
                source = child
        if source is None:
            source = _by_agent(token)
        if source is None:
            source = received_from(token)  # "drew condemnation from the United Nations"
            if source is not None:
                receiver = _subject(token.head)  # what drew it is what the act is aimed at
        if source is None and token.head.lemma_.lower() in _words("light_verbs"):
            source = _subject(token.head)
        if source is None:
            source = _object_holder(token)
        held = meeting_held(token, entry.code) if source is None else None
        if held is not None and held.pos_ in {"VERB", "AUX"}:
            source = _subject(held)  # "agreed to a truce after ten hours of talks": who agreed met
    else:
        source = _subject(token)
        if token.pos_ == "ADJ" and source is None:
            source = _subject(token.head)
        if source is not None:
            source = _described_name(source)
    if entry.agent is not None:
        source = entry.agent  # the party a construction names as the doer (the accused of a relayed act)
    if source is not None and source.ent_type_ in _TIMES:
        # "Thursday's meeting", a live blog's "9:30 p.m." heading: a time is no actor, though a second
        # subject beside it may be ("9:30 p.m. Donald Trump says")
        timed = source
        others = [c for c in timed.head.children if c.dep_ == timed.dep_ and c.i > timed.i]
        source = others[0] if others and timed.dep_ != "poss" and others[0].ent_type_ not in _TIMES else None
    if source is not None and _in_dateline(source):
        source = _after_dateline(source)
    principal = _principal(token, source, sent)
    if principal is not None:
        source = principal
    if source is None and token.pos_ == "VERB":
        source = _raised_subject(token)
    between = _between_parties(entry, sent) if source is None else None
    if between is not None:
        source = between[0]
    if source is None and _violent(entry.code):
        source = absolute_agent(token)  # "fighting raged on, with the army using drones against …"
    patient = _patient(token) if source is None else None
    if source is None and main and patient is None:
        source = _clause_subject(token)
    coded1 = _actor_code(source, sent) if source is not None else None
    if coded1 is not None and source is not None and pair_collective(source):
        # "the two sides would meet again in Brazil": two parties an earlier sentence names, no one here
        coded1 = ActorCode(coded1.name, None, None, None)
    if coded1 is None and patient is not None and entry.code[:2] in _AUTHORITY_ROOTS:
        # "A missionary was arrested in Lebanon": with no agent named, the authorities of the place
        # where it happened act (PLOVER's convention), and the passive subject is the target. Only for
        # what authorities do (coerce, reduce relations, force): "he was praised in Iowa" names no agent
        coded1 = _place(entry.token, ("in",)) or _place(patient.head, ("in",))
        if coded1 is not None and coded1.country is None:
            coded1 = None
    # "The interior ministry said 107 people had been detained": the reporting state organ is the doer, but
    # the victims are read as for an act with no doer named (their country is not the reporter's to give)
    reported = (
        _reporting_authority(entry.token, sent)
        if coded1 is None and patient is not None and entry.code[:2] in _REPORTED_ROOTS
        else None
    )
    country = coded1.country if coded1 is not None else None
    # a statement's target is whom it is about before any actor merely named beside it
    # (a speech verb's statement that condemns or praises, recoded 111 by _criticise or 051 by _praise, is
    # still a statement)
    statement = entry.code.startswith("01") or (
        entry.code in _SPEECH_RECODES and entry.token.lemma_.lower() in _words("speech_lemmas")
    )
    target = patient if patient is not None else _target(entry, source, sent, named=not statement)
    shared = None if patient is not None or statement else coordinated_verb(token, _is_party)
    if shared is not None and _target(entry, source, sent, named=False) is None:
        # "halting cooperation with the United States and cancelling talks": the first verb's party, not
        # the first name in the verb phrase ("… a day after it fired missiles around Taiwan")
        first = _target(dataclasses.replace(entry, token=shared, inner=None), source, sent, named=False)
        if (
            first is not None
            and _plain_code(first).country not in {None, country}
            and not in_said_clause(first, shared)
        ):
            target = first
    if target is None and receiver is not None and receiver.pos_ in {"NOUN", "PROPN", "PRON"}:
        target = receiver  # "he received an apology from a Fox executive": the executive apologises to him
    mediated = _mediated_party(entry, sent) if patient is None else None
    if mediated is not None:
        target = mediated
    if between is not None:
        target = between[1]  # the act's other party, however the parser hung the between-phrase
    if target is None and country is not None:
        target = _target(entry, source, sent, roles=True, named=not statement)
    if mediated is None and target is not None and _mediation(entry) and _co_mediator(target, source):
        target = None
    if target is not None and principal is not None and principal.i in {t.i for t in target.subtree}:
        target = None  # "on behalf of the African Union": whom the agent acts for is no party to the act
    if (
        entry.code[:2] == _THREAT_ROOT
        and source is not None
        and (target is None or _same_country(target, source) or in_said_subject(target, _said_clause(token)))
    ):
        # "warned that Tehran's response would be severe if Israel made another mistake": a threat is
        # against the party its condition names, not the speaker's own side
        said = _said_clause(token)
        condition = _condition_actor(
            [token, *([said] if said is not None else [])], {t.i for t in source.subtree}, False
        )
        if condition is not None:
            target = condition
        else:
            # "vowed that the attacks on Yemen by the United States and Britain would not go unpunished"
            target = said_act_doer(token, lambda t: _party_code(t, sent) is not None) or target
    struck = _struck_holding(entry, source) if target is None else None
    if struck is not None:
        target = struck
    if target is None:
        # "urged both countries to exercise restraint as airports in India and Pakistan suspended flights"
        target = paired_party(token, source, lambda t: _party_code(t, sent) is not None, _conjuncts)
    listed = listed_member(target, lambda t: _party_code(t, sent) is not None) if target is not None else None
    if listed is not None:
        target = listed  # "diplomats from seven countries, among them Argentina, Chile and Peru"
    if target is None and statement:
        target = _spoken_of(entry, source) or _target(entry, source, sent)
    elif statement and target is not None and _audience(target, token):
        # "told reporters that the pope has no plans": whom it is about, not whom it was told to
        target = _spoken_of(entry, source)
    if statement and target is not None and _audience(target, token):
        target = None  # "said on CNN", "in an interview with CNBC": the press is no party to a statement
    if target is not None and _sought_office(target):
        target = None
    if target is not None and any(
        _in_description(target, who)
        for who in [
            *([source] if source is not None else []),
            *(c for c in token.children if c.dep_ == "nsubj"),
        ]
    ):
        target = None  # "said James Acton, a physicist … at the Carnegie Endowment": his own affiliation
    if target is None and source is not None and entry.code[:2] in _MUTUAL_ROOTS and not _mediation(entry):
        # "Ryan and Trump agreed to meet": the other party of a joint subject
        target = next((c for c in source.children if c.dep_ == "conj" and _codable(c, False)), None)
    if entry.party is not None:
        target = entry.party  # the party a construction of speech names (the claimant of a denied claim)
    actor1 = _as_actor(coded1) if coded1 is not None else None
    if actor1 is None and reported is not None:
        actor1 = _as_actor(reported)
    if actor1 is not None and principal is not None and principal.dep_ == "poss":
        # "the AU's envoy": named by the body, without its possessive ending
        words = [t for t in _phrase_tokens(principal) if t.dep_ != "case"]
        actor1 = Actor(name=token.doc[words[0].i : words[-1].i + 1].text, code=actor1.code)
    # a role's victims of an act of force are of the place it struck ("Israeli air strikes across Lebanon")
    victims = struck_country(token, source, entry.code, country, _place_country) or country
    actor2 = _as_actor(_target_code(target, victims, held=struck is not None)) if target is not None else None
    if statement and target is not None and source is not None and _speaker_pronoun(target, source):
        # "Clinton said, 'She was the most popular political figure'": the quotation's "she" is never
        # its speaker, whom the pronoun's nearest person would give; someone of the article's country
        people = _persons(token.doc).people
        actor2 = Actor(name=target.text, code=people)
    elif statement and target is not None and source is not None and _speakers_own(target, source):
        actor2 = None
    if (
        actor1 is not None
        and actor2 is not None
        and actor1.code is not None
        and _own_modifier(target, actor1)
    ):
        actor2 = None
    if actor2 is None or actor2.code is None:
        # "arrested thousands of people", "12 civilians had been killed": victims named by a role
        hit = victim(token, entry.code, country, _persons(token.doc).people, _guessed_code, _place_country)
        if hit is not None:
            target, actor2 = hit[0], _as_actor(hit[1])
        imposed = home_sanction(entry.code, country) if hit is None else None
        if imposed is not None:
            actor2 = _as_actor(imposed)  # "declared a state of emergency": on the doer's own country
    return _Parties(
        actor1,
        actor2,
        source is not None
        and actor1 is not None
        and actor1.code is not None
        and (_named_or_referring(source)),
        source,
        target if actor2 is not None else None,
    )


def _in_description(target: Any, source: Any) -> bool:
    """Whether a target candidate lies in the source's own description, its apposition ("James Acton, a
    physicist at the Carnegie Endowment for International Peace"); not in a clause on it ("It's time to quit
    attacking various people": judged PolNeAR train, what is attacked)."""
    return any(c.dep_ == "appos" and target.i in {t.i for t in c.subtree} for c in source.children)


def _own_modifier(target: Any, actor1: Actor) -> bool:
    """Whether a target is only a modifier naming the source itself ("The European Union called on both
    sides to return to the EU-facilitated dialogue": EU→EU): a thing the source made or backs, not a party.
    Only a hyphened modifier: "Croatia is investigating crimes by Croatian extremists" keeps its target."""
    doc = target.doc
    hyphened = target.i + 1 < len(doc) and not target.whitespace_ and doc[target.i + 1].text == "-"
    return hyphened and _plain_code(target).code == actor1.code


def _between_parties(entry: CodedTrigger, sent: Any) -> tuple[Any, Any] | None:
    """For a reciprocal act named by a noun with no subject of its own ("Heavy fighting erupted between
    the army and the RSF", "a truce between X and Y took effect"), the first two parties of its between-phrase
    (on the noun or on the verb it is the subject of), when each of two or more members codes as a
    party on its own and they are not one actor twice (a country and its own government); the
    coordination then makes them a joint subject (:func:`_party_pairs`)."""
    token = entry.token
    if (token.pos_ != "NOUN" and token.tag_ != "VBG") or _reciprocal_form(entry) is None:
        return None
    places = [token] + ([token.head] if token.dep_ in {"nsubj", "nsubjpass"} else [])
    places += mediation_clauses(token, _mediation_lemmas())  # "a ceasefire brokered by Egypt between X and Y"
    places += [p for p in participles(token) if p not in places]  # any participle clause on the noun
    for node in places:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            members = _conjuncts(pobj) if pobj is not None else []
            codes = [_party_code(m, sent) for m in members]
            if len(members) < 2 or any(c is None or c.code is None for c in codes):
                return None
            known = [c.code for c in codes if c is not None and c.code is not None]
            for i, one in enumerate(known):
                if any(one.startswith(other) or other.startswith(one) for other in known[i + 1 :]):
                    return None  # "talks between the administration and the United States"
            return members[0], members[1]
    return None


_MEDIATORS: Final = "event_actor_mediators.tsv"
# the edges from a mediated thing up to the clause whose subject made it ("agreed to a ceasefire brokered
# by …": pobj → prep → verb; "accused each other of violating a ceasefire brokered by …": dobj → pcomp → prep)
_MEDIATED_EDGES: Final = frozenset({"pobj", "dobj", "obj", "pcomp", "prep", "xcomp"})


@functools.cache
def _mediation_lemmas() -> frozenset[str]:
    """The verbs of a third party's act on others' deal (``knowledge/event_actor_mediators.tsv``)."""
    return frozenset(r["lemma"].lower() for r in read_tsv(_MEDIATORS, ("lemma",)))


def _mediation(entry: CodedTrigger) -> bool:
    """Whether an event is a mediation verb's ("a ceasefire brokered by Russia", "mediated the deal")."""
    return entry.token.pos_ == "VERB" and entry.token.lemma_.lower() in _mediation_lemmas()


def _joint_party(node: Any, sent: Any) -> Any | None:
    """The first member of the parties ``node`` names together: a coordination of two or more codable
    parties it is in ("Russia and Ukraine"), or its between-phrase's ("a ceasefire between Israel and
    Hezbollah", "mediating between Kinshasa and Kigali"); None when it names no two parties."""
    heads = [node, *_prep_objects([node], ("between",))]
    for head in heads:
        members = _conjuncts(head)
        if len(members) >= 2 and all(_party_code(m, sent) is not None for m in members):
            return members[0]
    return None


def _co_mediator(target: Any, source: Any | None) -> bool:
    """Whether a mediation's target candidate mediates beside its source: a member of the source's
    coordination ("brokered by Saudi Arabia and the United States") or of a together-with phrase ("mediated
    by Qatar together with Egypt"); a fellow mediator is no party to the deal."""
    head = _coordination_head(target)
    if source is not None and head.i == _coordination_head(source).i:
        return True
    prep = head.head
    together: bool = (
        head.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.i > 0
        and prep.doc[prep.i - 1].lower_ == "together"
    )
    return together


def _mediated_party(entry: CodedTrigger, sent: Any) -> Any | None:
    """The first party of what a mediation mediates, its target: the parties between whom it mediates,
    those of the deal, truce or swap it brokered (its between-phrase), or the joint subject of the clause
    that thing belongs to ("Sudan's army and the RSF agreed to a ceasefire brokered by Saudi Arabia and the
    United States": SDNMIL and SDNREB, not the co-mediator; "Russia and Ukraine exchanged prisoners in a swap
    mediated by Turkey"); None when the sentence names no two parties, or for another event."""
    token = entry.token
    if not _mediation(entry):
        return None
    found = _joint_party(token, sent)
    if found is not None:
        return found
    thing = (
        token.head
        if token.dep_ == "acl"
        else next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    )
    node = thing
    for _ in range(6):
        if node is None:
            return None
        found = _joint_party(node, sent)
        if found is not None:
            return found
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if node.pos_ in {"VERB", "AUX"} and subjects:
            # the clause's own subject, not one further up (past a dateline the parser made a subject too)
            subjects = [c for c in subjects if not _in_dateline(c)]
            found = next((p for p in (_joint_party(c, sent) for c in subjects) if p is not None), None)
            if found is None and node.dep_ == "advcl":
                node = node.head  # "exchanged prisoners … since the invasion began, in a deal brokered by …"
                continue
            return found
        if node.dep_ not in _MEDIATED_EDGES or node.head.i in {node.i, token.i}:
            return None  # not past the mediation itself: "Russia and Turkey brokered the ceasefire"
        node = node.head
    return None


_PRINCIPALS: Final = "event_actor_principals.tsv"


@functools.cache
def _principal_words() -> dict[str, str]:
    """Lemma → kind (``behalf``, ``agent``) of the words naming whom an agent acts for
    (``knowledge/event_actor_principals.tsv``)."""
    return {r["word"].lower(): r["kind"] for r in read_tsv(_PRINCIPALS, ("word", "kind"))}


def _principal(token: Any, source: Any | None, sent: Any) -> Any | None:
    """The body an event's agent acts for, which is the event's source: the of-phrase of "on behalf of" on
    the trigger, its verb or the source ("mediated by Obasanjo on behalf of the African Union"), or the
    possessor or of-phrase of an agent noun in apposition to the source, when it is a body of no one country
    ("Obasanjo, the AU's envoy, said", "Kikwete, the envoy of the UN, said"); None when none names one."""
    words = _principal_words()
    holders = [token, token.head] + ([source] if source is not None else [])
    for behalf in _prep_objects(holders, ("on", "in")):
        if words.get(behalf.lemma_.lower()) == "behalf":
            for body in _prep_objects([behalf], ("of",)):
                if _party_code(body, sent) is not None:
                    return body
    if source is None:
        return None
    # (a source that is itself "the AU's envoy" or "the envoy of the UN" is coded by the body already)
    for agent in (c for c in source.children if c.dep_ == "appos"):
        if words.get(agent.lemma_.lower()) != "agent":
            continue
        bodies = [c for c in agent.children if c.dep_ == "poss"] + _prep_objects([agent], ("of",))
        for body in bodies:
            coded = _party_code(body, sent)
            # a body of no one country ("the AU's envoy"); a state's own envoy ("Todd Stern, the State
            # Department's climate envoy") is coded by his own description already
            if coded is not None and coded.country is None:
                return body
    return None


def _raised_subject(verb: Any) -> Any | None:
    """The passive subject of the verb an act is the complement of, with no by-agent ("Army warplanes
    were seen striking RSF bases", "the rebels were reported to have seized the town"): who does it."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    if any(c.dep_ == "agent" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _described_name(subject: Any) -> Any:
    """The name a subject describes when the parser split them into two subjects of one verb ("The
    regional bloc ECOWAS demanded", "the militant group Hamas said"): the name, when the description
    codes no actor and the name right after it does; else the subject itself."""
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or _plain_code(subject).code is not None:
        return subject
    after = subject.right_edge.i + 1
    for other in subject.head.children:
        if (
            other.dep_ == "nsubj"
            and other.left_edge.i == after
            and other.pos_ == "PROPN"
            and _plain_code(other).code is not None
        ):
            return other
    return subject


def _in_dateline(token: Any) -> bool:
    """Whether a token lies in a dateline opening its sentence ("ABU DHABI, June 11 — Russia and Ukraine
    exchanged …"): ingest cuts a story's dateline out of its body, but a text coded as given (one record,
    a second dateline in a digest) still holds it, and the parser makes its place a subject."""
    if not token.text[:1].isupper():
        return False
    doc = token.doc
    # the sentence start within a dateline's reach (Token.sent and Doc.text are costly on long articles)
    start = next(
        (k for k in range(token.i, max(-1, token.i - 13), -1) if k == 0 or doc[k].is_sent_start), None
    )
    if start is None:
        return False
    head = doc[start : min(len(doc), start + 30)]
    found = find_dateline(head.text, 0)
    return found is not None and found.start <= token.idx - head.start_char < found.body_start


def _after_dateline(subject: Any) -> Any | None:
    """The subject after a dateline the parser also made a subject of the verb ("… — Russia and
    Ukraine exchanged"), or None: where the story was filed is no actor."""
    others = [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i]
    # ("NIAMEY, April 12 — Russian military instructors … arrived": the subject hung on the place)
    others += [c for c in subject.children if c.dep_ == "appos"]
    return next((c for c in others if not _in_dateline(c)), None)


def _by_agent(noun: Any) -> Any | None:
    """The agent an event noun names with "by" ("heavy shelling by government forces", "the seizure of
    the port by rebels"): who acts, before the subject of a verb that only reports or sees the event
    ("Witnesses described heavy shelling by government forces")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if (
                agent is not None
                and agent.ent_type_ not in _TIMES
                and agent.pos_ in {"NOUN", "PROPN", "PRON"}
            ):
                return agent
    return None


_TIMES: Final = frozenset({"DATE", "TIME"})
# CAMEO roots of acts two parties do together (intend to cooperate, consult, cooperate diplomatically or
# materially), whose joint subject's other member is the target
_MUTUAL_ROOTS: Final = frozenset({"03", "04", "05", "06"})


def _sought_office(target: Any) -> bool:
    """Whether a "White House" phrase names the office a candidate seeks, not the administration
    ("declare his candidacy for the White House", "nobody can get to the White House without …")."""
    if target.dep_ != "pobj" or not _phrase(target).lower().endswith("white house"):
        return False
    governor = target.head.head
    return target.head.lower_ in {"for", "to"} and governor.lemma_.lower() in _SEEKING


# what a candidate seeks the White House by: "a bid for", "the road to", "get to", "win"
_SEEKING: Final = frozenset({"candidacy", "bid", "run", "race", "campaign", "quest", "road", "path", "get"})


def _audience(target: Any, token: Any) -> bool:
    """Whether a statement's participant is only its audience or outlet: the press it was told to or
    said on ("told reporters", "told ABC", "said on CNN", "in an interview with CNBC")."""
    if target.lemma_.lower() not in {"reporter", "journalist"} and _own_code(target).sector != "MED":
        return False
    return (target.head.i == token.i and target.dep_ in {"dobj", "dative"}) or target.dep_ == "pobj"


@functools.cache
def _setting_words() -> frozenset[str]:
    """Head nouns of places, occasions and media (``knowledge/event_actor_settings.tsv``)."""
    return frozenset(r["word"] for r in read_tsv("event_actor_settings.tsv", ("word", "kind")))


_SETTING_PREPS: Final = frozenset({"at", "in", "on", "during", "from", "aboard", "inside"})


def _venue(target: Any) -> bool:
    """Whether a prepositional participant is only where, at what occasion or through which medium the
    event took place ("said at a midday rally", "wrote on Twitter", "talked at last month's
    Congressional Ball", "at Clinton's residence"): a setting, which CAMEO codes as no target."""
    if target.dep_ != "pobj" or target.head.lower_ not in _SETTING_PREPS:
        return False
    words = _setting_words()
    return target.lower_ in words or target.lemma_.lower() in words


# CAMEO roots whose agentless passive is the place's authorities' act: 09 investigate, 12 reject,
# 13 threaten, 15 force posture, 16 reduce relations, 17 coerce (arrest, detain, expel, ban)
_AUTHORITY_ROOTS: Final = frozenset({"09", "12", "13", "15", "16", "17"})
# the roots of what a state reports doing itself with no agent named: arrests and detentions ("the ministry
# said 107 people had been detained"), not a show of force it reports of another ("said missiles had been
# launched")
_REPORTED_ROOTS: Final = frozenset({"17"})


def _is_party(token: Any) -> bool:
    """Whether a word names a party or a role ("the army", "ambassador"), not a thing ("a diplomatic
    protest", whose "diplomatic" gives a sector)."""
    return _guessed_code(token).code is not None or role_word(token.lower_)


def _place_country(token: Any) -> str | None:
    """The country a place name codes as ("southern Lebanon": LBN); None for a word that names no place."""
    return code_actor(_phrase(token)).country if token.ent_type_ in {"GPE", "LOC"} else None


def _target_code(target: Any, country: str | None, *, held: bool = False) -> ActorCode:
    """A target coded from its own words; one naming only a role ("demands from rebels", "an appeal
    from President Gbagbo") is taken to be of the source's country. With ``held``, a thing a role holds
    (:func:`_struck_holding`) is coded as that role."""
    coded = _guessed_code(target)
    if coded.code is None and coded.sector is not None and not _role_head(target) and not held:
        return ActorCode(coded.name, None, None, None)  # "a presidential run"
    if held and coded.code is None and coded.sector is not None and country is None:
        return _actor_code(target, target.sent)  # the role's country from the sentence
    if coded.code is None and coded.sector is not None and country is not None:
        return ActorCode(coded.name, country + coded.sector, country, coded.sector)
    return _at_home(target, coded)


def _speaker_pronoun(target: Any, source: Any) -> bool:
    """Whether a statement's target is a third-person pronoun in the quotation that resolves to the
    statement's own speaker (the same person)."""
    if target.pos_ != "PRON" or target.lower_ not in _THIRD_PERSON:
        return False
    said = _plain_code(source)
    found = _person_pronoun(target)
    return found is not None and said.code is not None and found.name == said.name


def _speakers_own(target: Any, source: Any) -> bool:
    """Whether a statement's target is its speaker or the speaker's own thing: the same person ("He said
    he's raised $100,000" of Canova), or a noun a first-person or plural possessive owns, or a his/her
    that resolves to the speaker ("Sanders' aides say their campaign …", "Kirby said his agency …")."""
    own = next((c for c in target.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if own is not None and own.lower_ in _OWNING_PRONOUNS:
        return True
    # the speaker named (a pronoun speaker is resolved too loosely to compare)
    said = _persons(source.doc).by_token.get(source.i)
    if said is None:
        return False
    if own is not None:
        found = _person_pronoun(own) if own.lower_ in _PERSON_PRONOUNS else None
        return found is not None and found.name == said.name
    other = _persons(target.doc).by_token.get(target.i)
    return other is not None and other.name == said.name


_OWNING_PRONOUNS: Final = frozenset({"my", "our", "their"})


def _guessed_code(token: Any) -> ActorCode:
    """:func:`_own_code`, and for a "he", "she", "him" or "her" whose person is named too far back (a
    quotation's "He's said things I was uncomfortable with"), a person of the article's country."""
    coded = _own_code(token)
    people = _persons(token.doc).people
    if coded.code is None and token.lower_ in _PRONOUN_GENDER and token.pos_ == "PRON" and people is not None:
        return ActorCode(token.text, people, people, None)
    return coded


def _patient(token: Any) -> Any | None:
    """The passive subject of an event verb with no ``by`` agent, or of the verb that puts someone
    under an event noun ("a US national has been put under investigation", "placed under arrest")."""
    node = token
    if token.pos_ == "NOUN":
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ != "VERB":
            return None
        node = prep.head
    elif token.pos_ != "VERB":
        return None
    if any(c.dep_ == "agent" for c in node.children):
        return None
    return next((c for c in node.children if c.dep_ == "nsubjpass"), None)


def _named_or_referring(source: Any) -> bool:
    """Whether a participant names its actor or refers back to one ("it", "its troops"), rather than
    being coded only by borrowing the sentence's nearest earlier mention ("some units")."""
    if source.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in source.children):
        return True
    return code_actor(_phrase(source)).code is not None


def _clause_subject(token: Any) -> Any | None:
    """For an event with no subject of its own (a participle on a noun, a gerund, a clausal subject:
    "the parliament approved a law recognizing the victories"), the coded subject of the nearest verb
    above it."""
    inside = {t.i for t in token.subtree}
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i not in inside:
                return child if code_actor(_phrase(child)).code is not None else None
    return None


def _as_actor(coded: ActorCode) -> Actor:
    return Actor(name=coded.name, code=coded.code)


def _event_date(token: Any, sent: Any, timexes: Sequence[Timex], published: str | None) -> str | None:
    """The value of the time expression of ``sent`` that governs the trigger, else the article date
    (the rules and their limits: :mod:`watchfloor.extract._timex_anchor`)."""
    return event_date(token, timexes, published, sent)


def _claimant(statement: Statement | None, doc: Any) -> Actor | None:
    """Who claims an event a statement carries: its speaker, coded as the speaker of a speech event
    is (:func:`_speaker_actor`), else by the mention in the text with the sentence and article around
    it (:func:`_speaker_mention`: "…, the army said" in a story placed in Mozambique is MOZMIL), else
    by the speaker's own words; the name alone when nothing codes it."""
    if statement is None:
        return None
    speaker = statement.speaker
    code = speaker.code or code_actor(speaker.name, speaker.role, speaker.organization).code
    if code is not None and _code_names_party(code):
        return Actor(name=speaker.name, code=code)
    named = Actor(name=speaker.name, code=code)
    found = _speaker_actor(statement) or _speaker_mention(statement, doc, named)
    return Actor(name=speaker.name, code=found.code) if found is not None else named


def _cited(source: str | None, sent: Any) -> Actor | None:
    """The claimant an "according to" names when no statement carries the event ("According to the
    activist group, at least 38 …" → the activist group), coded like any participant of its sentence: a
    role naming no country takes one as :func:`_actor_code` gives it ("Somali troops retook the villages,
    according to the army chief": SOMMIL), as a statement's speaker does (:func:`_speaker_mention`)."""
    if source is None:
        return None
    code = code_actor(source).code
    head = cited_head(sent, source) if code is None else None
    if head is not None:
        code = _actor_code(head, sent).code
    return Actor(name=source, code=code)


def _claimant_head(decision: Any, sent: Any, doc: Any) -> Any | None:
    """The head word of the claimant's mention: the source span of the statement that carries the event, else
    the phrase an "according to" names (:func:`cited_head`); None when there is neither."""
    statement = decision.statement
    if statement is not None and statement.source is not None:
        return _source_root(statement, doc)
    return cited_head(sent, decision.source) if decision.source else None


def _source_root(statement: Statement, doc: Any) -> Any | None:
    """The head word of the statement's source span in ``doc``, or None when it has none or the span does
    not fall on tokens."""
    if statement.source is None:
        return None
    span = doc.char_span(statement.source.start, statement.source.end, alignment_mode="expand")
    return span.root if span is not None else None


def _organ_side(claimant: Actor, head: Any | None, actor1: Actor | None) -> Actor:
    """A state organ that names no country of its own, claiming what a state's organ of its own kind did,
    speaks for that state: "Israeli warplanes struck targets in the Gaza Strip, the army said" (ISRMIL, not
    the Gaza Strip's), "Beijing … cancelled planned talks, the foreign ministry said" (CHNGOV, not
    Washington's), "Somali troops have retaken 30 villages, according to the army chief" (SOMMIL). The
    claimed act's source must be a country's organ of the claimant's sector, or the country itself; a
    rebel, a militia or a person's act leaves the claimant as it was coded ("Hamas fired rockets at Israel,
    the army said": ISRMIL; "M23 rebels seized the town, local officials said")."""
    if head is None or head.pos_ not in {"NOUN", "PROPN"} or actor1 is None or not actor1.code:
        return claimant
    own = _own_code(head)
    if own.country is not None or own.sector not in state_sectors():
        return claimant  # its own words give its country ("the Ukrainian military"), or it is no state organ
    if claimant.code and claimant.code[3:6] != own.sector:
        # its whole mention gives it another role ("a senior negotiator for the Syrian opposition": SYROPP;
        # "the health ministry in Gaza": its place)
        return claimant
    if not is_country_code(actor1.code) or actor1.code[3:6] not in {"", own.sector}:
        return claimant
    return Actor(name=claimant.name, code=actor1.code[:3] + own.sector)


def _residents_place(claimant: Actor, head: Any | None, actor1: Actor | None, actor2: Actor | None) -> Actor:
    """People of a place naming no country of their own ("residents said", "according to residents") are
    of the place the claimed act struck: its target's country ("Fano fighters seized the town of Lalibela,
    residents told Reuters": ETHCVL, not the agency's GBR; "Russian missiles struck Kyiv, residents said":
    UKRCVL, not the attacker's), else its doer's ("Houthi rebels stormed the ministry, residents said")."""
    if head is None or head.pos_ not in {"NOUN", "PROPN"} or _own_code(head).country is not None:
        return claimant
    if code_actor(head.text).sector != _CIVILIANS:
        return claimant
    for party in (actor2, actor1):
        if party is not None and party.code and is_country_code(party.code):
            return Actor(name=claimant.name, code=party.code[:3] + _CIVILIANS)
    return claimant


@functools.cache
def _local_words() -> frozenset[str]:
    """Words that make a government mention a local one (``knowledge/event_claimant_local_words.tsv``)."""
    return frozenset(r["word"] for r in read_tsv("event_claimant_local_words.tsv", ("word",)))


def _local_place(claimant: Actor, head: Any | None, actor2: Actor | None) -> Actor:
    """A local government naming no country of its own ("local officials said", "the regional governor
    said", "the mayor said") is of the place the claimed act struck, its target's country ("Russian troops
    pushed into Kharkiv, the regional governor said": UKRGOV, not the troops' RUSGOV; "M23 rebels seized the
    Congolese town of Bunagana, forcing troops to flee into Uganda, local officials said": CODGOV)."""
    if head is None or head.pos_ not in {"NOUN", "PROPN"} or actor2 is None or not actor2.code:
        return claimant
    own = _own_code(head)
    if own.country is not None or own.sector != _GOVERNMENT or not is_country_code(actor2.code):
        return claimant
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}}
    if not words & _local_words():
        return claimant
    return Actor(name=claimant.name, code=actor2.code[:3] + _GOVERNMENT)


def _press_home(claimant: Actor, head: Any | None) -> Actor:
    """The press naming no country of its own ("state media reported that …", "according to state
    television", "local media said") is the article's home country's (:func:`_role_home`), as CAMEO codes
    the press, by its country (BFAMED); the country of another party of the sentence is not its own ("…
    given French special forces one month to leave, after state media reported": not FRAGOV)."""
    if head is None or head.pos_ not in {"NOUN", "PROPN"} or code_actor(head.text).sector != _PRESS:
        return claimant
    if head.lower_ in mouthpiece_words():
        # "a military spokesman" speaks for the military, not the press (the agent table gives such role
        # words the press's sector)
        return claimant
    if _own_code(head).country is not None:
        return claimant  # "Syrian state television", "told Reuters"
    home = _role_home(head.doc)
    return Actor(name=claimant.name, code=home + _PRESS) if home is not None else claimant


def _code_names_party(code: str) -> bool:
    """Whether an actor code names a party (a country, a body, a country's sector), not a bare sector."""
    return len(code) > 3 or code_actor(code).code is not None


def _speaker_actor(statement: Statement | None) -> Actor | None:
    """The coded speaker of a statement as an event's source, or None when the speaker has no code:
    a person by their description (role, organisation), a country the attribution stage found."""
    if statement is None:
        return None
    speaker = statement.speaker
    if speaker.code and _code_names_party(speaker.code):
        return Actor(name=speaker.name, code=speaker.code)
    words = " ".join(w for w in (speaker.role, speaker.organization) if w)
    coded = code_person(speaker.name, words)
    if coded.code is None and speaker.country is not None:
        code = speaker.country + (coded.sector or "")
        return Actor(name=speaker.name, code=code)
    return Actor(name=speaker.name, code=coded.code) if coded.code is not None else None


def _speaker_mention(statement: Statement | None, doc: Any, actor: Actor) -> Actor | None:
    """``actor`` coded as the mention of the statement's speaker in the text ("'I apologize to nobody,'
    the senator said": the senator, of the article's home country; "he" through its person)."""
    root = _source_root(statement, doc) if statement is not None else None
    if root is None:
        return None
    coded = _actor_code(root, root.sent)
    return Actor(name=actor.name, code=coded.code) if coded.code is not None else None


def _narrator(doc: Any, actor: Actor) -> Actor:
    """A first person no statement attributes ("I remain as strong a supporter as …" in an op-ed, a quotation
    the attribution stage left without a speaker), or a "he"/"she" whose person is named too far back: the
    writer or a person of the article's country (:attr:`_Persons.people`), else uncoded."""
    people = _persons(doc).people
    return Actor(name=actor.name, code=people) if people is not None else actor


def _main_event(entries: list[CodedTrigger]) -> CodedTrigger | None:
    """The sentence's main event: the trigger highest in the parse (the first on a tie)."""
    best: tuple[int, int] | None = None
    main: CodedTrigger | None = None
    for entry in [e for e in entries if not e.added] or entries:
        # a further event of speech (:func:`_speech_events`) is the main event only of a sentence without one
        depth = sum(1 for _ in entry.token.ancestors)
        if best is None or (depth, entry.token.i) < best:
            best, main = (depth, entry.token.i), entry
    return main


def _body_bounds(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """The sentence's extent in the article body without surrounding whitespace, or None when it has no
    body text or spreads over two body ranges (the masked text the parse saw, without building it)."""
    text = article.text
    found: tuple[int, int] | None = None
    for b_start, b_end in article.body:
        lo, hi = max(start, b_start), min(end, b_end)
        if lo >= hi:
            continue
        raw = text[lo:hi]
        stripped = raw.strip()
        if not stripped:
            continue
        if found is not None:
            return None
        lo += len(raw) - len(raw.lstrip())
        found = (lo, lo + len(stripped))
    return found


def _sentences(doc: Any) -> list[Any]:
    """The document's sentences as spans, from its sentence-start array (``Doc.sents`` makes a
    ``Token`` of every word to find them)."""
    starts = [i for i, flag in enumerate(doc.to_array([SENT_START]).tolist()) if flag == 1 or i == 0]
    ends = [*starts[1:], len(doc)]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True)]


_KEEP_MODEL: Final = "event_keep_model.tsv"
_REFERRING: Final = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "who", "which"}
)
_PERFECT: Final = frozenset({"have", "has", "had", "'ve", "’ve"})  # typographic apostrophe too
_NO_GUESS: Final[set[str]] = set()
_CLAIMED: Final = EvidentialStatus.CLAIMED
_WRITERS_RELATIVES: Final = frozenset({DENIAL, NAMING})
_LEDGER_EVIDENCE: Final = frozenset({EvidentialStatus.NEGATED, EvidentialStatus.DENIED})
_LEDGER_CLAIMS: Final = frozenset({EvidentialStatus.CLAIMED, EvidentialStatus.DENIED})
_PRESS: Final = "MED"  # CAMEO's role code of the press
_CIVILIANS: Final = "CVL"  # and of civilians, "residents"
_GOVERNMENT: Final = "GOV"


@functools.cache
def _keep_model() -> tuple[dict[str, float], float]:
    """The keep/drop model's weights and threshold (``knowledge/event_keep_model.tsv``, fitted by
    ``scripts/train_event_filter.py`` on the judged train events); the ``@threshold`` row is the cut."""
    weights = {r["feature"]: float(r["weight"]) for r in read_tsv(_KEEP_MODEL, ("feature", "weight"))}
    return weights, weights.pop("@threshold", float("-inf"))


def _actor_kind(actor: Actor | None, guessed: set[str] = _NO_GUESS) -> str:
    """What kind of participant an event has: none, a pronoun or other uncoded phrase, a person coded
    only by the article's country (a mention in ``guessed``: nothing describes them), a country named
    as such or another phrase coded with one, a sector of a country (GOV, MIL, LEG, PTY…: the three
    letters after the country), or an organisation or sector with no country (NGO, IGO, MED)."""
    if actor is None:
        return "none"
    if actor.code is None:
        return "pron" if actor.name.lower() in _REFERRING else "uncoded"
    if not is_country_code(actor.code):
        return actor.code[:3]  # an organisation or a sector alone: NGO, IGO, MED, MNC
    if actor.name.strip() in guessed:
        return "guessed"
    if len(actor.code) == 3:
        # a country's own name ("Mexico", "the Mexicans") or a phrase only the article's country codes
        # (a person nothing describes, "his case")
        return "country" if country_named(actor.name) is not None else "country_of"
    return actor.code[3:6]


@functools.cache
def _sector_standing() -> dict[str, str]:
    """CAMEO sector → "political" or "civil" (``knowledge/event_keep_sectors.tsv``)."""
    return {r["sector"]: r["standing"] for r in read_tsv("event_keep_sectors.tsv", ("sector", "standing"))}


def _side(actor: Actor | None) -> str:
    """A participant's standing: a sector or organisation of political standing (government, military,
    party, legislature, court, rebels, international body) or of civil society (business, media, religion,
    education, a private person's trade), a country alone, uncoded, or none."""
    if actor is None:
        return "none"
    code = actor.code
    if code is None:
        return "uncoded"
    if is_country_code(code):
        if len(code) == 3:
            return "country"
        sector = code[3:6]
    else:
        sector = next((k for k in ("NATO", "EU", "UN") if code.startswith(k)), code[:3])
    return "pol" if _sector_standing().get(sector) == "political" else "civ"


def _participant_kind(token: Any | None) -> str:
    """What a subject or object phrase is: an entity of the tagger's type (PERSON, ORG, GPE, NORP…), a
    pronoun, an untagged name, a role noun ("officials", "the analyst"), another common noun ("the
    report", "her momentum": a figurative or inanimate participant), or none."""
    if token is None:
        return "none"
    if token.ent_type_:
        return str(token.ent_type_)
    if token.pos_ == "PRON":
        return "pron"
    if token.pos_ == "PROPN":
        return "propn"
    if token.pos_ == "NOUN":
        return "role" if role_word(token.lemma_.lower()) or role_word(token.lower_) else "noun"
    return "other"


def _first_object(token: Any) -> Any | None:
    """A trigger's direct object, else the object of its first preposition."""
    preps = []
    for child in token.children:
        if child.dep_ in {"dobj", "obj", "attr", "oprd"}:
            return child
        if child.dep_ in {"prep", "dative"}:
            preps.append(child)
    return next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)


def _standing(token: Any, actor: Actor | None, guessed: set[str], kind: str | None = None) -> str:
    """The source's standing (:func:`_side`), with persons told apart: one nothing in the article
    describes (coded only by the article's country), a pronoun whose person is such a one or is
    described, or another pronoun ("they", "it"). ``kind`` is the actor's :func:`_actor_kind` when known."""
    kind = kind if kind is not None else _actor_kind(actor, guessed)
    if actor is None or kind not in {"country_of", "guessed", "pron"}:
        return _side(actor)
    if kind == "guessed":
        return "guessed"
    if actor.name.lower() not in _REFERRING and actor.name.lower() not in _FIRST_PERSON:
        return kind
    subject = _subject(token) if token.pos_ == "VERB" else None
    if subject is not None and subject.lower_ in _PRONOUN_GENDER:
        person = _person_pronoun(subject)
        if person is not None:
            name = person.name.strip()
            undescribed = name in guessed or name.rsplit(" ", 1)[-1] in guessed
            return "pron_guessed" if undescribed else "pron_person"
    return "pron_other"


def _keep_features(
    entry: CodedTrigger,
    sent: Any,
    text: str,
    actor1: Actor | None,
    actor2: Actor | None,
    decision: Any,
    *,
    cue: bool = False,
    events: int = 1,
    main: bool = True,
) -> list[str]:
    """Cheap features of a coded event for the keep/drop model (:func:`_judged_real`): its status and
    the word that decided it, the trigger's part of speech, tag, relation and determiner, auxiliaries,
    negation and subordinating mark, its participants' kinds (:func:`_actor_kind`) and standing
    (:func:`_side`, :func:`_standing`), what its subject and object phrases are
    (:func:`_participant_kind`), whether it is a statement's cue (a speech act) or an act, a bare plural
    or pronoun subject, quotation, question, first sentence, sentence length, the trigger's depth in the
    parse and the sentence's number of events; conjunctions of status with the part of speech and the
    source's kind and standing. No lemma and no CAMEO code: they would learn which codes the judged
    campaign news mostly uses figuratively ("attacked" on Twitter), and drop the real ones in the news
    an escalation index is for (they also cost the codebook sets 3 points)."""
    token = entry.token
    status = str(decision.status)
    pos = token.pos_
    guessed = _persons(sent.doc).guessed
    a1, a2 = _actor_kind(actor1, guessed), _actor_kind(actor2, guessed)
    side1 = _side(actor1)
    source = _standing(token, actor1, guessed, a1)
    feats = [
        f"st={status}",
        f"pos={pos}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"a1={a1}",
        f"a2={a2}",
        f"st,pos={status},{pos}",
        f"st,a1={status},{a1}",
        f"pos,dep={pos},{token.dep_}",
        f"a1side={side1}",
        f"a2side={_side(actor2)}",
        f"st,a1side={status},{side1}",
        f"src={source}",
        f"cue,src={source}" if cue else f"act,src={source}",
        f"events={min(events, 3)}",
        "main" if main else "not_main",
    ]
    if cue:
        feats.append("cue")
    subject_token = (
        _subject(token) if pos == "VERB" else next((c for c in token.children if c.dep_ == "poss"), None)
    )
    skind, okind = _participant_kind(subject_token), _participant_kind(_first_object(token))
    feats += [f"skind={skind}", f"okind={okind}", f"skind,okind={skind},{okind}"]
    feats.append(f"depth={sum(1 for _ in itertools.islice(token.ancestors, 4))}")
    if actor1 is not None and actor2 is not None and actor1.code and actor1.code == actor2.code:
        feats.append("same_code")
    if decision.cue:
        feats.append(f"cue={decision.cue.lower()}")
    if decision.statement is not None:
        feats.append(f"stmt={decision.statement.kind}")
    if entry.intent:
        feats.append("intent")
    children = list(token.children)
    deps = {c.dep_ for c in children}
    if pos in {"NOUN", "PROPN"}:
        # a compound's determiner is its head's ("a mediation mission")
        noun = token.head if token.dep_ == "compound" else token
        words = children if noun is token else list(noun.children)
        det = next((c.lower_ for c in words if c.dep_ == "det"), None)
        feats.append(f"det={det or ('poss' if any(c.dep_ == 'poss' for c in words) else 'none')}")
    if "neg" in deps:
        feats.append("neg")
    for c in children:
        if c.dep_ in {"aux", "auxpass"}:
            word = c.lower_
            feats.append("aux=perfect" if word in _PERFECT else f"aux={word}")
        elif c.dep_ == "mark":
            feats.append(f"mark={c.lower_}")
    subject = subject_token if pos == "VERB" else None
    if subject is not None:
        bare = subject.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in subject.children)
        feats.append("subj=bare_plural" if bare else f"subj={subject.tag_}")
        if subject.tag_ == "PRP":
            feats.append(f"subj={subject.lower_}")
    if token.dep_ != "ROOT":
        feats.append(f"head={token.head.pos_},{token.dep_}")
    if any(q in text for q in QUOTE_MARKS):
        feats.append("quote")
    if text.rstrip().endswith("?"):
        feats.append("question")
    if sent.start == 0:
        feats.append("first_sentence")
    feats.append(f"len={min(len(sent) // 10, 5)}")
    return feats


# --- compound actors: one event per party (issue #5, round 12) ----------------------------------------

_RECIPROCAL: Final = "event_reciprocal_verbs.tsv"
# consultations by telephone, joint acts by the CAMEO codebook's 041 (round 18), in the same columns
_RECIPROCAL_CALLS: Final = "event_reciprocal_calls.tsv"
# where the other party of a reciprocal act may stand, each form allowing the ones before it
_PARTNER_FORMS: Final = ("joint", "with", "object")
# a joint subject of more parties than this is expanded as sources only, not into every ordered pair
# (seven leaders who "met" would give 42 events)
_MAX_JOINT: Final = 4
_MODIFIER_DEPS: Final = frozenset({"amod", "compound", "nmod"})
_INTENT_ROOT: Final = "03"  # CAMEO: express intent to cooperate
_NOMINAL: Final = frozenset({"NOUN", "PROPN"})
_MODIFIER_POS: Final = frozenset({"NOUN", "PROPN", "ADJ"})


@functools.cache
def _reciprocal_lemmas() -> dict[str, tuple[str, frozenset[str]]]:
    """Lemma → (the farthest partner form, ``joint``/``with``/``object``; the CAMEO roots under which it is
    a joint act) of a reciprocal act (``knowledge/event_reciprocal_verbs.tsv`` and
    ``knowledge/event_reciprocal_calls.tsv``)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for path in (_RECIPROCAL, _RECIPROCAL_CALLS):
        for n, row in enumerate(read_tsv(path, ("lemma", "partner", "roots")), 1):
            roots = frozenset(row["roots"].split("|"))
            if row["partner"] not in _PARTNER_FORMS:
                reason = f"partner {row['partner']!r} is not one of {', '.join(_PARTNER_FORMS)}"
                raise KnowledgeError(Errors.E010.format(path=path, line=n, reason=reason))
            if not all(len(r) == 2 and r.isdigit() for r in roots):
                reason = f"roots {row['roots']!r} are not two-digit CAMEO roots separated by |"
                raise KnowledgeError(Errors.E010.format(path=path, line=n, reason=reason))
            out[row["lemma"].lower()] = (row["partner"], roots)
    return out


def _reciprocal_form(entry: CodedTrigger) -> str | None:
    """How far the other party of a reciprocal act may stand (:func:`_reciprocal_lemmas`), by the lemma of
    the trigger, of the event a frame or light verb absorbed, or of the trigger's object ("held talks"), when
    the event's code is of a root the act is joint under; None when it is no reciprocal act."""
    table = _reciprocal_lemmas()
    words = _holders(entry)
    root = entry.code[:2]
    forms = [
        table[w.lemma_.lower()][0]
        for w in words
        if w.lemma_.lower() in table and root in table[w.lemma_.lower()][1]
    ]
    return max(forms, key=_PARTNER_FORMS.index) if forms else None


def _mutual_object(entry: CodedTrigger) -> bool:
    """Whether the event's object, or a prepositional object of it, is a reciprocal pronoun ("accused each
    other of shelling the plant", "blamed one another", "clashed with each other"): the act is then the
    subject's members' to one another, whatever its verb."""
    table = reciprocal_pronouns()
    words = [entry.token] + ([entry.inner] if entry.inner is not None else [])
    for word in words:
        for child in word.children:
            objects = [child] if child.dep_ in {"dobj", "obj"} else []
            if child.dep_ == "prep":
                objects = [c for c in child.children if c.dep_ == "pobj"]
            for obj in objects:
                parts = [obj] + [c for c in obj.children if c.dep_ in {"det", "amod", "nummod"}]
                if " ".join(t.lower_ for t in sorted(parts, key=lambda t: t.i)) in table:
                    return True
    return False


def _holders(entry: CodedTrigger) -> list[Any]:
    """The words an event's participants hang on: its trigger, the event a frame absorbed, the object."""
    token = entry.token
    words = [token] + ([entry.inner] if entry.inner is not None else [])
    return words + [c for c in token.children if c.dep_ in {"dobj", "obj"}]


def _attached(target: Any, entry: CodedTrigger) -> bool:
    """Whether a target hangs on the event itself (an object, or a prepositional object of the trigger, of
    its absorbed event or of its object), not found further off by the first-named-actor rule."""
    head = _coordination_head(target)
    above = head.head.head if head.dep_ == "pobj" else head.head
    return any(above.i == h.i for h in _holders(entry))


def _with_party(entry: CodedTrigger) -> Any | None:
    """The first codable party of a with-phrase on the event ("signed agreements with Turkey and the UN")."""
    return _party_in_phrase(_holders(entry), "with")


def _partner_form(target: Any) -> str | None:
    """How a target stands to its event: in a with-phrase ("with"), as the direct object ("object"), or
    otherwise (None)."""
    head = _coordination_head(target)
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        return "with"
    if head.dep_ in {"dobj", "obj"}:
        return "object"
    return None


def _listed(token: Any) -> bool:
    """Whether an apposition is a list's second member ("Mali, Burkina Faso and Niger"): it has members
    coordinated after it and follows a comma (not a bracket: "the EU trio (France, Germany and Britain)"
    names the trio's members, not more parties)."""
    if token.dep_ != "appos" or not any(c.dep_ == "conj" for c in token.children):
        return False
    before = token.left_edge.i - 1
    return before >= 0 and str(token.doc[before].text) == ","


def _coordination_head(token: Any, pos: frozenset[str] = _NOMINAL) -> Any:
    """The first member of the coordination ``token`` is in (itself when in none)."""
    head = token
    for _ in range(12):
        if head.dep_ != "conj" and not _listed(head):
            break
        if head.head.pos_ not in pos or head.head.i == head.i:
            break
        head = head.head
    return head


def _conjuncts(token: Any, pos: frozenset[str] = _NOMINAL) -> list[Any]:
    """The members of the coordination of nouns ``token`` is in, in text order and ``token`` included
    ("the US, Britain and France"); a list whose second member the parser hung on the first as an
    apposition ("Mali, Burkina Faso and Niger") too. ``pos``: the parts of speech a member may have
    (adjectives too for "Russian and Ukrainian"). ``[token]`` when it is in none."""
    head = _coordination_head(token, pos)
    members = {head.i: head}
    stack = [head]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.pos_ not in pos or child.i in members:
                continue
            if child.dep_ == "conj" or _listed(child):
                members[child.i] = child
                stack.append(child)
    return [members[i] for i in sorted(members)]


def _member_tokens(member: Any) -> list[Any]:
    """A coordinated word with its own modifiers, without the members coordinated after it."""
    tokens = [member]
    stack = [c for c in member.children if c.dep_ not in {"conj", "cc", "punct", "appos"}]
    while stack:
        child = stack.pop()
        tokens.append(child)
        stack.extend(child.children)
    return tokens


def _modifier_members(token: Any) -> list[list[Any]]:
    """For a phrase whose country is a coordination of modifiers ("Russian and Ukrainian delegations",
    "US and British warplanes"), each member's tokens, in text order; [] for any other phrase."""
    for child in token.children:
        if child.dep_ not in _MODIFIER_DEPS:
            continue
        members = [c for c in _conjuncts(child, _MODIFIER_POS) if c.i != token.i]
        if len(members) > 1 and not any(_one_name(m, token) for m in members):
            return [sorted(_member_tokens(m), key=lambda t: t.i) for m in members]
    return []


def _modified_codes(token: Any) -> list[ActorCode]:
    """The phrase of ``token`` coded once per member of its coordinated modifiers, each in place of all
    of them ("Russian and Ukrainian delegations" → "Russian delegations", "Ukrainian delegations"); only
    when every member gives a country."""
    groups = _modifier_members(token)
    if not groups:
        return []
    grouped = {t.i for g in groups for t in g}
    grouped |= {
        c.i for g in groups for t in g for c in t.children if c.dep_ in {"cc", "punct"} and c.i not in grouped
    }
    rest = [t for t in _phrase_tokens(token) if t.i not in grouped]
    out: list[ActorCode] = []
    for group in groups:
        words = sorted(rest + group, key=lambda t: t.i)
        coded = code_actor(" ".join(t.text for t in words))
        if coded.country is None:
            return []
        out.append(coded)
    return out


def _one_name(one: Any, other: Any) -> bool:
    """Whether two members of a coordination are one token or in one named entity ("United States
    Citizenship and Immigration Services" is one agency, however the parser split it)."""
    if one.i == other.i:
        return True
    lo, hi = sorted((one.i, other.i))
    # (an entity across a comma is a list the tagger ran together: "Mali, Burkina Faso")
    return bool(one.ent_type_) and all(
        one.doc[i].ent_iob_ == "I" and one.doc[i].text != "," for i in range(lo + 1, hi + 1)
    )


def _party_code(member: Any, sent: Any) -> ActorCode | None:
    """A coordinated participant's code, when it names a codable actor of its own (a country, an
    organisation, a coded person or role; a named body of a role only, "the Tigray People's Liberation
    Front", borrows its country from the sentence); None for anything else ("the strike", "civilians")."""
    own = _guessed_code(member)
    if own.code is None and not (member.pos_ == "PROPN" and own.sector is not None):
        return None
    coded = _actor_code(member, sent)
    return coded if coded.code is not None else None


def _of_members(source: Any, sent: Any) -> list[tuple[Any, ActorCode]]:
    """For a plural noun naming no party of its own whose of-phrase lists two or more parties
    ("Delegations of Russia and Ukraine", "Representatives of the Sudanese army and the RSF"), those
    members with their codes; else []."""
    if source.pos_ != "NOUN" or source.tag_ != "NNS" or len(_conjuncts(source)) > 1:
        return []
    if code_actor(source.text).country is not None:
        return []
    prep = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    members = _conjuncts(pobj) if pobj is not None else []
    if len(members) < 2:
        return []
    codes = [_party_code(m, sent) for m in members]
    if any(c is None for c in codes):
        return []
    return [(m, c) for m, c in zip(members, codes, strict=True) if c is not None]


def _joint_antecedent(source: Any) -> Any:
    """For "they" or "their" whose antecedent is a coordination ("India and Pakistan said they had
    agreed", "Maduro and Ali shook hands at their first talks"), that coordination's first member, so
    its members are the event's parties; else the source itself."""
    if source.pos_ != "PRON" or source.lower_ not in _PLURAL_PRONOUNS:
        return source
    antecedent = _antecedent(source)
    if antecedent is None or len(_conjuncts(antecedent)) < 2:
        return source
    return antecedent


_PLURAL_PRONOUNS: Final = frozenset({"they", "their", "them"})


def _pair_key(actor1: Actor | None, actor2: Actor | None) -> str:
    """What tells apart the events of one trigger and code: their pair of actor codes."""
    return f"{actor1.code if actor1 else ''}>{actor2.code if actor2 else ''}"


def _source_parties(source: Any, actor1: Actor, sent: Any, skip: int) -> tuple[list[Actor], set[int]]:
    """The source's parties, the first party first, without the member at token ``skip``; and the token
    indices of the coordination the source is in."""
    source = _joint_antecedent(source)
    held = _of_members(source, sent)
    if held:
        # "Delegations of Russia and Ukraine", "the juntas of Mali, Burkina Faso and Niger": the parties the
        # of-phrase lists, each with the head noun's sector when it names none of its own
        sector = code_actor(source.text).sector
        parties = [Actor(name=_phrase(held[0][0]), code=actor1.code)]  # named by its member, not the list
        for member, listed in held[1:]:
            if member.i == skip:
                continue
            code = listed.code
            if sector is not None and listed.sector is None and listed.country is not None:
                code = listed.country + sector
            parties.append(Actor(name=_phrase(member), code=code))
        return parties, {source.i} | {m.i for m, _ in held}
    members = _conjuncts(source)
    parties = [actor1]
    for member in members:
        if member.i == skip or _one_name(member, source):
            continue
        coded = _party_code(member, sent)
        if coded is not None:
            parties.append(_as_actor(coded))
    modified = _modified_codes(source)
    if len(modified) > 1:
        # each member of "Russian and Ukrainian delegations" coded alike, the first too; with the parties
        # of further heads it is coordinated with that code otherwise ("American and British warplanes and
        # warships": USAMIL, GBRMIL)
        own = [_as_actor(c) for c in modified]
        parties = own + [p for p in parties[1:] if p.code not in {a.code for a in own}]
    return parties, {m.i for m in members}


def _party_pairs(
    entry: CodedTrigger, sent: Any, parties: _Parties, actor1: Actor | None, actor2: Actor | None
) -> list[tuple[Actor | None, Actor | None]]:
    """The (actor1, actor2) pairs an event stands for when a participant is a compound actor ("Russia and
    Ukraine", "the US, Britain and France", "Russian and Ukrainian delegations"): one per source × target
    pair, each member coded on its own (PETRARCH2's expansion of compounds); a reciprocal act
    (``event_reciprocal_verbs.tsv``: met, held talks, exchanged, clashed) in each direction between the
    members of a joint subject, and between source and target when the target stands where the act allows
    (a with-phrase; for "met", an object too). The first pair is the event's own, the first party's; [] when
    the event has no compound participant. Only an event with a coded source expands, and only a source
    coded from the event's own subject phrase (not a speaker or narrator put in its place) is a compound."""
    if actor1 is None or actor1.code is None:
        return []
    source = parties.source if actor1 is parties.actor1 else None
    target = parties.target if actor2 is not None and actor2 is parties.actor2 else None
    skip = target.i if target is not None else -1
    sources, members = (
        _source_parties(source, actor1, sent, skip) if source is not None else ([actor1], set())
    )
    # co-doers a together-with phrase names ("mediated by Qatar together with Egypt"): sources of their own,
    # acting beside the first, never its other party nor one another's; none of the first's own country
    # ("Washington along with its allies": the allies are not the US)
    joined = coagents(source, _conjuncts) if source is not None else []
    sources += [
        _as_actor(c)
        for c in (_party_code(m, sent) for m in joined)
        if c is not None and not (c.country is not None and actor1.code.startswith(c.country))
    ]
    if target is not None and any(m.i == target.i for m in joined):
        target = actor2 = None
    # a passive act is not reciprocal ("has been met with opposition")
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in entry.token.children)
    # nor is a mediation between its mediators ("a truce brokered by Russia and Turkey")
    form = None if passive or _mediation(entry) else _reciprocal_form(entry)
    if form is not None and entry.code[:2] == _INTENT_ROOT:
        # an intent is its subject's ("Moscow was ready for talks with NATO", "offered to meet Russia"):
        # both directions only when the subject is joint ("Ryan and Trump agreed to meet")
        form = _PARTNER_FORMS[0]
    in_subject = target is not None and target.i in members
    # "Russia and Ukraine accused each other of shelling the plant": the members' act to one another,
    # whatever else the target rule found ("the plant" is what was shelled, not a party)
    mutual = not passive and len(sources) > 1 and _mutual_object(entry)
    if (len(sources) > 1 or in_subject) and not mutual:
        # co-agents are not each other's targets (:mod:`._event_commit`): a member of the subject is the
        # target only of an act between the members (a truce, a deal, talks), not of a joint statement
        # ("said they would look at further sanctions"), an offer to mediate, or a commitment to act on a
        # third party ("… and Canada agreed to cut Russian banks off"), which is each member's act on it
        own = [*sources, *([actor2] if in_subject and actor2 is not None else [])]
        side_by_side, third = _coagents_act(entry, sent, members, own)
        if in_subject and actor2 is not None and form is None and entry.code[:2] not in _MUTUAL_ROOTS:
            side_by_side = True
        if side_by_side:
            if in_subject and actor2 is not None:
                sources.insert(1, actor2)
                target, actor2 = None, None
            in_subject, form = False, None
            if third is not None:
                coded = _party_code(third, sent)
                target, actor2 = third, (_as_actor(coded) if coded is not None else None)
    # a joint subject acting together: its other member is the target (the mutual-roots rule of
    # :func:`_participants`), or, for a reciprocal act, replaces a target that names no party ("held
    # talks in Istanbul", "signed an agreement in Pretoria": a thing coded by its place; "exchanging
    # prisoners in a deal overseen by the Red Cross": an actor named further off) unless a with-phrase
    # names one ("signed agreements with Turkey and the UN")
    if in_subject and actor2 is not None:
        sources.insert(1, actor2)
    # the direct object of an act whose partner stands only in the subject or a with-phrase is what
    # is exchanged or signed, not a party ("Russia and Ukraine exchanged prisoners": not RUS→RUSCVL)
    object_thing = (
        form is not None
        and form != "object"
        and target is not None
        and target.dep_ in {"dobj", "obj"}
        and target.head.i == entry.token.i
    )
    no_party = (
        target is None
        or not _attached(target, entry)
        or (target.pos_ == "NOUN" and not _role_head(target))
        or object_thing
        or (target.dep_ == "pobj" and target.head.lower_ == "in")  # "met in Istanbul": where, not with whom
    )
    if form is not None and len(sources) > 1 and not (in_subject or mutual or joined) and no_party:
        partner = _with_party(entry)
        if partner is not None:
            target, actor2, no_party = partner, _as_actor(_target_code(partner, None)), False
    joint = not joined and len(sources) > 1 and (in_subject or mutual or (form is not None and no_party))
    pairs: list[tuple[Actor | None, Actor | None]]
    if joint and len(sources) <= _MAX_JOINT:
        pairs = [(one, two) for one in sources for two in sources if one is not two]
    else:
        if in_subject:
            sources.pop(1)
        targets: list[Actor | None] = [actor2]
        # a statement's target is whom it is about, not a party to it: one is enough
        statement = entry.code.startswith("01")
        if (
            target is not None
            and actor2 is not None
            and actor2.code is not None
            and not (in_subject or statement)
        ):
            for member in _conjuncts(target):
                coded = _party_code(member, sent) if not _one_name(member, target) else None
                if coded is not None:
                    targets.append(_as_actor(coded))
        pairs = [(one, two) for one in sources for two in targets]
        # a pair collective ("spoke with both generals") is no party here: the article's earlier pair is, each
        # aimed at once (:func:`with_referred_targets`), not sent back to the source
        placed = (
            _partner_form(target)
            if target is not None and not in_subject and not pair_collective(target)
            else None
        )
        if (
            form is not None
            and placed is not None
            and _PARTNER_FORMS.index(form) >= _PARTNER_FORMS.index(placed)
        ):
            pairs += [(two, one) for one, two in list(pairs) if two is not None]
    # the event's own pair first, whatever it is ("met with her and other Burmese leaders": McConnell and
    # "her" share a code, and the other leaders are further pairs, not the event's own)
    out: list[tuple[Actor | None, Actor | None]] = [pairs[0]]
    seen = {_pair_key(*pairs[0])}
    for one, two in pairs[1:]:
        key = _pair_key(one, two)
        if key in seen or (one is not None and two is not None and one.code == two.code):
            continue
        seen.add(key)
        out.append((one, two))
    return out if len(out) > 1 else []


def _coagents_act(
    entry: CodedTrigger, sent: Any, members: set[int], parties: list[Actor]
) -> tuple[bool, Any | None]:
    """Whether a joint subject's members act side by side (:mod:`._event_commit`), and on which third
    party: a commitment whose complement acts on a party of none of theirs ("agreed to cut selected Russian
    banks off": true, the banks) or a mediation ("offered to mediate between the two sides": true, None);
    (False, None) when the members may act on one another."""
    own = [p.code for p in parties if p.code]

    def code(t: Any) -> str | None:
        coded = _party_code(t, sent)
        return coded.code if coded is not None else None

    third = third_party_object(entry.token, members, own, code)
    if third is not None:
        return True, third
    return mediating(entry.token, entry.inner, _mediation_lemmas()), None


def _judged_real(features: list[str]) -> bool:
    """Whether the keep/drop model's score of an event's ``features`` reaches its threshold."""
    weights, threshold = _keep_model()
    get = weights.get
    return weights.get("bias", 0.0) + sum(get(f, 0.0) for f in features) >= threshold


def extract_events(
    parsed: ParsedArticle,
    statements: Sequence[Statement],
    timexes: Sequence[Timex],
    *,
    keep_filter: bool = True,
    status_model: bool = False,
) -> list[Event]:
    """CAMEO-coded events of an article, with actors, date, status and statement link.

    ``keep_filter`` (setting ``event_filter``) drops the events the keep/drop model fitted on judged
    real news calls no event; off, every coded event is kept (recall over precision). ``status_model``
    (setting ``status_model``, off) lets the learned layer of ``_status_model`` correct each status."""
    corrector = learned_status() if status_model else None
    article = parsed.article
    text = article.text
    published = article.published.isoformat() if article.published else None
    codes = cameo()
    events: list[Event] = []
    cues = {st.cue.start: st for st in statements if st.cue is not None}
    unseen: list[int] = []  # events of a perceived noun with no actor ("had seen no signs of a pullback")
    # events whose object refers back ("condemned the attack", "both sides")
    referring: dict[int, Referral] = {}
    paired: set[str] = set()  # events whose source is a pair collective ("both sides accused the other")
    for sent in _sentences(parsed.doc):
        bounds = _body_bounds(article, sent.start_char, sent.end_char)
        if bounds is None:
            continue
        s_start, s_end = bounds
        entries = code_sentence(sent)
        main = _main_event(entries)
        sent_text = text[sent.start_char : sent.end_char]  # not Span.text: that joins its tokens
        restored: list[CodedTrigger] = []  # statements whose reported events the keep/drop filter dropped
        before = len(events)
        for entry in itertools.chain(entries, restored):
            if len(events) > before and any(r is entry for r in restored):
                break  # the sentence has an event: a statement given back would only add a 010 beside it
            token = entry.token
            t_start, t_end = entry.span
            parties = _participants(entry, sent, main=entry is main)
            actor1, actor2, sourced = parties.actor1, parties.actor2, parties.sourced
            decision = classify_status(
                token, statements, intent=entry.intent, refusal=entry.refusal, model=corrector
            )
            if entry.rule in _WRITERS_RELATIVES and token.dep_ == "relcl" and decision.status is _CLAIMED:
                # "…, an accusation Paris denied", "the M23, which he called a terrorist group": the writer's
                # relative clause beside a statement, not part of what the statement says
                decision = dataclasses.replace(
                    decision, status=EvidentialStatus.OBSERVED, statement=None, source=None
                )
            if entry.rule == RELAYED and decision.status is EvidentialStatus.OBSERVED:
                # the act an accusation charges is the accuser's claim (:func:`_relayed_acts`)
                decision = dataclasses.replace(decision, status=EvidentialStatus.CLAIMED)
            if (
                entry is not main
                and not sourced
                and entry.rule is None  # a construction of speech's own subject is its source, if borrowed
                and decision.statement is None
                and decision.status not in _LEDGER_EVIDENCE
                and not role_doer(token)
            ):
                # PETRARCH's discard: a further event in the writer's voice whose source cannot be coded
                # from its own syntax. An event a party claims, one the text negates ("no signs of
                # de-escalation") or one a party denies ("denied that the raid killed anyone", under the
                # denial's own 016) is kept: what is said of it is the point.
                continue
            if actor1 is not None and actor1.code is None and actor1.name.lower() in _FIRST_PERSON:
                # "I", "we" inside a quoted statement are its speaker ("'We will not pay,' Calderon said"),
                # by the speaker's code or else by the mention that names them, coded in the document
                statement = decision.statement
                actor1 = (
                    _speaker_actor(statement)
                    or _speaker_mention(statement, parsed.doc, actor1)
                    or _narrator(parsed.doc, actor1)
                )
            if actor1 is None or actor1.code is None:
                # a speech event's source is the speaker of the statement whose cue it is ("…, said Rep. X")
                actor1 = _speaker_actor(cues.get(t_start)) or actor1
            if actor1 is not None and actor1.code is None and actor1.name.lower() in _PRONOUN_GENDER:
                actor1 = _narrator(parsed.doc, actor1)  # "he" whose person is named too far back
            if entry.added and (actor1 is None or actor1.code is None):
                continue  # a further event of speech whose speaker cannot be coded records no one's act
            if entry.code.startswith(_FORCE_ROOT) and _verbal_attack(token, actor1, actor2):
                entry.code = _CRITICISE_CODE  # "Democrats attacked Republicans": words, not force
            if decision.status is EvidentialStatus.HYPOTHETICAL and (actor1 is None or actor1.code is None):
                # an event the text only supposes, planned or wished by no one it can name ("holding out the
                # possibility of release", "confront threats … and support our allies"): no record of anyone
                continue
            if (
                keep_filter
                and decision.status not in _LEDGER_EVIDENCE
                and not _judged_real(
                    _keep_features(
                        entry,
                        sent,
                        sent_text,
                        actor1,
                        actor2,
                        decision,
                        cue=t_start in cues,
                        events=len(entries),
                        main=entry is main,
                    )
                )
            ):
                # what people who judged coded events in real news would call no event (generic,
                # background, posed, no political actor), by the keep/drop model fitted on their judgements;
                # a negated or denied event is kept: it is the claim ledger's evidence against a claim
                # ("no signs of de-escalation"), whatever a judge of event precision says of it
                if (
                    entry.reporter is not None
                    and decision.status is not EvidentialStatus.HYPOTHETICAL
                    and not negated_report(entry.reporter.token)
                    and all(r is not entry.reporter for r in restored)
                ):
                    # the statement that reports it as done is a statement again ("he told reporters",
                    # 010); one that reports a plan, readiness or intent is itself a commitment or threat
                    # the tables do not code, and one that reports a negated clause a refusal or denial:
                    # no plain statement
                    restored.append(entry.reporter)
                    main = entry.reporter if entry is main else main
                continue
            claimed_by = _claimant(decision.statement, parsed.doc) or _cited(decision.source, sent)
            if (
                claimed_by is None
                and entry.claimant is not None
                and decision.status is EvidentialStatus.CLAIMED
            ):
                claimed_by = _as_actor(_actor_code(entry.claimant, sent))
            info = codes[entry.code]
            trigger = Span.of(text, t_start, t_end)
            sentence = Span.of(text, s_start, s_end)
            # an event only supposed inside another ("said the US must be ready to mediate between Israelis
            # and Palestinians") keeps its first party: PETRARCH's over-generation is worst there
            supposed = entry is not main and decision.status is EvidentialStatus.HYPOTHETICAL
            pairs = [] if supposed else _party_pairs(entry, sent, parties, actor1, actor2)
            # every party as of the article's date, once the compound is expanded (the expansion knows
            # the participants by the actors :func:`_participants` made)
            pairs = [(_on_date(one, published), _on_date(two, published)) for one, two in pairs]
            if not pairs:
                pairs = [(_on_date(actor1, published), _on_date(actor2, published))]
            # a pronoun's actor goes by the mention it refers to: what a user of the record reads
            pairs = [(_named(one, parties.source), _named(two, parties.target)) for one, two in pairs]
            actor1, actor2 = pairs[0]
            if claimed_by is not None and decision.status in _LEDGER_CLAIMS:
                head = _claimant_head(decision, sent, parsed.doc)
                claimed_by = _press_home(_organ_side(claimed_by, head, actor1), head)
                claimed_by = _local_place(_residents_place(claimed_by, head, actor1, actor2), head, actor2)
            first = Event(
                id=stable_id(article.id, "event", trigger.start, trigger.end, entry.code),
                actor1=actor1,
                actor2=actor2,
                cameo=entry.code,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                status=decision.status,
                claimed_by=claimed_by,
                date=_event_date(token, sent, timexes, published),
                trigger=trigger,
                sentence=sentence,
                statement_id=decision.statement.id if decision.statement else None,
                extractor=EXTRACTOR,
            )
            events.append(first)
            if (
                (actor1 is None or not actor1.code)
                and parties.source is not None
                and pair_collective(parties.source)
            ):
                paired.add(first.id)  # "the two sides agreed": the parties an earlier event names
            if actor1 is None and token.pos_ == "NOUN" and _perceived(token):
                unseen.append(len(events) - 1)
            # (a target that is the source's own party aims at no one: "met both leaders" coded EU with EU)
            aimed = any(two is not None and not same_party(one, two) for one, two in pairs)
            ref = referral(token, entry.code, _noun_code, aimed=aimed)
            if ref is not None and actor1 is not None and actor1.code and len({two for _, two in pairs}) == 1:
                referring.update((len(events) + k - 1, ref) for k in range(len(pairs)))
            elif (actor1 is None or not actor1.code) and len(pairs) == 1 and mutual_subject(token):
                # "the two sides agreed to meet again": each party named before with the other
                referring[len(events) - 1] = Referral("mutual", "")
            # the other parties of a compound actor, one event per pair, sharing status, claimant, date and
            # statement; the first party's event keeps its id, the others add their pair to theirs
            events.extend(
                dataclasses.replace(
                    first,
                    id=stable_id(
                        article.id, "event", trigger.start, trigger.end, entry.code, _pair_key(one, two)
                    ),
                    actor1=one,
                    actor2=two,
                )
                for one, two in pairs[1:]
            )
    for i in unseen:
        events[i] = _referred_actor(events[i], events)
    if referring:
        # co-agents of one act are not the parties it refers to ("France, Germany and Britain … called on
        # all sides": not one another; :func:`without_coagent_targets`)
        joint = coagent_acts(events, [i for i, ref in referring.items() if ref.kind != "mutual"])
        events = with_referred_targets(events, referring, _referred_id)
        events = without_coagent_targets(events, joint)
    if paired:
        events = with_pair_sources(events, paired, _paired_id)
    return events


def _noun_code(noun: Any) -> str | None:
    """The CAMEO code of an event noun, or None."""
    coded = _code_token(noun)
    return coded.code if coded is not None else None


def _paired_id(event: Event, one: Actor, two: Actor | None) -> str:
    """The id of the further event of a pair collective's second party, as a compound's further pairs."""
    return stable_id(event.id, "paired", _pair_key(one, two))


def _referred_id(event: Event, party: Actor) -> str:
    """The id of a further event for ``party``, the way a compound's further pairs are named."""
    return stable_id(event.id, "referred", _pair_key(event.actor1, party))


# sentences back (besides its own) where an unseen act looks for the act it refers to
_REFERRED_REACH: Final = 2


def _referred_actor(event: Event, events: Sequence[Event]) -> Event:
    """An act the text says was not (or was) seen, with no actor of its own, is the act of the party
    that claimed or did it nearby: the nearest event of the same root code in its sentence or the two
    before, by distance ("… had not seen any signs of de-escalation after Russia said … units were
    returning": Russia's). Unchanged when there is none."""
    root = event.cameo[:2]
    sentences = sorted({e.sentence.start for e in events if e.sentence.start <= event.sentence.start})
    near = set(sentences[-1 - _REFERRED_REACH :])
    found = [
        e
        for e in events
        if e is not event
        and e.actor1 is not None
        and e.actor1.code
        and e.cameo[:2] == root
        and e.sentence.start in near
    ]
    if not found:
        return event
    best = min(found, key=lambda e: abs(e.trigger.start - event.trigger.start))
    return dataclasses.replace(event, actor1=best.actor1)
