"""Evidential status, issue #5 round 19 (task S23): claimed over-predicted on news copy. A refusal of the
source that its saying expresses is the act the writer reports ("said his men would not negotiate"): the
CAMEO codebook codes the refusing (12), and the writers label it observed. A commitment, offer or readiness
("Chile said it would send two frigates", "said it was ready to resume talks") stays claimed, as the issue
rules for the seed story's "Moscow is ready for talks" (036), though the writers label it observed. A perfect
("said it had not negotiated"), another party's act or a passive stays claimed, and so does a speaker's hope
or plan, which PolNeAR labels claimed. A clause with its own subject that the writer sets after an indirect
saying behind ", and"/", while" is the writer's report (five writers' sets, three of the four round-up
ones), unless it shifts its tense back, repeats "that" or is a saying itself.
Every sentence is invented; each statement is built as attribution draws it (see ``indirect_statement``)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from watchfloor.extract.evidential import _own_commitment, _speaker_side, _writers_clause, classify_status
from watchfloor.model import EvidentialStatus, Speaker

from ._evidential_fixtures import indirect_statement


def _token(doc: Any, word: str) -> Any:
    return [t for t in doc if t.text == word][-1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebel commander said he would not negotiate with the interim council.", "negotiate"),
        ("The Turkish foreign ministry said it would not withdraw its staff from the consulate.", "withdraw"),
    ],
)
def test_own_refusal_is_the_saying_observed(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    statement = indirect_statement(text, "said")
    assert _own_commitment(trigger, statement, refusal=True)
    status = classify_status(trigger, [statement], intent=True, refusal=True).status
    assert status == EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "word", "intent"),
    [
        # the issue: an intent or readiness the speaker expresses stays claimed (the seed's "Moscow is
        # ready for talks", 036)
        ("The Chilean navy said it would send two frigates to the strait next month.", "send", True),
        ("Mr Okafor said his government would reopen the border crossing on Monday.", "reopen", True),
        ("The Estonian foreign ministry said it was ready to resume talks with Riga.", "ready", False),
        # a perfect reports an earlier act
        ("The rebel negotiator said his side had agreed to disarm its fighters.", "agreed", False),
        # another party's act, and a passive
        ("The envoy said the junta would accept a monitoring mission next week.", "accept", True),
        ("The ambassador said the fighters would be allowed to leave the city.", "allowed", True),
        # a hope or a plan is the speaker's claim (PolNeAR)
        ("The senator said he was hopeful that the bill would pass.", "hopeful", False),
        ("The governor said he planned to visit the flooded towns.", "planned", False),
    ],
)
def test_not_an_own_refusal_stays_claimed(nlp: Any, text: str, word: str, intent: bool) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    statement = indirect_statement(text, "said")
    assert not _own_commitment(trigger, statement, refusal=False)
    assert classify_status(trigger, [statement], intent=intent).status == EvidentialStatus.CLAIMED


def test_a_refusal_of_another_party_or_a_perfect_stays_claimed(nlp: Any) -> None:
    text = "The envoy said the junta would not accept a monitoring mission."
    doc = nlp(text)
    assert not _own_commitment(_token(doc, "accept"), indirect_statement(text, "said"), refusal=True)
    text = "The rebel commander said he had not negotiated with the council."
    doc = nlp(text)
    assert not _own_commitment(_token(doc, "negotiated"), indirect_statement(text, "said"), refusal=True)


def test_speaker_side_reads_pronoun_possessor_and_country(nlp: Any) -> None:
    text = "The Chilean defence minister said Chile would send frigates and its allies would follow."
    doc = nlp(text)
    statement = indirect_statement(text, "said")
    chilean = dataclasses.replace(
        statement, speaker=Speaker(name="the Chilean defence minister", country="CHL")
    )
    name = _token(doc, "Chile")
    assert _speaker_side(name, chilean)
    assert not _speaker_side(name, statement)  # no country for the speaker: a name is not the source
    assert _speaker_side(_token(doc, "allies"), statement)
    peru = nlp("The Chilean minister said Peru would send frigates.")
    other = dataclasses.replace(
        indirect_statement(peru.text, "said"), speaker=Speaker(name="the Chilean minister", country="CHL")
    )
    assert not _speaker_side(_token(peru, "Peru"), other)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry said it backed the decision, and the junta closed the country's borders.", "closed"),
        ("Austria said it had serious concerns, while the Danish envoy appealed for calm.", "appealed"),
        ("The mayor said the town was calm, and police have opened an investigation.", "opened"),
    ],
)
def test_writers_clause_after_a_saying_is_observed(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    statement = indirect_statement(text, "said")
    assert _writers_clause(trigger, statement)
    assert classify_status(trigger, [statement]).status == EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the tense shifted back: still what was said
        ("The ministry said the army had shelled the town, and the rebels had fired back.", "fired"),
        # "that" again
        ("The ministry said the army shelled the town, and that the rebels fired back.", "fired"),
        # no comma: one content
        ("The ministry said the army shelled the town and the rebels fired back.", "fired"),
    ],
)
def test_reported_second_clause_stays_claimed(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    statement = indirect_statement(text, "said")
    assert not _writers_clause(trigger, statement)
    assert classify_status(trigger, [statement]).status == EvidentialStatus.CLAIMED
