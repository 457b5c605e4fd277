"""Round 19 (issue #5, E26): round-up constructions three of the four round-up writers code alike — an
ultimatum (139), officials suspended (172), communications cut (1721), a strike called or a walkout (143), a
place sealed off (191), a crowd clashing with police (145), police using tear gas whatever conjunct comes
first (175), "retook" (192) — and the sentences they leave alone (team-written sentences, none from the
probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_civil

from ._event_builders import sentence_codes


def test_round19_rules_load() -> None:
    rules = {rule.name: rule for rule in _event_civil.civil_rules()}
    assert rules["ultimatum"].code == "139" and "day" in rules["ultimatum"].spans
    assert "leave" in rules["ultimatum"].unless and {"off", "oprd"} <= rules["strike"].unless
    assert rules["cordon"].verbs["seal"] == "off" and rules["walkout"].verbs["walk"] == "off"
    assert {rules[n].code for n in ("comms", "broadcast", "blackout")} == {"1721"}
    assert "clash" in rules["riot"].verbs and rules["crowdcontrol"].doers
    assert not rules["riot"].spans and not rules["riot"].unless


@pytest.mark.parametrize(
    ("sentence", "trigger", "code"),
    [
        ("The regional bloc gave the generals ten days to hand back power.", "gave", "139"),
        ("The court suspended the mayor of the city for six months.", "suspended", "172"),
        ("The ministry suspended hundreds of its teachers on Monday.", "suspended", "172"),
        ("The authorities blocked mobile internet in the province on Sunday.", "blocked", "1721"),
        ("The regulator took two opposition channels off the air on Monday.", "took", "1721"),
        ("The government kept the region under a communications blackout for a week.", "kept", "1721"),
        ("The unions called a general strike for Thursday.", "called", "143"),
        ("Teachers walked off the job across the country on Tuesday.", "walked", "143"),
        ("Troops sealed off the city centre on Saturday.", "sealed", "191"),
        ("Hundreds of protesters clashed with police outside the parliament.", "clashed", "145"),
        ("Riot police used stun grenades and tear gas to disperse the crowd.", "used", "175"),
        ("Government forces retook the northern district on Sunday.", "retook", "192"),
    ],
)
def test_round19_civil_code(nlp: Any, sentence: str, trigger: str, code: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) == code
    assert (code, trigger) in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The president gave the ambassador 48 hours to leave the country.", "gave"),  # writers split
        ("The brothers gave $2 million last month to a campaign group.", "gave"),  # a gift, no counted span
        ("The union called off the strike after talks with the ministry.", "called"),  # called off
        ("The minister called the strikes a dangerous escalation.", "called"),  # a naming
        ("The minister called a meeting of the cabinet.", "called"),  # no strike
        ("The board suspended the talks on Monday.", "suspended"),  # no official
        ("The company cut prices on its phone plans.", "cut"),  # prices, not phone lines
        ("Rival gangs clashed in the port city on Sunday.", "clashed"),  # no crowd of protesters
        ("The army used artillery against the rebels.", "used"),  # no police, no tear gas
        ("The storm sealed the road.", "sealed"),  # neither a border nor "off"
    ],
)
def test_round19_civil_code_leaves_others(nlp: Any, sentence: str, trigger: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) is None
