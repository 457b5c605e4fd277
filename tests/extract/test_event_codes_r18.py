"""Round 18 (issue #5, task E22): agreements, ceasefires, talks and mediation (CAMEO roots 03, 04, 08) —
a ceasefire agreed is the truce itself (0871), not an intent to de-escalate (0356); talks an act is set
after or in were held (046), a named party's mediation of what an adjunct names is its own event (045), and
so is a party's cooperative act in a relative clause set off by a comma ("Norway, which mediated the deal").
Sentences written for these tests (none from the probe sets or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_codes import (
    accord_reached,
    agreed_truce,
    agreed_truce_subject,
    meeting_held,
    party_relative_clause,
)

from ._event_builders import sentence_codes as _coded

# --- a ceasefire agreed: 0871 ------------------------------------------------------------------------------


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_agreed_truce_is_an_agreement_made_to_a_ceasefire(nlp: Any) -> None:
    doc = nlp("The two militias agreed to a three-day truce on Friday.")
    assert agreed_truce(_word(doc, "agreed"), "0871")
    assert not agreed_truce(_word(doc, "agreed"), "087")  # a withdrawal agreed to is no truce
    doc = nlp("The two militias will agree to a three-day truce on Friday.")
    assert not agreed_truce(_word(doc, "agree"), "0871")
    doc = nlp("The two militias did not agree to a truce.")
    assert not agreed_truce(_word(doc, "agree"), "0871")


def test_agreed_truce_subject_is_the_passive_subject(nlp: Any) -> None:
    doc = nlp("The ceasefire was agreed in Geneva last month.")
    subject = agreed_truce_subject(_word(doc, "agreed"))
    assert subject is not None and subject.text == "ceasefire"
    doc = nlp("The clans agreed to the ceasefire in Geneva last month.")
    assert agreed_truce_subject(_word(doc, "agreed")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The rival clans agreed to a three-day truce on Friday, the mediators said.",
        "The army and the rebels agreed on Sunday to a permanent cessation of hostilities.",
        "The ceasefire was agreed in Geneva last month after a week of shuttle diplomacy.",
    ],
)
def test_ceasefire_agreed_is_the_truce(nlp: Any, sentence: str) -> None:
    codes = [code for code, _ in _coded(nlp, sentence)]
    assert "0871" in codes and "0356" not in codes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rival clans will agree to a truce next week, the mediators said.", "0356"),
        ("The rival clans agreed to withdraw their troops from the town.", "0356"),
    ],
)
def test_intended_or_other_deescalation_stays_an_intent(nlp: Any, sentence: str, expected: str) -> None:
    assert expected in [code for code, _ in _coded(nlp, sentence)]


# --- talks held: 04 of their own ----------------------------------------------------------------------------


def test_meeting_held_is_set_against_the_act_after_or_in_it(nlp: Any) -> None:
    doc = nlp("The two clans agreed to a truce after nine hours of talks in Geneva.")
    held = meeting_held(_word(doc, "talks"), "046")
    assert held is not None and held.text == "agreed"
    assert meeting_held(_word(doc, "talks"), "190") is None  # no consultation
    doc = nlp("The two clans will sign the accord after talks in Geneva.")
    assert meeting_held(_word(doc, "talks"), "046") is None  # nothing done yet
    doc = nlp("The two clans signed the accord ahead of talks in Geneva.")
    assert meeting_held(_word(doc, "talks"), "046") is None  # not held yet


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two clans agreed to a truce after nine hours of talks in Geneva.", ("046", "talks")),
        ("The two clans signed the accord at the close of a second round of talks.", ("046", "talks")),
        ("The minister thanked his counterpart in a phone call on Friday.", ("041", "call")),
        ("The clans signed an accord on Monday, following talks brokered by Norway.", ("045", "brokered")),
        ("The clans freed forty prisoners on Monday after mediation by Norway.", ("045", "mediation")),
    ],
)
def test_meetings_held_and_mediation_are_events(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(nlp, sentence)


def test_talks_under_way_or_to_come_are_not_reported(nlp: Any) -> None:
    doc = nlp("The premier agreed to Swiss mediation in the final round of talks.")
    assert meeting_held(_word(doc, "talks"), "046") is None  # talks under way, named as known
    assert ("046", "talks") not in _coded(nlp, "The minister said the clans would sign after talks.")


# --- a party's cooperative act in a relative clause set off by commas -------------------------------------


def _named(token: Any) -> bool:
    return token.pos_ == "PROPN" or token.lower_ in {"chancellor", "troops"}


def test_party_relative_clause_reports_a_cooperative_act(nlp: Any) -> None:
    doc = nlp("Norway, which mediated the accord, said the prisoners would be freed on Monday.")
    assert party_relative_clause(_word(doc, "mediated"), "045", _named)
    assert not party_relative_clause(_word(doc, "mediated"), "190", _named)  # force is recalled background
    doc = nlp("The accord, which Norway mediated, was signed on Monday.")
    assert not party_relative_clause(_word(doc, "mediated"), "045", _named)  # the head is no subject
    doc = nlp("Envoys who mediated the accord were thanked on Monday.")
    assert not party_relative_clause(_word(doc, "mediated"), "045", _named)  # restrictive


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway, which mediated the accord, said the prisoners would be freed on Monday.",
            ("045", "mediated"),
        ),
        ("The chancellor, who met the premier in Oslo on Monday, said talks would go on.", ("044", "met")),
    ],
)
def test_party_relative_clause_is_coded(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(nlp, sentence)


def test_relative_clause_of_force_stays_background(nlp: Any) -> None:
    coded = _coded(nlp, "The generals, who seized power in July, said the border would stay closed.")
    assert "seized" not in [word for _, word in coded]


# --- an accord reached: 019 --------------------------------------------------------------------------------


def test_accord_reached_says_nothing_to_be_done(nlp: Any) -> None:
    doc = nlp("The two sides reached a consensus on the border dispute.")
    assert accord_reached(_word(doc, "reached"))
    doc = nlp("The two sides reached a consensus to share data on river levels.")
    assert not accord_reached(_word(doc, "reached"))  # an intent to cooperate
    doc = nlp("The two sides reached the border on Monday.")
    assert not accord_reached(_word(doc, "reached"))


def test_accord_reached_is_coded_019(nlp: Any) -> None:
    assert ("019", "reached") in _coded(nlp, "The two sides reached a consensus on the border dispute.")
