"""The pair measure of ``evaluate events`` (issue #5, round 12): gold (source, target, root) pairs."""

from __future__ import annotations

import pytest

from watchfloor.evaluate._events import _score_set, pair_matches
from watchfloor.model import Actor, Event, EvidentialStatus, QuadClass, Span

_TEXT = "Russia and Ukraine signed a deal."


def _event(code: str, one: str | None, two: str | None) -> Event:
    trigger = Span.of(_TEXT, 19, 25)
    return Event(
        id=f"{one}>{two}",
        actor1=Actor(name="x", code=one) if one else None,
        actor2=Actor(name="y", code=two) if two else None,
        cameo=code,
        goldstein=3.5,
        quad_class=QuadClass.VERBAL_COOPERATION,
        status=EvidentialStatus.OBSERVED,
        claimed_by=None,
        date=None,
        trigger=trigger,
        sentence=Span.of(_TEXT, 0, len(_TEXT)),
        extractor="test",
    )


_PAIR = ([{"code": "RUSGOV"}], [{"code": "UKRGOV"}], frozenset({"05"}))


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (_event("057", "RUS", "UKR"), True),  # country prefix of the gold codes
        (_event("057", "UKR", "RUS"), False),  # the other direction is another pair
        (_event("046", "RUS", "UKR"), False),  # another root
        (_event("057", "RUS", None), False),  # the gold names a target
        (_event("057", None, "UKR"), False),
    ],
)
def test_pair_matches(event: Event, expected: bool) -> None:
    assert pair_matches(event, _PAIR) is expected


def test_pair_matches_gold_without_target() -> None:
    assert pair_matches(_event("057", "RUS", None), ([{"code": "RUS"}], [], frozenset({"05"})))


def test_score_set_pair_recall_and_precision(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.evaluate import _events

    coded = [[(_event("057", "RUS", "UKR"), 0), (_event("057", "RUS", "TUR"), 0)]]
    monkeypatch.setattr(_events, "code_texts", lambda texts, dates=None: coded)
    record = {
        "text": _TEXT,
        "gold_events": [
            {"code": "057", "source": [{"code": "RUSGOV"}], "target": [{"code": "UKRGOV"}]},
            {"code": "057", "source": [{"code": "UKRGOV"}], "target": [{"code": "RUSGOV"}]},
        ],
    }
    report = _score_set([record], with_actors=True)
    assert report["pairs"] == 2
    assert report["pair_recall"] == 0.5  # RUS→UKR found, UKR→RUS not
    assert report["pair_precision"] == 0.5  # RUS→TUR is no gold pair


def test_a_body_labelled_by_its_short_name_matches_its_code() -> None:
    from watchfloor.evaluate._events import _actor_ok

    assert _actor_ok("IGOAFRAU", [{"code": "AU"}])
    assert _actor_ok("IGOWAFBUSWAS", [{"code": "ECOWAS"}])
    assert not _actor_ok("IGOAFRAU", [{"code": "ECOWAS"}])
    assert not _actor_ok("RUSMIL", [{"code": "AU"}])
    assert _actor_ok("NATO", [{"code": "NATO"}]) and not _actor_ok("EU", [{"code": "NATO"}])
