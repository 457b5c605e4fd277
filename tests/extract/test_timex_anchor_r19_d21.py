"""Event dates, round 19 (task D21): the rules of :mod:`watchfloor.extract._timex_anchor` added for
round-up copy (``docs/events.md``, "Round 19: D21"). Sentences written for these tests, none from a
probe set; each case fails without its rule."""

from __future__ import annotations

from typing import Any

from ._timex_fixtures import ARTICLE
from ._timex_fixtures import date_of as _date


def test_interval_with_no_date_in_its_sentence_counts_from_the_article_date(nlp: Any) -> None:
    text = "Police have charged the opposition leader with fraud, two days after soldiers detained him."
    assert _date(nlp, text, "detained") == "2022-02-16"


def test_perfect_tally_since_a_dated_clause_takes_the_clause_date(nlp: Any) -> None:
    text = "More than 300 people have been killed by police since protests over fuel prices began in January."
    assert _date(nlp, text, "killed") == "2022-01"


def test_perfect_tally_since_a_possessive_dated_event_takes_that_date(nlp: Any) -> None:
    text = "The authorities have arrested 900 officers since Wednesday's failed mutiny, the minister said."
    assert _date(nlp, text, "arrested") == "2022-02-16"


def test_perfect_tally_since_a_compound_dated_event_keeps_the_article_date(nlp: Any) -> None:
    text = "Security forces have killed at least 300 people since the Feb. 1 coup, a monitoring group said."
    assert _date(nlp, text, "killed") == ARTICLE


def test_simple_past_verb_with_a_since_clause_is_not_a_tally(nlp: Any) -> None:
    text = "The president appeared in public for the first time since the army detained him on Wednesday."
    assert _date(nlp, text, "appeared") == ARTICLE


def test_weekday_right_after_a_past_saying_looks_back_over_a_reported_future(nlp: Any) -> None:
    # the parse hangs "on Wednesday" on "sign"; the saying's Wednesday is the one before the article
    text = "The president said on Wednesday he would not sign the bill, a day after protesters stormed it."
    assert _date(nlp, text, "stormed") == "2022-02-15"


def test_date_on_the_act_a_naming_calls_a_response_to_does_not_date_the_naming(nlp: Any) -> None:
    text = "Tehran called the seizure a response to Britain's capture of an Iranian tanker on Feb. 4."
    assert _date(nlp, text, "called") == ARTICLE


def test_call_for_is_no_charge(nlp: Any) -> None:
    text = "The minister called for a ceasefire in the north on Wednesday."
    assert _date(nlp, text, "called") == "2022-02-16"


def test_reaction_in_a_summing_up_relative_clause_has_the_article_date(nlp: Any) -> None:
    text = (
        "The supreme court ruled on Wednesday that the curfew imposed by the army last month was unlawful, "
        "a decision the defence ministry sharply criticised."
    )
    assert _date(nlp, text, "criticised") == ARTICLE
    assert _date(nlp, text, "ruled") == "2022-02-16"
