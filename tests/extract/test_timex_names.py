"""Expressions that look like times but are names or event-bound: titles, marches, "the day"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.extract.timex import find_timexes

DCT = dt.date(2022, 2, 15)


def _found(text: str, doc: Any = None) -> list[tuple[str, str, str]]:
    return [(t.text, str(t.type), t.value) for t in find_timexes(doc, text, DCT)]


@pytest.mark.parametrize(
    "text",
    [
        'The minister said on ABC\'s "This Week" that talks would go on.',
        "She told CBS's 60 Minutes that she had no regrets.",
        "The poster recalled the film High Noon.",
        "Thousands joined the annual March for Life in Washington.",
        "She led the March of the Mothers through the capital.",
        "Late in the day, the lawyers left the building.",
        "In many ways the day belonged to the protesters.",
    ],
)
def test_find_timexes_skips_titles_names_and_event_days(text: str) -> None:
    assert _found(text) == []


def test_find_timexes_keeps_capitals_that_open_a_sentence() -> None:
    assert _found("Noon passed without news.") == [("Noon", "TIME", "2022-02-15T12:00")]
    assert _found("The talks resume in March of next year.")[0][0].startswith("March")
    assert _found("It lasted 60 minutes.") == [("60 minutes", "DURATION", "PT60M")]


def test_find_timexes_offset_after_an_event_is_a_duration() -> None:
    """ "a month after X happened": TimeML's duration, anchored to the event; "a day after" keeps the
    seed story's date (the day before the report)."""
    assert _found("The move came a month after the airline cut flights.") == [("a month", "DURATION", "P1M")]
    assert _found("The move came a day after the airline cut flights.") == [
        ("a day after", "DATE", "2022-02-14")
    ]


def test_find_timexes_soon_after_a_past_event_is_no_time(nlp: Any) -> None:
    text = "He was soon released from hospital."
    assert _found(text, nlp(text)) == []
    text = "The army will soon withdraw."
    assert _found(text, nlp(text)) == [("soon", "DATE", "FUTURE_REF")]


def test_find_timexes_clock_takes_the_day_after_an_aside() -> None:
    """ "at 10:35 a.m. (0735 GMT) Friday": the day named after the parenthesis dates the clock time."""
    found = _found("The blast came at 10:35 a.m. (0735 GMT) Friday, officials said.")
    assert found == [("10:35 a.m.", "TIME", "2022-02-11T10:35"), ("Friday", "DATE", "2022-02-11")]


def test_find_timexes_title_needs_every_word_capitalised() -> None:
    assert _found("Shootings in Chicago this Year, the fact-checkers said.") == [
        ("this Year", "DATE", "2022")
    ]
