"""Evidential status, issue #5 round 16 (task S16): on crisis wire copy two constructions made events
the writer reports as fact "claimed": a speech act of the source joined by "and" to the content of its
cue ("said the drills were legitimate and accused Washington of provocation"), and an act the source
performs by announcing it ("announced a partial mobilisation", "said it was suspending cooperation").
Each test builds the statement as attribution draws it on wire copy (the content runs from after the
cue to the end of the sentence)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import (
    _after_later_act,
    _charge_denied,
    _denied_report_act,
    _enacted,
    _inserted_source,
    _joined_act,
    _later_act,
    _subordinate,
    classify_status,
)
from watchfloor.model import EvidentialStatus, Statement

from ._evidential_fixtures import indirect_statement, summed_denial


def _decide(nlp: Any, text: str, cue: str, word: str) -> tuple[Any, Statement]:
    doc = nlp(text)
    return [t for t in doc if t.text == word][-1], indirect_statement(text, cue)


@pytest.mark.parametrize(
    ("text", "cue", "word"),
    [
        (
            "The minister said the talks were useful and warned that the border would stay closed.",
            "said",
            "warned",
        ),
        (
            "The spokesman said the exercises were routine and accused Tokyo of provocation.",
            "said",
            "accused",
        ),
        (
            "The general told the council that the vote had been flawed and promised a new one.",
            "told",
            "promised",
        ),
        ("The envoy said he was deeply troubled and appealed to both sides to stop.", "said", "appealed"),
    ],
)
def test_a_speech_act_joined_to_the_content_is_the_writers_report(
    nlp: Any, text: str, cue: str, word: str
) -> None:
    trigger, statement = _decide(nlp, text, cue, word)
    assert _joined_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "cue", "word"),
    [
        # the second verb shares the content's subject: what the rebels did is the minister's claim
        (
            "The minister said the rebels attacked the convoy and threatened the drivers.",
            "said",
            "threatened",
        ),
        # no act of speech: the shelling is part of what was said
        ("The minister said the army was near the town and shelled it.", "said", "shelled"),
        # its own subject: a clause of the content
        ("The minister said the talks were useful and Moscow warned the rebels.", "said", "warned"),
        # a bare infinitive shares the verb it hangs on, not the cue
        ("The witness said that she had her staff call them and tell the mayor.", "said", "tell"),
    ],
)
def test_a_verb_that_shares_the_content_stays_claimed(nlp: Any, text: str, cue: str, word: str) -> None:
    trigger, statement = _decide(nlp, text, cue, word)
    assert not _joined_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "cue", "word"),
    [
        ("The council announced a full suspension of the treaty on Monday.", "announced", "suspension"),
        ("The three juntas announced their exit from the bloc.", "announced", "exit"),
        ("Beijing announced sanctions on the senator.", "announced", "sanctions"),
        ("The militia announced that it was halting attacks on the base.", "announced", "halting"),
        (
            "The president announced that Ruritania was severing ties with its neighbour.",
            "announced",
            "severing",
        ),
        ("The government said it was suspending talks and cancelling the summit.", "said", "suspending"),
        ("The government said it was suspending talks and cancelling the summit.", "said", "cancelling"),
    ],
)
def test_an_act_performed_by_announcing_it_is_observed(nlp: Any, text: str, cue: str, word: str) -> None:
    trigger, statement = _decide(nlp, text, cue, word)
    assert _enacted(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "cue", "word"),
    [
        # "the": a known act the announcement reports
        ("The police announced the arrest of two suspects.", "announced", "arrest"),
        # someone else's act
        ("The ministry announced Russia's withdrawal from the talks.", "announced", "withdrawal"),
        # a past act is reported
        ("The militia announced that it had halted attacks on the base.", "announced", "halted"),
        # others' act
        ("The ministry announced that the troops were leaving the base.", "announced", "leaving"),
        # said, and no act done by declaring it: a state of affairs the source reports
        ("The group said it was holding two hostages.", "said", "holding"),
        # said, a declarative act of another subject
        ("The group said the army was suspending patrols.", "said", "suspending"),
    ],
)
def test_a_reported_act_stays_claimed(nlp: Any, text: str, cue: str, word: str) -> None:
    trigger, statement = _decide(nlp, text, cue, word)
    assert not _enacted(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.CLAIMED


def test_an_announced_intention_stays_unrealised(nlp: Any) -> None:
    """The intent convention is the caller's (``intent``): an announced future act is not enacted."""
    trigger, statement = _decide(
        nlp, "The militia announced that it would halt attacks.", "announced", "halt"
    )
    assert not _enacted(trigger, statement)
    assert classify_status(trigger, [statement], intent=True).status is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a past journey's purpose is what the journey was for, and the writer reports it as done
        ("The foreign minister arrived in Geneva on Monday to sign the accord.", EvidentialStatus.OBSERVED),
        ("The general stepped across the border on Friday to meet the envoy.", EvidentialStatus.OBSERVED),
        # not yet made: the purpose is unrealised
        (
            "The foreign minister will arrive in Geneva on Monday to sign the accord.",
            EvidentialStatus.HYPOTHETICAL,
        ),
    ],
)
def test_the_purpose_of_a_past_arrival_is_realised(nlp: Any, text: str, status: EvidentialStatus) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text in {"sign", "meet"})
    assert classify_status(trigger).status is status


SUMMED = "The ministry accused the rebels of shelling the town, a charge the rebels denied."


@pytest.mark.parametrize(
    ("text", "source", "word", "status", "summed"),
    [
        # the charging is the writer's report; what was charged is the charger's claim (round 18, S21: six
        # probe writers label it claimed, by the charger), which the summed denial disputes
        (SUMMED, "a charge the rebels", "accused", EvidentialStatus.OBSERVED, True),
        (SUMMED, "a charge the rebels", "shelling", EvidentialStatus.CLAIMED, False),
        # a denier named as such denies the whole clause
        (
            "The ministry accused the rebels of shelling the town, the rebels denied.",
            "the rebels",
            "accused",
            EvidentialStatus.DENIED,
            False,
        ),
    ],
)
def test_a_charge_summed_up_and_denied_leaves_the_charging_observed(
    nlp: Any, text: str, source: str, word: str, status: EvidentialStatus, summed: bool
) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    statement = summed_denial(text, source, "denied")
    assert _denied_report_act(trigger, statement) is summed
    assert classify_status(trigger, [statement]).status is status


# --- round 16, second pass (task S17): the source's later act, a charge denied, a dated clause ---------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a perfect the past conjunct does not take: the accusing is the official's
        (
            "The official said Russia had moved 5,000 troops to the border and accused Moscow of lying.",
            "accused",
        ),
        (
            "The agency said it had resumed deliveries in the north and appealed to the army to open roads.",
            "appealed",
        ),
        ("Tokyo said two shells had landed in its waters and lodged a protest with Seoul.", "lodged"),
        # a modal the past conjunct does not take
        (
            "The mayor said she would not resign before the vote and called on the police to stay calm.",
            "called",
        ),
    ],
)
def test_the_sources_later_act_after_the_content_is_observed(nlp: Any, text: str, word: str) -> None:
    trigger, statement = _decide(nlp, text, "said", word)
    assert _later_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED


def test_a_clause_under_the_sources_later_act_is_the_writers(nlp: Any) -> None:
    text = (
        "Seoul said three shells had fallen inside its waters and lodged a formal protest with Pyongyang, "
        "while Britain and Canada urged the North to stop the drills."
    )
    trigger, statement = _decide(nlp, text, "said", "urged")
    assert not _later_act(trigger, statement)
    assert _after_later_act(trigger, statement, [statement]) is statement
    assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a threat is what the content's subject did
        ("Kyiv said Russia had shelled the city and threatened to storm it.", "threatened"),
        # same form, no comma: the accusing may be the rebels', and stays in the content
        ("The minister said the rebels attacked the convoy and accused the drivers of spying.", "accused"),
    ],
)
def test_a_conjunct_the_content_can_share_stays_claimed(nlp: Any, text: str, word: str) -> None:
    trigger, statement = _decide(nlp, text, "said", word)
    assert not _later_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "word", "charge", "status"),
    [
        # the accusing was done; what it charges is denied
        (
            "The government has repeatedly denied accusations by the rebels that it bombs villages.",
            "accusations",
            True,
            EvidentialStatus.OBSERVED,
        ),
        (
            "The government has repeatedly denied accusations by the rebels that it bombs villages.",
            "bombs",
            False,
            EvidentialStatus.DENIED,
        ),
        # a bare charge: nothing says it was made by someone, the denial takes it whole
        ("The government denied the accusations.", "accusations", False, EvidentialStatus.DENIED),
    ],
)
def test_a_charge_a_denial_takes_as_object_was_made(
    nlp: Any, text: str, word: str, charge: bool, status: EvidentialStatus
) -> None:
    trigger, statement = _decide(nlp, text, "denied", word)
    assert _charge_denied(trigger) is charge
    assert classify_status(trigger, [statement]).status is status


@pytest.mark.parametrize(
    ("text", "subordinate"),
    [
        (
            "The leaders ordered the deployment of a force, two weeks after soldiers detained the president.",
            True,
        ),
        ("The leaders ordered the deployment of a force after soldiers detained the president.", True),
    ],
)
def test_a_measured_time_clause_is_subordinate(nlp: Any, text: str, subordinate: bool) -> None:
    doc = nlp(text)
    clause = next(t for t in doc if t.text == "detained")
    assert _subordinate(clause) is subordinate
    assert classify_status(clause).status is EvidentialStatus.OBSERVED


def test_an_order_still_governs_its_own_complement(nlp: Any) -> None:
    doc = nlp("The leaders ordered the governor to detain the president, two weeks after the coup.")
    trigger = next(t for t in doc if t.text == "detain")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        (
            "Rebels blew up a railway bridge near the capital on Monday, the army said, "
            "two days after the truce collapsed.",
            "blew",
            "the army",
        ),
        (
            "The navy freed twelve fishermen from the island, the foreign ministry said, "
            "under a deal brokered by Oman.",
            "freed",
            "the foreign ministry",
        ),
    ],
)
def test_a_saying_inserted_after_the_clause_makes_it_claimed(
    nlp: Any, text: str, word: str, source: str
) -> None:
    """No statement is drawn for the inserted saying: its source still claims the clause."""
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    said = next(t for t in doc if t.text == "said")
    assert _inserted_source(said, trigger) == source
    decision = classify_status(trigger)
    assert decision.status is EvidentialStatus.CLAIMED
    assert decision.source == source


def test_a_clause_without_an_inserted_saying_stays_observed(nlp: Any) -> None:
    doc = nlp("Rebels blew up a railway bridge near the capital on Monday, and the army shelled their camp.")
    trigger = next(t for t in doc if t.text == "blew")
    assert classify_status(trigger).status is EvidentialStatus.OBSERVED
