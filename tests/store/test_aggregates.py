"""The summary tables of schema v4 (agg_*) always equal what the rows say: after inserts and
deletes (kept by triggers), and after the migration of an older store (back-filled)."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from watchfloor.store import SCHEMA_VERSION, Store
from watchfloor.store._schema import MIGRATIONS

CODES = ["RUS", "RUSGOV", "RUSMIL", "UKR", "UKRGOV", "NATO", "EU", None]
STATUSES = ["observed", "claimed", "denied", "negated", "hypothetical"]


def _insert(conn: sqlite3.Connection, rng: random.Random, n_articles: int, start: int = 0) -> None:
    """Articles (some without a date), statements (some without role or country) and events (some
    undated, some with one or no coded actor, some with the same code on both sides)."""
    for k in range(start, start + n_articles):
        aid = f"a{k}"
        published = None if k % 7 == 3 else f"2024-03-{1 + k % 9:02d}" + ("T10:00:00" if k % 2 else "")
        conn.execute(
            "INSERT INTO articles(id, published, title, format, text, body) VALUES (?,?,?,?,?,?)",
            (aid, published, f"t{k}", "text", "some text here", "[[0, 14]]"),
        )
        for j in range(rng.randrange(3)):
            conn.execute(
                "INSERT INTO statements(id, article_id, kind, speaker_name, speaker_role, speaker_country,"
                " speaker_code, content_start, content_end, content, sentence_start, sentence_end, record,"
                " extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    f"{aid}s{j}",
                    aid,
                    "direct",
                    rng.choice(["Anna", "Igor", "Ola"]),
                    rng.choice([None, "minister", "spokesman"]),
                    rng.choice([None, "RUS", "NOR"]),
                    rng.choice([None, "RUSGOV", "NATO"]),
                    0,
                    4,
                    "some",
                    0,
                    4,
                    "{}",
                    "test",
                ),
            )
        for j in range(rng.randrange(5)):
            a1 = rng.choice(CODES)
            a2 = a1 if j == 3 else rng.choice(CODES)
            conn.execute(
                "INSERT INTO events(id, article_id, actor1_code, actor2_code, cameo, root, goldstein,"
                " quad_class, status, day, trigger_start, trigger_end, sentence_start, sentence_end, record,"
                " extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    f"{aid}e{j}",
                    aid,
                    a1,
                    a2,
                    "190",
                    "19",
                    rng.choice([-10.0, -7.2, 1.9, 3.4]),
                    4,
                    "rumoured" if k == 17 and j == 0 else rng.choice(STATUSES),
                    None if j == 2 else f"2024-02-{1 + rng.randrange(28):02d}",
                    0,
                    4,
                    0,
                    4,
                    "{}",
                    "test",
                ),
            )
        if k % 3 == 0:
            conn.execute(
                'INSERT INTO timexes(article_id, start, "end", text, type, value) VALUES (?,?,?,?,?,?)',
                (aid, 0, 4, "some", "DATE", "2024-03-01"),
            )


def _expected(conn: sqlite3.Connection) -> dict[str, Any]:
    """The summary tables recomputed in Python from the rows."""
    published = {r[0]: r[1] for r in conn.execute("SELECT id, published FROM articles")}
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "statements", "events", "timexes")
    }
    day: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in published.values():
        if p is not None:
            day[p[:10]][0] += 1
    speakers: dict[str, list[Any]] = {}
    for aid, name, role, country, code in conn.execute(
        "SELECT article_id, speaker_name, speaker_role, speaker_country, speaker_code FROM statements"
    ):
        if published[aid] is not None:
            day[published[aid][:10]][1] += 1
        cell = speakers.setdefault(name, [0, [], [], []])
        cell[0] += 1
        for i, v in enumerate((role, country, code), 1):
            if v is not None:
                cell[i].append(v)
    dyads: dict[tuple[str, str], int] = defaultdict(int)
    dyad_day: dict[tuple[str, str, str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    actors: dict[str, int] = defaultdict(int)
    actor_day: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for aid, a1, a2, status, g, eday in conn.execute(
        "SELECT article_id, actor1_code, actor2_code, status, goldstein, day FROM events"
    ):
        if eday is not None:
            day[eday][2] += 1
        d = eday if eday is not None else (published[aid][:10] if published[aid] else None)
        if a1 is not None and a2 is not None:
            dyads[(a1, a2)] += 1
            if d is not None:
                dyad_day[(a1, a2, d, status)][0] += 1
                dyad_day[(a1, a2, d, status)][1] += g
        for code in {c for c in (a1, a2) if c is not None}:
            actors[code] += 1
            if d is not None:
                actor_day[(code, d, status)][0] += 1
                actor_day[(code, d, status)][1] += g
    roots = _expected_roots(conn, published)
    return {
        **roots,
        "counts": {**counts, "odd_status": roots.pop("odd_status")},
        "day": {k: tuple(v) for k, v in day.items()},
        "speakers": {k: (v[0], *(max(x) if x else None for x in v[1:])) for k, v in speakers.items()},
        "dyads": dict(dyads),
        "dyad_day": {k: (int(v[0]), v[1]) for k, v in dyad_day.items()},
        "actors": dict(actors),
        "actor_day": {k: (int(v[0]), v[1]) for k, v in actor_day.items()},
    }


def _expected_roots(conn: sqlite3.Connection, published: dict[str, str | None]) -> dict[str, Any]:
    """v5: per country root (first three letters) and day, the events of each status."""
    pair: dict[tuple[str, str, str], dict[str, list[float]]] = defaultdict(dict)
    root: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(dict)
    odd = 0
    for aid, a1, a2, status, g, eday in conn.execute(
        "SELECT article_id, actor1_code, actor2_code, status, goldstein, day FROM events"
    ):
        if status not in STATUSES:
            odd += 1
            continue
        d = eday if eday is not None else (published[aid][:10] if published[aid] else None)
        if d is None:
            continue
        cells = []
        if a1 is not None and a2 is not None:
            cells.append(pair[(a1[:3], a2[:3], d)])
        cells += [root[(r, d)] for r in {c[:3] for c in (a1, a2) if c is not None}]
        for cell in cells:
            cell.setdefault(status, [0, 0.0])
            cell[status][0] += 1
            cell[status][1] += g
    return {"odd_status": odd, "root_pair": dict(pair), "root": dict(root)}


def _stored_roots(conn: sqlite3.Connection, table: str, keys: int) -> dict[Any, dict[str, list[float]]]:
    out: dict[Any, dict[str, list[float]]] = {}
    for row in conn.execute(f"SELECT * FROM {table}"):
        r = dict(row)
        values = list(r.values())
        key = tuple(values[: keys + 1])
        out[key] = {st: [r[f"n_{st}"], r[f"g_{st}"]] for st in STATUSES if r[f"n_{st}"]}
    return out


def _stored(conn: sqlite3.Connection) -> dict[str, Any]:
    def rows(sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in conn.execute(sql)]

    conn.row_factory = sqlite3.Row
    try:
        roots = {
            "root_pair": _stored_roots(conn, "agg_root_pair_day", 2),
            "root": _stored_roots(conn, "agg_root_day", 1),
        }
    finally:
        conn.row_factory = None
    return {
        **roots,
        "counts": {r[0]: r[1] for r in rows("SELECT name, n FROM agg_counts")},
        "day": {
            r[0]: r[1:] for r in rows("SELECT day, articles, statements, events FROM agg_day") if any(r[1:])
        },
        "speakers": {
            r[0]: r[1:] for r in rows("SELECT name, statements, role, country, code FROM agg_speakers")
        },
        "dyads": {(r[0], r[1]): r[2] for r in rows("SELECT a, b, events FROM agg_dyads")},
        "dyad_day": {r[:4]: (r[4], r[5]) for r in rows("SELECT a1, a2, day, status, n, g FROM agg_dyad_day")},
        "actors": {r[0]: r[1] for r in rows("SELECT code, events FROM agg_actors")},
        "actor_day": {r[:3]: (r[3], r[4]) for r in rows("SELECT code, day, status, n, g FROM agg_actor_day")},
    }


def _assert_equal(conn: sqlite3.Connection) -> None:
    want, got = _expected(conn), _stored(conn)
    for name in ("counts", "day", "speakers", "dyads", "actors"):
        assert got[name] == want[name], name
    for name in ("root_pair", "root"):
        assert set(got[name]) == set(want[name]), name
        for key, cells in want[name].items():
            assert set(got[name][key]) == set(cells), (name, key)
            for status, (n, g) in cells.items():
                assert got[name][key][status][0] == n, (name, key, status)
                assert got[name][key][status][1] == pytest.approx(g, abs=1e-9), (name, key, status)
    for name in ("dyad_day", "actor_day"):
        assert set(got[name]) == set(want[name]), name
        for key, (n, g) in want[name].items():
            assert got[name][key][0] == n, (name, key)
            assert got[name][key][1] == pytest.approx(g, abs=1e-9), (name, key)


def test_store_aggregates_follow_inserts_and_deletes(tmp_path: Path) -> None:
    rng = random.Random(5)
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            _insert(store.conn, rng, 60)
        _assert_equal(store.conn)
        assert store.counts()["events"] == store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        with store.batch():  # delete some events and statements, then whole articles
            store.conn.execute("DELETE FROM events WHERE rowid % 3 = 0")
            store.conn.execute("DELETE FROM statements WHERE rowid % 2 = 0")
            for aid in ("a1", "a3", "a10"):
                for table in ("events", "statements", "timexes"):
                    store.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
                store.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
        _assert_equal(store.conn)
        with store.batch():  # and back
            _insert(store.conn, rng, 10, start=100)
        _assert_equal(store.conn)


def test_store_aggregates_roll_back_with_their_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.batch():
            _insert(store.conn, random.Random(1), 5)
            raise RuntimeError("abort")
        assert store.counts()["articles"] == 0
        assert store.conn.execute("SELECT count(*) FROM agg_actor_day").fetchone()[0] == 0


def test_store_migration_v4_backfills_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    for number, statements in enumerate(MIGRATIONS[:3], 1):  # v3: before the summary tables
        with conn:
            for sql in statements:
                conn.execute(sql)
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (number,))
    with conn:
        _insert(conn, random.Random(9), 40)
    conn.close()
    with Store(path) as store:
        assert store.version() == SCHEMA_VERSION == 6
        _assert_equal(store.conn)
        with store.batch():  # the triggers carry on from the back-filled state
            _insert(store.conn, random.Random(10), 10, start=200)
        _assert_equal(store.conn)


def test_store_speakers_and_counts_read_the_summaries(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            _insert(store.conn, random.Random(3), 30)
        want = store.conn.execute(
            "SELECT speaker_name, max(speaker_role), max(speaker_country), count(*) AS n FROM statements"
            " GROUP BY speaker_name ORDER BY n DESC, speaker_name"
        ).fetchall()
        got = [(s["name"], s["role"], s["country"], s["statements"]) for s in store.speakers()]
        assert got == [tuple(r) for r in want]
        assert json.dumps(store.counts(), sort_keys=True) == json.dumps(
            {
                t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "statements", "events", "timexes", "rejects", "claims", "alerts")
            },
            sort_keys=True,
        )


def test_store_counts_an_older_store_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    for number, statements in enumerate(MIGRATIONS[:3], 1):
        with conn:
            for sql in statements:
                conn.execute(sql)
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (number,))
    with conn:
        _insert(conn, random.Random(4), 12)
    want = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    conn.close()
    with Store(path, readonly=True) as store:  # read-only: not migrated
        assert store.version() == 3
        assert store.counts()["events"] == want
        assert sum(s["statements"] for s in store.speakers()) == store.counts()["statements"]


def _expected_repeats(conn: sqlite3.Connection) -> set[int]:
    """The rowids of events that repeat an earlier one's act (same article, trigger, code, status,
    day and score, the same two codes in either order), computed from the rows."""
    groups: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for r in conn.execute(
        "SELECT rowid, article_id, trigger_start, trigger_end, cameo, status, day, goldstein, actor1_code,"
        " actor2_code FROM events WHERE actor1_code IS NOT NULL AND actor2_code IS NOT NULL ORDER BY rowid"
    ):
        groups[(*r[1:8], frozenset((r[8], r[9])))].append(r[0])
    return {rowid for rows in groups.values() for rowid in rows[1:]}


def _insert_reciprocal(conn: sqlite3.Connection, rng: random.Random, n: int, start: int = 0) -> None:
    """Acts coded in each direction (and some twice the same way) on one trigger."""
    for k in range(start, start + n):
        aid = f"r{k}"
        conn.execute(
            "INSERT INTO articles(id, published, title, format, text, body) VALUES (?,?,?,?,?,?)",
            (aid, f"2024-03-{1 + k % 9:02d}", "t", "text", "some text here", "[[0, 14]]"),
        )
        a, b = rng.sample(["RUS", "UKR", "UKRGOV", "NATO"], 2)
        for j, (x, y) in enumerate([(a, b), (b, a), (a, b)][: rng.randrange(1, 4)]):
            conn.execute(
                "INSERT INTO events(id, article_id, actor1_code, actor2_code, cameo, root, goldstein,"
                " quad_class, status, day, trigger_start, trigger_end, sentence_start, sentence_end, record,"
                " extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (f"{aid}e{j}", aid, x, y, "0841", "08", 7.0, 2, "observed", None, 0, 4, 0, 4, "{}", "t"),
            )


def test_store_repeats_of_one_act_follow_inserts_and_deletes(tmp_path: Path) -> None:
    rng = random.Random(5)
    with Store(tmp_path / "r.db") as store:
        with store.batch():
            _insert_reciprocal(store.conn, rng, 30)
            _insert(store.conn, rng, 10, start=100)
        stored = {r[0] for r in store.conn.execute("SELECT id FROM agg_repeats")}
        assert stored == _expected_repeats(store.conn) and stored
        with store.batch():  # delete some counted ones and some repeats: the earliest left counts
            ids = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE id LIKE 'r%' ORDER BY id")]
            for eid in rng.sample(ids, len(ids) // 2):
                store.conn.execute("DELETE FROM events WHERE id = ?", (eid,))
        assert {r[0] for r in store.conn.execute("SELECT id FROM agg_repeats")} == _expected_repeats(
            store.conn
        )


def test_store_migration_v6_lists_the_repeats_of_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path)
    for number, statements in enumerate(MIGRATIONS[:5], 1):
        with conn:
            for sql in statements:
                conn.execute(sql)
            conn.execute("INSERT INTO schema_version(version) VALUES (?)", (number,))
    with conn:
        _insert_reciprocal(conn, random.Random(8), 20)
    conn.close()
    with Store(path) as store:
        stored = {r[0] for r in store.conn.execute("SELECT id FROM agg_repeats")}
        assert stored == _expected_repeats(store.conn) and stored
