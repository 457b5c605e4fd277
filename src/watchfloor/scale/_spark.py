"""``spark-run``: the single-process forward path, mapped over Spark partitions.

The driver lists the input files and distributes their paths. Executors read them with
:func:`watchfloor.ingest.read_sources`, count the lines repeated across the run's documents
(one pass, as :func:`watchfloor.ingest.ingest` does over its batch), ``clean`` each record
against them, keep the first record of each article id in run order, and parse and extract
in batches with :func:`watchfloor.pipeline.extract_articles` — the very functions
``watchfloor run`` uses, so no rule has a second implementation.

The spaCy pipeline is built lazily, once per Python worker process, by the cached
:func:`watchfloor.nlp.load_pipeline` (Spark reuses its Python workers between tasks, so a
worker loads the model on its first batch and keeps it).

Results are written as Parquet tables with the store's columns (see ``_rows.py``); an
article read from several records is kept once, as the store keeps it, with every origin
listed in ``origins``. The dyad-day aggregate runs as Spark SQL over the written events.
"""

from __future__ import annotations

import logging
import operator
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..analytics import dyad_actor_sql
from ..errors import Errors, SettingsError, WatchfloorError
from ..ingest import clean, folder_files, line_key, read_sources
from ..model import Article, Extraction, RawDocument, Reject
from ..pipeline import extract_articles
from ..settings import Settings
from ._rows import COLUMNS, TABLES, Row, extraction_rows, reject_row

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "DYAD_DAY_SQL",
    "SparkRunStats",
    "clean_partition",
    "dyad_days",
    "input_files",
    "line_keys",
    "partition_rows",
    "read_partition",
    "spark_run",
    "spark_schema",
    "start_session",
]

log = logging.getLogger(__name__)

# The escalation index of ``watchfloor.analytics.escalation_index`` as Spark SQL: one row per
# unordered dyad (actors folded to countries by the analytics stage's own SQL for ``dyad_actor``)
# per day. Only observed events count in the index; claimed ones are counted apart, so a claimed
# de-escalation cannot lower it. ``corroborated`` needs the claim ledger, which runs over the
# store (see docs/scale.md), so it is 0 here. The day is the event's own full-day date, else the
# article's publication day.
DYAD_DAY_SQL: Final = """
WITH e AS (
  -- DISTINCT: a reciprocal act coded in each direction (one trigger, two events) counts once per dyad
  SELECT DISTINCT
    ev.article_id, ev.trigger_start, ev.trigger_end, ev.cameo,
    least({key1}, {key2}) AS actor_a,
    greatest({key1}, {key2}) AS actor_b,
    coalesce(ev.day, substr(a.published, 1, 10)) AS day,
    ev.status, ev.quad_class, ev.goldstein
  FROM events ev LEFT JOIN articles a ON a.id = ev.article_id
  WHERE ev.actor1_code IS NOT NULL AND ev.actor2_code IS NOT NULL AND ev.status IN ('observed', 'claimed')
)
SELECT
  actor_a,
  actor_b,
  day,
  sum(IF(status = 'observed', 1, 0)) AS events,
  sum(IF(status = 'observed', 1, 0)) AS observed,
  CAST(0 AS BIGINT) AS corroborated,
  sum(IF(status = 'observed' AND quad_class = 1, 1, 0)) AS q1,
  sum(IF(status = 'observed' AND quad_class = 2, 1, 0)) AS q2,
  sum(IF(status = 'observed' AND quad_class = 3, 1, 0)) AS q3,
  sum(IF(status = 'observed' AND quad_class = 4, 1, 0)) AS q4,
  coalesce(sum(IF(status = 'observed', goldstein, NULL)), 0.0) AS goldstein_sum,
  avg(IF(status = 'observed', goldstein, NULL)) AS goldstein_mean,
  -coalesce(sum(IF(status = 'observed', goldstein, NULL)), 0.0) AS escalation,
  sum(IF(status = 'claimed', 1, 0)) AS claimed,
  coalesce(sum(IF(status = 'claimed', goldstein, NULL)), 0.0) AS claimed_goldstein_sum
FROM e
WHERE day IS NOT NULL
GROUP BY actor_a, actor_b, day
"""

# Primary keys of the store's fact tables: one row each, as INSERT OR IGNORE keeps them.
_UNIQUE: Final[dict[str, list[str]]] = {
    "statements": ["id"],
    "events": ["id"],
    "timexes": ["article_id", "start", "end"],
    "origins": ["article_id", "origin", "record"],
}
Raw = RawDocument | Reject
_SPARK_TYPES: Final = {"string": "StringType", "int64": "LongType", "float64": "DoubleType"}


@dataclass(frozen=True, slots=True, kw_only=True)
class SparkRunStats:
    """What a Spark run did: row counts per table written, rejects by code, seconds."""

    files: int = 0
    records: int = 0
    articles: int = 0
    duplicates: int = 0
    statements: int = 0
    events: int = 0
    timexes: int = 0
    dyad_days: int = 0
    rejects: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    output: str = ""

    @property
    def rejected(self) -> int:
        return sum(self.rejects.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "records": self.records,
            "articles": self.articles,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "rejects": dict(self.rejects),
            "statements": self.statements,
            "events": self.events,
            "timexes": self.timexes,
            "dyad_days": self.dyad_days,
            "seconds": round(self.seconds, 3),
            "output": self.output,
        }


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError:
        raise SettingsError(Errors.E801.format()) from None
    return pyspark


def input_files(inputs: Sequence[str | os.PathLike[str]]) -> list[str]:
    """The sources to distribute, in the order ``read_sources`` would read them.

    A folder becomes its readable files, recursively, sorted by relative path, hidden ones
    skipped (as ``read_sources`` walks it); files, URLs and missing paths pass through, so
    a missing or unreadable one becomes a reject on an executor exactly as in one process.
    Paths are kept as given: on a cluster give paths every executor can open.
    """
    files: list[str] = []
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            files.append(str(item))
            continue
        files.extend(str(found) for found in folder_files(path))
    return files


Seq = tuple[int, int]  # (file index in the sorted input list, record index in the file)


def read_partition(files: Iterable[tuple[int, str]], settings: Settings) -> Iterator[tuple[Seq, Raw]]:
    """Every raw record (or read reject) of ``files``, with its position in the run's order."""
    for index, path in files:
        for n, item in enumerate(read_sources([path], settings)):
            yield (index, n), item


def line_keys(raw: Raw) -> Iterator[str]:
    """The distinct non-empty line keys of one record: the unit that repeated-line counting counts."""
    if isinstance(raw, RawDocument):
        yield from {key for key in map(line_key, raw.text.splitlines()) if key}


def clean_partition(
    raws: Iterable[tuple[Seq, Raw]], settings: Settings, repeated: frozenset[str]
) -> Iterator[tuple[Seq, Article | Reject]]:
    """``clean`` each record against the run's repeated lines, as :func:`~watchfloor.ingest.ingest` does."""
    for seq, raw in raws:
        if isinstance(raw, Reject):
            yield seq, raw
            continue
        try:
            yield seq, clean(raw, settings, repeated)
        except WatchfloorError as exc:
            yield seq, Reject(code=exc.code, origin=raw.origin, record=raw.record, message=exc.message)
        except Exception as exc:  # one bad record never stops the task
            reason = f"{type(exc).__name__}: {exc}"
            message = Errors.E090.format(where=raw.where, component="clean", reason=reason)
            yield seq, Reject(code=Errors.E090.code, origin=raw.origin, record=raw.record, message=message)


def partition_rows(articles: Iterable[Article], settings: Settings) -> Iterator[tuple[str, Row]]:
    """``(table, row)`` for each article's extraction: the work of one extraction task.

    Streams: at most one batch of ``settings.batch_size`` articles is held for
    :func:`~watchfloor.pipeline.extract_articles` (the single process's function) at a time.
    """
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= settings.batch_size:
            yield from _result_rows(extract_articles(batch, settings))
            batch = []
    if batch:
        yield from _result_rows(extract_articles(batch, settings))


def _result_rows(results: Iterable[Extraction | Reject]) -> Iterator[tuple[str, Row]]:
    for result in results:
        if isinstance(result, Reject):
            yield "rejects", reject_row(result)
        else:
            for table, row in extraction_rows(result):
                if table != "origins":  # origins come from every cleaned record, duplicates too
                    yield table, row


def spark_schema(table: str) -> Any:
    """The Spark ``StructType`` of a table (:data:`~watchfloor.scale.COLUMNS`)."""
    types = _pyspark().sql.types
    fields = [
        types.StructField(name, getattr(types, _SPARK_TYPES[kind])(), True) for name, kind in COLUMNS[table]
    ]
    return types.StructType(fields)


def start_session(master: str = "local[*]", app_name: str = "watchfloor") -> SparkSession:
    """A Spark session for ``master``; in local mode the workers use this Python."""
    pyspark = _pyspark()
    builder = pyspark.sql.SparkSession.builder.master(master).appName(app_name)
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
    )
    if master.startswith("local"):
        cores = master[6:-1] if master.startswith("local[") else "1"
        n = (os.cpu_count() or 1) if cores.split(",")[0] in {"*", ""} else int(cores.split(",")[0])
        builder = (
            builder.config("spark.pyspark.python", sys.executable)
            .config("spark.pyspark.driver.python", sys.executable)
            .config("spark.sql.shuffle.partitions", str(max(1, 2 * n)))
        )
    try:
        session: SparkSession = builder.getOrCreate()
    except Exception as exc:  # the JVM did not start: no Java, bad master URL
        raise SettingsError(Errors.E802.format(master=master, reason=_last_line(exc))) from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def _last_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def dyad_days(spark: SparkSession, events: DataFrame, articles: DataFrame) -> DataFrame:
    """The dyad-day aggregate (:data:`DYAD_DAY_SQL`) of ``events``, as Spark SQL."""
    events.createOrReplaceTempView("events")
    articles.createOrReplaceTempView("articles")
    key1, key2 = (dyad_actor_sql(f"ev.actor{n}_code", "country") for n in (1, 2))
    sql = DYAD_DAY_SQL.format(key1=key1, key2=key2)
    return spark.sql(sql)


def spark_run(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    settings: Settings | None = None,
    master: str = "local[*]",
    spark: SparkSession | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
) -> SparkRunStats:
    """Read, clean, parse and extract ``inputs`` on Spark; write Parquet tables to ``output``.

    ``output`` receives one folder per table (:data:`~watchfloor.scale.TABLES` and
    ``dyad_days``). ``partitions`` spreads the files' articles over that many tasks after
    reading (useful for a few large WARC or JSONL files); by default each task reads a slice
    of the file list. A ``spark`` session given by the caller is left running.
    """
    settings = settings or Settings()
    started = time.perf_counter()
    out = str(output).rstrip("/") or "/"
    local = Path(out) if "://" not in out else None  # a URL (hdfs://, s3a://) is Spark's to check
    if local is not None and local.exists() and any(local.iterdir()) and not overwrite:
        raise SettingsError(Errors.E803.format(path=out))
    files = input_files(inputs)
    if not files:
        raise SettingsError(Errors.E804.format(path=", ".join(map(str, inputs))))
    own = spark is None
    session = spark if spark is not None else start_session(master)
    try:
        counts = _run(session, files, out, settings, partitions)
    except WatchfloorError:
        raise
    except Exception as exc:  # a task failed: report its last line, not a JVM stack
        raise WatchfloorError(Errors.E805.format(reason=_last_line(exc)), code="WF-E805") from exc
    finally:
        if own:
            session.stop()
    return SparkRunStats(files=len(files), seconds=time.perf_counter() - started, output=out, **counts)


def _first(a: tuple[Seq, Article], b: tuple[Seq, Article]) -> tuple[Seq, Article]:
    return a if a[0] <= b[0] else b


def _run(
    spark: SparkSession, files: list[str], out: str, settings: Settings, partitions: int | None
) -> dict[str, Any]:
    pyspark = _pyspark()
    sc = spark.sparkContext
    worker = settings.replace(processes=1)  # Spark is the parallelism
    level = pyspark.StorageLevel.MEMORY_AND_DISK
    listed = sc.parallelize(list(enumerate(files)), min(len(files), max(1, sc.defaultParallelism * 2)))
    raws = listed.mapPartitions(lambda fs: read_partition(fs, worker)).persist(level)
    cleaned = None
    frame = None
    try:
        # Pass 1: lines repeated across the whole run's documents, as ingest() finds them in its batch,
        # and the number of records (to size the extraction tasks).
        threshold = max(worker.boilerplate_repeat_min, 2)  # find_repeated_lines' threshold
        counted = (
            raws.flatMap(_count_keys)
            .reduceByKey(operator.add)
            .filter(lambda kv: kv[0][0] == _RECORDS or kv[1] >= threshold)
            .collect()
        )
        n_records = sum(n for (kind, _), n in counted if kind == _RECORDS)
        shared = sc.broadcast(frozenset(key for (kind, key), _ in counted if kind == _LINE))
        tasks = partitions or max(1, min(sc.defaultParallelism * 2, -(-n_records // worker.batch_size)))
        # Pass 2: clean; keep the first record of each article id in run order (ingest's rule); extract.
        cleaned = raws.mapPartitions(lambda items: clean_partition(items, worker, shared.value))
        cleaned = cleaned.persist(level)
        firsts = cleaned.flatMap(_keyed_article).reduceByKey(_first, tasks).map(lambda kv: kv[1][1])
        extracted = firsts.mapPartitions(lambda arts: _tagged(partition_rows(arts, worker), "extract"))
        per_record = cleaned.flatMap(lambda item: _tagged(_record_rows(item[1]), "record"))
        # One DataFrame holds every table's rows (a struct column per table), cached in the JVM, so
        # Python runs once and the per-table writes and counts are Spark SQL only.
        frame = spark.createDataFrame(sc.union([extracted, per_record]), _tagged_schema()).persist(level)
        per_stage = {(t, st): int(n) for t, st, n in frame.groupBy("table", "stage").count().collect()}
        for table in TABLES:
            rows = frame.where(frame["table"] == table).select(f"{table}.*")
            if table in _UNIQUE:
                rows = rows.dropDuplicates(_UNIQUE[table])
            rows.write.mode("overwrite").parquet(f"{out}/{table}")
        written = {t: spark.read.parquet(f"{out}/{t}") for t in ("articles", "events", "rejects")}
        aggregate = dyad_days(spark, written["events"], written["articles"])
        aggregate.write.mode("overwrite").parquet(f"{out}/dyad_days")
        reject_codes = {str(code): int(n) for code, n in written["rejects"].groupBy("code").count().collect()}
        origins = per_stage.get(("origins", "record"), 0)
        firsts_n = per_stage.get(("articles", "extract"), 0) + per_stage.get(("rejects", "extract"), 0)
        return {
            "records": origins + per_stage.get(("rejects", "record"), 0),
            "articles": per_stage.get(("articles", "extract"), 0),
            "duplicates": origins - firsts_n,
            "statements": spark.read.parquet(f"{out}/statements").count(),
            "events": written["events"].count(),
            "timexes": spark.read.parquet(f"{out}/timexes").count(),
            "dyad_days": spark.read.parquet(f"{out}/dyad_days").count(),
            "rejects": reject_codes,
        }
    finally:
        if frame is not None:
            frame.unpersist()
        for rdd in (cleaned, raws):
            if rdd is not None:
                rdd.unpersist()


_LINE, _RECORDS = 0, 1


def _count_keys(item: tuple[Seq, Raw]) -> Iterator[tuple[tuple[int, str], int]]:
    yield (_RECORDS, ""), 1
    for key in line_keys(item[1]):
        yield (_LINE, key), 1


def _tagged(rows: Iterable[tuple[str, Row]], stage: str) -> Iterator[tuple[object, ...]]:
    """A row of the all-tables DataFrame: table, stage, then one struct per table (one filled)."""
    for table, row in rows:
        yield (table, stage, *(row if t == table else None for t in TABLES))


def _tagged_schema() -> Any:
    types = _pyspark().sql.types
    fields = [types.StructField("table", types.StringType(), False)]
    fields.append(types.StructField("stage", types.StringType(), False))
    fields += [types.StructField(t, spark_schema(t), True) for t in TABLES]
    return types.StructType(fields)


def _keyed_article(item: tuple[Seq, Article | Reject]) -> Iterator[tuple[str, tuple[Seq, Article]]]:
    seq, value = item
    if isinstance(value, Article):
        yield value.id, (seq, value)


def _record_rows(item: Article | Reject) -> Iterator[tuple[str, Row]]:
    """The ``origins`` row of every cleaned record (duplicates too), or its ``rejects`` row."""
    if isinstance(item, Article):
        yield "origins", (item.id, item.origin, item.record or "", item.format)
    else:
        yield "rejects", reject_row(item)
