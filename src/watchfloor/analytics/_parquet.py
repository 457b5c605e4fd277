"""Parquet export: one file per table, with the store's column names, readable by DuckDB, pandas, Spark.

``<out>/<table>.parquet`` for each table of :data:`PARQUET_COLUMNS`. The columns of articles,
origins, statements, events and timexes are the ones ``scale`` (Spark) writes, so a table exported
from a store and the same table written by ``spark-run`` line up column by column. Types are the
SQLite affinities: ``string``, ``int64``, ``float64``; JSON columns (``record``, ``body``,
``dateline``) stay JSON text. Rows are written in primary-key order, in batches, so memory stays
flat on large stores.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import Errors, StoreError
from ..store import Store

__all__ = ["PARQUET_COLUMNS", "PARQUET_ORDER", "arrow_schema", "write_parquet"]

PARQUET_COLUMNS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "articles": (
        ("id", "string"),
        ("external_id", "string"),
        ("published", "string"),
        ("title", "string"),
        ("url", "string"),
        ("format", "string"),
        ("text", "string"),
        ("body", "string"),
        ("dateline", "string"),
    ),
    "origins": (
        ("article_id", "string"),
        ("origin", "string"),
        ("record", "string"),
        ("format", "string"),
    ),
    "statements": (
        ("id", "string"),
        ("article_id", "string"),
        ("kind", "string"),
        ("speaker_name", "string"),
        ("speaker_role", "string"),
        ("speaker_organization", "string"),
        ("speaker_country", "string"),
        ("speaker_code", "string"),
        ("content_start", "int64"),
        ("content_end", "int64"),
        ("content", "string"),
        ("sentence_start", "int64"),
        ("sentence_end", "int64"),
        ("date", "string"),
        ("record", "string"),
        ("extractor", "string"),
    ),
    "events": (
        ("id", "string"),
        ("article_id", "string"),
        ("statement_id", "string"),
        ("actor1_name", "string"),
        ("actor1_code", "string"),
        ("actor2_name", "string"),
        ("actor2_code", "string"),
        ("cameo", "string"),
        ("root", "string"),
        ("goldstein", "float64"),
        ("quad_class", "int64"),
        ("status", "string"),
        ("claimed_by_name", "string"),
        ("claimed_by_code", "string"),
        ("date", "string"),
        ("day", "string"),
        ("trigger_start", "int64"),
        ("trigger_end", "int64"),
        ("sentence_start", "int64"),
        ("sentence_end", "int64"),
        ("record", "string"),
        ("extractor", "string"),
    ),
    "timexes": (
        ("article_id", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("text", "string"),
        ("type", "string"),
        ("value", "string"),
    ),
    "claims": (
        ("id", "string"),
        ("text", "string"),
        ("status", "string"),
        ("first_date", "string"),
        ("last_date", "string"),
        ("record", "string"),
    ),
    "claim_appearances": (
        ("claim_id", "string"),
        ("seq", "int64"),
        ("article_id", "string"),
        ("statement_id", "string"),
        ("event_id", "string"),
        ("role", "string"),
        ("speaker", "string"),
        ("date", "string"),
        ("record", "string"),
    ),
    "alerts": (
        ("id", "string"),
        ("dyad", "string"),
        ("day", "string"),
        ("score", "float64"),
        ("record", "string"),
        ("created", "string"),
    ),
}

# Row order per table (its primary key), so two exports of one store are identical.
PARQUET_ORDER: Final[dict[str, str]] = {
    "articles": "id",
    "origins": "article_id, origin, record",
    "statements": "id",
    "events": "id",
    "timexes": 'article_id, start, "end"',
    "claims": "id",
    "claim_appearances": "claim_id, seq",
    "alerts": "id",
}

_TYPES: Final = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}
_BATCH: Final = 50_000


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one exported table."""
    return pa.schema([(name, _TYPES[kind]) for name, kind in PARQUET_COLUMNS[table]])


def write_parquet(store: Store, out: str | Path) -> dict[str, int]:
    """Write every table to ``out/<table>.parquet``; returns the row count per table."""
    folder = Path(out)
    counts: dict[str, int] = {}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for table, columns in PARQUET_COLUMNS.items():
            schema = arrow_schema(table)
            names = ", ".join(f'"{name}"' for name, _ in columns)
            cursor = store.conn.execute(f"SELECT {names} FROM {table} ORDER BY {PARQUET_ORDER[table]}")
            n = 0
            with pq.ParquetWriter(folder / f"{table}.parquet", schema) as writer:
                while rows := cursor.fetchmany(_BATCH):
                    values = list(zip(*rows, strict=True))
                    arrays = [
                        pa.array(values[i], type=_TYPES[kind]) for i, (_name, kind) in enumerate(columns)
                    ]
                    writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
                    n += len(rows)
                if n == 0:
                    writer.write_table(schema.empty_table())
            counts[table] = n
    except OSError as exc:
        raise StoreError(Errors.E602.format(path=folder, reason=exc)) from None
    return counts
