"""Evidential status of an event: claimed, observed, denied, negated or hypothetical.

GDELT and PETRARCH code "Stoltenberg had not seen any signs of de-escalation" as a
de-escalation; watchfloor keeps the event and says how the text commits to it:

- **denied**: a denial word governs it ("Russia denied that its troops were massing").
- **hypothetical**: a possibility modal (may, might, could) or a condition ("if") scopes it,
  or, when it is not negated, a future/modal auxiliary or an intention word ("plans to",
  "ready to", "seeking to").
- **negated**: a negator ("not", "no", "never", "without") scopes it within its clause.
- **claimed**: it lies inside a statement's content (the statement's speaker claims it).
- **observed**: none of these — the writer reports it as fact.

Cue words come from ``knowledge/event_frames.json``. :func:`classify_status` works on a
spaCy token (the event trigger) and the article's statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import EvidentialStatus, Statement
from ._event_patterns import lexicon

__all__ = ["StatusDecision", "classify_status", "statement_for"]

# Dependency labels that open a new clause: negation does not cross them upwards.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "pcomp", "acl", "ROOT", "conj"})
_REPORTED = frozenset({"claim", "report", "allegation", "accusation", "suggestion", "rumor", "rumour"})


@dataclass(frozen=True, slots=True)
class StatusDecision:
    """A status, the statement that carries the event (if any) and the word that decided it."""

    status: EvidentialStatus
    statement: Statement | None
    cue: str | None


def statement_for(start: int, statements: Sequence[Statement]) -> Statement | None:
    """The innermost statement whose content contains offset ``start``."""
    inside = [s for s in statements if s.content.start <= start < s.content.end]
    return min(inside, key=lambda s: s.content.end - s.content.start, default=None)


def _ancestors(token: Any) -> list[Any]:
    """The token's heads up to the root of its sentence."""
    out: list[Any] = []
    node = token
    while node.head.i != node.i:
        node = node.head
        out.append(node)
    return out


def _clause_path(token: Any) -> list[Any]:
    """The trigger and its heads up to and including the head of its clause."""
    path = [token]
    node = token
    while node.dep_ not in _CLAUSE_DEPS and node.head.i != node.i:
        node = node.head
        path.append(node)
    return path


def _negator(path: list[Any]) -> str | None:
    negators = set(lexicon()["negators"])
    for node in path:
        for child in node.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in {"det", "advmod", "preconj"} and low in negators):
                return str(child.text)
            if child.dep_ == "prep" and low == "without" and node is not path[0]:
                return str(child.text)
        if node.dep_ == "pobj" and node.head.lower_ == "without":
            return str(node.head.text)
    return None


def _modal(path: list[Any], which: str) -> str | None:
    words = set(lexicon()[which])
    for node in path:
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in words:
                return str(child.text)
    return None


def _conditional(path: list[Any]) -> str | None:
    marks = set(lexicon()["conditional_marks"])
    for node in path:
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in marks:
                return str(child.text)
    return None


def _hypothetical_head(token: Any) -> str | None:
    """An intention/possibility word governing the trigger ("plans to", "ready for", "fears of")."""
    heads = set(lexicon()["hypothetical_heads"])
    speech = set(lexicon()["speech_lemmas"])
    for node in _ancestors(token):
        if node.lemma_.lower() in speech:
            return None  # a reporting verb: what it reports is its speaker's claim, not an intention
        if node.lemma_.lower() in heads:
            return str(node.text)
        if node.dep_ in {"ccomp", "ROOT", "relcl", "parataxis"}:
            return None
    return None


def _denial(token: Any, statement: Statement | None) -> str | None:
    denial = set(lexicon()["denial"])
    for node in _ancestors(token):
        lemma = node.lemma_.lower()
        if lemma in denial:
            return str(node.text)
        if lemma == "reject" and any(c.lemma_.lower() in _REPORTED for c in node.children):
            return str(node.text)
    if statement is not None and statement.cue is not None:
        words = statement.cue.text.lower().split()
        if any(w.startswith(d[:-1] if d.endswith("y") else d) for w in words for d in denial):
            return statement.cue.text
    return None


def classify_status(
    trigger: Any, statements: Sequence[Statement] = (), *, intent: bool = False
) -> StatusDecision:
    """The evidential status of the event whose trigger is the spaCy token ``trigger``.

    ``intent``: the event is an expressed intention (CAMEO 03x from a future tense), so its own
    future auxiliary does not make it hypothetical: the expressing is what happened.
    """
    statement = statement_for(trigger.idx, statements)
    denial = _denial(trigger, statement)
    if denial is not None:
        return StatusDecision(EvidentialStatus.DENIED, statement, denial)
    path = _clause_path(trigger)
    uncertain = _modal(path, "possibility_modals") or _conditional(path)
    if uncertain is not None:
        return StatusDecision(EvidentialStatus.HYPOTHETICAL, statement, uncertain)
    negator = _negator(path)
    if negator is not None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, negator)
    intention = None if intent else _modal(path, "modals") or _hypothetical_head(trigger)
    if intention is not None:
        return StatusDecision(EvidentialStatus.HYPOTHETICAL, statement, intention)
    if statement is not None:
        return StatusDecision(
            EvidentialStatus.CLAIMED, statement, statement.cue.text if statement.cue else None
        )
    return StatusDecision(EvidentialStatus.OBSERVED, None, None)
