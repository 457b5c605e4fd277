"""Code choices for crisis copy that a pattern row cannot make alone (issue #5, round 17). Called from
:mod:`watchfloor.extract.events`' ``code_sentence``; works on spaCy tokens only.

- :func:`military_strike` — a bare "strike" (a labour strike, CAMEO 143, by its row) that hits, kills or
  targets something, or that someone carries out or conducts, is a military strike ("Tuesday's strike had
  targeted …", "its aircraft had carried out 40 strikes", "a second day of strikes"): CAMEO 195.
- :func:`negated_report` — a statement whose reported clause is negated ("told reporters that the border
  is not up for negotiation", "said it was not in the business of …") refuses or denies; it is no plain
  statement (010) to give back when the keep/drop filter drops what it reports.
- :func:`set_off_participle` — a past participle set off by commas after its noun ("The memorandum, signed in
  Addis Ababa on Monday by …, would let …") reports the act, where a restrictive one ("the emails released
  Monday") only describes the thing.
- :func:`stranded_content` — a that-clause the parse hung on the noun of a verb of saying's prepositional
  phrase ("warned in a statement carried by state media that Seoul would face …") is what the verb says, as
  its complement clause would be (round 17b).
- :func:`speaker_participle` — a subjectless present participle set off by a comma at the end of a statement
  ("told the council that the mission had become part of the problem, accusing it of …") is the speaker's
  own verbal act, though the parse hangs it on the reported clause (round 17b).
- :func:`force_not_ruled_out` — "would not rule out military intervention", "did not rule out strikes": a
  threat of force (CAMEO 138; round 17b).
- :func:`not_threatened` — the parts of a threat's content that are not the act threatened: its condition ("if
  Kyiv carried out further attacks") and a clause's subject ("the attack would not go unanswered"); a threat
  takes no finer code from them (round 17b).
- :func:`failed_act` — the infinitive of "failed to" ("failed to protect the region", "failed to agree on a
  statement") is an act that did not happen: no event (round 17c).
- :func:`called_off_act` — an event noun that an uncoded verb of calling off takes as its object ("suspended
  the deployment of police officers", "cancelled the visit") is an act not made (round 17c).
- :func:`idle_meeting` — a present participle of consulting on a noun with no partner ("West African leaders
  meeting in Abuja ordered …", "leaders meeting in Luanda called on …") only places the parties that act; the
  codebook's 044 ignores the location of a meeting, so no second party remains and no event (round 20, B28).
- :func:`rallied_protest` — an appeal whose content is a protest ("urged people to protest against the
  takeover", "urged Zimbabweans to join a march against Mugabe", "called for fresh marches") solicits third
  parties to protest against the target: the codebook's 113 "rally opposition against", no appeal (02x);
  "urged supporters not to take to the streets" asks them to ease dissent and stays an appeal (round 20, B28).
- :func:`recognition_withheld` — recognition negated in the present or past ("Beijing said it did not
  recognise the zone", "the armed forces did not recognise a self-proclaimed president") is a refusal,
  CAMEO 120; a negated future ("would not recognise the new authorities") is left to the tense rules (round
  20, B28).
- :func:`announced_measure` — a measure announced as settled: a plain statement ("said", "announced") whose
  reported clause says in the future tense, with no condition, that a reduction of relations will be imposed
  ("said it would impose tariffs on Australian barley", "said they would expel … diplomats") is that measure
  (CAMEO 16x), not the threat (131x) future coercion otherwise makes; a warning, threat or vow, or a clause
  under "if" / "unless", keeps the threat (round 20, M28; words in ``event_cameo_announced.json``).
- :func:`weapon_killing` — a killing whose subject is a weapon or an attack ("an explosion killed", "the raid
  killed", "rockets killed") is no killing by physical assault (1823, "without the use of weaponry") but
  CAMEO 190's "killings … when the weapons used are not specified" (round 19, R26).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from ..knowledge import read_word_list
from ._event_patterns import patterns_for
from ._event_patterns import word_list as _words

__all__ = [
    "ACCORD_CODE",
    "FORCE_THREAT_CODE",
    "LABOUR_STRIKE_CODE",
    "MILITARY_STRIKE_CODE",
    "RALLY_OPPOSITION_CODE",
    "REJECT_CODE",
    "TRUCE_CODE",
    "WEAPON_KILLING_CODE",
    "accord_reached",
    "agreed_truce",
    "agreed_truce_subject",
    "announced_measure",
    "called_off_act",
    "failed_act",
    "force_not_ruled_out",
    "idle_meeting",
    "meeting_held",
    "military_strike",
    "negated_report",
    "not_threatened",
    "party_relative_clause",
    "rallied_protest",
    "recognition_withheld",
    "set_off_participle",
    "speaker_participle",
    "stranded_content",
    "weapon_killing",
]

REJECT_CODE: Final = "120"  # CAMEO 120 "reject": "all rejections and refusals"
_RECOGNITION_CODE: Final = "054"  # CAMEO 054 "grant diplomatic recognition"
RALLY_OPPOSITION_CODE: Final = "113"  # CAMEO 113 "rally opposition against"
ACCORD_CODE: Final = "019"  # CAMEO 019 "express accord"
FORCE_THREAT_CODE: Final = "138"  # CAMEO 138 "threaten with military force"
LABOUR_STRIKE_CODE: Final = "143"
MILITARY_STRIKE_CODE: Final = "195"  # CAMEO 195 "employ aerial weapons": a strike with no other word
WEAPON_KILLING_CODE: Final = "190"  # CAMEO 190's note: killings with the weapons unspecified
_ASSAULT_KILLING_CODE: Final = "1823"  # CAMEO 1823 "kill by physical assault … without the use of weaponry"
TRUCE_CODE: Final = "0871"  # CAMEO 0871 "declare truce, ceasefire"
_APPEAL_ROOT: Final = "02"  # CAMEO 02 "appeal"
_PROTEST_ROOT: Final = "14"  # CAMEO 14 "protest"
_CONSULT_ROOT: Final = "04"  # CAMEO 04 "consult": talks, meetings, calls, visits, mediation
_REPORTED_CLAUSE_ROOTS: Final = frozenset({"03", "04", "08"})  # intents, consultations, concessions
_OBJECT_DEPS: Final = frozenset({"dobj", "obj", "nsubjpass"})
_PARTNER_PREPS: Final = frozenset({"with", "between", "among"})  # "meeting in Jamaica with Blinken"


def military_strike(token: Any) -> bool:
    """Whether a strike noun is a military strike by what its clause does with it: the subject of a harming
    verb (``strike_force_verbs``: target, kill, hit …), the object of a verb of carrying out
    (``strike_carrying_verbs``: carry, conduct), directly or through a count noun ("a wave of strikes",
    ``strike_series_nouns``), or carried out by a participle of its own ("strikes, launched at dawn")."""
    node = token
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "of"
        and node.head.head.lemma_.lower() in _words("strike_series_nouns")
    ):
        node = node.head.head  # "a second day of strikes": the day is what is carried out
    if any(c.dep_ == "acl" and c.lemma_.lower() in _words("strike_carrying_verbs") for c in node.children):
        return True
    head = node.head
    if node.dep_ in {"nsubj"} and head.pos_ == "VERB":
        return head.lemma_.lower() in _words("strike_force_verbs")
    return node.dep_ in _OBJECT_DEPS and head.lemma_.lower() in _words("strike_carrying_verbs")


def weapon_killing(token: Any, code: str) -> bool:
    """Whether a killing coded 1823 (kill by physical assault, "without the use of weaponry") has a weapon or
    an attack for its subject (``weapon_subjects``: "an explosion at the depot killed 20 people", "the raid
    killed anyone", "militant rockets killed 12 people"): the weapon is named, so no assault; CAMEO 190."""
    if code != _ASSAULT_KILLING_CODE:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _words("weapon_subjects")


def set_off_participle(clause: Any) -> bool:
    """Whether a participle clause hanging on a noun is set off by commas: a comma before its first word and
    a comma (or the end of the sentence) after its last."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    if first == 0 or doc[first - 1].text != "," or clause.head.i > first:
        return False
    return last + 1 >= clause.sent.end or doc[last + 1].text in {",", ";"}


def negated_report(speech: Any) -> bool:
    """Whether a verb of saying reports a negated clause: a complement clause whose verb is negated."""
    return any(
        clause.dep_ in {"ccomp", "parataxis"} and any(c.dep_ == "neg" for c in clause.children)
        for clause in speech.children
    )


def stranded_content(token: Any) -> list[Any]:
    """The that-clauses of a verb of saying or warning (``content_clause_verbs``) that the parse hung on the
    noun of its prepositional phrase: "warned in a statement carried by state media that Seoul would face …"
    (the clause an ``acl`` of "statement", marked by "that"). A relative clause ("the statement that he
    issued") has no "that" mark: "that" is its subject or object there. Only a clause with a subject."""
    if token.lemma_.lower() not in _words("content_clause_verbs"):
        return []
    out: list[Any] = []
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            for clause in noun.children:
                if (
                    clause.dep_ == "acl"
                    and clause.i > noun.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                    and any(m.dep_ in {"nsubj", "nsubjpass"} for m in clause.children)
                ):
                    out.append(clause)
    return out


def speaker_participle(token: Any) -> Any | None:
    """The verb of saying (``speech_lemmas``) whose speaker a subjectless present participle set off by a
    comma names an act of: "told the council that the mission had become 'part of the problem', accusing it
    of …" (the parse hangs "accusing" on "become", the reported clause, not on "told"). None for a participle
    with a subject or a mark of its own ("while saying …"), one not set off by a comma, or one hung on the
    verb of saying itself or on any other verb ("announced its withdrawal, accusing …", "issued a statement,
    accusing …": the participle is kept as an event of its own there)."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i == 0:
        return None
    if token.doc[token.i - 1].lower_ != "," or any(
        c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children
    ):
        return None
    head = token.head
    if (
        head.dep_ == "ccomp"
        and head.head.lemma_.lower() in _words("speech_lemmas")
        and head.head.pos_ == "VERB"
    ):
        return head.head
    return None


def force_not_ruled_out(token: Any) -> bool:
    """Whether ``token`` is "rule out" negated ("would not rule out military intervention", "did not rule out
    strikes") with an object that is force (``force_option_nouns``) or an act called military or armed
    (``force_option_modifiers``: "military action", "a military option"): keeping force open is a threat of it
    (CAMEO 138). "Ruled out military action" excludes it (no threat); "did not rule out a run for office" has
    no force in it."""
    if token.lemma_.lower() != "rule" or not any(c.dep_ == "neg" for c in token.children):
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return False
    nouns = _words("force_option_nouns")
    modifiers = _words("force_option_modifiers")
    for obj in (c for c in token.children if c.dep_ in {"dobj", "obj"}):
        for word in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            if word.lemma_.lower() in nouns or any(
                m.dep_ in {"amod", "compound"} and m.lemma_.lower() in modifiers for m in word.children
            ):
                return True
    return False


def not_threatened(node: Any) -> bool:
    """Whether ``node``, met while reading what a threat is about, is no part of the act threatened: a clause
    of condition (``conditional_marks``: "warned that the navy would respond *if Russia launched an attack*",
    "warned of strong economic measures *if Russia invaded*") or the subject of a clause ("vowed that *the
    attack* would not go unanswered", the other side's act answered). CAMEO's 138x sub-codes name the force
    threatened (1384 "threaten conventional attack"), which is neither."""
    if node.dep_ in {"nsubj", "nsubjpass"}:
        return True
    if node.dep_ != "advcl":
        return False
    marks = _words("conditional_marks") - {"whether"}
    return any(m.dep_ == "mark" and m.lower_ in marks for m in node.children)


def failed_act(token: Any) -> bool:
    """Whether ``token`` is the infinitive of a verb of failing (``failure_verbs``: "peacekeepers had failed
    to protect the region", "the council failed to agree on a statement"): the act was not done, so it is no
    CAMEO event (the failure itself, said of another, is the statement's criticism)."""
    if token.dep_ != "xcomp" or token.pos_ != "VERB":
        return False
    head = token.head
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in _words("failure_verbs")


def idle_meeting(token: Any, code: str) -> bool:
    """Whether ``token`` (coded ``code``, of CAMEO root 04) is a present participle hung on a noun ("leaders
    meeting in Luanda") with no partner: no object and no with/between/among phrase. Writers code the act the
    noun's verb reports ("called on the rebels to withdraw"), not the meeting, whose place the codebook's 044
    ignores; "leaders meeting in Jamaica with Blinken" keeps its partner and stays a meeting."""
    if code[:2] != _CONSULT_ROOT or token.tag_ != "VBG":
        return False
    children = list(token.children)
    if any(c.dep_ in {"aux", "auxpass"} for c in children):
        return False  # "leaders are meeting in Luanda": a clause of its own
    # the parser hangs the participle on its noun (acl) or, with no auxiliary before it, takes the noun for
    # its subject ("Leaders meeting in Luanda called …" parsed as leaders → meeting ← called)
    if token.dep_ != "acl" and not any(c.dep_ == "nsubj" and c.i == token.i - 1 for c in children):
        return False
    return not any(
        c.dep_ in _OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS) for c in children
    )


def rallied_protest(token: Any, code: str, hits: dict[int, str]) -> bool:
    """Whether an appeal ``token`` (``code`` of CAMEO root 02) asks for a protest: its infinitive, that
    infinitive's object or its for-phrase is an event word the sentence codes as a protest (``hits``, root 14)
    and nothing on the way is negated."""
    if code[:2] != _APPEAL_ROOT:
        return False
    nodes = [c for c in token.children if c.dep_ == "xcomp" and not _negated(c)]
    nodes += [g for c in nodes for g in c.children if g.dep_ in {"dobj", "obj"}]
    nodes += _objects_of(token, "for")
    return any(hits.get(node.i, "")[:2] == _PROTEST_ROOT or _protest_noun(node) for node in nodes)


def _protest_noun(node: Any) -> bool:
    """A common noun whose word is a protest as a noun or a verb ("a march": "march" 141)."""
    if node.pos_ != "NOUN":
        return False
    lemma = node.lemma_.lower()
    rows = [*patterns_for("N", lemma), *patterns_for("V", lemma)]
    return any(row.code[:2] == _PROTEST_ROOT and not row.args and not row.subj for row in rows)


def _negated(token: Any) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _objects_of(token: Any, prep: str) -> list[Any]:
    return [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == prep
        for g in p.children
        if g.dep_ == "pobj"
    ]


def recognition_withheld(token: Any, code: str) -> bool:
    """Whether a recognition (``code`` 054) is negated with no modal or future auxiliary: "did not recognise",
    "does not recognise" state a refusal now; "would not recognise" is a future the tense rules read."""
    if not code.startswith(_RECOGNITION_CODE) or token.pos_ != "VERB" or not _negated(token):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def called_off_act(token: Any) -> bool:
    """Whether ``token`` is an event noun taken as object by a verb of calling off (``calling_off_verbs``:
    suspend, cancel, postpone …): "Kenya had suspended the deployment of police officers to Haiti". The
    deployment is not made (CAMEO 154 "mobilize or increase armed forces" is its opposite); the caller keeps
    the noun when the verb carries a code of its own. An act ended or halted ("ended a visit", "halted the
    attacks") did happen: those verbs are not in the list; nor is a calling off that itself failed."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in _OBJECT_DEPS:
        return False
    head = token.head
    return head.pos_ == "VERB" and head.lemma_.lower() in _words("calling_off_verbs") and not failed_act(head)


def _agreement_done(token: Any) -> bool:
    """Whether an agreement word (``truce_agreement_lemmas``) reports an agreement made: a past tense or
    participle, not negated, with no modal ("will agree", "could agree" intend) and not itself the complement
    of another word ("ready to agree", "failed to agree")."""
    if token.lemma_.lower() not in _words("truce_agreement_lemmas") or token.tag_ not in {"VBD", "VBN"}:
        return False
    if token.dep_ == "xcomp" or any(c.dep_ == "neg" for c in token.children):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def agreed_truce(token: Any, inner_code: str) -> bool:
    """Whether an agreement word takes a ceasefire as what is agreed ("the two militias had agreed to a
    three-day ceasefire", "agreed on Sunday to a permanent cessation of hostilities"): the agreement made is
    the truce (CAMEO 0871: "agreements to commence a cease-fire … are still coded here"), where the intent
    frame would make it an intent to de-escalate (0356). ``inner_code`` is the code of what is agreed to;
    "will agree to a truce" and "refused to agree to a truce" stay intents and refusals."""
    return inner_code.startswith(TRUCE_CODE) and _agreement_done(token)


def agreed_truce_subject(token: Any) -> Any | None:
    """The subject of a passive agreement word, the thing agreed ("The truce was agreed in Geneva"):
    a ceasefire agreed is the truce (CAMEO 0871), as :func:`agreed_truce`; the caller checks its code. None
    for an active or unrealised agreement."""
    if not _agreement_done(token) or token.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "nsubjpass"), None)


def meeting_held(token: Any, code: str) -> Any | None:
    """The word a consultation (``code`` of CAMEO root 04: talks, a meeting, a call, mediation) is set against
    when it is the object of a preposition that sets that word's act after it or within it
    (``held_meeting_preps``: "agreed to a truce after ten hours of talks", "following talks", "in talks in
    Geneva", "in a phone call"), directly, as a gerund ("after meeting the rebel leader") or through nouns of
    measure or part joined by "of" ("ten hours of talks", "the close of a third round of talks"); None
    otherwise. The meeting was held: it is an event of the sentence, not an argument of that act, and the
    act's subject held it. Only for an act done, a verb in a past tense with no modal or "to" ("urged them to
    reach a deal in talks", "mediation in talks" set nothing after a meeting); "ahead of talks" and "before
    the meeting" are not held yet, and "in the talks" names talks under way, which the sentence does not
    report ("agreed to mediation in the final status talks")."""
    if code[:2] != _CONSULT_ROOT or token.dep_ not in {"pobj", "pcomp"}:
        return None
    node = token
    for _ in range(6):
        prep = node.head
        if prep.dep_ != "prep":
            return None
        if prep.lower_ != "of":
            act = prep.head
            if prep.lower_ not in _words("held_meeting_preps") or not _act_done(act):
                return None
            if prep.lower_ == "in" and any(c.dep_ == "det" and c.lower_ == "the" for c in node.children):
                return None  # "agreed to mediation in the final status talks": talks under way, not reported
            return act
        node = prep.head  # "hours of talks": go on from the measure noun
        if node.dep_ != "pobj":
            return None
    return None


def _act_done(verb: Any) -> bool:
    """Whether a verb reports an act done: a past tense, or a past participle with no "to" or modal before it
    ("had agreed", "the accord, signed after …"; not "to be reached", "would have met")."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"TO", "MD"} for c in verb.children)


def party_relative_clause(clause: Any, code: str, is_party: Callable[[Any], bool]) -> bool:
    """Whether a relative clause reports a cooperative act (``code`` of CAMEO roots 03, 04, 08: intents,
    consultations, concessions) of the party it hangs on: set off by a comma ("Qatar, which mediated the deal,
    said …"), with the relative word as its subject ("who met the president", not "whom the president met")
    and a party as its head (``is_party``: "the chancellor, who met …"). "A donor who backs the senator"
    (restrictive), "the deal, which the envoys signed" (the head is no subject) and "the blast, which killed
    …" (no party) do not; nor do acts of force or criticism ("the rulers, who seized power in July, …"),
    which crisis copy recalls as background."""
    if code[:2] not in _REPORTED_CLAUSE_ROOTS or clause.dep_ != "relcl" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    head = clause.head
    edge = clause.left_edge
    if edge.i == 0 or edge.doc[edge.i - 1].text != "," or not is_party(head):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"} and c.i == edge.i for c in clause.children)


def accord_reached(token: Any) -> bool:
    """Whether a verb of reaching takes a noun of accord (``accord_nouns``: "reached a consensus with the
    junta chief on ending the violence", "reached an understanding on the border") that says nothing the
    parties will do: CAMEO 019 "express common understanding, agreement, or accord", which its codebook note
    keeps for agreeing "on an issue" without "commitment or intent to cooperate". A consensus or understanding
    to act ("a consensus to exchange information") is that intent, the pattern row's code."""
    if token.lemma_.lower() != "reach" or token.pos_ != "VERB":
        return False
    for obj in (c for c in token.children if c.dep_ in {"dobj", "obj"}):
        if obj.lemma_.lower() in _words("accord_nouns"):
            return not any(c.dep_ in {"acl", "relcl", "xcomp"} and c.pos_ == "VERB" for c in obj.children)
    return False


_ANNOUNCED_FILE: Final = "event_cameo_announced.json"
_ANNOUNCED_LISTS: Final = frozenset({"announcing_lemmas", "measure_roots", "condition_marks"})


def _announced_words(key: str) -> frozenset[str]:
    """One list of ``event_cameo_announced.json`` as a set of lower-case strings, read once."""
    return read_word_list(_ANNOUNCED_FILE, key, _ANNOUNCED_LISTS)


def announced_measure(token: Any, code: str) -> bool:
    """Whether a future act coded ``code`` on the verb ``token`` is a measure announced as settled (module
    docstring): its root one of ``measure_roots`` (16, reduce relations), its clause (or the first conjunct
    it is coordinated with) the complement of a plain statement (``announcing_lemmas``), and no condition
    (a ``condition_marks`` word as a clause marker) anywhere in that statement's content."""
    if code[:2] not in _announced_words("measure_roots"):
        return False
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    speech = clause.head
    if str(speech.lemma_).lower() not in _announced_words("announcing_lemmas"):
        return False
    marks = _announced_words("condition_marks")
    return not any(t.dep_ == "mark" and t.lower_ in marks for t in speech.subtree)
