"""A warning of a consequence for a party is a threat (round 20, W28; issue #5).

CAMEO 012 is a pessimistic comment ("express pessimism, negative outlook"); 130 is "all threats, coercive
or forceful warnings with serious potential repercussions", and "when any conflictual behavior is
forecasted using future tense, it is treated as a threat". Round 19 (R26, :mod:`._event_speech`) made a
warning of what the warner's side will do, or of what a hypothetical act will meet, a threat. This module
reads the next class: a warning (coded 012) whose reported clause says that **a party will pay for
something** — the consequence falls on the party warned, not on the world at large:

- **a held loss**: a cause that is no party will end or harm what another party holds ("warned Ankara that
  reinstating capital punishment would end its bid to join the bloc", "warned that the law would hurt
  Georgia's path to membership"). A possessive pronoun counts only when the warning names the party it
  addresses ("warned Ankara that …"), so "warned that the sanctions would hurt its economy" (the warner's
  own) stays a comment;
- **a borne consequence**: another party as the subject of a future clause whose object is a consequence
  ("Vilnius would bear all consequences, the foreign ministry warned");
- **a holding at risk**: what a party holds is said to be at risk ("warned that hundreds of millions of
  dollars in U.S. aid were at risk", "that Turkey's NATO membership could be at risk").

A warning about a situation ("the crisis could lead to open conflict", "a wider war would have
catastrophic consequences", "camps were already overcrowded") names no party that pays and stays 012;
so does one whose party is the agent of the clause ("the US strikes would fuel tension"). Words are in
``knowledge/event_warnings.json``; the modal and warning words are those of ``event_speech.json``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Final

from ..knowledge import read_word_list
from ._event_speech import future_clause, speech_words

__all__ = ["THREAT_CODE", "consequence_warning", "denied_party_act", "warning_words"]

THREAT_CODE: Final = "130"
_WARNING_CODE: Final = "012"
_FILE: Final = "event_warnings.json"
_LISTS: Final = frozenset(
    (
        "consequence_nouns",
        "risk_nouns",
        "holding_pronouns",
        "clause_denial_verbs",
        "stative_verbs",
    )
)
_OBJECTS: Final = frozenset({"dobj", "obj"})
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj"})
_HOLDERS: Final = frozenset({"poss", "compound"})
_ADDRESSEES: Final = frozenset({"dobj", "obj", "dative", "npadvmod"})  # "warned Ankara that …"

Party = Callable[[Any], bool]
Side = Callable[[Any, Any], bool]


def warning_words(key: str) -> frozenset[str]:
    """One word list of ``event_warnings.json`` as a set of lower-case words, read once."""
    return read_word_list(_FILE, key, _LISTS)


def consequence_warning(token: Any, code: str, is_party: Party, same_side: Side) -> bool:
    """Whether a warning coded ``code`` (only a bare 012 qualifies) says a party will pay a consequence
    (module docstring): a held loss, a borne consequence or a holding at risk, in one of its reported
    clauses. ``is_party`` says whether a word names a codable party; ``same_side(inner, outer)`` whether a
    word ``inner`` names the side of the speaker word ``outer``."""
    if code != _WARNING_CODE or str(token.lemma_).lower() not in speech_words("warning_lemmas"):
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return False
    warner = _subject(token) or _subject(token.head)
    addressee = next((c for c in token.children if c.dep_ in _ADDRESSEES and is_party(c)), None)

    def other(word: Any) -> bool:
        return is_party(word) and (warner is None or not same_side(word, warner))

    for clause in _clauses(token):
        if _at_risk(clause, is_party):
            return True
        if not future_clause(clause):
            continue
        subject = _subject(clause)
        if subject is not None and subject.pos_ == "PROPN" and other(subject):
            if _bears_consequence(clause):
                return True
            continue  # a party as the clause's agent: a forecast of its act, no threat
        if _held_loss(clause, other, addressee is not None and other(addressee)):
            return True
    return False


def _held_loss(clause: Any, other: Party, addressed: bool) -> bool:
    """Whether a clause's object is held by another party than the warner: a named possessor ("Georgia's
    path"), or a possessive pronoun when the warning addresses a party ("warned Ankara … its bid")."""
    for obj in (c for c in clause.children if c.dep_ in _OBJECTS):
        for holder in (c for c in obj.children if c.dep_ == "poss"):
            if holder.lower_ in warning_words("holding_pronouns"):
                if addressed:
                    return True
            elif other(holder):
                return True
    return False


def _bears_consequence(clause: Any) -> bool:
    """Whether a clause's object is a consequence ("would bear all consequences")."""
    nouns = warning_words("consequence_nouns")
    return any(c.dep_ in _OBJECTS and str(c.lemma_).lower() in nouns for c in clause.children)


def _at_risk(clause: Any, is_party: Party) -> bool:
    """Whether a clause says that what a party holds is at risk: "be" with "at"/"in" a risk noun, its
    subject holding a party ("U.S. aid", "Turkey's NATO membership", also through an of- or in-phrase)."""
    if str(clause.lemma_).lower() != "be":
        return False
    risks = warning_words("risk_nouns")
    risky = any(
        c.dep_ == "prep"
        and c.lower_ in {"at", "in"}
        and any(g.dep_ == "pobj" and str(g.lemma_).lower() in risks for g in c.children)
        for c in clause.children
    )
    subject = _subject(clause)
    if not risky or subject is None:
        return False
    return any(w.dep_ in _HOLDERS and is_party(w) for w in subject.subtree if w is not subject)


def _clauses(token: Any) -> Iterator[Any]:
    """A warning's reported clauses and the clauses coordinated with them."""
    for clause in token.children:
        if clause.dep_ == "ccomp":
            yield clause
            yield from (c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


# --- a denial that a party's forces did something (016) ---------------------------------------------------


def denied_party_act(denial: Any, is_party: Party) -> bool:
    """Whether a denial's that-clause says a party or its forces acted ("denied that its soldiers had
    harmed the villagers", "denies that a foreign jet downed the plane"): the denial discards a charge of an
    act (CAMEO 016, "discard or deny accusations or charges") whether or not the act has a row of its own.
    The clause's subject is a noun that names a party, active (not "the curbs were linked to …"), its verb
    no state (``stative_verbs``: "denied that the senator had anything to do with his decision"); a pronoun
    subject ("denied that she …") is no such charge."""
    if str(denial.lemma_).lower() not in warning_words("clause_denial_verbs"):
        return False
    stative = warning_words("stative_verbs")
    for clause in (c for c in denial.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if str(clause.lemma_).lower() in stative:
            continue  # "denied that the senator had anything to do with his decision": no act
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NOUN", "PROPN"} and is_party(subject):
            return True
    return False
