"""TimeML conventions for less common shapes: opening "For weeks", "the week of", coordinated days,
Election Day."""

from __future__ import annotations

import datetime as dt

from watchfloor.extract.timex import find_timexes

DCT = dt.date(2022, 2, 15)


def _found(text: str, reference: dt.date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, str(t.type), t.value) for t in find_timexes(None, text, reference)]


def test_find_timexes_sentence_opening_for_plural_is_a_duration() -> None:
    assert _found("For weeks the government has held rallies.") == [("weeks", "DURATION", "PXW")]
    assert _found("He waited for weeks the lawyers said.") == []  # not opening a sentence, no pause after


def test_find_timexes_week_of_a_day_is_that_week() -> None:
    assert _found("A hearing is set for the week of March 7.") == [
        ("the week of March 7", "DATE", "2022-W10")
    ]


def test_find_timexes_coordinated_day_takes_the_month() -> None:
    assert _found("The summit meets on April 24 and 25.") == [
        ("April 24", "DATE", "2022-04-24"),
        ("25", "DATE", "2022-04-25"),
    ]


def test_find_timexes_election_day_is_the_november_tuesday() -> None:
    found = _found("Turnout on Election Day was high.", dt.date(2020, 11, 20))
    assert found == [("Election Day", "DATE", "2020-11-03")]
