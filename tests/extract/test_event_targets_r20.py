"""Round 20 (issue #5, C28): a reaction's target is never a party of another doer's clause coordinated with
its own (team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

from watchfloor.extract import _event_targets

from ._event_builders import events_at


def _targets(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code[:3] if e.actor2 and e.actor2.code else None for e in events_at(nlp, text, trigger)}


def _clause_words(nlp: Any, text: str, trigger: str, code: str) -> set[str]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return {doc[i].text for i in _event_targets.other_clauses(token, code)}


def test_other_doers_clause_is_not_a_reactions_party(nlp: Any) -> None:
    text = "Canada condemned the decision, and Norway said it would review its aid."
    words = _clause_words(nlp, text, "condemned", "111")
    assert "Norway" in words and "decision" not in words
    # an act of force is left alone: the next clause's subject is often its victim
    assert _clause_words(nlp, text, "condemned", "190") == set()


def test_verb_sharing_the_subject_stays_in_the_clause(nlp: Any) -> None:
    # "condemned … and urged Norway": one doer, whose coordinated verb may name the party of both
    text = "Canada condemned the decision and urged Norway to reverse it."
    assert "Norway" not in _clause_words(nlp, text, "condemned", "111")


def test_condemnation_not_aimed_at_the_next_clauses_doer(nlp: Any) -> None:
    text = "Canada condemned the decision, and Norway said it would review its aid."
    assert _targets(nlp, text, "condemned") == {None}
    # its own clause's party still is its target
    own = "Canada condemned Peru, and Norway said it would review its aid."
    assert _targets(nlp, own, "condemned") == {"PER"}
