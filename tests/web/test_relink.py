"""The background replay of the claim ledger after POSTed articles (web/_relink.py)."""

from __future__ import annotations

import logging
import threading

import pytest

from watchfloor.web._relink import Relinker


def test_requests_during_a_replay_fold_into_one_more() -> None:
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def replay() -> None:
        calls.append(len(calls))
        started.set()
        release.wait(5)

    relinker = Relinker(replay)
    relinker.request()
    assert started.wait(5)
    for _ in range(5):  # five posts while the first replay runs
        relinker.request()
    assert not relinker.wait(0.05)  # still busy
    release.set()
    assert relinker.wait(5)
    assert calls == [0, 1] and relinker.replays == 2


def test_a_failed_replay_is_logged_and_the_next_request_retries(caplog: pytest.LogCaptureFixture) -> None:
    outcomes = [RuntimeError("disk full"), None]

    def replay() -> None:
        outcome = outcomes.pop(0)
        if outcome is not None:
            raise outcome

    relinker = Relinker(replay)
    with caplog.at_level(logging.WARNING, logger="watchfloor"):
        relinker.request()
        assert relinker.wait(5)
    assert relinker.failures == 1 and any(
        "WF-W701" in r.getMessage() and "disk full" in r.getMessage() for r in caplog.records
    )
    relinker.request()
    assert relinker.wait(5) and relinker.replays == 1 and outcomes == []


def test_idle_relinker_waits_for_nothing() -> None:
    relinker = Relinker(lambda: None)
    assert relinker.wait(0) and relinker.replays == 0
