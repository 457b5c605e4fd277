"""The matched-event actor figure of ``evaluate events`` (issue #5, round 16): each gold event's actors
against the coded event it is matched with, not against the sentence's main event."""

from __future__ import annotations

import pytest

from watchfloor.evaluate._events import _score_set, summary

from ._events_fixtures import event_at

_TEXT = "Russia said Ukraine attacked the village."


def test_each_gold_event_is_compared_with_its_own_coded_event(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.evaluate import _events

    coded = [
        [
            (event_at(_TEXT, "010", "said", actor1="RUS"), 0),
            (event_at(_TEXT, "190", "attacked", actor1="UKR", actor2="RUS"), 1),
        ]
    ]
    monkeypatch.setattr(_events, "code_texts", lambda texts, dates=None: coded)
    record = {
        "text": _TEXT,
        "gold_events": [
            {"code": "010", "trigger": "said", "source": [{"code": "RUSGOV"}], "target": []},
            {
                "code": "190",
                "trigger": "attacked",
                "source": [{"code": "UKRMIL"}],
                "target": [{"code": "UKRCVL"}],
            },
            {"code": "173", "trigger": "arrested", "source": [{"code": "RUS"}], "target": []},  # not coded
        ],
    }
    report = _score_set([record], with_actors=True)
    # main event "said" (RUS, None): right for the sources of 010 and 173, wrong for 190's source and target
    assert report["actor_accuracy"] == 0.5
    # matched: 010 source RUS ✓, 190 source UKR ✓, 190 target RUS ✗ (the unmatched 173 is not counted)
    assert report["matched_actor_slots"] == 3
    assert report["matched_actor_accuracy"] == pytest.approx(round(2 / 3, 4))
    assert report["matched_source_accuracy"] == 1.0
    assert report["matched_target_accuracy"] == 0.0
    text = summary({"sets": {"probe": report}, "seconds": 0.1})
    assert "actors of matched events: 0.667 of 3 slots (source 1.000, target 0.000)" in text


def test_each_party_of_a_compound_is_compared_with_its_own_event(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.evaluate import _events

    text = "France and Britain condemned the attack."
    coded = [[(event_at(text, "111", "condemned", actor1=code), 0) for code in ("FRA", "GBR")]]
    monkeypatch.setattr(_events, "code_texts", lambda texts, dates=None: coded)
    record = {
        "text": text,
        "gold_events": [
            {"code": "111", "trigger": "condemned", "source": [{"code": code}], "target": []}
            for code in ("GBRGOV", "FRAGOV")
        ],
    }
    report = _score_set([record], with_actors=True)
    assert report["matched_actor_accuracy"] == 1.0  # Britain's gold event is Britain's coded event
    assert report["actor_accuracy"] == 0.5  # the main event (France's) is right for one of the two
