"""Read-only queries behind the web views, over a :class:`~watchfloor.store.Store` connection.

Every value from a request reaches SQLite as a bound parameter; the only SQL text built
at run time is the choice among fixed fragments (which filters apply). Results are plain
dicts ready for JSON, templates and CSV.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Final

from ..errors import Errors
from ..model import EvidentialStatus
from ..store import Store, fts_query

__all__ = [
    "COUNT_CAP",
    "EVENT_ARTICLES",
    "FACET_SAMPLE",
    "HIT_SAMPLE",
    "MATCH_WINDOW",
    "RANK_LIMIT",
    "BadQuery",
    "alerts",
    "article_list",
    "article_page",
    "claim_detail",
    "claim_list",
    "dyad_timeline",
    "overview",
    "search",
    "span_anchor",
    "speaker_list",
    "speaker_page",
    "top_dyads",
]

COUNT_CAP: Final = 10_000  # totals stop here ("10000+")
FACET_SAMPLE: Final = 5_000  # facet counts are over at most this many matching rows
EVENT_ARTICLES: Final = 200  # a full-text search shows events of this many best-matching articles
RANK_LIMIT: Final = 2_000  # up to this many full-text matches are ranked by relevance ...
MATCH_WINDOW: Final = 20_000  # ... more are read newest first, at most this many
HIT_SAMPLE: Final = 1_000  # a text-only search's statement facets count its best this many hits

_TOP: Final = "\U0010ffff"  # sorts after every character: [p, p+_TOP) is the prefix range of p


class BadQuery(ValueError):
    """A request parameter SQLite cannot use (e.g. a search with no searchable words)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(Errors.E703.format(name=name, reason=reason))
        self.name = name


def span_anchor(article_id: str, start: int | None, end: int | None) -> str:
    """The permalink of a span of an article: ``/articles/{id}#s-{start}-{end}``."""
    if start is None or end is None:
        return f"/articles/{article_id}"
    return f"/articles/{article_id}#s-{start}-{end}"


def _like(text: str) -> str:
    """``%text%`` for LIKE with the wildcards in ``text`` escaped (use ``ESCAPE '\\'``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# A query with no letter or digit matches nothing (an empty result, not an error): this FTS5
# expression is false for every row.
NO_MATCH: Final = '"0" NOT "0"'


def _match(search: str) -> str:
    query = fts_query(search)
    if not any(ch.isalnum() for ch in query):
        return NO_MATCH
    return query


def _matches(
    conn: sqlite3.Connection, table: str, match: str, top: int | None = None
) -> tuple[str, list[Any], bool]:
    """A subquery ``(rowid, rank)`` of the rows of FTS ``table`` matching ``match``, and whether
    they are ranked: by relevance when there are at most :data:`RANK_LIMIT`, else the newest
    :data:`MATCH_WINDOW` by row id (FTS5 ranks every match to sort by rank, which a broad query on
    a large store cannot afford). ``top``: only the first ``top`` of them, ordered and cut inside
    the FTS index (bm25 with LIMIT), before any row is read."""
    n = _rows(
        conn,
        f"SELECT count(*) AS n FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
        [match, RANK_LIMIT + 1],
    )[0]["n"]
    if n <= RANK_LIMIT:
        if top is not None:
            return (
                f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
                [match, top],
                True,
            )
        return f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ?", [match], True
    return (
        f"SELECT rowid, -rowid AS rank FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
        [match, MATCH_WINDOW if top is None else min(top, MATCH_WINDOW)],
        False,
    )


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        # FTS5 rejects some queries even quoted (e.g. only punctuation); say so, as a 400.
        if "fts5" in str(exc).lower():
            raise BadQuery("q", "not a usable full-text query") from None
        raise


def _day_range(column: str, since: dt.date | None, until: dt.date | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append(f"{column} <= ?")
        params.append(until.isoformat() + "\uffff")  # includes timestamps on that day
    return where, params


# -- overview -------------------------------------------------------------------------------


def alerts(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The most recent alerts that are not closed, highest score first within a day."""
    out = []
    for row in _rows(
        store.conn,
        "SELECT id, dyad, day, score, record FROM alerts ORDER BY day DESC, score DESC, id LIMIT ?",
        (limit * 2,),
    ):
        record = json.loads(row.pop("record"))
        if str(record.get("status", "open")).lower() in {"closed", "resolved", "dismissed"}:
            continue
        row["record"] = record
        out.append(row)
    return out[:limit]


def top_dyads(store: Store, limit: int = 12) -> list[dict[str, Any]]:
    """Actor pairs (by code) with the most events (from the store's per-pair counts)."""
    return _rows(
        store.conn,
        "SELECT a, b, events FROM agg_dyads ORDER BY events DESC, a, b LIMIT ?",
        (limit,),
    )


def overview(store: Store, *, speakers: int = 10) -> dict[str, Any]:
    """Counts, per-day series of articles / statements / events, top speakers and dyads, open alerts.

    Everything comes from the store's summary tables (schema v4), kept exact at write time: per
    day, articles and statements by publication day and events by their resolved day."""
    series = _rows(
        store.conn,
        "SELECT day, articles, statements, events FROM agg_day"
        " WHERE articles > 0 OR statements > 0 OR events > 0 ORDER BY day",
    )
    return {
        "counts": store.counts(),
        "series": series,
        "speakers": store.speakers(limit=speakers),
        "dyads": top_dyads(store),
        "alerts": alerts(store),
    }


# -- timeline of one actor pair --------------------------------------------------------------


def _dyad_branches(a: str, b: str | None) -> list[tuple[str, list[Any]]]:
    """The dyad condition as disjoint branches, each answerable from one index alone: rows with
    ``actor1`` in ``a`` (and ``actor2`` in ``b``) from ``events_dyad_series``; rows with ``actor2`` in
    ``a`` (and ``actor1`` in ``b``) not already counted from ``events_actor2_series``."""
    ra, rb = [a, a + _TOP], ([b, b + _TOP] if b is not None else [])
    in_a1 = "e.actor1_code >= ? AND e.actor1_code < ?"
    in_a2 = "e.actor2_code >= ? AND e.actor2_code < ?"
    plus_a2 = "+e.actor2_code >= ? AND +e.actor2_code < ?"
    plus_a1 = "+e.actor1_code >= ? AND +e.actor1_code < ?"
    if b is None:
        return [(in_a1, ra), (f"{in_a2} AND NOT ({plus_a1})", [*ra, *ra])]
    return [
        (f"{in_a1} AND {plus_a2}", [*ra, *rb]),
        (f"{in_a2} AND {plus_a1} AND NOT ({plus_a1} AND {plus_a2})", [*ra, *rb, *ra, *rb]),
    ]


def _event_row(row: dict[str, Any]) -> dict[str, Any]:
    record = json.loads(row.pop("record"))
    row["record"] = record
    row["link"] = span_anchor(row["article_id"], row["trigger_start"], row["trigger_end"])
    row["trigger"] = record.get("trigger", {}).get("text", "")
    return row


_EVENT_COLUMNS: Final = (
    "e.id, e.article_id, e.actor1_name, e.actor1_code, e.actor2_name, e.actor2_code, e.cameo, e.root,"
    " e.goldstein, e.quad_class, e.status, e.claimed_by_name, e.claimed_by_code, e.date, e.day,"
    " e.trigger_start, e.trigger_end, e.statement_id, e.record"
)


def _latest_events(store: Store, cond: str, params: Sequence[Any], limit: int) -> list[dict[str, Any]]:
    """The latest ``limit`` events matching ``cond``, oldest first. The sort runs over row ids
    only, so a dyad with tens of thousands of events does not sort their JSON records."""
    return [
        _event_row(r)
        for r in _rows(
            store.conn,
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.rowid IN"
            f" (SELECT e.rowid FROM events e WHERE {cond} ORDER BY e.day DESC LIMIT ?)"
            " ORDER BY coalesce(e.day, ''), e.article_id, e.trigger_start",
            [*params, limit],
        )
    ]


# The escalation index as :mod:`watchfloor.analytics` defines it: minus the summed Goldstein
# score of a dyad-day's observed events and of claimed events whose claim the ledger has
# corroborated; other claimed events are kept apart; denied, negated, hypothetical left out; an
# event without a resolved day counts on its article's publication day. Read here from the
# store's summary tables of schema v4 (agg_dyad_day, agg_actor_day: per pair or actor code, day
# and status, kept exact by triggers), with only the few corroborated claimed events read as
# rows; a test checks it agrees with ``analytics.escalation_index``.
_CORROBORATED_ROWIDS: Final = (
    "SELECT e2.rowid FROM claims c JOIN claim_appearances p ON p.claim_id = c.id"
    " JOIN events e2 ON e2.id = p.event_id WHERE c.status = 'corroborated'"
    " UNION SELECT e2.rowid FROM claims c JOIN claim_appearances p ON p.claim_id = c.id"
    " JOIN events e2 ON e2.statement_id = p.statement_id WHERE c.status = 'corroborated'"
)
_IN_INDEX: Final = frozenset({"observed", "corroborated"})


def _codes(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """The stored actor codes starting with ``prefix``."""
    return [
        r["code"]
        for r in _rows(
            conn, "SELECT code FROM agg_actors WHERE code >= ? AND code < ?", [prefix, prefix + _TOP]
        )
    ]


def _pairs(conn: sqlite3.Connection, a: str, b: str) -> list[tuple[str, str]]:
    """The stored ordered code pairs with one code in ``a`` and the other in ``b`` (either way)."""
    sql = "SELECT a, b FROM agg_dyads WHERE a >= ? AND a < ? AND b >= ? AND b < ?"
    found = {
        (r["a"], r["b"]) for x, y in ((a, b), (b, a)) for r in _rows(conn, sql, [x, x + _TOP, y, y + _TOP])
    }
    return sorted(found)


# the evidential statuses, one pair of columns each in a day's row: a dyad's day series comes back
# as one row per day (not per day and status), which is what a thousand-day series costs to read
_STATUSES: Final = tuple(sorted(str(s) for s in EvidentialStatus))
_PIVOT: Final = ", ".join(
    f"sum(CASE WHEN d.status = '{st}' THEN d.n END), sum(CASE WHEN d.status = '{st}' THEN d.g END)"
    for st in _STATUSES
)
_OTHER: Final = "d.status NOT IN (" + ", ".join(f"'{st}'" for st in _STATUSES) + ")"

Cells = dict[str, dict[str, list[float]]]  # day -> bucket -> [events, goldstein sum]


def _add_days(out: Cells, rows: Iterable[Sequence[Any]], sign: int = 1) -> None:
    """Add rows of ``(day, n, g, n, g, ...)`` (one pair per status of :data:`_STATUSES`)."""
    for row in rows:
        cells = out.get(row[0])
        if cells is None:
            cells = out[row[0]] = {}
        for i, status in enumerate(_STATUSES):
            n = row[1 + 2 * i]
            if n:
                g = sign * float(row[2 + 2 * i] or 0.0)
                cell = cells.get(status)
                if cell is None:
                    cells[status] = [sign * n, g]
                else:
                    cell[0] += sign * n
                    cell[1] += g


def _add_buckets(out: Cells, rows: Iterable[Sequence[Any]], sign: int = 1, bucket: str | None = None) -> None:
    """Add rows of ``(day, status, n, g)``, under ``bucket`` if given."""
    for day, status, n, g in rows:
        cells = out.setdefault(day, {})
        cell = cells.setdefault(bucket or status, [0, 0.0])
        cell[0] += sign * n
        cell[1] += sign * float(g or 0.0)


def _dyad_series(store: Store, a: str, b: str | None, since: dt.date | None, until: dt.date | None) -> Cells:
    """``{day: {bucket: [events, goldstein sum]}}`` for the dyad (cells of 0 events possible);
    bucket is the status, except that claimed events of corroborated claims are ``corroborated``."""
    conn = store.conn
    days, day_params = _day_range("d.day", since, until)
    out: Cells = {}
    pairs = (
        " FROM json_each(?) j CROSS JOIN agg_dyad_day d ON d.a1 = j.value ->> 0 AND d.a2 = j.value ->> 1"
        + "".join(" AND " + w for w in days)
    )

    def by_pair(pair_list: list[tuple[str, str]], sign: int) -> None:
        params = [json.dumps(pair_list), *day_params]
        _add_days(out, conn.execute(f"SELECT d.day, {_PIVOT}{pairs} GROUP BY d.day", params), sign)
        other = f"SELECT d.day, d.status, sum(d.n), sum(d.g){pairs} AND {_OTHER} GROUP BY d.day, d.status"
        _add_buckets(out, conn.execute(other, params), sign)

    odd = _rows(conn, "SELECT n FROM agg_counts WHERE name = 'odd_status'")
    if len(a) == 3 and (b is None or len(b) == 3) and not (odd and odd[0]["n"]):
        # country roots (schema v5): one row per day and root (pair), statuses in columns
        r_days, r_params = _day_range("day", since, until)
        columns = ", ".join(f"n_{st}, g_{st}" for st in _STATUSES)  # one row per key and day
        if b is None:
            keys = [("agg_root_day", "r = ?", [a])]
        else:
            both = sorted({(a, b), (b, a)})
            keys = [("agg_root_pair_day", "r1 = ? AND r2 = ?", list(k)) for k in both]
        for table, cond, params in keys:
            where = " AND ".join([cond, *r_days])
            _add_days(
                out,
                conn.execute(f"SELECT day, {columns} FROM {table} WHERE {where}", [*params, *r_params]),
            )
    elif b is not None:
        by_pair(_pairs(conn, a, b), 1)
    else:
        # every event with a code in ``a`` on either side counts once: the per-code sums count
        # an event whose two (different) codes are both in ``a`` twice, so take those off once
        where = " AND ".join(["d.code >= ? AND d.code < ?", *days])
        params = [a, a + _TOP, *day_params]
        _add_days(
            out,
            conn.execute(f"SELECT d.day, {_PIVOT} FROM agg_actor_day d WHERE {where} GROUP BY d.day", params),
        )
        _add_buckets(
            out,
            conn.execute(
                f"SELECT d.day, d.status, sum(d.n), sum(d.g) FROM agg_actor_day d WHERE {where} AND {_OTHER}"
                " GROUP BY d.day, d.status",
                params,
            ),
        )
        inner = [p for p in _pairs(conn, a, a) if p[0] != p[1]]
        if inner:
            by_pair(inner, -1)
    # one act coded twice (a reciprocal act, RUS→UKR and UKR→RUS on one trigger) counts once, as
    # in the escalation index: the summaries count rows, so the repeats (agg_repeats) come off
    r_days, r_params = _day_range("day", since, until)
    if b is None and len(a) == 3:
        where, params = "(r1 = ? OR r2 = ?)", [a, a]
    elif b is None:
        where, params = "((a1 >= ? AND a1 < ?) OR (a2 >= ? AND a2 < ?))", [a, a + _TOP, a, a + _TOP]
    elif len(a) == 3 and len(b) == 3:
        where, params = "((r1 = ? AND r2 = ?) OR (r1 = ? AND r2 = ?))", [a, b, b, a]
    else:
        where = "id IN (SELECT r.id FROM json_each(?) j CROSS JOIN agg_repeats r ON r.a1 = j.value ->> 0"
        where += " AND r.a2 = j.value ->> 1)"
        params = [json.dumps(_pairs(conn, a, b))]
    repeats = conn.execute(
        "SELECT day, status, count(*), sum(goldstein) FROM agg_repeats"
        f" WHERE {' AND '.join([where, 'day IS NOT NULL', *r_days])} GROUP BY day, status",
        [*params, *r_params],
    ).fetchall()
    _add_buckets(out, repeats, sign=-1)
    # claimed events the ledger corroborated move to their own bucket (only if there are any)
    if _rows(conn, "SELECT 1 AS x FROM claims WHERE status = 'corroborated' LIMIT 1"):
        a_days, a_params = _day_range("day", since, until)
        for cond, params in _dyad_branches(a, b):
            moved = conn.execute(
                "SELECT day, 'claimed', count(*), sum(goldstein) FROM ("
                " SELECT coalesce(e.day, substr(a.published, 1, 10)) AS day, e.goldstein"
                " FROM events e JOIN articles a ON a.id = e.article_id"
                f" WHERE e.rowid IN ({_CORROBORATED_ROWIDS}) AND e.status = 'claimed' AND {cond}"
                " AND e.rowid NOT IN (SELECT id FROM agg_repeats)"
                f") WHERE {' AND '.join(['day IS NOT NULL', *a_days])} GROUP BY day",
                [*params, *a_params],
            ).fetchall()
            _add_buckets(out, moved, sign=-1)
            _add_buckets(out, moved, bucket="corroborated")
    return out


def _newest(
    store: Store, a: str, b: str | None, since: dt.date | None, until: dt.date | None, limit: int
) -> list[int]:
    """Row ids of the dyad's latest ``limit`` events (by day, then row id; undated last): the
    newest of each exact code pair (or each code, either side) from its index, merged."""
    days, day_params = _day_range("e.day", since, until)
    extra = "".join(" AND " + w for w in days)
    if b is not None:
        lookups = [("e.actor1_code = ? AND e.actor2_code = ?", [x, y]) for x, y in _pairs(store.conn, a, b)]
    else:
        codes = _codes(store.conn, a)
        lookups = [(f"e.{side} = ?", [code]) for side in ("actor1_code", "actor2_code") for code in codes]
    if not lookups:
        return []
    # each lookup's newest from its index, merged and cut in SQLite (an event found under both of
    # its codes counts once); at most 400 lookups per statement (SQLite's compound-select limit)
    found: list[tuple[int, str | None]] = []
    for start in range(0, len(lookups), 400):
        part = lookups[start : start + 400]
        union = " UNION ALL ".join(
            f"SELECT * FROM (SELECT e.rowid AS rid, e.day AS day FROM events e WHERE {cond}{extra}"
            " ORDER BY e.day DESC, e.rowid DESC LIMIT ?)"
            for cond, _params in part
        )
        params = [x for _cond, ps in part for x in [*ps, *day_params, limit]]
        found += store.conn.execute(
            f"SELECT DISTINCT rid, day FROM ({union}) ORDER BY day DESC, rid DESC LIMIT ?", [*params, limit]
        ).fetchall()
    if len(lookups) > 400:
        found = sorted(set(found), key=lambda r: (r[1] is not None, r[1] or "", r[0]), reverse=True)
    return [rid for rid, _day in found[:limit]]


def dyad_timeline(
    store: Store,
    a: str,
    b: str | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 500,
) -> dict[str, Any]:
    """Events between actors whose codes start with ``a`` and ``b`` (either direction; ``b``
    omitted: every event of ``a``), latest ``limit`` listed, and per day the escalation index,
    what uncorroborated claims alone would add (``claimed_index``), counts by status and a
    7-day trailing mean of the index."""
    cells_by_day = _dyad_series(store, a, b, since, until)
    series: list[dict[str, Any]] = []
    window: list[tuple[dt.date, float]] = []  # (day, index) of the last 7 calendar days with events
    for day in sorted(cells_by_day):  # one pass: a thousand days per request
        cells = cells_by_day[day]
        by_status: dict[str, int] = {}
        total = 0
        index = claimed = 0.0
        for bucket in sorted(cells):
            n, g = cells[bucket]
            if not n:
                continue
            by_status[bucket] = int(n)
            total += int(n)
            if bucket in _IN_INDEX:
                index -= g
            elif bucket == "claimed":
                claimed -= g
        if not by_status:
            continue
        index = round(float(index), 3) + 0.0
        # a 7-day trailing mean: days without events count as 0 (as the alerts' baselines do)
        today = dt.date.fromisoformat(day[:10])
        window = [(d, v) for d, v in window if (today - d).days < 7] + [(today, index)]
        series.append(
            {
                "day": day,
                "events": total,
                "index": index,
                "claimed_index": round(float(claimed), 3) + 0.0,
                "by_status": by_status,
                "mean7": round(sum(v for _, v in window) / 7, 3) + 0.0,
            }
        )
    rowids = json.dumps(_newest(store, a, b, since, until, limit))
    events = _latest_events(store, "e.rowid IN (SELECT value FROM json_each(?))", [rowids], limit)
    undated = sum(1 for e in events if e["day"] is None)
    return {"a": a, "b": b, "series": series, "events": events, "undated": undated}


# -- claim ledger ----------------------------------------------------------------------------


def claim_list(
    store: Store, *, status: str | None = None, q: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Ledger entries with their appearance counts, most appearances first."""
    where: list[str] = []
    params: list[Any] = []
    if status:
        where.append("c.status = ?")
        params.append(status)
    if q:
        where.append("c.text LIKE ? ESCAPE '\\'")
        params.append(_like(q))
    sql = (
        "SELECT c.id, c.text, c.status, c.first_date, c.last_date,"
        " (SELECT count(*) FROM claim_appearances p WHERE p.claim_id = c.id) AS appearances"
        " FROM claims c"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY appearances DESC, c.first_date, c.id LIMIT ?"
    return _rows(store.conn, sql, [*params, limit])


def claim_detail(store: Store, claim_id: str) -> dict[str, Any] | None:
    """One claim with its evidence trail: each appearance, in order, linked to its span."""
    rows = _rows(
        store.conn,
        "SELECT id, text, status, first_date, last_date, record FROM claims WHERE id = ?",
        (claim_id,),
    )
    if not rows:
        return None
    claim = rows[0]
    claim["record"] = json.loads(claim["record"])
    trail = _rows(
        store.conn,
        "SELECT p.seq, p.article_id, p.statement_id, p.event_id, p.role, p.speaker, p.date, p.record,"
        " a.published, a.title,"
        " s.content_start AS s_start, s.content_end AS s_end, s.content AS s_text,"
        " e.trigger_start AS e_start, e.trigger_end AS e_end, e.cameo, e.status AS event_status"
        " FROM claim_appearances p"
        " LEFT JOIN articles a ON a.id = p.article_id"
        " LEFT JOIN statements s ON s.id = p.statement_id"
        " LEFT JOIN events e ON e.id = p.event_id"
        " WHERE p.claim_id = ? ORDER BY p.seq",
        (claim_id,),
    )
    for step in trail:
        record = step["record"] = json.loads(step["record"])
        # the appearance's own span (ledger record) first, then its statement's, then its event's
        own = record.get("content") or record.get("sentence")
        if isinstance(own, dict) and "start" in own and "end" in own:
            step["link"] = span_anchor(step["article_id"], int(own["start"]), int(own["end"]))
            step["s_text"] = step["s_text"] or own.get("text")
        elif step["s_start"] is not None:
            step["link"] = span_anchor(step["article_id"], step["s_start"], step["s_end"])
        else:
            step["link"] = span_anchor(step["article_id"], step["e_start"], step["e_end"])
    claim["appearances"] = trail
    # the ledger's replay: each status change, pointing at the appearance that caused it
    history = claim["record"].get("trail") if isinstance(claim["record"], dict) else None
    claim["trail"] = [
        {
            **step,
            "link": trail[step["appearance"]]["link"]
            if isinstance(step.get("appearance"), int) and 0 <= step["appearance"] < len(trail)
            else None,
        }
        for step in (history if isinstance(history, list) else [])
        if isinstance(step, dict)
    ]
    return claim


# -- speakers --------------------------------------------------------------------------------


def speaker_list(store: Store, *, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Speakers by number of statements; ``q`` filters names and roles (substring)."""
    if not q:  # the store's per-speaker counts
        return _rows(
            store.conn,
            "SELECT name, role, country, code, statements FROM agg_speakers"
            " ORDER BY statements DESC, name LIMIT ?",
            [limit],
        )
    sql = (
        "SELECT speaker_name AS name, max(speaker_role) AS role, max(speaker_country) AS country,"
        " max(speaker_code) AS code, count(*) AS statements FROM statements"
    )
    params: list[Any] = []
    if q:
        sql += " WHERE speaker_name LIKE ? ESCAPE '\\' OR speaker_role LIKE ? ESCAPE '\\'"
        params += [_like(q), _like(q)]
    sql += " GROUP BY speaker_name ORDER BY statements DESC, name LIMIT ?"
    return _rows(store.conn, sql, [*params, limit])


def _statement_row(row: dict[str, Any]) -> dict[str, Any]:
    row["record"] = json.loads(row.pop("record"))
    row["link"] = span_anchor(row["article_id"], row["content_start"], row["content_end"])
    return row


_STATEMENT_COLUMNS: Final = (
    "s.id, s.article_id, a.published, a.title, s.kind, s.speaker_name, s.speaker_role,"
    " s.speaker_organization, s.speaker_country, s.speaker_code, s.content, s.content_start,"
    " s.content_end, s.date, s.record"
)


def speaker_page(store: Store, name: str, *, limit: int = 500) -> dict[str, Any]:
    """Everything one speaker said (by exact name), with dates, and the events they claimed."""
    statements = [
        _statement_row(r)
        for r in _rows(
            store.conn,
            f"SELECT {_STATEMENT_COLUMNS} FROM statements s JOIN articles a ON a.id = s.article_id"
            " WHERE s.speaker_name = ? ORDER BY coalesce(s.date, a.published, ''), s.article_id,"
            " s.content_start LIMIT ?",
            (name, limit),
        )
    ]
    events = [
        _event_row(r)
        for r in _rows(
            store.conn,
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.claimed_by_name = ?"
            " ORDER BY coalesce(e.day, ''), e.article_id, e.trigger_start LIMIT ?",
            (name, limit),
        )
    ]
    roles = sorted({s["speaker_role"] for s in statements if s["speaker_role"]})
    countries = sorted({s["speaker_country"] for s in statements if s["speaker_country"]})
    return {"name": name, "roles": roles, "countries": countries, "statements": statements, "events": events}


# -- articles --------------------------------------------------------------------------------


def article_list(
    store: Store,
    *,
    q: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Articles newest first, or by relevance for a full-text ``q``, within a date range."""
    where, params = _day_range("a.published", since, until)
    if q:
        match = _match(q)
        # only the text narrows: take the page from the index before reading rows
        sub, sub_params, _ranked = _matches(store.conn, "articles_fts", match, None if where else limit)
        rows = _rows(
            store.conn,
            "SELECT a.rowid AS rowid_, a.id, a.published, a.title, a.url, substr(a.text, 1, 200) AS lead,"
            " (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements"
            f" FROM ({sub}) m JOIN articles a ON a.rowid = m.rowid"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY m.rank LIMIT ?",
            [*sub_params, *params, limit],
        )
        if rows:  # snippets for the page's rows only: FTS5 reads the matches in their row id range
            # (a range it can seek to; "rowid IN" would be a separate index lookup per row)
            page = [r["rowid_"] for r in rows]
            snippets = {
                r["rowid"]: r["snippet"]
                for r in _rows(
                    store.conn,
                    "SELECT rowid, snippet(articles_fts, 1, '', '', ' … ', 16) AS snippet FROM articles_fts"
                    " WHERE articles_fts MATCH ? AND rowid >= ? AND rowid <= ?"
                    " AND +rowid IN (SELECT value FROM json_each(?))",
                    [match, min(page), max(page), json.dumps(page)],
                )
            }
            for r in rows:
                r["snippet"] = snippets.get(r.pop("rowid_"))
        return rows
    sql = (
        "SELECT a.id, a.published, a.title, a.url, substr(a.text, 1, 200) AS lead,"
        " (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements"
        " FROM articles a"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY a.published DESC, a.id LIMIT ?"
    )
    return _rows(store.conn, sql, [*params, limit])


def article_page(store: Store, article_id: str) -> dict[str, Any]:
    """An article's text and every stored fact on it; raises StoreError if there is none."""
    ex = store.extraction(article_id)
    a = ex.article
    return {
        "article": {
            "id": a.id,
            "external_id": a.external_id,
            "published": a.published.isoformat() if a.published else None,
            "title": a.title,
            "url": a.url,
            "format": a.format,
            "text": a.text,
            "body": [list(r) for r in a.body],
        },
        "extraction": ex,
    }


# -- search with facets ----------------------------------------------------------------------


def _capped_count(conn: sqlite3.Connection, from_where: str, params: Sequence[Any]) -> int:
    """``count(*)``, but stops at :data:`COUNT_CAP` + 1 (the page shows "10000+")."""
    return int(
        _rows(conn, f"SELECT count(*) AS n FROM (SELECT 1{from_where} LIMIT ?)", [*params, COUNT_CAP + 1])[0][
            "n"
        ]
    )


def _facet(
    conn: sqlite3.Connection, column: str, from_where: str, params: Sequence[Any], size: int
) -> list[dict[str, Any]]:
    """Value counts of ``column`` over the first :data:`FACET_SAMPLE` matching rows."""
    return _rows(
        conn,
        f"SELECT value, count(*) AS n FROM (SELECT {column} AS value{from_where} LIMIT ?)"
        " WHERE value IS NOT NULL GROUP BY value ORDER BY n DESC, value LIMIT ?",
        [*params, FACET_SAMPLE, size],
    )


def _count_values(values: Sequence[Any], size: int) -> list[dict[str, Any]]:
    """Facet counts of ``values`` (None left out), most frequent first."""
    counts: dict[Any, int] = defaultdict(int)
    for v in values:
        if v is not None:
            counts[v] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return [{"value": v, "n": n} for v, n in ranked[:size]]


def _statements_by_rowid(conn: sqlite3.Connection, rowids: Sequence[int]) -> list[dict[str, Any]]:
    """Statement rows (with their article) for ``rowids``, in that order."""
    if not rowids:
        return []
    rows = _rows(
        conn,
        f"SELECT s.rowid AS rid, {_STATEMENT_COLUMNS} FROM statements s"
        " JOIN articles a ON a.id = s.article_id WHERE s.rowid IN (SELECT value FROM json_each(?))",
        [json.dumps(list(rowids))],
    )
    where = {r["rid"]: r for r in rows}
    out = []
    for rid in rowids:
        if rid in where:
            row = where[rid]
            row.pop("rid")
            out.append(_statement_row(row))
    return out


def search(
    store: Store,
    *,
    q: str | None = None,
    speaker: str | None = None,
    country: str | None = None,
    root: str | None = None,
    status: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 50,
    facet_size: int = 15,
) -> dict[str, Any]:
    """Full-text search over articles and statements, and the events of the best-matching
    articles, narrowed by facets.

    Totals stop at :data:`COUNT_CAP`; facet counts are over the first :data:`FACET_SAMPLE`
    matching rows (exact below that) — for a search by words alone, the statement facets are over
    its best :data:`HIT_SAMPLE` hits — so a broad search on a large store stays fast. Full-text
    matches are ranked by relevance up to :data:`RANK_LIMIT` of them, else read newest first
    (``ranked`` is False). ``q`` narrows events to those of the :data:`EVENT_ARTICLES` first
    matching articles.
    """
    conn = store.conn
    match = _match(q) if q else None
    # statements
    s_where, s_params = _day_range("a.published", since, until)
    s_join = ""
    ranked = True
    if match:
        sub, sub_params, ranked = _matches(conn, "statements_fts", match)
        s_join = f" JOIN ({sub}) f ON f.rowid = s.rowid"
        s_params[0:0] = sub_params
    if speaker:
        s_where.append("s.speaker_name = ?")
        s_params.append(speaker)
    if country:
        s_where.append("s.speaker_country = ?")
        s_params.append(country)
    s_from = f" FROM statements s{s_join} JOIN articles a ON a.id = s.article_id"
    s_cond = (" WHERE " + " AND ".join(s_where)) if s_where else ""
    statements_on = not (root or status)  # facets of events only narrow the events
    statements: list[dict[str, Any]] = []
    s_total = 0
    facet_speaker: list[dict[str, Any]] = []
    facet_country: list[dict[str, Any]] = []
    s_sampled = False
    if statements_on and match and not s_where:
        # only the text narrows: its best HIT_SAMPLE hits, ordered and cut inside the FTS index,
        # give the facets and the page; the total is counted in the FTS index alone (every match
        # is a statement); only the page's rows are then read whole
        sample = max(HIT_SAMPLE, limit)  # the page is among them
        top, top_params, _ranked = _matches(conn, "statements_fts", match, sample)
        cand = _rows(
            conn,
            "SELECT s.rowid AS rid, s.speaker_name AS speaker, s.speaker_country AS country, f.rank AS rank"
            f" FROM ({top}) f CROSS JOIN statements s ON s.rowid = f.rowid",
            top_params,
        )
        s_total = (
            len(cand)
            if len(cand) < sample
            else _capped_count(conn, " FROM statements_fts WHERE statements_fts MATCH ?", [match])
        )
        s_sampled = s_total > len(cand)
        facet_speaker = _count_values([c["speaker"] for c in cand], facet_size)
        facet_country = _count_values([c["country"] for c in cand], facet_size)
        page = [c["rid"] for c in sorted(cand, key=lambda c: (c["rank"], c["rid"]))[:limit]]
        statements = _statements_by_rowid(conn, page)
    elif statements_on and match:
        # one pass over (at most FACET_SAMPLE) matches gives the total, facets and the page order;
        # only the page's rows are then read whole
        cand = _rows(
            conn,
            "SELECT s.rowid AS rid, s.speaker_name AS speaker, s.speaker_country AS country, f.rank AS rank"
            f"{s_from if since or until else s_from.split(' JOIN articles')[0]}{s_cond} LIMIT ?",
            [*s_params, FACET_SAMPLE],
        )
        s_total = len(cand) if len(cand) < FACET_SAMPLE else _capped_count(conn, s_from + s_cond, s_params)
        facet_speaker = _count_values([c["speaker"] for c in cand], facet_size)
        facet_country = _count_values([c["country"] for c in cand], facet_size)
        page = [c["rid"] for c in sorted(cand, key=lambda c: (c["rank"], c["rid"]))[:limit]]
        statements = _statements_by_rowid(conn, page)
    elif statements_on:
        statements = [
            _statement_row(r)
            for r in _rows(
                conn,
                f"SELECT {_STATEMENT_COLUMNS}{s_from}{s_cond}"
                " ORDER BY a.published DESC, s.article_id, s.content_start LIMIT ?",
                [*s_params, limit],
            )
        ]
        s_total = _capped_count(conn, s_from + s_cond, s_params)
        facet_speaker = _facet(conn, "s.speaker_name", s_from + s_cond, s_params, facet_size)
        facet_country = _facet(conn, "s.speaker_country", s_from + s_cond, s_params, facet_size)
    # events
    e_where, e_params = _day_range("e.day", since, until)
    if match:
        sub, sub_params, a_ranked = _matches(conn, "articles_fts", match, EVENT_ARTICLES)
        ranked = ranked and a_ranked
        e_where.insert(  # the best articles are picked in the FTS index, then their ids read
            0, f"e.article_id IN (SELECT a.id FROM ({sub}) m JOIN articles a ON a.rowid = m.rowid)"
        )
        e_params[0:0] = sub_params
    if speaker:
        e_where.append("e.claimed_by_name = ?")
        e_params.append(speaker)
    if country:
        e_where.append("(substr(e.actor1_code, 1, 3) = ? OR substr(e.actor2_code, 1, 3) = ?)")
        e_params += [country, country]
    if root:
        e_where.append("e.root = ?")
        e_params.append(root.zfill(2))
    if status:
        e_where.append("e.status = ?")
        e_params.append(status)
    events: list[dict[str, Any]] = []
    e_total = 0
    facet_root: list[dict[str, Any]] = []
    facet_status: list[dict[str, Any]] = []
    if e_where and match:  # few events (those of EVENT_ARTICLES articles): one pass, as above
        e_cond = " AND ".join(e_where)
        cand = _rows(
            conn,
            f"SELECT e.rowid AS rid, e.day AS day, e.root AS root, e.status AS status FROM events e"
            f" WHERE {e_cond} LIMIT ?",
            [*e_params, FACET_SAMPLE],
        )
        e_total = (
            len(cand)
            if len(cand) < FACET_SAMPLE
            else _capped_count(conn, f" FROM events e WHERE {e_cond}", e_params)
        )
        facet_root = _count_values([c["root"] for c in cand], facet_size)
        facet_status = _count_values([c["status"] for c in cand], facet_size)
        latest = sorted(cand, key=lambda c: (c["day"] or "", c["rid"]), reverse=True)[:limit]
        events = _latest_events(
            store,
            "e.rowid IN (SELECT value FROM json_each(?))",
            [json.dumps([c["rid"] for c in latest])],
            limit,
        )
    elif e_where:  # an unfiltered search lists statements; events need some narrowing
        e_cond = " AND ".join(e_where)
        events = _latest_events(store, e_cond, e_params, limit)
        e_total = _capped_count(conn, f" FROM events e WHERE {e_cond}", e_params)
        facet_root = _facet(conn, "e.root", f" FROM events e WHERE {e_cond}", e_params, facet_size)
        facet_status = _facet(conn, "e.status", f" FROM events e WHERE {e_cond}", e_params, facet_size)
    articles = article_list(store, q=q, since=since, until=until, limit=limit) if q else []
    return {
        "articles": articles,
        "statements": statements,
        "statements_total": s_total,
        "events": events,
        "events_total": e_total,
        "count_cap": COUNT_CAP,
        "ranked": ranked,
        "facets_sampled": s_sampled or max(s_total, e_total) > FACET_SAMPLE,
        "facets": {
            "speaker": facet_speaker,
            "country": facet_country,
            "root": facet_root,
            "status": facet_status,
        },
    }
