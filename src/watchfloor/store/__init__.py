"""The embedded store: SQLite (WAL) with FTS5, a schema version table and forward migrations."""

from __future__ import annotations

from ._convert import article_from_row, event_from_json, statement_from_json
from ._rows import Row, article_row, day_of, event_row, origin_row, statement_row, timex_row
from ._schema import SCHEMA_VERSION
from ._sqlite import Store, fts_query

__all__ = [
    "SCHEMA_VERSION",
    "Row",
    "Store",
    "article_from_row",
    "article_row",
    "day_of",
    "event_from_json",
    "event_row",
    "fts_query",
    "origin_row",
    "statement_from_json",
    "statement_row",
    "timex_row",
]
