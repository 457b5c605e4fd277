"""The date score of ``evaluate events`` (issue #5, task U14): a matched gold event's date."""

from __future__ import annotations

from typing import Any

from watchfloor.evaluate._events import _date_report, date_matches, summary
from watchfloor.model import Event

from ._events_fixtures import event_at

_TEXT = "Russia said on Tuesday that its troops attacked the village on Monday."


def _event(code: str, trigger: str, date: str | None) -> Event:
    return event_at(_TEXT, code, trigger, date=date)


def _record(split: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "text": _TEXT,
        "date": "2022-02-17",
        "gold_events": [
            {"code": "010", "trigger": "said", "date": "2022-02-15"},
            {"code": "190", "trigger": "attacked", "date": "2022-02-14"},
            {"code": "173", "trigger": "arrested", "date": "2022-02-17"},  # not coded: not matched
            {"code": "190", "trigger": "attacked"},  # no date: not scored
        ],
    }
    if split:
        record["split"] = split
    return record


def test_date_matches_pairs_gold_and_coded_dates() -> None:
    events = [_event("010", "said", "2022-02-15"), _event("190", "attacked", "2022-02-15")]
    assert date_matches(_record(), events) == [("2022-02-15", "2022-02-15"), ("2022-02-14", "2022-02-15")]


def test_date_matches_prefers_the_event_at_the_gold_trigger() -> None:
    events = [_event("190", "village", "2022-02-17"), _event("190", "attacked", "2022-02-14")]
    assert ("2022-02-14", "2022-02-14") in date_matches(_record(), events)


def test_date_matches_falls_back_to_the_same_root() -> None:
    # the code score compares roots: a coded event of the gold root at another word still matches
    events = [_event("190", "village", "2022-02-17")]
    assert date_matches(_record(), events) == [("2022-02-14", "2022-02-17")]


def test_date_report_per_split_and_summary_line() -> None:
    events = [_event("010", "said", "2022-02-15"), _event("190", "attacked", "2022-02-17")]
    coded = [[(ev, 0) for ev in events], [(ev, 0) for ev in events]]
    report = _date_report([_record("dev"), _record("check")], coded)
    assert report["date_accuracy"] == 0.5
    assert report["date_events"] == 4
    assert report["dated"] == 6
    assert report["date_splits"]["check"] == {"date_accuracy": 0.5, "date_events": 2}
    text = summary(
        {
            "sets": {
                "dated": {
                    "records": 2,
                    "root_accuracy": 1.0,
                    "full_accuracy": 1.0,
                    "precision": 1.0,
                    "coverage": 1.0,
                    "events": 4,
                    **report,
                }
            },
            "seconds": 0.1,
        }
    )
    assert "dated                        dates: 0.500 of 4 matched (6 dated gold events)" in text
    assert "dated check" in text


def test_date_report_is_empty_without_dated_gold() -> None:
    record = {"text": _TEXT, "gold_events": [{"code": "010", "trigger": "said"}]}
    assert _date_report([record], [[]]) == {}
