"""Round 17 (issue #5): event targets (actor2) on crisis copy (team-written sentences, none from the probe
sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_targets

from ._event_builders import events_at


def _targets(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code if e.actor2 else None for e in events_at(nlp, text, trigger)}


def test_place_words_from_the_table() -> None:
    assert {"across", "in"} <= _event_targets.target_words("place")
    assert "among" not in _event_targets.target_words("place")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the victims of an act of force named by a role: of the country where it struck
        (
            "Turkish air strikes across northern Iraq killed at least 40 people on Sunday.",
            "killed",
            "IRQCVL",
        ),
        (
            "Israeli drone strikes on southern Lebanon killed five fighters, a security source said.",
            "killed",
            "LBNUAF",
        ),
    ],
)
def test_role_victims_of_the_struck_place(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _targets(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # no other country named: the doer's own (a domestic fight)
        ("Nigerian soldiers killed 30 people in a raid on Saturday.", "killed", "NGACVL"),
        # the doer's own country named as the place
        ("Myanmar troops killed 20 civilians in Myanmar's second city.", "killed", "MMRCVL"),
    ],
)
def test_role_victims_without_another_place(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _targets(nlp, text, trigger)
