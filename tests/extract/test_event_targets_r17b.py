"""Round 17, second pass (issue #5, C21): event targets (actor2) on crisis copy (team-written sentences,
none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_targets

from ._event_builders import events_at


def _countries(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code[:3] if e.actor2 and e.actor2.code else None for e in events_at(nlp, text, trigger)}


@pytest.mark.parametrize(
    "text",
    [
        "Uganda has denied backing the militia and in turn accuses the Kenyan army of arming its rivals.",
        "A Ugandan spokesman said Kampala again denied supporting the rebels and charged that the Kenyan "
        "army was fighting alongside them.",
    ],
)
def test_denial_answers_the_counter_accused(nlp: Any, text: str) -> None:
    assert _countries(nlp, text, "denied") == {"KEN"}


def test_denial_without_a_counter_accusation_keeps_its_target(nlp: Any) -> None:
    # an accusation of the denier's own country's party is no counter-accusation
    text = "Uganda has denied backing the Kenyan militia and accused its own police of leaking the report."
    assert "UGA" not in _countries(nlp, text, "denied")


def test_capital_of_from_the_table() -> None:
    assert _event_targets.capital_of("Baku") == "AZE"
    assert _event_targets.capital_of(" yerevan ") == "ARM"
    # a capital sharing its name with a well-known town elsewhere is left out, as is any other place
    assert _event_targets.capital_of("Georgetown") is None
    assert _event_targets.capital_of("Toledo") is None


def test_capital_is_no_namesake_at_home(nlp: Any) -> None:
    # an Armenian story: "Baku" is Azerbaijan's capital, not an Armenian town of that name
    text = "Armenian Prime Minister Pashinyan accused Baku of blocking the road, but said Yerevan waits."
    assert _countries(nlp, text, "accused") == {"AZE"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "An Iraqi militia spokesman said two fighters had died and vowed that the strikes on Iraq by "
            "the United States and Britain would not go unpunished.",
            "said",
            {"USA", "GBR"},
        ),
        (
            "Syria's foreign minister warned that the raids on Damascus by Israel would not go unanswered.",
            "warned",
            {"ISR"},
        ),
    ],
)
def test_threat_answers_the_said_acts_doer(nlp: Any, text: str, trigger: str, expected: set[str]) -> None:
    assert _countries(nlp, text, trigger) == expected


def test_threat_without_a_by_phrase_keeps_its_target(nlp: Any) -> None:
    # no doer named on the act: the rule leaves the target as it was
    text = "Syria's foreign minister warned that the raids on Damascus would not go unanswered."
    assert "ISR" not in _countries(nlp, text, "warned")
