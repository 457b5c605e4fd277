from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.extract._timex_calendar import fmt, month_day_year, nearest_month, shift, weekday_date
from watchfloor.extract._timex_lexicon import alternation, lexicon
from watchfloor.extract.timex import extract_timexes, find_timexes
from watchfloor.model import Article, ParsedArticle, TimexType

DCT = dt.date(2022, 2, 15)  # a Tuesday


def _one(text: str, reference: dt.date | None = DCT, doc: Any = None) -> tuple[str, str, str]:
    found = find_timexes(doc, text, reference)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t.text, str(t.type), t.value


_NORMALISE_CASES = [
    ("Russia said Tuesday that units returned.", ("Tuesday", "DATE", "2022-02-15")),
    ("The talks ended Friday.", ("Friday", "DATE", "2022-02-11")),
    ("A similar claim in December was false.", ("December", "DATE", "2021-12")),
    ("He left last week.", ("last week", "DATE", "2022-W06")),
    ("They meet next month.", ("next month", "DATE", "2022-03")),
    ("Prices rose this year.", ("this year", "DATE", "2022")),
    ("It happened yesterday.", ("yesterday", "DATE", "2022-02-14")),
    ("They arrive tomorrow morning.", ("tomorrow morning", "TIME", "2022-02-16TMO")),
    ("The fighting lasted three weeks.", ("three weeks", "DURATION", "P3W")),
    ("Talks lasted about 16 hours.", ("about 16 hours", "DURATION", "PT16H")),
    ("Inspectors visit every week.", ("every week", "SET", "P1W")),
    ("Prices are checked daily.", ("daily", "SET", "P1D")),
    ("The vote is at 10:30 a.m. here.", ("10:30 a.m.", "TIME", "2022-02-15T10:30")),
    ("Troops are there now.", ("now", "DATE", "PRESENT_REF")),
    ("He recently resigned.", ("recently", "DATE", "PAST_REF")),
    ("It opened on March 3, 2021.", ("March 3, 2021", "DATE", "2021-03-03")),
    ("It opened in May 2019 again.", ("May 2019", "DATE", "2019-05")),
    ("It was built in 1998.", ("1998", "DATE", "1998")),
    ("Tension grew in the 1990s.", ("the 1990s", "DATE", "199")),
    ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2021-Q3")),
    ("Sales fell in the first half of 2021.", ("the first half of 2021", "DATE", "2021-H1")),
    ("The war began two years ago.", ("two years ago", "DATE", "2020")),
    ("The offensive came a day after the talks.", ("a day after", "DATE", "2022-02-14")),
    ("Trade collapsed in the 20th century.", ("the 20th century", "DATE", "19")),
    ("Ships sail last summer.", ("last summer", "DATE", "2021-SU")),
    ("He spoke over the weekend.", ("the weekend", "DATE", "2022-W06-WE")),
    ("After weeks of escalation, it ended.", ("weeks", "DURATION", "PXW")),
    ("The worst standoff in decades.", ("decades", "DURATION", "PXY")),
    ("Signals in recent days were mixed.", ("recent days", "DURATION", "PXD")),
    ("Gold reached a two-year high.", ("two-year", "DURATION", "P2Y")),
    ("Shipments resume within two to three weeks.", ("two to three weeks", "DURATION", "P2W")),
    ("It will not change for a couple of years.", ("a couple of years", "DURATION", "P2Y")),
    ("Carriers could leave within a few days.", ("a few days", "DURATION", "PXD")),
    ("Wages fell over the past decade.", ("the past decade", "DURATION", "P10Y")),
    ("It was a decade-long war.", ("a decade-long", "DURATION", "P10Y")),
    ("Profit fell in Q4.", ("Q4", "DATE", "2021-Q4")),
    ("He came a week or so ago.", ("a week or so ago", "DATE", "2022-W06")),
    ("Prices are up 3% since year-end.", ("year-end", "DATE", "2021-12-31")),
    ("Sales were made daily.", ("daily", "SET", "P1D")),
    ("Ships sail every other week.", ("every other week", "SET", "P2W")),
    ("The office opens on Mondays.", ("Mondays", "SET", "XXXX-WXX-1")),
    ("Shops close on Christmas.", ("Christmas", "DATE", "2021-12-25")),
    ("The deal closes at noon Friday.", ("noon Friday", "TIME", "2022-02-11T12:00")),
    ("It ran in the fall of 1998.", ("the fall of 1998", "DATE", "1998-FA")),
    ("Profit rose in fiscal 2021.", ("fiscal 2021", "DATE", "2021")),
    ("Talks resumed earlier this month.", ("earlier this month", "DATE", "2022-02")),
    ("He was born in nineteen sixty-two.", ("nineteen sixty-two", "DATE", "1962")),
    ("Prices rose in mid-2021.", ("mid-2021", "DATE", "2021")),
    ("It broke down at 14:30 GMT.", ("14:30 GMT", "TIME", "2022-02-15T14:30")),
    ("He spoke for a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
    ("It will take two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
    ("Sales slowed in the last half of 2021.", ("the last half of 2021", "DATE", "2021-H2")),
    ("By mid-afternoon the crowd had grown.", ("mid-afternoon", "TIME", "2022-02-15TAF")),
    ("The firm reported a several-year decline.", ("several-year", "DURATION", "PXY")),
    ("Profits fell for several quarters.", ("several quarters", "DURATION", "PXQ")),
    ("The boy, who turned 12 last month, was found.", ("last month", "DATE", "2022-01")),
    ("The loan may run for an additional year.", ("an additional year", "DURATION", "P1Y")),
]


@pytest.mark.parametrize(("text", "expected"), _NORMALISE_CASES)
def test_find_timexes_normalises(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said Tuesday that units returned.", ("Tuesday", "DATE", "XXXX-WXX-2")),
        ("A similar claim in December was false.", ("December", "DATE", "XXXX-12")),
        ("He left last week.", ("last week", "DATE", "XXXX-WXX")),
        ("It opened on March 3, 2021.", ("March 3, 2021", "DATE", "2021-03-03")),
        ("The fighting lasted three weeks.", ("three weeks", "DURATION", "P3W")),
    ],
)
def test_find_timexes_without_reference_underspecifies(text: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, reference=None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He may resign.",  # the modal, not the month
        "Sales of 1,990 units.",  # not a year
        "A 59-year-old man.",  # an age, not a duration
        "It took three-quarters of the vote.",  # a fraction, not quarters of a year
        "They will march on.",  # lower-case verb
        "The fall of the Berlin Wall.",  # a fall, not autumn
        "He left as soon as he could.",
    ],
)
def test_find_timexes_rejects_non_times(text: str) -> None:
    assert find_timexes(None, text, DCT) == []


@pytest.mark.parametrize(
    "text",
    [
        "There are four flights a week.",  # a rate, not a duration
        "It saves $2 million a year.",
        "The daily volume rose.",  # an adjective, not a recurrence
    ],
)
def test_find_timexes_rejects_rates_with_parse(nlp: Any, text: str) -> None:
    assert find_timexes(nlp(text), text, DCT) == []


def test_find_timexes_only_inside_body() -> None:
    text = "Monday. Talks ended Tuesday. Find out more on Friday."
    body = ((8, 28),)
    found = find_timexes(None, text, DCT, body)
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2022-02-15")]
    assert found[0].anchor == "2022-02-15"


def test_find_timexes_tense_from_parse(nlp: Any) -> None:
    past = "The ministers met on Thursday."
    future = "The ministers will meet on Thursday."
    (t_past,) = find_timexes(nlp(past), past, DCT)
    (t_future,) = find_timexes(nlp(future), future, DCT)
    assert t_past.value == "2022-02-10"
    assert t_future.value == "2022-02-17"


def test_find_timexes_present_tense_points_forward(nlp: Any) -> None:
    """News in the present tense is scheduled ("the summit opens Friday"), unless the verb is only
    reached through a noun ("Friday's purchases are far below")."""
    scheduled = "The summit opens Friday in Brussels."
    (t,) = find_timexes(nlp(scheduled), scheduled, DCT)
    assert t.value == "2022-02-18"
    through_noun = "The total before Friday's purchases is far below the limit."
    (t,) = find_timexes(nlp(through_noun), through_noun, DCT)
    assert t.value == "2022-02-11"


def test_find_timexes_would_and_plans_point_forward_singular_vbp_is_past(nlp: Any) -> None:
    cases = [
        ("The dividend would be paid in November, the board said.", "2022-11"),
        ("The firm set out a program to repay the loan in November.", "2022-11"),
        ("Weakness in oil stocks hurt the index on Friday.", "2022-02-11"),
    ]
    for text, value in cases:
        (t,) = find_timexes(nlp(text), text, DCT)
        assert t.value == value, text


def test_find_timexes_current_before_a_noun_is_present_ref(nlp: Any) -> None:
    text = "The plunge sparked the current weakness in London."
    assert [(t.text, t.value) for t in find_timexes(nlp(text), text, DCT)] == [("current", "PRESENT_REF")]
    text = "The current account deficit widened."
    assert find_timexes(nlp(text), text, DCT) == []


def test_find_timexes_month_follows_future_tense(nlp: Any) -> None:
    text = "The alliance will hold a summit in December."
    (t,) = find_timexes(nlp(text), text, DCT)
    assert (t.text, t.value) == ("December", "2022-12")


def test_find_timexes_anaphoric_year_ago_takes_quarter(nlp: Any) -> None:
    text = "Profit rose in the third quarter, compared with a loss a year ago."
    found = find_timexes(nlp(text), text, dt.date(1989, 10, 26))
    assert [(t.text, t.value) for t in found] == [("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3")]


def test_find_timexes_previous_weekday_is_anaphoric() -> None:
    text = "It closed on Oct. 27, 1989, down from the previous Friday."
    found = find_timexes(None, text, dt.date(1989, 10, 30))
    assert [(t.text, t.value) for t in found] == [
        ("Oct. 27, 1989", "1989-10-27"),
        ("the previous Friday", "1989-10-20"),
    ]


def test_find_timexes_next_day_follows_the_last_date() -> None:
    text = "On March 3, 2021, the talks failed. The next day, fighting resumed."
    found = find_timexes(None, text, DCT)
    assert [(t.text, t.value) for t in found] == [
        ("March 3, 2021", "2021-03-03"),
        ("The next day", "2021-03-04"),
    ]


def test_find_timexes_day_before_and_that_night_follow_the_last_date() -> None:
    text = "Rebels attacked on Feb. 3. Troops had warned them the day before. They left that night."
    found = [(t.text, t.value) for t in find_timexes(None, text, DCT)]
    assert found == [
        ("Feb. 3", "2022-02-03"),
        ("the day before", "2022-02-02"),
        ("that night", "2022-02-03TNI"),
    ]
    text = "It hit Monday. Crews came the next morning."
    assert [t.value for t in find_timexes(None, text, DCT)] == ["2022-02-14", "2022-02-15TMO"]


def test_find_timexes_clock_takes_the_day_just_before() -> None:
    text = "They meet next Thursday at 10 a.m. Later, at 3 p.m., they left."
    found = find_timexes(None, text, DCT)
    assert [(t.text, t.value) for t in found] == [
        ("next Thursday", "2022-02-17"),
        ("10 a.m.", "2022-02-17T10:00"),
        ("3 p.m.", "2022-02-15T15:00"),
    ]


def test_find_timexes_scheduled_points_forward(nlp: Any) -> None:
    text = "The election is scheduled for Oct. 9."
    (t,) = find_timexes(nlp(text), text, DCT)
    assert (t.text, t.value) == ("Oct. 9", "2022-10-09")


def test_extract_timexes_uses_published_and_body() -> None:
    text = "LONDON (AP) Tuesday. Officials said Monday that talks would go on."
    article = Article(id="a", text=text, body=((21, len(text)),), published=DCT)
    found = extract_timexes(ParsedArticle(article=article, doc=None))
    assert [(t.text, t.type, t.value) for t in found] == [("Monday", TimexType.DATE, "2022-02-14")]


def test_extract_timexes_seed_story(nlp: Any, seed_text: str, seed_path: Path) -> None:
    import json

    from watchfloor.nlp import parse_one

    gold = json.loads((seed_path.parent / "seed.gold.json").read_text(encoding="utf-8"))["timexes"]
    start = seed_text.index("(15 Feb 2022) ") + len("(15 Feb 2022) ")
    end = seed_text.index("Find out more")
    article = Article(id="seed", text=seed_text, body=((start, end),), published=dt.date(2022, 2, 15))
    found = extract_timexes(parse_one(article))
    for t in found:
        assert seed_text[t.start : t.end] == t.text
    for g in gold:
        # Spans are TimeML extents ("December", not "in December"): overlap, same type and value.
        match = [t for t in found if t.start < g["end"] and g["start"] < t.end]
        assert len(match) == 1, (g, found)
        assert (str(match[0].type), match[0].value) == (g["type"], g["value"]), g
    exact = {(t.start, t.end) for t in found}
    for g in gold:
        if g["text"] in ("Tuesday", "a day after", "several tense weeks"):
            assert (g["start"], g["end"]) in exact, g


@pytest.mark.parametrize(
    ("ref", "weekday", "direction", "relative", "expected"),
    [
        (DCT, 2, "past", None, dt.date(2022, 2, 15)),
        (DCT, 2, "future", None, dt.date(2022, 2, 15)),
        (DCT, 1, "future", None, dt.date(2022, 2, 21)),
        (DCT, 5, None, None, dt.date(2022, 2, 11)),
        (DCT, 5, None, 1, dt.date(2022, 2, 18)),
        (DCT, 2, None, -1, dt.date(2022, 2, 8)),
    ],
)
def test_weekday_date_direction(ref, weekday, direction, relative, expected) -> None:
    assert weekday_date(ref, weekday, direction, relative) == expected


def test_nearest_month_and_day_direction() -> None:
    assert nearest_month(DCT, 12, "past") == 2021
    assert nearest_month(DCT, 12, "future", certain=True) == 2022
    assert nearest_month(DCT, 12, "future") == 2021  # an uncertain future loses to a near past
    assert nearest_month(dt.date(1989, 11, 2), 1, "past") == 1990  # far past loses to a near future
    assert month_day_year(dt.date(1989, 10, 30), 12, 7, None) == 1989
    assert month_day_year(DCT, 2, 10, "past") == 2022


def test_fmt_and_shift_granularities() -> None:
    assert fmt(DCT, "W") == "2022-W07"
    assert fmt(DCT, "Q") == "2022-Q1"
    assert fmt(DCT, "DE") == "202"
    assert fmt(DCT, "WE") == "2022-W07-WE"
    assert shift(dt.date(2022, 3, 31), "M", -1) == dt.date(2022, 2, 28)
    assert shift(DCT, "Y", -2) == dt.date(2020, 2, 15)


def test_lexicon_numbers_and_alternation() -> None:
    lex = lexicon()
    assert lex.number("twenty-four") == 24
    assert lex.number("2 1/2") == 2.5
    assert lex.number("a hundred") == 100
    assert lex.number("several") is None
    import re

    pattern = re.compile(alternation(["sep", "sept", "september"]) + r"\b")
    assert pattern.fullmatch("september") and pattern.fullmatch("sep")


_FUZZ_WORDS = [
    "the",
    "last",
    "next",
    "ago",
    "later",
    "after",
    "of",
    "fiscal",
    "quarter",
    "Q3",
    "1998",
    "29",
    "31",
    "24:00",
    "p.m.",
    "noon",
    "every",
    "2/30/99",
    "1999-02-30",
    "Feb.",
    "year-end",
    "mid-",
    "'90s",
    "nineteen",
    "ninety-nine",
    "century",
    "Seventy",
    "Centuries",
    "since",
    "until",
    "the previous",
    "Friday",
    "May",
    "fall",
    "decades",
    "a",
    "few",
    "couple",
    "recent",
    "now",
    "Christmas",
    "9999",
]


@given(
    words=st.lists(st.sampled_from(_FUZZ_WORDS) | st.text(max_size=6), max_size=10),
    reference=st.sampled_from([DCT, None, dt.date(1, 1, 1), dt.date(9999, 12, 31)]),
)
@settings(max_examples=300, deadline=None)
def test_find_timexes_never_raises_and_spans_match(words: list[str], reference: dt.date | None) -> None:
    text = " ".join(words)
    for t in find_timexes(None, text, reference):
        assert text[t.start : t.end] == t.text
        assert t.value


def _full_scan(text: str) -> dict[int, list[tuple[int, int]]]:
    from watchfloor.extract._timex_rules import rules

    return {order: [(0, len(text))] for order in range(len(rules()))}


@given(
    words=st.lists(
        st.sampled_from([*_FUZZ_WORDS, "10:30", "a.m.", "Q3", "'90s", "9/17/16", "1998"]), max_size=14
    )
)
@settings(max_examples=200, deadline=None)
def test_find_timexes_trigger_windows_match_full_scan(words: list[str]) -> None:
    """Scanning only near trigger words finds what scanning every rule over the whole text finds."""
    import watchfloor.extract.timex as timex

    text = " ".join(words) + ". " + " ".join(case[0] for case in _NORMALISE_CASES[::7])
    windowed = find_timexes(None, text, DCT)
    original = timex._windows
    timex._windows = _full_scan
    try:
        full = find_timexes(None, text, DCT)
    finally:
        timex._windows = original
    assert windowed == full
