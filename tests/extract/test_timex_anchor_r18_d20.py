"""Event dates, round 18 (task D20): the rules of :mod:`watchfloor.extract._timex_anchor` added for
round-up copy (``docs/events.md``, "Round 18: D20"). Sentences written for these tests, none from a
probe set; each case fails without its rule."""

from __future__ import annotations

from typing import Any

from ._timex_fixtures import ARTICLE
from ._timex_fixtures import date_of as _date


def test_bare_reported_clause_takes_the_dated_report(nlp: Any) -> None:
    text = "The army said on Thursday it had arrested six gunmen in the capital."
    assert _date(nlp, text, "arrested") == "2022-02-17"


def test_reported_clause_opened_by_that_keeps_its_own_time(nlp: Any) -> None:
    text = "The army said on Thursday that rebels had arrested six soldiers in the capital."
    assert _date(nlp, text, "arrested") == ARTICLE


def test_bare_reported_clause_of_an_undated_report_has_the_article_date(nlp: Any) -> None:
    text = "The army said it had arrested six gunmen in the capital."
    assert _date(nlp, text, "arrested") == ARTICLE


def test_interval_clause_parsed_as_a_complement_is_measured(nlp: Any) -> None:
    # the parse takes "two days after his troops detained …" for a clausal complement of "declared"
    text = (
        "The general declared himself the country's new leader on Friday, two days after his troops "
        "detained the president in the palace."
    )
    assert _date(nlp, text, "detained") == "2022-02-16"


def test_present_tense_relative_clause_has_the_article_date(nlp: Any) -> None:
    text = "The opposition leader, who says she won the vote, left the country on Tuesday."
    assert _date(nlp, text, "says") == ARTICLE
    assert _date(nlp, text, "left") == "2022-02-15"


def test_present_tense_clause_below_a_dated_verb_has_the_article_date(nlp: Any) -> None:
    text = (
        "A judge on Thursday ordered the former minister held for ten days while prosecutors investigate him."
    )
    assert _date(nlp, text, "investigate") == ARTICLE
