"""Round 18 (issue #5, E24): non-war crisis constructions — a crowd storming a building (145), the police
killing protesters (175), ties cut (161), a border sealed (191), sanctions widened (163), relief
trucks arriving (073, or 070 for aid not specified) — and the war sentences they leave alone
(team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_civil

from ._event_builders import coded_events, sentence_codes


def test_civil_rules_load() -> None:
    rules = {rule.name: rule for rule in _event_civil.civil_rules()}
    assert {rules[n].code for n in ("riot", "repression", "ties", "closure")} == {"145", "175", "161", "191"}
    assert rules["riot"].verbs["break"] == "into" and rules["riot"].verbs["storm"] == ""
    assert rules["repression"].doers and rules["repression"].victims and not rules["ties"].doers
    assert {"storm", "kill", "cut", "seal"} <= _event_civil.civil_lemmas()
    assert {"hundreds", "most", "package"} <= _event_civil.quantity_words() and "-" not in rules
    assert "carry" in _event_civil.carrying_verbs() and rules["relief"].cargo and rules["aid"].code == "070"


@pytest.mark.parametrize(
    ("sentence", "trigger", "code"),
    [
        (
            "Hundreds of demonstrators stormed the parliament building in the capital on Monday.",
            "stormed",
            "145",
        ),
        ("Supporters of the jailed mayor ransacked the city hall on Friday.", "ransacked", "145"),
        ("Riot police shot dead four protesters in the port city on Sunday.", "shot", "175"),
        ("Police gunfire killed at least nine people in the capital on Tuesday.", "killed", "175"),
        ("Dozens of marchers have been killed by security forces since the vote.", "killed", "175"),
        ("Bolivia cut ties with Israel on Tuesday.", "cut", "161"),
        ("Algeria severed diplomatic relations with Morocco in August.", "severed", "161"),
        ("Thailand sealed its border with Myanmar on Friday.", "sealed", "191"),
        ("Turkey closed its border crossings with Syria on Monday.", "closed", "191"),
        ("The army put the president under house arrest on Wednesday.", "put", "173"),
        ("Prosecutors placed four officials under house arrest.", "placed", "173"),
        ("The bloc agreed a fresh package of sanctions on Friday.", "agreed", "163"),
        ("Brussels tightened curbs on exports of steel to the country.", "tightened", "163"),
        ("Trucks carrying food and medicine reached the besieged town on Monday.", "reached", "073"),
        ("An aid convoy crossed into the province on Thursday.", "crossed", "070"),
    ],
)
def test_civil_code(nlp: Any, sentence: str, trigger: str, code: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) == code
    assert (code, trigger) in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Government troops stormed the rebel-held town on Monday.", "stormed"),  # an attack, not a riot
        ("Police killed three suspected gunmen in a raid on Thursday.", "killed"),  # no crowd, no protest
        ("The gunmen killed at least nine people in the market.", "killed"),  # no police
        ("The company cut prices on Monday.", "cut"),  # no ties
        ("The shop closed its doors on Monday.", "closed"),  # no border
        ("Thieves broke the window of the shop.", "broke"),  # no "into", no ties
        ("The minister put the plan under review.", "put"),  # no arrest
        ("The delegation reached the capital on Monday.", "reached"),  # carries no aid
        ("The company agreed a deal with its lenders on Friday.", "agreed"),  # no sanctions
    ],
)
def test_civil_code_leaves_others(nlp: Any, sentence: str, trigger: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) is None


def test_role_doer_keeps_a_crowd_event(nlp: Any) -> None:
    text = "The president fled abroad on Wednesday as protesters stormed his office."
    token = next(t for t in nlp(text) if t.text == "stormed")
    assert _event_civil.role_doer(token)
    assert not _event_civil.role_doer(
        next(t for t in nlp("Bolivia cut ties with Israel.") if t.text == "cut")
    )
    assert any(e.cameo == "145" and e.trigger.text == "stormed" for e in coded_events(nlp, text))


def test_a_compound_cargos_own_modifier_names_relief(nlp: Any) -> None:
    # "humanitarian" modifies "aid", the convoy's compound: relief named, 073 (round 15's convention)
    codes = [
        e.cameo for e in coded_events(nlp, "The first humanitarian aid convoy crossed into the province.")
    ]
    assert codes == ["073"]
