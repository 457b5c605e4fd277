from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from watchfloor.analytics import dyad_actor, dyad_actor_sql, dyad_day_events, escalation_index, parse_dyad
from watchfloor.errors import SettingsError
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
from watchfloor.store import Store

TEXT = "Russian troops shelled the border. NATO said units returned. Nothing else happened here at all."


def _event(
    n: int,
    a1: str,
    a2: str,
    *,
    cameo: str = "190",
    goldstein: float = -10.0,
    quad: QuadClass = QuadClass.MATERIAL_CONFLICT,
    status: EvidentialStatus = EvidentialStatus.OBSERVED,
    day: str | None = "2024-03-04",
    statement_id: str | None = None,
) -> Event:
    return Event(
        id=f"ev{n}",
        actor1=Actor(name=a1.lower(), code=a1),
        actor2=Actor(name=a2.lower(), code=a2),
        cameo=cameo,
        goldstein=goldstein,
        quad_class=quad,
        status=status,
        claimed_by=Actor(name="Russia", code="RUSGOV") if status is EvidentialStatus.CLAIMED else None,
        date=day,
        trigger=Span.of(TEXT, 15, 22),
        sentence=Span.of(TEXT, 0, 34),
        statement_id=statement_id,
    )


def _save(store: Store, key: str, events: list[Event], statements: tuple[Statement, ...] = ()) -> None:
    article = Article(
        id=stable_id("article", key),
        text=TEXT,
        body=((0, len(TEXT)),),
        published=dt.date(2024, 3, 4),
        url=f"https://example.org/{key}",
    )
    with store.batch():
        store.save(Extraction(article=article, events=tuple(events), statements=statements))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.db")


def test_dyad_actor_folds_codes_to_countries_but_keeps_organisations():
    assert dyad_actor("RUSMIL") == "RUS"
    assert dyad_actor("RUSGOV") == "RUS"
    assert dyad_actor("NATO") == "NATO"
    assert dyad_actor("IGOWSTNAT") == "IGOWSTNAT"
    assert dyad_actor("RUSMIL", "code") == "RUSMIL"


@pytest.mark.parametrize("text", ["RUS,NATO", "nato-rus", "RUS NATO"])
def test_parse_dyad_orders_the_pair(text):
    assert parse_dyad(text) == ("NATO", "RUS")


def test_parse_dyad_rejects_one_actor():
    with pytest.raises(SettingsError) as info:
        parse_dyad("RUS")
    assert info.value.code == "WF-E603"


def test_escalation_index_counts_observed_and_keeps_claimed_apart(store):
    _save(
        store,
        "a",
        [
            _event(1, "RUSMIL", "NATO"),
            _event(2, "NATO", "RUSGOV", cameo="173", goldstein=-5.0),
            _event(
                3,
                "RUSGOV",
                "NATO",
                cameo="0874",
                goldstein=9.0,
                quad=QuadClass.MATERIAL_COOPERATION,
                status=EvidentialStatus.CLAIMED,
            ),
            _event(4, "RUSGOV", "NATO", status=EvidentialStatus.NEGATED),
            _event(5, "RUSGOV", "EST", cameo="111", goldstein=-2.0, quad=QuadClass.VERBAL_CONFLICT),
        ],
    )
    cells = {(c.dyad, c.day): c for c in escalation_index(store)}
    cell = cells[(("NATO", "RUS"), "2024-03-04")]
    assert cell.events == 2
    assert cell.quad_counts == (0, 0, 0, 2)
    assert cell.goldstein_sum == -15.0
    assert cell.escalation == 15.0
    assert cell.claimed == 1
    assert cell.claimed_goldstein_sum == 9.0
    assert cells[(("EST", "RUS"), "2024-03-04")].quad_counts == (0, 0, 1, 0)


def test_escalation_index_code_level_keeps_full_codes(store):
    _save(store, "a", [_event(1, "RUSMIL", "NATO"), _event(2, "RUSGOV", "NATO")])
    dyads = {c.dyad for c in escalation_index(store, level="code")}
    assert dyads == {("NATO", "RUSMIL"), ("NATO", "RUSGOV")}


def test_escalation_index_one_dyad_matches_the_full_table(store):
    _save(
        store,
        "a",
        [
            _event(1, "RUSMIL", "NATO"),
            _event(2, "NATO", "RUSGOV", day="2024-03-05"),
            _event(3, "RUSGOV", "EST"),
            _event(4, "RUSGOV", "RUSMIL"),
        ],
    )
    full = [c for c in escalation_index(store) if c.dyad == ("NATO", "RUS")]
    assert escalation_index(store, dyad=("RUS", "NATO")) == full
    assert [c.day for c in full] == ["2024-03-04", "2024-03-05"]
    one = escalation_index(store, dyad=("NATO", "RUS"), since="2024-03-05", until="2024-03-05")
    assert [c.day for c in one] == ["2024-03-05"]


def test_escalation_index_falls_back_to_the_published_day(store):
    _save(store, "a", [_event(1, "RUSMIL", "NATO", day="2024-03")])
    assert [c.day for c in escalation_index(store)] == ["2024-03-04"]
    one = escalation_index(store, dyad=("RUS", "NATO"), since="2024-03-04", until="2024-03-04")
    assert [(c.day, c.events) for c in one] == [("2024-03-04", 1)]
    assert escalation_index(store, dyad=("RUS", "NATO"), since="2024-03-05") == []


def test_escalation_index_counts_a_claimed_event_once_its_claim_is_corroborated(store):
    statement = Statement(
        id="st1",
        source=None,
        cue=None,
        content=Span.of(TEXT, 35, 60),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name="NATO", code="NATO"),
        sentence=Span.of(TEXT, 35, 60),
    )
    claimed = _event(
        1, "RUSGOV", "NATO", cameo="0874", goldstein=9.0, status=EvidentialStatus.CLAIMED, statement_id="st1"
    )
    _save(store, "a", [claimed, _event(2, "RUSMIL", "NATO")], (statement,))
    before = escalation_index(store)[0]
    assert (before.events, before.claimed, before.escalation) == (1, 1, 10.0)
    claim = {
        "id": "c1",
        "text": "units returned",
        "status": "corroborated",
        "appearances": [{"article_id": stable_id("article", "a"), "statement_id": "st1", "role": "asserts"}],
    }
    with store.batch():
        store.replace_claims([claim])
    after = escalation_index(store)[0]
    assert (after.events, after.corroborated, after.claimed, after.escalation) == (2, 1, 0, 1.0)
    with store.batch():
        store.replace_claims([{**claim, "status": "disputed"}])
    assert escalation_index(store)[0].escalation == 10.0


def test_dyad_day_events_names_spans_statements_and_urls(store):
    statement = Statement(
        id="st1",
        source=None,
        cue=None,
        content=Span.of(TEXT, 35, 60),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name="NATO", code="NATO"),
        sentence=Span.of(TEXT, 35, 60),
    )
    _save(
        store,
        "a",
        [_event(1, "RUSMIL", "NATO", goldstein=-4.0), _event(2, "NATO", "RUSGOV", statement_id="st1")],
        (statement,),
    )
    events = dyad_day_events(store, ("NATO", "RUS"), "2024-03-04")
    assert [e["id"] for e in events] == ["ev2", "ev1"]  # most conflictual first
    assert events[0]["statement"]["content"]["text"] == TEXT[35:60]
    assert events[0]["trigger"] == {"start": 15, "end": 22, "text": TEXT[15:22]}
    assert events[0]["url"] == "https://example.org/a"
    assert events[1]["statement"] is None


def test_dyad_actor_sql_folds_like_dyad_actor():
    """The SQL fold used by SQLite, DuckDB and Spark gives what the Python fold gives, code by code."""
    import sqlite3

    codes = ["RUSMIL", "RUSGOV", "RUS", "NATO", "USA", "UKRREB", "IGOUNO", "EUR", "X"]
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (c TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(c,) for c in codes])
    for level in ("country", "code"):
        got = [r[0] for r in conn.execute(f"SELECT {dyad_actor_sql('c', level)} FROM t ORDER BY rowid")]
        assert got == [dyad_actor(c, level) for c in codes], level


def test_escalation_index_counts_a_reciprocal_act_once_per_dyad(store, tmp_path):
    # "Russia and Ukraine held talks": the coder codes the act in each direction on one trigger, and
    # "Germany and France expelled Russian diplomats" once per party; a dyad counts each act once
    # (the parties' other dyads are more pairs, and count)
    talks = [
        _event(1, "RUSGOV", "UKRGOV", cameo="046", goldstein=4.0, quad=QuadClass.VERBAL_COOPERATION),
        _event(2, "UKRGOV", "RUSGOV", cameo="046", goldstein=4.0, quad=QuadClass.VERBAL_COOPERATION),
        _event(3, "DEUGOV", "RUSGOV", cameo="161", goldstein=-4.0, quad=QuadClass.MATERIAL_CONFLICT),
        _event(4, "FRAGOV", "RUSGOV", cameo="161", goldstein=-4.0, quad=QuadClass.MATERIAL_CONFLICT),
    ]
    _save(store, "a", talks)
    cells = {c.dyad: (c.events, c.goldstein_sum) for c in escalation_index(store)}
    assert cells == {("RUS", "UKR"): (1, 4.0), ("DEU", "RUS"): (1, -4.0), ("FRA", "RUS"): (1, -4.0)}
    from watchfloor.analytics import escalation_index_parquet, export

    export(store, "parquet", tmp_path / "pq")
    assert escalation_index_parquet(tmp_path / "pq") == escalation_index(store)
