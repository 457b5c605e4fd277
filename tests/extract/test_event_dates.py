"""Which date an event gets: the time expression that governs its trigger, else the article date.

Sentences written for these tests (none from the event-date set); each case is one rule of
:mod:`watchfloor.extract._timex_anchor`, with the error it fixes in ``docs/events.md`` ("Event dates").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.extract._timex_anchor import day_value, event_date
from watchfloor.extract.events import extract_events
from watchfloor.extract.timex import find_timexes
from watchfloor.model import Article, Event, ParsedArticle

PUBLISHED = dt.date(2022, 2, 17)  # a Thursday


def _events(nlp: Any, text: str) -> list[Event]:
    article = Article(id="d1", text=text, body=((0, len(text)),), published=PUBLISHED)
    doc = nlp(text)
    timexes = find_timexes(doc, text, PUBLISHED)
    # the dating is under test, not the keep/drop filter
    return extract_events(ParsedArticle(article=article, doc=doc), [], timexes, keep_filter=False)


def _word_date(nlp: Any, text: str, word: str) -> str | None:
    """The date :func:`event_date` gives the first token ``word`` (a speech verb is coded only from a
    statement, which these tests do not build)."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return event_date(token, find_timexes(doc, text, PUBLISHED), PUBLISHED.isoformat())


def _date(events: list[Event], trigger: str) -> str | None:
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    return found[0].date


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2022-02-15", "2022-02-15"),
        ("2022-02-17TNI", "2022-02-17"),
        ("2022-02-15T10:30", "2022-02-15"),
        ("2021-12", "2021-12"),
        ("2022-W07", "2022-W07"),
        ("2014", "2014"),
        ("2022-Q1", "2022-Q1"),
        ("XXXX-12", None),
        ("PAST_REF", None),
        ("P3D", None),
        ("2022-02-XX", None),
    ],
)
def test_day_value_keeps_the_calendar_part(value: str, day: str | None) -> None:
    assert day_value(value) == day


def test_event_date_without_a_timex_is_the_article_date(nlp: Any) -> None:
    doc = nlp("Russian troops attacked the village.")
    assert event_date(doc[2], [], "2022-02-17") == "2022-02-17"


def test_event_dated_through_its_preposition(nlp: Any) -> None:
    # "on Sunday" hangs on "on" in the parse, not on the verb: the old rule gave the article date
    events = _events(nlp, "Police arrested twelve protesters in the capital on Sunday.")
    assert _date(events, "arrested") == "2022-02-13"


def test_event_dated_by_a_phrase_on_its_object(nlp: Any) -> None:
    events = _events(nlp, "The president threatened the rebels in a televised speech on Tuesday.")
    assert _date(events, "threatened") == "2022-02-15"


def test_reported_event_does_not_take_the_reporting_date(nlp: Any) -> None:
    text = "The army said on Monday that rebels had attacked a convoy near the border."
    assert _word_date(nlp, text, "said") == "2022-02-14"
    assert _date(_events(nlp, text), "attacked") == "2022-02-17"


def test_reporting_verb_not_dated_by_the_reported_event(nlp: Any) -> None:
    text = "Rebels attacked a convoy near the border two days ago, the army said."
    assert _date(_events(nlp, text), "attacked") == "2022-02-15"
    assert _word_date(nlp, text, "said") == "2022-02-17"


def test_time_of_day_is_dropped(nlp: Any) -> None:
    events = _events(nlp, "Rebels attacked an army post overnight.")
    assert _date(events, "attacked") == "2022-02-17"


def test_possessive_date_dates_its_noun_only(nlp: Any) -> None:
    events = _events(nlp, "The minister on Wednesday condemned Tuesday's bombing of the market.")
    assert _date(events, "condemned") == "2022-02-16"


def test_anchored_expression_dates_the_event_it_introduces(nlp: Any) -> None:
    events = _events(nlp, "The envoy met the rebel leaders on Thursday, a day after visiting the capital.")
    assert _date(events, "met") == "2022-02-17"


def test_saying_right_before_a_date_takes_it(nlp: Any) -> None:
    text = "The ministry said on Wednesday it had arrested twelve suspects."
    assert _word_date(nlp, text, "said") == "2022-02-16"
    # round 18 (D20): a bare reported clause takes its dated report's date (docs/events.md, "Round 18: D20");
    # a clause opened by "that" keeps the article date (tests/extract/test_timex_anchor_r18_d20.py)
    assert _date(_events(nlp, text), "arrested") == "2022-02-16"


def test_conjoined_clause_with_its_own_subject_keeps_its_own_time(nlp: Any) -> None:
    text = "The envoy flew to Cairo on Monday, but the rebels rejected the proposal."
    assert _word_date(nlp, text, "flew") == "2022-02-14"
    assert _word_date(nlp, text, "rejected") == "2022-02-17"


def test_nominal_event_dated_by_its_relative_clause(nlp: Any) -> None:
    events = _events(nlp, "The bombing that killed 30 soldiers on Jan. 3 angered the government.")
    assert _date(events, "bombing") == "2022-01-03"


def test_previous_december_in_a_february_story(nlp: Any) -> None:
    events = _events(nlp, "A similar pledge in December saw the troops move the other way, officials said.")
    assert _date(events, "move") == "2021-12"


def test_date_on_a_noun_just_before_the_trigger(nlp: Any) -> None:
    # the parse takes "as a similar pledge … saw" for a phrase; the date on "pledge" still dates "move"
    text = (
        "The envoy said Moscow was pulling back, "
        "as a similar pledge in December saw its troops move the other way."
    )
    assert _date(_events(nlp, text), "move") == "2021-12"


def test_date_inside_an_as_clause_does_not_date_the_verb_before_it(nlp: Any) -> None:
    text = "Officials sought to verify the pullback, as a similar claim in December saw troops move back."
    assert _word_date(nlp, text, "verify") == "2022-02-17"
    assert _word_date(nlp, text, "move") == "2021-12"


def test_what_images_show_keeps_the_time_of_the_showing(nlp: Any) -> None:
    # "show" is no verb of saying: what the images show happened when they show it
    text = "Last month, satellite images showed Russian units moving toward the border."
    assert _word_date(nlp, text, "moving") == "2022-01"


# round 16: rules read off the fifth and sixth crisis writers' dated events (the sentences below are new)


def test_a_wire_dateline_dates_no_event(nlp: Any) -> None:
    # "KHARKIV, Feb 17 —" is the filing date: the Tuesday dates the shelling, not the dateline
    text = "KHARKIV, Feb 17 — Russia launched 30 missiles at Kyiv late on Tuesday in its biggest attack yet."
    assert _word_date(nlp, text, "launched") == "2022-02-15"


def test_a_dateline_is_no_dateline_without_its_dash(nlp: Any) -> None:
    text = "On Feb 16, Russian forces shelled the city."
    assert _word_date(nlp, text, "shelled") == "2022-02-16"


def test_since_parsed_as_a_conjunction_stays_in_its_relative_clause(nlp: Any) -> None:
    text = "The group, which has fought the government since 2007, has not claimed the attack."
    assert _word_date(nlp, text, "claimed") == "2022-02-17"
    assert _word_date(nlp, text, "fought") == "2007"


def test_a_since_phrase_dates_its_noun_not_the_clause_above(nlp: Any) -> None:
    text = "The truce, brokered by Qatar, is the first pause in the fighting since the Oct. 7 attack."
    assert _word_date(nlp, text, "brokered") == "2022-02-17"


def test_a_dangling_date_does_not_reach_over_a_comma(nlp: Any) -> None:
    text = "It was the deadliest day of shelling since the 2014 war, the ministry said."
    assert _word_date(nlp, text, "said") == "2022-02-17"


def test_a_participle_aside_dates_the_verb_it_belongs_to(nlp: Any) -> None:
    text = "The president, addressing a rally in the capital on Tuesday, announced new sanctions."
    assert _word_date(nlp, text, "announced") == "2022-02-15"


def test_a_past_participle_aside_keeps_its_time(nlp: Any) -> None:
    text = "The troops, deployed to the border in December, are withdrawing."
    assert _word_date(nlp, text, "withdrawing") == "2022-02-17"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a measured interval back from the main event's date, at the interval's unit
        (
            "The council voted on Tuesday, two weeks after the junta demanded that the force leave.",
            "demanded",
            "2022-W05",
        ),
        (
            "Russia said on Monday it was evacuating towns, six days after Ukrainian troops crossed over.",
            "crossed",
            "2022-02-08",
        ),
        ("Talks resumed on Tuesday, three days before rebels attacked the base.", "attacked", "2022-02-18"),
        # a date of its own inside the clause wins
        (
            "The seizure came on Tuesday, two weeks after Marines helped detain a tanker on Jan. 4.",
            "detain",
            "2022-01-04",
        ),
    ],
)
def test_an_event_placed_by_an_interval_after_another(nlp: Any, text: str, word: str, expected: str) -> None:
    assert _word_date(nlp, text, word) == expected


def test_a_day_after_counts_back_from_the_main_event_not_the_article(nlp: Any) -> None:
    # the story is Thursday's; the meeting was on Tuesday, so the visit was on Monday
    text = "The envoy met the rebel leaders on Tuesday, a day after visiting the capital."
    assert _word_date(nlp, text, "visiting") == "2022-02-14"
    assert _word_date(nlp, text, "met") == "2022-02-15"


def test_a_trailing_participle_does_not_date_the_verb_before_it(nlp: Any) -> None:
    text = (
        "Iran fired more than a dozen ballistic missiles at two Iraqi bases hosting US troops early on "
        "Wednesday, retaliating for the killing of a commander in a US drone strike in Baghdad last week."
    )
    assert _word_date(nlp, text, "fired") != "2022-W06"  # last week is the drone strike's
