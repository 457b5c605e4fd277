"""The escalation index and alerts on the bundled sample corpus (the 'Northern Bastion' story).

Its README: the Russia–NATO index rises over 4–11 March 2024, at least one alert fires naming the events
that drive it, and Russia's claimed withdrawal (7 March, never corroborated) does not lower the index.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from watchfloor.analytics import escalation_index, update_alerts
from watchfloor.cli import sample_corpus
from watchfloor.pipeline import Pipeline, rebuild_ledger
from watchfloor.settings import Settings
from watchfloor.store import Store

MAIN_DYAD = ("NATO", "RUS")
WINDOW = ("2024-03-04", "2024-03-11")


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    if importlib.util.find_spec("watchfloor.extract.events") is None:
        pytest.skip("watchfloor.extract.events is not present yet")
    path = Path(tmp_path_factory.mktemp("sample")) / "sample.db"
    store = Store(path)
    stats = Pipeline(Settings()).run([str(sample_corpus())], store)
    if stats.events == 0:
        pytest.skip("the events extractor produces no events on the sample corpus")
    rebuild_ledger(store, Settings())
    return store


def _main_dyad(store: Store):
    cells = escalation_index(store, dyad=MAIN_DYAD, since=WINDOW[0], until=WINDOW[1])
    if sum(c.events for c in cells) < 3:
        pytest.skip(
            f"the events extractor codes both actors of only {sum(c.events for c in cells)} counted"
            f" {'-'.join(MAIN_DYAD)} event(s) in {WINDOW}; the index needs dyadic events"
        )
    return cells


def test_sample_main_dyad_index_rises(sample_store):
    cells = _main_dyad(sample_store)
    by_day = {c.day: c.escalation for c in cells}
    first = sum(v for d, v in by_day.items() if d <= "2024-03-07")
    second = sum(v for d, v in by_day.items() if d > "2024-03-07")
    assert second > first, by_day


def test_sample_alert_names_its_driving_events(sample_store):
    _main_dyad(sample_store)
    alerts = update_alerts(sample_store, Settings()).alerts
    main = [a for a in alerts if a.dyad == MAIN_DYAD]
    assert main, [(a.dyad, a.day) for a in alerts]
    ids = {r[0] for r in sample_store.conn.execute("SELECT id FROM events")}
    for alert in main:
        assert alert.drivers and all(d["id"] in ids for d in alert.drivers)
        assert all(d["bucket"] != "claimed" for d in alert.drivers)
        assert all(d["trigger"]["text"] for d in alert.drivers)


def test_sample_claimed_deescalation_does_not_lower_the_index(sample_store):
    _main_dyad(sample_store)
    rows = sample_store.conn.execute(
        "SELECT id, day FROM events WHERE status = 'claimed' AND goldstein > 0 AND root = '08'"
    ).fetchall()
    if not rows:
        pytest.skip("no claimed de-escalation (CAMEO 08x) extracted from the sample corpus")
    corroborated = {
        r[0]
        for r in sample_store.conn.execute(
            "SELECT p.event_id FROM claim_appearances p JOIN claims c ON c.id = p.claim_id"
            " WHERE c.status = 'corroborated' AND p.event_id IS NOT NULL"
        )
    }
    assert not corroborated & {r[0] for r in rows}, "the withdrawal claim is never corroborated in the story"
    from watchfloor.analytics import dyad_actor, dyad_day_events

    dyadic = sample_store.conn.execute(
        "SELECT id, actor1_code, actor2_code, coalesce(day, (SELECT published FROM articles a"
        " WHERE a.id = article_id)) FROM events WHERE status = 'claimed' AND goldstein > 0 AND root = '08'"
        " AND actor1_code IS NOT NULL AND actor2_code IS NOT NULL"
    ).fetchall()
    if not dyadic:
        pytest.skip("no claimed de-escalation with two coded actors extracted from the sample corpus")
    for event_id, a1, a2, day in dyadic:
        dyad = (dyad_actor(a1), dyad_actor(a2))
        listed = {e["id"]: e["bucket"] for e in dyad_day_events(sample_store, dyad, day)}
        assert listed[event_id] == "claimed"
        cell = escalation_index(sample_store, dyad=dyad, since=day, until=day)[0]
        assert cell.claimed >= 1
