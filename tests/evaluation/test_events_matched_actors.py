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


def test_a_phrase_trigger_meets_the_coded_events_at_its_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 19: a writer marks "cut diplomatic ties" where the coder marks "cut"; each party's gold event
    meets its own coded event inside the phrase, not the first event of the root."""
    from watchfloor.evaluate import _events

    text = "Bahrain said it would widen curbs, and Egypt and Jordan cut diplomatic ties with Qatar."
    coded = [
        [
            (event_at(text, "163", "widen", actor1="BHR", actor2="QAT"), 0),
            (event_at(text, "161", "cut", actor1="EGY", actor2="QAT"), 1),
            (event_at(text, "161", "cut", actor1="JOR", actor2="QAT"), 1),
        ]
    ]
    monkeypatch.setattr(_events, "code_texts", lambda texts, dates=None: coded)
    gold = [
        {
            "code": "161",
            "trigger": "cut diplomatic ties",
            "source": [{"code": c}],
            "target": [{"code": "QAT"}],
        }
        for c in ("EGY", "JOR")
    ]
    report = _score_set([{"text": text, "gold_events": gold}], with_actors=True)
    assert report["matched_source_accuracy"] == 1.0  # JOR's gold event meets JOR's "cut", not EGY's
    same_root, at = _events._candidates(gold[1], [ev for ev, _ in coded[0]])
    assert len(same_root) == 3 and len(at) == 2  # "widen" (163) shares the root, not the phrase
    # a word of the phrase that is not a whole word of it does not count ("cu" is no word of "cut …")
    near = event_at(text, "161", "cut", actor1="JOR")
    assert _events._candidates({"code": "161", "trigger": "cut diplomatic"}, [near])[1] == [near]
    assert _events._candidates({"code": "161", "trigger": "recut ties"}, [near])[1] == []
