"""Table rows from model objects: the columns of the Parquet tables Spark writes.

The columns are the Parquet export's (:data:`watchfloor.analytics.PARQUET_COLUMNS`, the
store's columns), so a table written by ``spark-run`` and the same table exported from a
store with ``watchfloor export --format parquet`` line up column by column:

- ``articles``: id, external_id, published, title, url, format, text, body (JSON list of
  ``[start, end]``), dateline (JSON span or null) — one row per article id;
- ``origins``: article_id, origin, record (``""`` for a whole file), format — every record
  an article was read from;
- ``statements``: id, article_id, kind, speaker_name/role/organization/country/code,
  content_start, content_end, content, sentence_start, sentence_end, date, record (the
  statement's public JSON), extractor;
- ``events``: id, article_id, statement_id, actor1_name/code, actor2_name/code, cameo, root,
  goldstein, quad_class, status, claimed_by_name/code, date, day (``YYYY-MM-DD`` when the
  date is one full day), trigger_start/end, sentence_start/end, record, extractor;
- ``timexes``: article_id, start, end, text, type, value;
- ``rejects``: code, origin, record, message.

Types are the SQLite affinities mapped to Parquet: ``string`` (TEXT), ``int64`` (INTEGER),
``float64`` (REAL). Every function here is pure and runs unchanged on a Spark executor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ..analytics import PARQUET_COLUMNS
from ..model import Extraction, Reject
from ..store import Row, article_row, day_of, event_row, origin_row, statement_row, timex_row

__all__ = ["COLUMNS", "TABLES", "Row", "day_of", "extraction_rows", "reject_row"]

# (column, type) per table, in the order rows are built: the Parquet export's columns (defined once,
# in analytics), plus ``rejects``. Types: "string", "int64", "float64".
COLUMNS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    **{table: PARQUET_COLUMNS[table] for table in ("articles", "origins", "statements", "events", "timexes")},
    "rejects": (
        ("code", "string"),
        ("origin", "string"),
        ("record", "string"),
        ("message", "string"),
    ),
}

TABLES: Final[tuple[str, ...]] = tuple(COLUMNS)


def extraction_rows(ex: Extraction) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` pairs for one extraction: its article, origin and every fact."""
    a = ex.article
    yield "articles", article_row(a)
    yield "origins", origin_row(a)
    for s in ex.statements:
        yield "statements", statement_row(a.id, s)
    for e in ex.events:
        yield "events", event_row(a.id, e)
    for t in ex.timexes:
        yield "timexes", timex_row(a.id, t)


def reject_row(reject: Reject) -> Row:
    """The ``rejects`` row of a record that could not be processed."""
    return (reject.code, reject.origin, reject.record, reject.message)
