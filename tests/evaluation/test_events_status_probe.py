"""The status score of ``evaluate events`` on sets whose gold events carry a status (issue #5): each
matched gold event's status against the status the whole chain gives it, statements included."""

from __future__ import annotations

import datetime as dt
from typing import Any

from watchfloor.evaluate._events import code_texts, status_report, summary
from watchfloor.model import Event, EvidentialStatus

from ._events_fixtures import event_at

_TEXT = "Russia said its troops attacked the village and NATO denied it."


def _event(code: str, trigger: str, status: EvidentialStatus) -> Event:
    return event_at(_TEXT, code, trigger, status=status)


def _record() -> dict[str, Any]:
    return {
        "text": _TEXT,
        "gold_events": [
            {"code": "010", "trigger": "said", "status": "observed"},
            {"code": "190", "trigger": "attacked", "status": "claimed"},
            {"code": "173", "trigger": "arrested", "status": "observed"},  # not coded: not matched
            {"code": "190", "trigger": "attacked"},  # no status: not scored
        ],
    }


def test_status_report_per_class() -> None:
    coded = [
        [
            (_event("010", "said", EvidentialStatus.OBSERVED), 0),
            (_event("190", "attacked", EvidentialStatus.OBSERVED), 1),
        ]
    ]
    report = status_report([_record()], coded)
    assert report["status_events"] == 2
    assert report["status_accuracy"] == 0.5
    assert report["status_classes"]["observed"] == {"gold": 1, "pred": 2, "precision": 0.5, "recall": 1.0}
    assert report["status_classes"]["claimed"] == {"gold": 1, "pred": 0, "precision": None, "recall": 0.0}
    assert "denied" not in report["status_classes"]


def test_status_report_is_empty_without_statuses() -> None:
    record = {"text": _TEXT, "gold_events": [{"code": "010", "trigger": "said"}]}
    assert status_report([record], [[(_event("010", "said", EvidentialStatus.OBSERVED), 0)]]) == {}


def test_summary_prints_the_status_line() -> None:
    row = {
        "records": 1,
        "root_accuracy": 1.0,
        "full_accuracy": 1.0,
        "precision": 1.0,
        "coverage": 1.0,
        "events": 2,
        "status_accuracy": 0.5,
        "status_events": 2,
        "status_classes": {"claimed": {"gold": 1, "pred": 0, "precision": None, "recall": 0.0}},
    }
    text = summary({"sets": {"probe": row}, "seconds": 0.1})
    assert "probe" in text and "status: 0.500 of 2 matched" in text and "claimed   -  /0.000 (1)" in text


def test_code_texts_with_statements_claims_the_reported_event(nlp: Any) -> None:
    text = "Russia said on Tuesday that some units were returning to their bases."
    without = code_texts([text], [dt.date(2022, 2, 15)])[0]
    with_statements = code_texts([text], [dt.date(2022, 2, 15)], statements=True)[0]
    returning = [ev for ev, _ in with_statements if ev.trigger.text == "returning"]
    assert returning and returning[0].status == EvidentialStatus.CLAIMED
    assert returning[0].claimed_by is not None and returning[0].claimed_by.code.startswith("RUS")
    assert all(ev.claimed_by is None for ev, _ in without if ev.trigger.text == "returning")


def test_status_report_scores_the_claimant_of_claimed_events() -> None:
    import dataclasses

    from watchfloor.model import Actor

    record = {
        "text": _TEXT,
        "gold_events": [
            {"code": "010", "trigger": "said", "status": "observed"},
            {"code": "190", "trigger": "attacked", "status": "claimed", "claimed_by": "RUSGOV"},
        ],
    }
    said = _event("010", "said", EvidentialStatus.OBSERVED)
    attacked = _event("190", "attacked", EvidentialStatus.CLAIMED)
    right = dataclasses.replace(attacked, claimed_by=Actor(name="Russia", code="RUS"))
    wrong = dataclasses.replace(attacked, claimed_by=Actor(name="NATO", code="NATO"))
    assert status_report([record], [[(said, 0), (right, 1)]])["claimed_by_accuracy"] == 1.0
    report = status_report([record], [[(said, 0), (wrong, 1)]])
    assert report["claimed_by_accuracy"] == 0.0 and report["claimed_by_events"] == 1
    assert status_report([record], [[(said, 0), (attacked, 1)]])["claimed_by_accuracy"] == 0.0  # unset
