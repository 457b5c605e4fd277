"""Evidential status, issue #5 round 18 (task S21): claimed precision across writers. A past order its own
side carries out is the ordered act, done by ordering it (CAMEO codes "formal military orders to go on
alert" as the alert, 152): "the defence minister ordered a naval blockade" is a blockade, not an intention.
The probe writers of seven sets label it so (observed, or claimed inside a statement). A future or
infinitival order, an order to another party and a judge's order stay unrealised. An event whose doer a
party names by blaming or by claiming it is claimed, by the blamer or claimant: ten writers' sets label
"blamed X for the bombing", "claimed responsibility for the attack", "an air strike blamed on Israel",
"an attack claimed by Islamic State" so. What a summed denial disputes ("accused Peru of shelling the town,
a charge Lima denied") is the charger's claim: six writers label it claimed, by the charger.
Every sentence is invented; each statement is built as attribution draws it (see ``indirect_statement``)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import _blamed, _charger, _own_command, _phrase_of, classify_status
from watchfloor.model import EvidentialStatus

from ._evidential_fixtures import indirect_statement, summed_denial


def _token(doc: Any, word: str) -> Any:
    return [t for t in doc if t.text == word][-1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Estonian defence minister ordered a naval blockade of the harbour on Tuesday.", "blockade"),
        ("Norwegian Prime Minister Lars Berg had ordered the withdrawal of the garrison.", "withdrawal"),
        ("The Chilean army ordered an offensive against the rebel camps last week.", "offensive"),
    ],
)
def test_own_command_realises_the_ordered_noun(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    assert _own_command(trigger.head, trigger)
    assert classify_status(trigger).status == EvidentialStatus.OBSERVED


def test_own_command_to_own_forces_is_claimed_in_aindirect_statement(nlp: Any) -> None:
    text = "The president said he had ordered the army to pull back from the border."
    doc = nlp(text)
    trigger = _token(doc, "pull")
    assert _own_command(_token(doc, "ordered"), trigger)
    assert classify_status(trigger, [indirect_statement(text, "said")]).status == EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an order to another party: a demand, its act still to come
        ("The Estonian government ordered the ambassador to leave the country within two days.", "leave"),
        # a judge's order: another party's act
        ("Judge Miller ordered the release of the company's internal documents.", "release"),
        # an order not (yet) given
        ("The Estonian defence minister will order a naval blockade of the harbour.", "blockade"),
        ("The raids led the Estonian government to order the deployment of two battalions.", "deployment"),
    ],
)
def test_other_orders_stay_hypothetical(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    assert not _own_command(trigger.head, trigger)
    assert classify_status(trigger).status == EvidentialStatus.HYPOTHETICAL


def test_own_command_needs_an_order_verb(nlp: Any) -> None:
    doc = nlp("The crew ignored orders to stop the ship.")
    assert not _own_command(_token(doc, "orders"), _token(doc, "stop"))


@pytest.mark.parametrize(
    ("text", "word", "marker", "blamer"),
    [
        (
            "Peru blamed the rebel group on Monday for a car bombing at a police station.",
            "bombing",
            "blamed",
            "Peru",
        ),
        ("The ministry blamed Estonian sabotage.", "sabotage", "blamed", "The ministry"),
        (
            "The militia claimed responsibility for the attack on the convoy.",
            "attack",
            "claimed",
            "The militia",
        ),
        (
            "Chile closed its embassy after an air strike blamed on Peru destroyed the building.",
            "strike",
            "blamed",
            None,
        ),
        (
            "Bombs exploded at a market, killing 12 people in an attack the governor blamed on the militia.",
            "Bombs",
            "blamed",
            "the governor",
        ),
        (
            "Two bombings killed 30 soldiers, in an attack claimed by the Northern Front.",
            "killed",
            "claimed",
            "the Northern Front",
        ),
    ],
)
def test_blamed_event_is_claimed_by_the_blamer(
    nlp: Any, text: str, word: str, marker: str, blamer: str | None
) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    assert _blamed(trigger) == (marker, blamer)
    decision = classify_status(trigger)
    assert decision.status == EvidentialStatus.CLAIMED
    assert decision.source == blamer


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peru blamed the rebel group for the delay.", "group"),
        ("Two bombs exploded at a market in the capital on Sunday, killing 12 people.", "bombs"),
        ("The militia attacked a convoy on the road, which runs along the border.", "attacked"),
    ],
)
def test_unblamed_event_is_not(nlp: Any, text: str, word: str) -> None:
    assert _blamed(_token(nlp(text), word)) is None


def test_phrase_of_names_the_blamer_not_a_relative_pronoun(nlp: Any) -> None:
    doc = nlp("The bridge, which the governor blamed on the militia, collapsed.")
    assert _phrase_of(_token(doc, "governor")) == "the governor"
    assert _phrase_of(_token(doc, "which")) is None
    assert _phrase_of(None) is None


@pytest.mark.parametrize(
    ("text", "source", "cue", "word", "charger"),
    [
        (
            "The Chilean government accused Peru of shelling the border town, a charge Lima denied.",
            "a charge Lima",
            "denied",
            "shelling",
            "The Chilean government",
        ),
        (
            "The rebels said they had captured the airport, a claim the army denied.",
            "a claim the army",
            "denied",
            "captured",
            "The rebels",
        ),
    ],
)
def test_a_summed_denial_leaves_the_charge_claimed_by_its_charger(
    nlp: Any, text: str, source: str, cue: str, word: str, charger: str
) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    statement = summed_denial(text, source, cue)
    assert _charger(trigger, statement) == charger
    decision = classify_status(trigger, [statement])
    assert decision.status == EvidentialStatus.CLAIMED
    assert decision.source == charger


def test_charger_needs_a_summed_denial(nlp: Any) -> None:
    text = "The Chilean government accused Peru of shelling the border town, the minister said."
    doc = nlp(text)
    statement = summed_denial(text, "the minister", "said")
    assert _charger(_token(doc, "shelling"), statement) is None
