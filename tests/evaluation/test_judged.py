"""The judged-events task pairs judgements with today's events by trigger and scores what it can know."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from watchfloor.evaluate._judged import counts, group_items, summary
from watchfloor.model import Actor, Event, EvidentialStatus, QuadClass, Span


def _event(start: int, cameo: str, status: str, a1: str | None, a2: str | None) -> Event:
    return Event(
        id=f"e{start}",
        actor1=Actor(name="x", code=a1) if a1 else None,
        actor2=Actor(name="y", code=a2) if a2 else None,
        cameo=cameo,
        goldstein=0.0,
        quad_class=QuadClass(1),
        status=EvidentialStatus(status),
        claimed_by=None,
        date=None,
        trigger=Span(start=start, end=start + 4, text="said"),
        sentence=Span(start=0, end=100, text="s" * 100),
    )


def _row(start: int, ok: bool, **kw: Any) -> dict[str, Any]:
    row = {"article": "a", "trigger_start": start, "trigger_end": start + 4, "cameo": "010", "set": 1}
    row.update(event_ok=ok, code_ok=True if ok else None, actor1_ok=True if ok else None, actor2_ok=None)
    row.update(actor1_code="USA", actor2_code=None)
    row.update(kw)
    return row


def test_group_items_keeps_train_sets_and_random_dev_samples() -> None:
    rows = [
        {"set": 2},
        {"set": 1},
        {"sample": ["random3:after"]},
        {"sample": ["code_diff:before"]},  # drawn from changed events: left out
    ]
    groups = group_items(Path("realnews_judged_3.jsonl"), rows)
    assert sorted(groups) == ["dev realnews_judged_3", "train set 1", "train set 2"]
    assert sum(len(v) for v in groups.values()) == 3


def test_counts_pairs_by_trigger_and_splits_kept_dropped_counted() -> None:
    rows = [
        _row(0, True),  # kept, real, observed
        _row(10, False),  # kept, not real, hypothetical: not counted
        _row(20, True),  # dropped real
        _row(30, False),  # dropped not real
    ]
    events = {
        ("a", 0, 4): [_event(0, "010", "observed", "USA", None)],
        ("a", 10, 14): [_event(10, "010", "hypothetical", "USA", None)],
    }
    r = counts(rows, events)
    assert (r["kept_true"], r["kept_false"], r["dropped_true"], r["dropped_false"]) == (1, 1, 1, 1)
    assert r["judged_precision"] == 0.5 and r["precision"] == 0.5
    assert r["counted_precision"] == 1.0 and r["real_kept"] == 0.5


def test_counts_code_and_actors_use_judges_corrections() -> None:
    rows = [
        _row(0, True, code_ok=False, right_code="111", actor1_ok=False, right_actor1_code="USAGOV"),
        _row(10, True, code_ok=True, actor1_ok=True),
        _row(20, True, code_ok=False, right_code=None, actor1_ok=False, right_actor1_code=None),
        _row(30, True, actor2_ok=False, right_actor2_code="none", actor2_code="RUS"),
    ]
    events = {
        ("a", 0, 4): [_event(0, "111", "observed", "USAGOV", None)],  # corrected both: right
        ("a", 10, 14): [_event(10, "020", "observed", "RUS", None)],  # moved away from right: wrong
        ("a", 20, 24): [_event(20, "036", "observed", "MEX", None)],  # changed, correction unknown
        ("a", 30, 34): [_event(30, "010", "claimed", "USA", None)],  # absent target, as judged
    }
    r = counts(rows, events)
    assert r["code_known"] == 3 and r["code_accuracy"] == round(2 / 3, 4)
    assert r["actor1_known"] == 3 and r["actor1_accuracy"] == round(2 / 3, 4)
    assert r["actor2_known"] == 1 and r["actor2_accuracy"] == 1.0


def test_summary_has_a_row_per_group_and_the_totals() -> None:
    one = counts([_row(0, True)], {("a", 0, 4): [_event(0, "010", "observed", "USA", None)]})
    text = summary(
        {"groups": {"train set 1": one}, "train_all": one, "dev_all": counts([], {}), "seconds": 1}
    )
    assert "train set 1" in text and "train, all sets" in text and "dev, all random" in text


def test_counts_a_renamed_code_is_the_judged_actor() -> None:
    # Phoenix's IGOUNO is the project's UN: the judgement of the one holds for the other
    rows = [
        _row(0, True, actor1_code="IGOUNO", actor1_ok=True),
        _row(10, True, actor1_code="USA", actor1_ok=False, right_actor1_code="IGOUNO"),
        _row(20, True, actor1_code="IGOUNO", actor1_ok=True),
    ]
    events = {
        ("a", 0, 4): [_event(0, "010", "observed", "UN", None)],  # renamed: still right
        ("a", 10, 14): [_event(10, "010", "observed", "UN", None)],  # the correction, renamed: right
        ("a", 20, 24): [_event(20, "010", "observed", "RUS", None)],  # another actor: wrong
    }
    r = counts(rows, events)
    assert r["actor1_known"] == 3 and r["actor1_accuracy"] == round(2 / 3, 4)
