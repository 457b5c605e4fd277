"""The escalation index in DuckDB over Parquet tables (an export, or what ``spark-run`` writes).

Same rules and result as :func:`escalation_index` over a store, for tables too large for SQLite or
already in Parquet: ``events.parquet`` is required; ``articles.parquet`` supplies the day of events
without one; ``claims.parquet`` and ``claim_appearances.parquet``, when present, mark corroborated
claimed events.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from ..errors import Errors, SettingsError, StoreError
from ..model import ClaimStatus, EvidentialStatus
from ._index import DYAD_LEVELS, DyadDay, DyadLevel, _cells, dyad_actor_sql

__all__ = ["escalation_index_parquet"]


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def escalation_index_parquet(
    folder: str | Path,
    *,
    dyad: tuple[str, str] | None = None,
    level: DyadLevel = "country",
    since: str | None = None,
    until: str | None = None,
) -> list[DyadDay]:
    """The index per dyad-day from the Parquet tables in ``folder``, sorted by dyad then day."""
    if level not in DYAD_LEVELS:
        raise SettingsError(Errors.E004.format(kind="dyad level", name=level, choices=", ".join(DYAD_LEVELS)))
    root = Path(folder)
    if not (root / "events.parquet").is_file():
        raise StoreError(Errors.E020.format(path=root / "events.parquet"))
    observed, claimed = str(EvidentialStatus.OBSERVED), str(EvidentialStatus.CLAIMED)
    corroborated = "FALSE"
    if (root / "claims.parquet").is_file() and (root / "claim_appearances.parquet").is_file():
        apps = f"read_parquet({_literal(root / 'claim_appearances.parquet')})"
        claims = f"read_parquet({_literal(root / 'claims.parquet')})"
        good = f"(SELECT p.* FROM {apps} p JOIN {claims} c ON c.id = p.claim_id WHERE c.status = ?)"
        corroborated = (
            f"(e.id IN (SELECT event_id FROM {good} WHERE event_id IS NOT NULL)"
            f" OR e.statement_id IN (SELECT statement_id FROM {good} WHERE statement_id IS NOT NULL))"
        )
    day_sql, join = "e.day", ""
    if (root / "articles.parquet").is_file():
        day_sql = "coalesce(e.day, substr(a.published, 1, 10))"
        join = f" LEFT JOIN read_parquet({_literal(root / 'articles.parquet')}) a ON a.id = e.article_id"
    k1, k2 = dyad_actor_sql("e.actor1_code", level), dyad_actor_sql("e.actor2_code", level)
    sql = (
        "SELECT ka, kb, day, bucket, quad_class, count(*) AS n, sum(goldstein) AS g FROM ("
        # DISTINCT: a reciprocal act coded in each direction counts once per dyad (as in _index.py)
        " SELECT DISTINCT e.article_id, e.trigger_start, e.trigger_end, e.cameo,"
        f" least({k1}, {k2}) AS ka, greatest({k1}, {k2}) AS kb, {day_sql} AS day,"
        f" CASE WHEN e.status = ? THEN 'observed' WHEN {corroborated} THEN 'corroborated'"
        " ELSE 'claimed' END AS bucket, e.quad_class, e.goldstein"
        f" FROM read_parquet({_literal(root / 'events.parquet')}) e{join}"
        " WHERE e.actor1_code IS NOT NULL AND e.actor2_code IS NOT NULL AND e.status IN (?, ?)"
        ") WHERE day IS NOT NULL"
    )
    args: list[Any] = [observed]
    if corroborated != "FALSE":
        args += [str(ClaimStatus.CORROBORATED)] * 2
    args += [observed, claimed]
    if dyad is not None:
        sql += " AND ka = ? AND kb = ?"
        args += sorted(dyad)
    if since:
        sql += " AND day >= ?"
        args.append(since)
    if until:
        sql += " AND day <= ?"
        args.append(until)
    sql += " GROUP BY ka, kb, day, bucket, quad_class"
    with duckdb.connect() as con:
        rows = con.execute(sql, args).fetchall()
    return _cells(rows)
