"""Event dates, round 17: the rules of :mod:`watchfloor.extract._timex_anchor` added for crisis copy
(``docs/events.md``, "Round 17: event dates"). Sentences written for these tests, none from a probe set;
each case fails without its rule."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest

from watchfloor.extract._timex_anchor import day_value

from ._timex_fixtures import date_of as _date_of

PUBLISHED = dt.date(2022, 2, 17)  # a Thursday: Monday is the 14th, Tuesday the 15th, Wednesday the 16th
ARTICLE = PUBLISHED.isoformat()
date_of = functools.partial(_date_of, published=PUBLISHED)


@pytest.mark.parametrize(
    ("value", "day"), [("2024-W04-WE", "2024-W04"), ("2024-W04", "2024-W04"), ("2024-01-WE", None)]
)
def test_day_value_of_a_weekend_is_its_week(value: str, day: str | None) -> None:
    assert day_value(value) == day


def test_date_before_an_after_clause_dates_the_verb_above(nlp: Any) -> None:
    text = (
        "Mali expelled diplomats from five countries, including Ghana and Benin, on Tuesday after their "
        "governments refused to recognise the junta."
    )
    assert date_of(nlp, text, "expelled") == "2022-02-15"


def test_measured_interval_covers_a_conjoined_verb(nlp: Any) -> None:
    text = (
        "The parliament on Wednesday approved martial law in the border regions, a day after coast guard "
        "boats fired on and seized two navy ships."
    )
    assert date_of(nlp, text, "fired") == "2022-02-15"
    assert date_of(nlp, text, "seized") == "2022-02-15"


def test_interval_clause_parsed_on_its_measure(nlp: Any) -> None:
    # "a day after it fired" hangs on "day" as a relative clause: the firing, not the halting, is moved
    text = (
        "China said on Wednesday it was halting talks with the navy, a day after it fired missiles into "
        "the strait."
    )
    assert date_of(nlp, text, "fired") == "2022-02-15"
    assert date_of(nlp, text, "halting") == "2022-02-16"


def test_reported_past_progressive_takes_the_report_date(nlp: Any) -> None:
    progressive = "The militia announced on Monday that it was suspending attacks."
    perfect = "The militia announced on Monday that it had suspended attacks."
    assert date_of(nlp, progressive, "suspending") == "2022-02-14"
    assert date_of(nlp, perfect, "suspended") == ARTICLE  # a reported act of its own: the article date


def test_interval_at_the_end_of_a_report_is_measured_from_the_report(nlp: Any) -> None:
    text = (
        "The alliance chief said on Wednesday the alliance had seen no pullback, a day after Moscow "
        "announced that units were returning to base."
    )
    assert date_of(nlp, text, "announced") == "2022-02-15"


def test_participle_dated_by_its_nouns_past_relative_clause(nlp: Any) -> None:
    text = (
        "A truce took effect on Thursday under a deal brokered by Qatar and Egypt that was announced "
        "on Monday."
    )
    assert date_of(nlp, text, "brokered") == "2022-02-14"


def test_date_after_the_second_of_two_joined_verbs_dates_the_first(nlp: Any) -> None:
    text = "The rebels have burned villages and abducted hundreds of children since 2017, rights groups said."
    assert date_of(nlp, text, "burned") == "2017"


def test_verb_after_but_keeps_its_own_time(nlp: Any) -> None:
    text = "The gang leader has threatened the police, but said last week he was ready for talks."
    assert date_of(nlp, text, "threatened") == ARTICLE


def test_trailing_saying_not_dated_by_what_it_reports(nlp: Any) -> None:
    text = (
        "Allied forces have evacuated 8,000 people from the port since Feb. 10, the ministry said, "
        "while thousands waited on the quay."
    )
    assert date_of(nlp, text, "said") == ARTICLE


def test_interval_finer_than_its_base_keeps_the_base(nlp: Any) -> None:
    text = "Rebels seized the town late last month, a week after the government expelled the envoy."
    assert date_of(nlp, text, "expelled") == "2022-01"


def test_noun_dated_by_a_relative_clause_inside_its_phrase(nlp: Any) -> None:
    text = (
        "The envoy said the talks between the two delegations, which resumed on Monday, would continue "
        "until March 3."
    )
    assert date_of(nlp, text, "talks") == "2022-02-14"


def test_date_after_a_naming_clause_dates_the_verb_above(nlp: Any) -> None:
    text = "The army launched what it called a security operation on Tuesday, shelling villages in the north."
    assert date_of(nlp, text, "launched") == "2022-02-15"


def test_past_date_in_the_infinitive_asked_for_dates_the_asking(nlp: Any) -> None:
    text = "The envoy had urged both sides to accept a truce on Sunday, but his appeal went unheeded."
    assert date_of(nlp, text, "urged") == "2022-02-13"


def test_year_on_a_noun_in_the_infinitive_does_not_date_the_asking(nlp: Any) -> None:
    text = "The ministers urged Beijing to abide by a 2016 arbitral ruling on the waterway."
    assert date_of(nlp, text, "urged") == ARTICLE


def test_present_participle_on_a_noun_shares_the_verbs_time(nlp: Any) -> None:
    text = "Police fired on students waving flags in the main square on Wednesday."
    assert date_of(nlp, text, "fired") == "2022-02-16"
