from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from watchfloor.analytics import Alert, compute_alerts, update_alerts
from watchfloor.model import (
    Actor,
    Article,
    Event,
    EvidentialStatus,
    Extraction,
    QuadClass,
    Span,
    Speaker,
    Statement,
    StatementKind,
    stable_id,
)
from watchfloor.settings import Settings
from watchfloor.store import Store

TEXT = "Russian troops shelled the border. NATO said units returned. Nothing else happened here at all."
STATEMENT = Statement(
    id="st1",
    source=Span.of(TEXT, 35, 39),
    cue=Span.of(TEXT, 40, 44),
    content=Span.of(TEXT, 45, 59),
    kind=StatementKind.INDIRECT,
    speaker=Speaker(name="NATO", code="NATO"),
    sentence=Span.of(TEXT, 35, 60),
)


def _event(
    key: str, day: str, goldstein: float, status=EvidentialStatus.OBSERVED, statement_id=None
) -> Event:
    return Event(
        id=stable_id("ev", key),
        actor1=Actor(name="Russian troops", code="RUSMIL"),
        actor2=Actor(name="NATO", code="NATO"),
        cameo="190" if goldstein < 0 else "0874",
        goldstein=goldstein,
        quad_class=QuadClass.MATERIAL_CONFLICT if goldstein < 0 else QuadClass.MATERIAL_COOPERATION,
        status=status,
        claimed_by=None,
        date=day,
        trigger=Span.of(TEXT, 15, 22),
        sentence=Span.of(TEXT, 0, 34),
        statement_id=statement_id,
    )


def _save(store: Store, key: str, day: str, events: list[Event], statements=()) -> None:
    article = Article(
        id=stable_id("article", key),
        text=TEXT + " " + key,
        body=((0, len(TEXT)),),
        published=dt.date.fromisoformat(day),
    )
    with store.batch():
        store.save(Extraction(article=article, events=tuple(events), statements=tuple(statements)))


def _history(store: Store) -> None:
    start = dt.date(2024, 2, 1)
    for n in range(0, 32, 4):  # a quiet month: one verbal spat every four days
        day = (start + dt.timedelta(days=n)).isoformat()
        _save(store, f"quiet{n}", day, [_event(f"q{n}", day, -2.0)])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.db")
    _history(s)
    return s


def test_compute_alerts_fires_on_a_burst_and_names_its_drivers(store):
    day = "2024-03-04"
    _save(
        store,
        "burst",
        day,
        [
            _event("b1", day, -10.0, statement_id="st1"),
            _event("b2", day, -9.0),
            _event("b3", day, -7.0),
            _event("c1", day, 9.0, status=EvidentialStatus.CLAIMED),
            _event("coop", day, 1.0),
        ],
        [STATEMENT],
    )
    alerts = compute_alerts(store, Settings())
    assert [(a.dyad, a.day) for a in alerts] == [(("NATO", "RUS"), day)]
    alert = alerts[0]
    assert alert.value == 25.0  # the observed cooperation lowers it, the claimed one does not
    assert alert.events == 4 and alert.claimed == 1
    assert {b.window for b in alert.baselines} == {"4w", "52w"}
    assert alert.score >= Settings().alert_threshold
    assert [d["id"] for d in alert.drivers] == [stable_id("ev", k) for k in ("b1", "b2", "b3")]
    assert [d["id"] for d in alert.claimed_events] == [stable_id("ev", "c1")]
    assert alert.statements[0]["content"]["text"] == TEXT[45:59]
    assert "not counted (claimed)" in alert.explain()
    assert Alert.from_json(alert.to_json()).to_json() == alert.to_json()


def test_compute_alerts_respects_threshold_and_min_events(store):
    day = "2024-03-04"
    _save(store, "burst", day, [_event("b1", day, -10.0), _event("b2", day, -9.0)])
    assert compute_alerts(store, Settings(alert_threshold=100.0)) == []
    assert compute_alerts(store, Settings(alert_min_events=3)) == []
    assert len(compute_alerts(store, Settings())) == 1


def test_compute_alerts_needs_history(tmp_path):
    store = Store(tmp_path / "fresh.db")
    day = "2024-03-04"
    _save(store, "burst", day, [_event("b1", day, -10.0), _event("b2", day, -9.0)])
    assert compute_alerts(store) == []


def test_compute_alerts_ignores_a_claimed_burst(store):
    day = "2024-03-04"
    claimed = EvidentialStatus.CLAIMED
    _save(store, "burst", day, [_event("b1", day, -10.0, claimed), _event("b2", day, -9.0, claimed)])
    assert compute_alerts(store) == []


def test_update_alerts_reports_only_new_alerts_and_stores_them(store):
    day = "2024-03-04"
    _save(store, "burst", day, [_event("b1", day, -10.0), _event("b2", day, -9.0)])
    first = update_alerts(store)
    assert len(first.new) == 1
    assert update_alerts(store).new == ()
    rows = store.alerts()
    assert [r["dyad"] for r in rows] == ["NATO-RUS"]
    assert rows[0]["record"]["drivers"][0]["id"] == stable_id("ev", "b1")
    assert store.alerts(since="2024-03-05") == []
    day2 = "2024-03-06"
    # two articles: two events of one article on one trigger, code and dyad are one act (the index's DISTINCT)
    _save(store, "burst2", day2, [_event("d1", day2, -10.0)])
    _save(store, "burst3", day2, [_event("d2", day2, -10.0)])
    second = update_alerts(store)
    assert [a.day for a in second.new] == [day2]
    assert [r["day"] for r in store.alerts()] == [day, day2]
