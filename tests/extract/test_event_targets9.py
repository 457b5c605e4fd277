"""Targets of real-news events (issue #5): settings, the press as audience, owners of the object."""

from __future__ import annotations

from typing import Any

from watchfloor.model import Event

from ._event_builders import coded_events as _events

US = "The United States and American officials met in Washington on Monday. Americans in Ohio were watching. "


def _target(events: list[Event], trigger: str) -> tuple[str, str | None] | None:
    event = next(e for e in events if e.trigger.text == trigger)
    return (event.actor2.name, event.actor2.code) if event.actor2 is not None else None


def test_venue_rally_is_no_target(nlp: Any) -> None:
    events = _events(nlp, US + "Senator Bernie Sanders criticized President Obama at a rally in Iowa.")
    assert _target(events, "criticized") == ("President Obama", "USAGOV")
    events = _events(nlp, US + "Senator Marco Rubio met voters at a rally in Iowa.")
    target = _target(events, "met")
    assert target is None or target[0] != "a rally"


def test_audience_press_is_no_statement_target(nlp: Any) -> None:
    events = _events(nlp, US + '"We will win," Senator Marco Rubio said on CNN.')
    assert _target(events, "said") is None


def test_object_owner_is_target(nlp: Any) -> None:
    events = _events(nlp, US + "British diplomat Peter Westmacott praised Barack Obama's presidency.")
    target = _target(events, "praised")
    assert target is not None and "Obama" in target[0] and target[1] == "USAGOV"


def test_object_owner_not_the_source_itself(nlp: Any) -> None:
    events = _events(nlp, US + "Senator Marco Rubio suspended his campaign on Tuesday.")
    for event in events:
        assert event.actor2 is None or "his" not in event.actor2.name
