"""Which way underspecified expressions point: plans, boundaries, possessives, "as soon as"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from watchfloor.extract.timex import find_timexes

DCT = dt.date(2022, 2, 15)  # a Tuesday


def _values(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(nlp(text), text, DCT)]


def test_find_timexes_past_plan_points_forward(nlp: Any) -> None:
    """A plan reported in the past tense is still ahead ("planned to leave on Thursday")."""
    assert _values(nlp, "The delegation planned to leave Kyiv on Thursday.") == [("Thursday", "2022-02-17")]
    assert _values(nlp, "The governor has scheduled a press briefing Thursday.") == [
        ("Thursday", "2022-02-17")
    ]


def test_find_timexes_time_before_plan_dates_the_planning(nlp: Any) -> None:
    """ "On Friday, they planned ..." dates the planning itself; a past perfect plan stays past."""
    assert _values(nlp, "On Friday, the ministry planned new talks.") == [("Friday", "2022-02-11")]
    assert _values(nlp, "The deal had been due to expire Friday.") == [("Friday", "2022-02-11")]


def test_find_timexes_until_with_past_perfect_points_back(nlp: Any) -> None:
    assert _values(nlp, "Until Thursday, police had not named him a suspect.") == [("Thursday", "2022-02-10")]
    assert _values(nlp, "The offer was extended until Thursday.") == [("Thursday", "2022-02-17")]


def test_find_timexes_as_soon_as_points_forward(nlp: Any) -> None:
    assert _values(nlp, "The envoys could arrive as soon as Friday, officials said.") == [
        ("Friday", "2022-02-18")
    ]


def test_find_timexes_possessive_ignores_reported_future(nlp: Any) -> None:
    """ "would challenge Monday's ruling": the ruling is dated by itself, not by the reported future."""
    assert _values(nlp, "Lawyers said they would challenge Monday's ruling in court.") == [
        ("Monday", "2022-02-14")
    ]


def test_find_timexes_ahead_of_points_forward(nlp: Any) -> None:
    assert _values(nlp, "Traders had sold their shares ahead of Friday's vote.") == [("Friday", "2022-02-18")]
