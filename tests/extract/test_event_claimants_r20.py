"""Round 20 (task C27): the claimant of a claimed event. A state organ naming no country that claims what a
state's organ of its own kind did speaks for that state, not for the place the act hit; the press naming no
country is the article's home country's press. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.evaluate._events import code_texts
from watchfloor.model import Event, EvidentialStatus


def _event(text: str, trigger: str) -> Event:
    coded = code_texts([text], [dt.date(2023, 5, 3)], statements=True)[0]
    found = [ev for ev, _ in coded if ev.trigger.text == trigger]
    assert found, [ev.trigger.text for ev, _ in coded]
    return found[0]


def _claimant(text: str, trigger: str) -> str | None:
    event = _event(text, trigger)
    assert event.status is EvidentialStatus.CLAIMED
    return event.claimed_by.code if event.claimed_by is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the organ of the state whose forces acted, not of the place they struck
        ("Turkish drones struck targets in northern Iraq on Sunday, the military said.", "struck", "TURMIL"),
        # a capital standing for its government: the ministry is that government's
        (
            "Beijing cancelled planned talks with Washington on Friday, the foreign ministry said.",
            "cancelled",
            "CHNGOV",
        ),
        # "according to" names the claimant as a statement's speaker does
        (
            "Kenyan troops have retaken five villages since June, according to the army chief.",
            "retaken",
            "KENMIL",
        ),
    ],
)
def test_a_state_organ_speaks_for_the_state_whose_organ_acted(text: str, trigger: str, code: str) -> None:
    assert _claimant(text, trigger) == code


@pytest.mark.parametrize(
    ("text", "trigger", "prefix"),
    [
        # a rebel group's act: the army is not the rebels' country's by this rule, but the attacked state's
        ("Hamas fired rockets at Israel on Friday, the army said.", "fired", "ISR"),
        # its own words name its country
        ("Russian forces shelled Kharkiv overnight, the Ukrainian military said.", "shelled", "UKR"),
    ],
)
def test_a_claimant_the_rule_does_not_read_keeps_its_code(text: str, trigger: str, prefix: str) -> None:
    code = _claimant(text, trigger)
    assert code is not None and code.startswith(prefix)


def test_an_event_no_one_claims_has_no_claimant() -> None:
    event = _event("Turkish drones struck targets in northern Iraq on Sunday.", "struck")
    assert event.status is EvidentialStatus.OBSERVED
    assert event.claimed_by is None


def test_the_press_naming_no_country_is_the_home_country_press() -> None:
    text = (
        "Police in Mali arrested 40 protesters on Tuesday. "
        "Soldiers detained two opposition leaders on Monday, according to state media."
    )
    assert _claimant(text, "detained") == "MLIMED"


def test_a_spokesman_is_not_the_press() -> None:
    text = (
        "Police in Mali arrested 40 protesters on Tuesday. "
        "Soldiers detained two opposition leaders on Monday, according to a military spokesman."
    )
    code = _claimant(text, "detained")
    assert code is not None and not code.endswith("MED")


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # residents are of the place struck, not of the agency they told
        ("Rebel fighters seized the town of Gondar on Friday, residents told Reuters.", "seized", "ETHCVL"),
        # nor of the attacker
        ("Russian missiles struck Odesa overnight, residents said.", "struck", "UKRCVL"),
    ],
)
def test_residents_are_of_the_place_struck(text: str, trigger: str, code: str) -> None:
    assert _claimant(text, trigger) == code


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Russian troops pushed into Kherson on Monday, the regional governor said.", "pushed", "UKRGOV"),
        (
            "Rebels seized the Congolese town of Rutshuru, pushing troops into Uganda, local officials said.",
            "seized",
            "CODGOV",
        ),
    ],
)
def test_a_local_government_is_of_the_place_struck(text: str, trigger: str, code: str) -> None:
    assert _claimant(text, trigger) == code


def test_a_state_news_agency_is_its_country_press() -> None:
    text = "The state news agency SANA reported that the army had shelled rebel positions near Idlib."
    assert _claimant(text, "shelled") == "SYRMED"
