"""A sentence's further events that speech makes (round 18, E23): a denial of a claim, a naming that
disparages, a warning that threatens.

The coder finds a sentence's main event well; the verbal acts a second clause adds ("…, a claim the army
denied", "…, which he called a terrorist group", "… and warned that he would not hesitate to order further
action") it mostly missed. Each rule here reads one construction of the parse, not a trigger word alone:

- **denial** (CAMEO 016, "discard or deny accusations or charges"): a verb of denial whose object is a
  claim noun ("denied the accusations"), a relative clause of denial on a claim noun ("a claim the army
  denied", "an accusation Paris denied"), or a non-restrictive "which" clause of denial ("…, which Bamako
  denies"). The codebook's target is the party that made the claim: the subject of the clause the claim
  noun sums up, or the claim noun's possessor or by-agent.
- **naming** (111, "criticize or denounce … defame, denigrate"): a verb of naming ("called", "branded",
  "described … as", "dismissed … as") whose predicative complement disparages ("a terrorist group", "a
  flagrant violation", "hysteria"). Its target is a party the complement or the named thing holds
  ("victims of Kurti's terror", "US warnings"), else the thing named when it is a party ("the M23, which he
  called …", "called Lai a separatist").
- **relayed act** (the act an accusation names, CAMEO 112's note: "allegations … do not in any way imply
  that the alleged events have taken place"): "accused France of plotting to attack", "blamed Ukraine for
  the blast" code the accusation (112x) and, apart, the material act it names, done by the accused, its
  status claimed (:func:`accused_party`).
- **warning** (130, "coercive or forceful warnings … conflictual behavior forecast in the future tense"):
  a warning (012) whose reported clause says what the warner's own side will or could do ("warned that he
  would not hesitate", "warned it could declare an air defence zone"), or what a hypothetical act of the
  other side will meet ("warned that any attack on Niger would be treated as a declaration of war", "such
  actions would not be left without consequences"; round 19, R26).
- **vow of a response** (130, 138 "threaten to use military force"; round 19, R26): a vow or promise (a
  03x intent) of a response ("vowed to respond", "promised a military response"), and a warning or vow that
  the war will resume ("vowed that the war will resume once the truce ends") — 138.

The words are in ``knowledge/event_speech.json``; the caller (``extract/events.py``) turns each
:class:`SpeechEvent` into a coded trigger and codes its actors as it does every event's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ..errors import Errors, KnowledgeError
from ..knowledge import read_json, read_word_list
from ._event_patterns import reciprocal_pronouns

__all__ = [
    "CONTENT",
    "DENIAL",
    "NAMING",
    "RELAYED",
    "VOW",
    "WARNING",
    "SpeechEvent",
    "accused_party",
    "accusing_participle",
    "blamed_act",
    "content_act",
    "future_clause",
    "naming_accusations",
    "participle_accused",
    "relayed_code",
    "reported_accuser",
    "speech_events",
    "speech_words",
    "told_to",
]

DENIAL: Final = "denial"
NAMING: Final = "naming"
WARNING: Final = "warning"
RELAYED: Final = "relayed"
VOW: Final = "vow"
CONTENT: Final = "content"

_DENIAL_CODE: Final = "016"
_CRITICISE_CODE: Final = "111"
_THREAT_CODE: Final = "130"
_FORCE_THREAT_CODE: Final = "138"
_INTENT_ROOT: Final = "03"
_WARNING_CODE: Final = "012"
_SPEECH_CODE: Final = "010"
_ACCUSE_CODE: Final = "112"
_DISAPPROVE_CODE: Final = "110"
_SUPPORT_CODE: Final = "051"
_REFUSE_CODE: Final = "124"
_KEEP_POWER_CODE: Final = "1231"
_DEMAND_CODE: Final = "100"
_NAMING_MISREADS: Final = frozenset({"12", "02"})
_FILE: Final = "event_speech.json"
_LISTS: Final = frozenset(
    (
        "claim_nouns",
        "denial_verbs",
        "relative_denial_verbs",
        "naming_verbs",
        "disparaging_words",
        "negating_prefixes",
        "warning_lemmas",
        "own_pronouns",
        "future_aux",
        "accusing_lemmas",
        "relayed_roots",
        "unrelayed_codes",
        "claim_making_verbs",
        "vow_lemmas",
        "response_verbs",
        "response_nouns",
        "force_modifiers",
        "hypothetical_determiners",
        "war_nouns",
        "resumption_verbs",
        "blame_prepositions",
        "blame_adjectives",
        "evaluative_predicates",
        "disapproval_verbs",
        "disapproval_nouns",
        "contentment_words",
        "support_verbs",
        "support_preps",
        "unrefused_verbs",
        "leadership_refusals",
        "refusal_aux",
        "telling_lemmas",
        "first_person",
        "condition_marks",
    )
)
_OBJECTS: Final = frozenset({"dobj", "obj"})
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})
_COMPLEMENTS: Final = frozenset({"oprd", "xcomp", "attr"})
_HOLDERS: Final = frozenset({"poss", "compound", "amod"})
_CLAUSE_DEPS: Final = frozenset({"ccomp", "acl", "relcl"})


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    """A further event of a sentence: its trigger token, CAMEO code, the construction that found it
    (:data:`DENIAL`, :data:`NAMING`, :data:`WARNING`) and the token its target is coded from when the
    construction names one (None: the caller finds the target as for any event)."""

    token: Any
    code: str
    rule: str
    party: Any | None = None


@functools.cache
def naming_accusations() -> dict[str, str]:
    """Names that charge a party (``naming_accusations`` of ``event_speech.json``: "a coup" 112, "piracy"
    1121, "ethnic cleansing" 1124, "treasonous" 1125), each with the accusation code, read once."""
    data = read_json(_FILE).get("naming_accusations")
    if not isinstance(data, dict):
        raise KnowledgeError(Errors.E010.format(path=_FILE, line=0, reason="no table 'naming_accusations'"))
    return {str(k).lower(): str(v) for k, v in data.items()}


def speech_words(key: str) -> frozenset[str]:
    """One word list of ``event_speech.json`` as a set of lower-case words, read once."""
    return read_word_list(_FILE, key, _LISTS)


def speech_events(
    sent: Any,
    coded: Mapping[int, str],
    is_party: Callable[[Any], bool],
    disparaging: frozenset[str] = frozenset(),
    own_side: Callable[[Any, Any], bool] | None = None,
) -> list[SpeechEvent]:
    """The further events of one spaCy sentence, in text order. ``coded`` maps the token index of each
    event already coded in the sentence to its CAMEO code: a rule recodes a plain statement or warning
    there, and leaves any other coded event alone. ``is_party`` says whether a token names a codable
    party; ``disparaging`` adds words to the file's ``disparaging_words`` (the coder's criticism words);
    ``own_side(inner, outer)`` says whether a reported clause's subject is the speaker's own side beyond a
    personal pronoun ("Biden said Washington stood with …"; None: pronouns only)."""
    words = speech_words("disparaging_words") | disparaging | frozenset(naming_accusations())
    out: list[SpeechEvent] = []
    for token in sent:
        if token.pos_ != "VERB":
            continue
        hit = (
            _denial(token, is_party)
            or _naming(token, words, is_party)
            or _warning(token, coded)
            or _vow(token, coded)
            or (content_act(token, words, is_party, own_side) if coded.get(token.i) == _SPEECH_CODE else None)
            or (told_to(token) if coded.get(token.i) in {None, _SPEECH_CODE} else None)
        )
        if hit is None:
            continue
        held = coded.get(token.i)
        if (
            held is None
            or held in {_SPEECH_CODE, _WARNING_CODE}
            or (hit.rule == DENIAL and held[:2] == "12")
            # a naming the coder read as a rejection ("dismissed the protesters as puppets", 12x) or an
            # appeal ("called the storming of parliament treasonous", 02x) is the criticism (N27)
            or (hit.rule == NAMING and held[:2] in _NAMING_MISREADS)
            or hit.rule == VOW
        ):
            out.append(hit)
    return out


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _negated(token: Any) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


# --- denial (016) -------------------------------------------------------------------------------------


def _denial(token: Any, is_party: Callable[[Any], bool]) -> SpeechEvent | None:
    lemma = _lemma(token)
    if lemma not in speech_words("denial_verbs") or _negated(token):
        return None
    claims = speech_words("claim_nouns")
    if token.dep_ == "relcl" and _subject(token) is not None:
        head = token.head
        if _lemma(head) in claims and not any(c.dep_ in _OBJECTS and c.tag_ != "WDT" for c in token.children):
            # "…, a claim the army denied": the claim sums up the clause it hangs on; its subject claimed
            return SpeechEvent(token, _DENIAL_CODE, DENIAL, _claimant(head, token, is_party))
        which = lemma in speech_words("relative_denial_verbs") and any(
            c.dep_ in _OBJECTS and c.lower_ == "which" for c in token.children
        )
        if which and token.i > 0 and token.doc[_first(token).i - 1].lower_ == ",":
            # "…, which Bamako denies": a non-restrictive clause denies what the sentence reports
            return SpeechEvent(token, _DENIAL_CODE, DENIAL, _claimant(head, token, is_party))
        return None
    obj = next((c for c in token.children if c.dep_ in _OBJECTS), None)
    if obj is None or _lemma(obj) not in claims or any(c.dep_ == "ccomp" for c in token.children):
        return None
    if _about_another(obj, token):
        return None  # "dismissed a report that Jeb Bush has been considering …": no charge against him
    # "denied the accusations", "rejected the US and NATO assessments as unfounded"
    return SpeechEvent(token, _DENIAL_CODE, DENIAL, _holder(obj, is_party))


def _about_another(claim: Any, denial: Any) -> bool:
    """Whether a claim noun's content clause is about someone other than the denier: its subject a name
    that is not the denier's ("a report that Jeb Bush has been considering …"), so the denial discards no
    charge against the denier (016 is denying responsibility; "denied reports that its drones had struck"
    is one). The parser may hang the content clause as a relative one; a relative clause of making
    (``claim_making_verbs``: "the accusations Kinshasa made") names the claimant instead."""
    denier = _subject(denial)
    own = {t.lower_ for t in denier.subtree} if denier is not None else set()
    for clause in claim.children:
        if clause.dep_ not in {"acl", "ccomp", "relcl"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        if clause.dep_ == "relcl" and _lemma(clause) in speech_words("claim_making_verbs"):
            continue  # "the accusations Kinshasa made": who made them, not what they say
        subject = _subject(clause)
        if subject is not None and subject.pos_ == "PROPN" and subject.lower_ not in own:
            return True
    return False


def _first(token: Any) -> Any:
    """The first token of a clause (its leftmost descendant)."""
    return token.doc[token.left_edge.i]


def _claimant(noun: Any, denial: Any, is_party: Callable[[Any], bool]) -> Any | None:
    """Who made the claim a noun names: its possessor or by-agent ("Kinshasa's accusations"), else the
    subject of the clause it sums up ("The RSF said …, a claim the army denied"), not the denier."""
    own = _holder(noun, is_party)
    if own is not None:
        return own
    denier = _subject(denial)
    node = noun
    for _ in range(10):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subject = _subject(node)
            if subject is not None and subject is not denier and is_party(subject):
                return subject
            if node.dep_ not in {"conj", "ccomp", "xcomp", "advcl", "pcomp", "relcl", "acl"}:
                break
    return None


def _holder(noun: Any, is_party: Callable[[Any], bool]) -> Any | None:
    """A party a noun phrase names as its holder: a possessor or party modifier ("Kinshasa's accusations",
    "US warnings") or a by- or of-phrase ("accusations by Kinshasa")."""
    for child in noun.children:
        nominal = child.pos_ in {"PROPN", "NOUN"} or (child.pos_ == "ADJ" and bool(child.ent_type_))
        if child.dep_ in _HOLDERS and nominal and is_party(child):
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "of", "from"}:
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None and is_party(inner):
                return inner
    return None


# --- naming (111) -------------------------------------------------------------------------------------


def _naming(token: Any, words: frozenset[str], is_party: Callable[[Any], bool]) -> SpeechEvent | None:
    if _lemma(token) not in speech_words("naming_verbs") or _negated(token):
        return None
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    complements = [c for c in token.children if c.dep_ in _COMPLEMENTS and c.pos_ != "VERB"]
    # the name as the parser may hang it: a second object ("branded the rebels a terrorist group"), a
    # verbless small clause ("branded the strike illegal"), an object with a subject of its own
    complements += objects[1:] + [
        c for c in token.children if c.dep_ == "ccomp" and c.pos_ in {"NOUN", "ADJ"}
    ]
    complements += [c for c in objects[:1] if any(g.dep_ == "nsubj" for g in c.children)]
    # "described them as victims", and "dismissed the warnings as hysteria" with "as" hung on the object
    holders = [token, *objects]
    complements += [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not any(_disparages(w, words) for c in complements for w in c.subtree):
        return None
    obj = objects[0] if objects and objects[0] not in complements else None
    if obj is not None and obj.lower_ == "what":
        # "a response to what it calls hostile drills", "denounce what they called Rwandan aggression": the
        # writer quotes a party's name for a thing another act is about (``naming_verbs`` in events.py)
        return None
    code = _accusation(complements) or _CRITICISE_CODE
    return SpeechEvent(token, code, NAMING, _named_party(token, obj, complements, is_party))


def _accusation(complements: list[Any]) -> str | None:
    """The accusation code a name charges ("called his ouster a coup" 112, "called the seizure an act of
    state piracy" 1121), or None for a name that only disparages (111)."""
    table = naming_accusations()
    names = frozenset(table)
    for complement in complements:
        for word in complement.subtree:
            code = table.get(_lemma(word)) or table.get(word.lower_)
            if code is not None and _disparages(word, names):
                return code
    return None


def _disparages(word: Any, words: frozenset[str]) -> bool:
    """Whether a word of a complement disparages: in the list, and not the stem of a prefixed word that
    turns it round ("anti-terrorist measures", "de-escalation")."""
    if _lemma(word) not in words and word.lower_ not in words:
        return False
    doc = word.doc
    return not (
        word.i >= 2
        and doc[word.i - 1].lower_ == "-"
        and doc[word.i - 2].lower_ in speech_words("negating_prefixes")
    )


def _named_party(
    token: Any, obj: Any | None, complements: list[Any], is_party: Callable[[Any], bool]
) -> Any | None:
    """The party a naming disparages: one the complement holds ("victims of Kurti's terror"), else the
    thing named when it is a party, or its holder ("US warnings"), else the noun a relative clause of naming
    hangs on ("the M23, which he called …")."""
    for complement in complements:
        for word in complement.subtree:
            if word is complement:
                continue
            if word.dep_ in {"poss", "pobj", "compound"} and is_party(word):
                return word
    if obj is not None and obj.tag_ not in {"WP", "WDT"}:
        if is_party(obj):
            return obj
        return _holder(obj, is_party)
    if token.dep_ == "relcl" and is_party(token.head):
        return token.head
    return None


# --- an accusation beside an act or a report (112) -------------------------------------------------------


def _accusation_verb(token: Any, code: str) -> bool:
    """A verb of accusing ("accuse", "blame", "charge") coded 112x, with the accused as its object."""
    return (
        code.startswith(_ACCUSE_CODE)
        and token.pos_ == "VERB"
        and _lemma(token) in speech_words("accusing_lemmas")
        and any(c.dep_ in _OBJECTS for c in token.children)
    )


def accusing_participle(token: Any, code: str) -> bool:
    """Whether an accusation is a subjectless participle set off by a comma after the clause's act ("Congo
    expelled Rwanda's ambassador, accusing Kigali of backing the rebels", "cut ties with Qatar, accusing it
    of supporting terrorism"): the accusation is an event of its own (CAMEO 112 "accuse, charge, blame"),
    not background to the act, as round-up writers code it."""
    if not _accusation_verb(token, code) or token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    if any(c.dep_ in _SUBJECTS | {"mark"} for c in token.children):
        return False
    edge = token.left_edge.i
    return bool(edge > 0 and token.doc[edge - 1].text == "," and token.head.pos_ == "VERB")


def participle_accused(token: Any, is_party: Callable[[Any], bool]) -> Any | None:
    """The party an accusing participle charges when its object is a pronoun: the first party among the
    arguments of the act it follows, past that act's subject ("cut ties with Qatar, accusing it of …":
    Qatar; "expelled Rwanda's ambassador, accusing it of …": Rwanda). None for a named object (the target
    is found as for any event) or when the act names no party."""
    obj = next((c for c in token.children if c.dep_ in _OBJECTS), None)
    if obj is None or obj.pos_ != "PRON":
        return None
    act = token.head
    for child in act.children:
        if child.dep_ in _SUBJECTS or child.i >= token.i or child.dep_ == "advcl":
            continue
        for word in child.subtree:
            if word.pos_ == "PROPN" and is_party(word):
                return word
    return None


def reported_accuser(token: Any, code: str, speech: Container[str]) -> Any | None:
    """The speaker of a report the parse hung an accusation under: "The ministry said 200 people had been
    detained and accused the opposition of organising violence" joins "accused" to the passive reported verb,
    though its doer is the speaker (the passive's subject cannot accuse). The speech verb's subject, or None
    for another construction."""
    if not _accusation_verb(token, code) or token.dep_ != "conj" or token.tag_ not in {"VBD", "VBN"}:
        return None
    if any(c.dep_ in _SUBJECTS for c in token.children):
        return None
    head = token.head
    if head.dep_ != "ccomp" or not _passive(head):
        return None
    verb = head.head
    if _lemma(verb) not in speech:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# --- warning (130) ------------------------------------------------------------------------------------


def _warning(token: Any, coded: Mapping[int, str]) -> SpeechEvent | None:
    if _lemma(token) not in speech_words("warning_lemmas") or coded.get(token.i) != _WARNING_CODE:
        return None
    clauses = list(_clauses(token))
    if any(_war_resumes(clause) for clause in clauses):
        return SpeechEvent(token, _FORCE_THREAT_CODE, WARNING, None)
    if any(_own_future(clause, token) or _imposed_consequence(clause) for clause in clauses):
        return SpeechEvent(token, _THREAT_CODE, WARNING, None)
    return None


def _imposed_consequence(clause: Any) -> bool:
    """Whether a reported clause says what a hypothetical act of the other side will meet: a future or
    possibility modal, passive, its subject an act under "any" or "such" ("any attack on Niger would be
    treated as a declaration of war", "any Israeli response would be met with a much larger attack", "such
    actions would not be left without consequences"). An active clause is a forecast or a judgement, no
    threat ("any arms deal would violate UN resolutions")."""
    if not future_clause(clause) or not _passive(clause):
        return False
    subject = _subject(clause)
    marks = speech_words("hypothetical_determiners")
    if subject is None:
        return False
    return any(c.dep_ in {"det", "amod"} and c.lower_ in marks for c in subject.children)


def _war_resumes(clause: Any) -> bool:
    """Whether a reported clause says the war will resume ("the war will resume once the truce ends", "the
    fighting would resume with full force"): a future modal, a resumption verb, a war noun its subject."""
    subject = _subject(clause)
    return (
        future_clause(clause)
        and _lemma(clause) in speech_words("resumption_verbs")
        and subject is not None
        and subject.lower_ in speech_words("war_nouns")
    )


# --- vow of a response (130, 138) ----------------------------------------------------------------------


def _vow(token: Any, coded: Mapping[int, str]) -> SpeechEvent | None:
    """A vow or promise coded as an intent (03x) that promises a response ("vowed to respond at a time and
    place of its choosing", "promised to respond in kind": 130; "promised a military response": 138) or that
    the war will resume ("vowed that the war will resume once the truce ends": 138). A vow not to respond
    is no threat."""
    held = coded.get(token.i)
    if _lemma(token) not in speech_words("vow_lemmas") or held is None or held[:2] != _INTENT_ROOT:
        return None
    if _negated(token):
        return None
    if any(_war_resumes(clause) for clause in _clauses(token)):
        return SpeechEvent(token, _FORCE_THREAT_CODE, VOW, None)
    for child in token.children:
        if child.dep_ == "xcomp" and _lemma(child) in speech_words("response_verbs") and not _negated(child):
            return SpeechEvent(token, _THREAT_CODE, VOW, None)
        if child.dep_ in _OBJECTS and _lemma(child) in speech_words("response_nouns"):
            force = speech_words("force_modifiers")
            forceful = any(c.dep_ in {"amod", "compound"} and c.lower_ in force for c in child.children)
            return SpeechEvent(token, _FORCE_THREAT_CODE if forceful else _THREAT_CODE, VOW, None)
    return None


def _clauses(token: Any) -> Iterator[Any]:
    for clause in token.children:
        if clause.dep_ == "ccomp":
            yield clause
            yield from (c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})


def _own_future(clause: Any, warner: Any) -> bool:
    """Whether a reported clause says what the warner's own side will or could do: a future or possibility
    modal, active, with the warner's pronoun as subject ("warned that he would not hesitate", "warned it
    could declare")."""
    if not future_clause(clause) or _passive(clause):
        return False
    subject = _subject(clause)
    outer = _subject(warner) or _subject(warner.head)  # "said … and warned that …" shares the subject
    if subject is None or outer is None or subject.lower_ not in speech_words("own_pronouns"):
        return False
    plural = outer.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in outer.children)
    return (subject.lower_ in {"they", "we"}) == plural or subject.lower_ == "we"


def future_clause(clause: Any) -> bool:
    """Whether a clause has a future or possibility modal (``future_aux``: "would", "will", "could")."""
    return any(c.dep_ == "aux" and _lemma(c) in speech_words("future_aux") for c in clause.children)


def _passive(clause: Any) -> bool:
    """Whether a clause is passive (a passive auxiliary: "would be treated", "had been detained")."""
    return any(c.dep_ == "auxpass" for c in clause.children)


# --- a statement that lays the blame (112) --------------------------------------------------------------


def blamed_act(token: Any, events: Container[int], is_party: Callable[[Any], bool]) -> Any | None:
    """The act a statement blames a party for (CAMEO 112, "accuse … blame"; round 19, R26): a reported
    clause whose subject is a party and whose verb "be" puts it behind an act or makes it responsible for
    one ("said Ukraine's security service was behind the attack", "said a criminal group was responsible
    for the ransomware attack"). ``events`` holds
    the token indices of the sentence's event words; the act must be one. None when the statement blames
    nobody."""
    for clause in _clauses_of_statement(token):
        if _lemma(clause) != "be" or clause.pos_ not in {"AUX", "VERB"}:
            continue
        subject = _subject(clause)
        if subject is None or not (is_party(subject) or any(is_party(c) for c in subject.children)):
            continue
        places = speech_words("blame_prepositions")
        for child in clause.children:
            holders = [child] if child.dep_ == "prep" and child.lower_ in places else []
            if child.dep_ == "acomp" and _lemma(child) in speech_words("blame_adjectives"):
                holders = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "for"]
            for prep in holders:
                act = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if act is not None and act.i in events:
                    return act
    return None


def _clauses_of_statement(token: Any) -> Iterator[Any]:
    for clause in token.children:
        if clause.dep_ in {"ccomp", "parataxis"}:
            yield clause
    if token.dep_ in {"parataxis", "ccomp"} and token.head.i != token.i:  # "'X is behind it,' he said"
        yield token.head


# --- the act an accusation relays ---------------------------------------------------------------------


def accused_party(token: Any, act: Any) -> Any | None:
    """The party an accusation charges with the act it names, when the act is what the accusing word
    governs through "of" or "for" ("accused Kyiv of shooting down the plane", "blamed Ukraine for the
    blast"): the accusing verb's object. None when ``token`` is no accusing verb, ``act`` hangs elsewhere or
    the verb names no one (the act keeps the accusation it was absorbed in)."""
    if token.pos_ != "VERB" or _lemma(token) not in speech_words("accusing_lemmas"):
        return None
    node = act
    for _ in range(3):  # "of plotting to attack", "of carrying out an air strike": up to the gerund
        if node.dep_ not in {"xcomp", "dobj", "obj"}:
            break
        node = node.head
    prep = node.head if node.dep_ in {"pcomp", "pobj"} else None
    if prep is None or prep.head.i != token.i or prep.lower_ not in {"of", "for"}:
        return None
    accused = next((c for c in token.children if c.dep_ in _OBJECTS), None)
    if accused is not None and " ".join(t.lower_ for t in accused.subtree) in reciprocal_pronouns():
        return None  # "accused each other of shelling the plant": each side charges the other, no one doer
    return accused


def relayed_code(act: Any, code: str) -> bool:
    """Whether an act an accusation names, coded ``code``, is recorded apart (:func:`accused_party`): an act
    of force or coercion (``relayed_roots``: "shelling", "shooting down", "blowing up"; not a breach of a
    ceasefire, ``unrelayed_codes``, which the accusation itself states) that, as a verb, names what it was
    done to ("shelling Rwandan territory"; not "fighting alongside the FDLR")."""
    if code[:2] not in speech_words("relayed_roots") or code in speech_words("unrelayed_codes"):
        return False
    return act.pos_ != "VERB" or any(c.dep_ in _OBJECTS for c in act.children)


# --- a saying whose content is the speaker's own act (round 20, Q28) ------------------------------------


def content_act(
    token: Any,
    words: Container[str],
    is_party: Callable[[Any], bool],
    own_side: Callable[[Any, Any], bool] | None = None,
) -> SpeechEvent | None:
    """The act a plain statement (010) makes when what it says is the speaker's own act or stance (CAMEO
    010: a statement is coded only when no 011–017 or more specific act can be told; the writers' rule for
    reported speech: "when the speech act is itself a specific act, code that act instead"):

    - a judgement that a party's act is wrong, a copular clause whose predicate disparages ("said the
      Saudi-led measures were unjustified", "said the raid was a breach of the Vienna Convention") — 111;
    - the speaker's own disapproval ("said it regretted the decision", "said he was not satisfied with …",
      "said it had grave concerns", "said they were concerned by reports …") — 110;
    - the speaker's support ("said they stood by Maduro", "said Washington stood with the Cuban people") —
      051;
    - the speaker's own refusal, a negated future of an act the tables do not code ("said it would not
      withdraw its staff", "said the Philippines would not abandon the outpost") — 124; of leaving power
      ("said she would not leave office") — 1231.

    ``words`` are the disparaging words (:func:`speech_events`'s); ``is_party``, ``own_side`` as there. A
    content by a third party ("said Russia had moved troops") is no act of the speaker's: None, and the
    statement stays.
    """
    if token.pos_ != "VERB" or _negated(token):
        return None
    outer = _subject(token)
    for clause in _contents(token):
        subject = _subject(clause) or (_subject(clause.head) if clause.dep_ == "conj" else None)
        if _evaluation(clause, words):
            return SpeechEvent(token, _CRITICISE_CODE, CONTENT, None)
        if clause.i < token.i:
            # a quotation: only "I" or "we" is the speaker ("'She is standing with Trump,' Hassan said")
            own = subject is not None and subject.lower_ in speech_words("first_person")
        else:
            own = subject is not None and outer is not None and _own(subject, outer, own_side)
        if not own:
            continue
        if _disapproval(clause):
            return SpeechEvent(token, _DISAPPROVE_CODE, CONTENT, None)
        party = _supported(clause)
        if party is not None and is_party(party):  # "I stand by everything I said" supports no one
            return SpeechEvent(token, _SUPPORT_CODE, CONTENT, party)
        refused = _own_refusal(clause, is_party)
        if refused is not None:
            return SpeechEvent(token, refused, CONTENT, None)
    return None


def _contents(token: Any) -> Iterator[Any]:
    """What a verb of saying reports: its complement clauses with the clauses joined to them, or the
    quotation it hangs on ("'… it cannot be tolerated,' Yoon said")."""
    yield from _clauses(token)
    if token.dep_ in {"parataxis", "ccomp"} and token.head.i != token.i and token.head.i < token.i:
        yield token.head


def _own(subject: Any, outer: Any, own_side: Callable[[Any, Any], bool] | None) -> bool:
    if subject.lower_ in speech_words("own_pronouns"):
        return True
    return own_side is not None and subject.pos_ == "PROPN" and own_side(subject, outer)


def _evaluation(clause: Any, words: Container[str]) -> bool:
    """Whether a reported clause judges its subject wrong: "be" with a predicate whose head disparages
    ("were unjustified", "was a breach of …", "a flagrant violation"; not "was a terrorist attack"); not
    negated, and not about the speaker ("we are …")."""
    if _lemma(clause) != "be" or _negated(clause):
        return False
    subject = _subject(clause)
    if subject is None or subject.lower_ in {"we", "i"}:
        return False
    predicates = speech_words("evaluative_predicates")
    for child in clause.children:
        if child.dep_ not in {"acomp", "attr"}:
            continue
        # the predicate's head, not a modifier: "was a terrorist attack" names an act, condemns no one
        heads = [child, *(c for c in child.children if c.dep_ == "conj")]
        if any(
            _lemma(w) in predicates or w.lower_ in predicates or _lemma(w) in words or w.lower_ in words
            for w in heads
        ):
            return True
    return False


def _disapproval(clause: Any) -> bool:
    """Whether a reported clause says the speaker disapproves: a verb whose subject feels it ("regretted the
    decision"; not "it concerns voters", whose subject is the cause), a concern had ("had grave concerns"),
    or a contentment negated ("was not satisfied with"). A feeling as a participle or predicate ("was
    shocked by", "was concerned by") is left a statement: real news voices worries so, which judges keep
    as statements (docs/events.md, "Round 20: Q28")."""
    content = speech_words("contentment_words")
    lemma = _lemma(clause)
    negated = _negated(clause)
    if lemma in speech_words("disapproval_verbs") and not _passive(clause):
        return not negated
    if lemma in content or clause.lower_ in content:
        return negated and _passive(clause)  # "was not satisfied with …", a participle as a passive verb
    if lemma == "have":
        # "had grave concerns"; not "had serious concerns that the result did not reflect …", which
        # reports a judgement of its own (a statement, as writers code it)
        objects = [c for c in clause.children if c.dep_ in _OBJECTS]
        said = any(c.dep_ in _CLAUSE_DEPS for o in (clause, *objects) for c in o.children)
        nouns = speech_words("disapproval_nouns")
        return not negated and not said and any(_lemma(o) in nouns for o in objects)
    if lemma != "be":
        return False
    return any(
        c.dep_ == "acomp" and (_lemma(c) in content or c.lower_ in content) and (negated or _negated(c))
        for c in clause.children
    )


def _supported(clause: Any) -> Any | None:
    """The party a reported clause says the speaker stands by or with ("stood by Maduro"), or None."""
    if _lemma(clause) not in speech_words("support_verbs") or _negated(clause):
        return None
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in speech_words("support_preps"):
            party = next((g for g in child.children if g.dep_ == "pobj"), None)
            if party is not None:
                return party
    return None


def _aimed(clause: Any, is_party: Callable[[Any], bool]) -> bool:
    """Whether a refused act is aimed at a party its clause names past its subject ("would not approve any new
    arms exports to Riyadh"): an act against that party, which writers code beside the statement, not a
    refusal to yield (a possessive pronoun is the speaker's own: "its staff")."""
    return any(
        w.dep_ in {"pobj", "dobj", "obj"} and w.pos_ == "PROPN" and is_party(w)
        for c in clause.children
        if c.dep_ not in _SUBJECTS
        for w in c.subtree
    )


def _conditional(clause: Any) -> bool:
    """Whether a clause holds a condition ("If Donald remains Donald, I will not vote for him": a refusal on a
    condition threatens, it refuses nothing yet)."""
    marks = speech_words("condition_marks")
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in clause.children
    )


def _own_refusal(clause: Any, is_party: Callable[[Any], bool]) -> str | None:
    """The refusal a reported clause states: a negated future of the speaker's own act, active ("would not
    withdraw its staff", "will not abandon the outpost") — 124, or 1231 for leaving power
    (``leadership_refusals``: "would not leave office", "will not step down"). None for a verb that refuses
    nothing (``unrefused_verbs``: "would not comment", "will not hesitate", "would not rule out")."""
    if not _negated(clause) or _passive(clause):
        return None
    if not any(c.dep_ == "aux" and _lemma(c) in speech_words("refusal_aux") for c in clause.children):
        return None  # "we cannot remain engaged" says what is possible, refuses nothing
    lemma = _lemma(clause)
    if clause.pos_ != "VERB" or lemma in speech_words("unrefused_verbs"):
        return None
    if _aimed(clause, is_party) or _conditional(clause):
        return None
    phrases = {lemma} | {f"{lemma} {_lemma(c)}" for c in clause.children if c.dep_ in {"prt", "dobj", "obj"}}
    return _KEEP_POWER_CODE if phrases & speech_words("leadership_refusals") else _REFUSE_CODE


def told_to(token: Any) -> SpeechEvent | None:
    """A telling that orders (CAMEO 100, "all demands and orders"): a verb of telling (``telling_lemmas``)
    with an addressee and a to-infinitive ("told French troops to leave the country", "told Washington to
    stop interfering", "told the government to act") — the demand, its target the addressee, whether the
    coder read the telling as a statement or not at all. Not a passive ("residents were told to
    evacuate": who told them is not said), a negated telling, nor a gerund."""
    if _lemma(token) not in speech_words("telling_lemmas") or _negated(token) or _passive(token):
        return None
    if token.tag_ == "VBG":
        return None  # "began his presidency by telling progressives to shut up": a manner, no one order
    addressee = next((c for c in token.children if c.dep_ in _OBJECTS), None)
    if addressee is None:
        return None
    ordered = any(
        child.dep_ == "xcomp"
        and child.pos_ == "VERB"
        and child.i > addressee.i
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        for child in token.children
    )
    return SpeechEvent(token, _DEMAND_CODE, CONTENT, addressee) if ordered else None
