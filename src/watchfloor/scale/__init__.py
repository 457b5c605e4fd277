"""Scale-out: the same forward path on Apache Spark, writing Parquet tables.

``spark_run`` needs the optional extra ``watchfloor[spark]`` (PySpark); importing this
package does not import PySpark, and without it ``spark_run`` raises ``WF-E801``.
"""

from __future__ import annotations

from ._rows import COLUMNS, TABLES, day_of, extraction_rows, reject_row
from ._spark import (
    DYAD_DAY_SQL,
    SparkRunStats,
    clean_partition,
    dyad_days,
    input_files,
    line_keys,
    partition_rows,
    read_partition,
    spark_run,
    spark_schema,
    start_session,
)

__all__ = [
    "COLUMNS",
    "DYAD_DAY_SQL",
    "TABLES",
    "SparkRunStats",
    "clean_partition",
    "day_of",
    "dyad_days",
    "extraction_rows",
    "input_files",
    "line_keys",
    "partition_rows",
    "read_partition",
    "reject_row",
    "spark_run",
    "spark_schema",
    "start_session",
]
