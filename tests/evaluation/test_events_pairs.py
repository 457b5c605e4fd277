"""The pair measure of ``evaluate events`` (issue #5, round 12): gold (source, target, root) pairs."""

from __future__ import annotations

import pytest

from watchfloor.evaluate._events import _score_set, pair_matches
from watchfloor.model import Event

from ._events_fixtures import event_at

_TEXT = "Russia and Ukraine signed a deal."


def _event(code: str, one: str | None, two: str | None) -> Event:
    return event_at(_TEXT, code, "signed", actor1=one, actor2=two)


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
