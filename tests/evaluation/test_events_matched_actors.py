"""The matched-event actor figure of ``evaluate events`` (issue #5, round 16): each gold event's actors
against the coded event it is matched with, not against the sentence's main event."""

from __future__ import annotations

import pytest

from watchfloor.evaluate._events import _score_set, summary
from watchfloor.model import EvidentialStatus

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


def test_article_report_codes_each_article_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.evaluate import _events

    records = [
        {
            "article": "a1",
            "text": "Rebels shelled it.",
            "gold_events": [{"code": "195", "trigger": "shelled"}],
        },
        {
            "article": "a1",
            "text": "The army said it repelled them.",
            "gold_events": [
                {"code": "010", "trigger": "said", "source": [{"code": "MOZMIL"}], "target": []},
                {
                    "code": "190",
                    "trigger": "repelled",
                    "source": [{"code": "MOZMIL"}],
                    "target": [{"code": "MOZREB"}],
                    "status": "claimed",
                    "claimed_by": "MOZMIL",
                },
            ],
        },
        {"article": "b2", "text": "Talks were held.", "gold_events": [{"code": "046", "trigger": "Talks"}]},
    ]
    joined: list[str] = []

    def parsed(texts: list[str], dates: object) -> list[str]:
        joined.extend(texts)
        return list(texts)

    def coded(text: str, statements: bool) -> list[tuple[object, int]]:
        if text.startswith("Talks"):
            return []  # the second article codes nothing: its one record's root is wrong
        return [
            (event_at(text, "195", "shelled"), 0),
            (event_at(text, "010", "said", actor1="MOZ"), 0),
            (
                event_at(
                    text, "190", "repelled", status=EvidentialStatus.OBSERVED, actor1="MOZMIL", actor2="USA"
                ),
                1,
            ),
        ]

    monkeypatch.setattr(_events, "_parsed", parsed)
    monkeypatch.setattr(_events, "_coded", coded)
    report = _events.article_report(records)
    assert joined == ["Rebels shelled it. The army said it repelled them.", "Talks were held."]
    assert report["articles"] == 2
    assert report["articles_root_accuracy"] == pytest.approx(round(2 / 3, 4))  # each sentence its own events
    assert report["articles_precision"] == 1.0
    assert report["articles_matched_actor_accuracy"] == pytest.approx(round(2 / 3, 4))  # "said": MOZ
    assert report["articles_matched_source_accuracy"] == 1.0  # "said" and "repelled": MOZMIL
    assert report["articles_matched_target_accuracy"] == 0.0  # "repelled": USA, gold MOZREB
    assert report["articles_status_accuracy"] == 0.0  # "repelled" coded observed, gold claimed
    assert report["articles_claimed_by_accuracy"] == 0.0
    assert _events.article_report([{"text": "No article id."}]) == {}
