"""Fire traded or exchanged is a fire fight each way, accusations traded are accusations each way, and trade
in goods stays trade (round 18, lead: rows in knowledge/event_verb_patterns.tsv and
event_reciprocal_verbs.tsv)."""

from __future__ import annotations

from typing import Any

import pytest

from ._event_builders import coded_events


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (e.cameo, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in coded_events(nlp, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops exchanged fire across the border on Sunday.",
        "Indian troops traded fire with Pakistani troops on Sunday.",
    ],
)
def test_fire_exchanged_is_a_fire_fight_each_way(nlp: Any, text: str) -> None:
    assert _pairs(nlp, text) == [("193", "INDMIL", "PAKMIL"), ("193", "PAKMIL", "INDMIL")]


def test_an_exchange_of_fire_is_a_fight(nlp: Any) -> None:
    codes = [
        e.cameo for e in coded_events(nlp, "Two soldiers were wounded in an exchange of fire on Sunday.")
    ]
    assert "193" in codes


def test_accusations_traded_are_accusations_each_way(nlp: Any) -> None:
    pairs = _pairs(nlp, "China and the United States traded accusations on Monday.")
    assert [(a, b) for _, a, b in pairs] == [("CHN", "USA"), ("USA", "CHN")]
    assert all(code.startswith("112") for code, _, _ in pairs)


def test_trade_in_goods_stays_trade(nlp: Any) -> None:
    assert {e.cameo for e in coded_events(nlp, "Japan and South Korea traded goods worth $3 billion.")} == {
        "061"
    }
