"""spark-run: the same forward path on Spark gives the same tables as one process.

The Spark tests run in ``local[2]`` on one corpus (the bundled sample plus generated, team-written
articles, a duplicate and a broken record) and compare every table with what ``Pipeline.run``
stores for the same inputs. They skip cleanly without PySpark or Java.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from watchfloor.analytics import PARQUET_COLUMNS, escalation_index
from watchfloor.cli import cli, sample_corpus
from watchfloor.errors import SettingsError
from watchfloor.ingest import clean, find_repeated_lines, read_sources
from watchfloor.model import Article, RawDocument, Reject
from watchfloor.pipeline import Pipeline, extract_articles
from watchfloor.scale import (
    COLUMNS,
    TABLES,
    clean_partition,
    day_of,
    extraction_rows,
    input_files,
    line_keys,
    partition_rows,
    read_partition,
    spark_run,
)
from watchfloor.settings import Settings
from watchfloor.store import Store

# -- a corpus written for these tests ------------------------------------------------------------

_SPEAKERS = (
    ("Defence Minister", "Marta Kallas", "Estonia"),
    ("Foreign Minister", "Arkady Merkulov", "Russia"),
    ("Secretary-General", "Anneke Vos", "NATO"),
    ("spokesman", "Pavel Dronov", "the Kremlin"),
    ("Prime Minister", "Ieva Ozola", "Latvia"),
    ("Defence Secretary", "Tom Harwell", "Britain"),
)
_ACTIONS = (
    ("moved tanks closer to the border", "The troops will stay as long as needed"),
    ("sent two warships into the Baltic Sea", "We are ready for talks"),
    ("expelled three diplomats", "This provocation will not go unanswered"),
    ("closed a border crossing", "Our patience is not unlimited"),
    ("held air defence drills", "We do not want a war"),
    ("deployed missile launchers near the frontier", "Nobody is threatening anyone"),
)
_RIVALS = ("Russia", "NATO", "Estonia", "Finland", "the United States", "Poland")


def generated_articles(n: int, start: dt.date = dt.date(2024, 3, 1)) -> Iterator[dict[str, str]]:
    """``n`` short wire-style articles (fiction), as JSONL records."""
    for i in range(n):
        role, name, party = _SPEAKERS[i % len(_SPEAKERS)]
        action, quote = _ACTIONS[(i // 2) % len(_ACTIONS)]
        rival = _RIVALS[(i + 3) % len(_RIVALS)]
        day = start + dt.timedelta(days=i % 20)
        text = (
            f"{party} {action} on {day:%A}, officials said, and {rival} protested.\n"
            f'"{quote}," {party} {role} {name} told reporters in the capital on {day:%d %B}.\n'
            f"{name} said that {rival} had been warned twice since January.\n"
            f"{rival} denied that its forces were involved and said it would respond next week.\n"
            f"Talks between the two sides are planned for {day + dt.timedelta(days=7):%d %B}, "
            f"according to diplomats. Report {i}."
        )
        yield {"id": f"gen-{i:03d}", "text": text, "published": day.isoformat(), "title": f"Report {i}"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus (14 articles) + 36 generated + a duplicate record + a broken JSON line."""
    root = tmp_path_factory.mktemp("spark_corpus")
    shutil.copytree(sample_corpus(), root / "sample")
    lines = [json.dumps(r) for r in generated_articles(36)]
    dup = json.loads(lines[4]) | {"id": "gen-dup"}
    lines += [json.dumps(dup), '{"id": "broken", "text": "no closing brace"']
    (root / "generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


# -- pure parts (no Spark) ----------------------------------------------------------------------


def test_input_files_orders_as_read_sources(corpus: Path, settings: Settings) -> None:
    files = input_files([corpus])
    assert files == sorted(files, key=lambda p: Path(p).relative_to(corpus).as_posix())
    assert not any(p.endswith(".md") for p in files)  # no reader: skipped like read_sources skips it
    via_files = [(item.origin, item.record) for f in files for item in read_sources([f], settings)]
    via_dir = [(item.origin, item.record) for item in read_sources([str(corpus)], settings)]
    assert via_files == via_dir


def test_input_files_passes_missing_paths_to_the_readers(tmp_path: Path) -> None:
    assert input_files([tmp_path / "nope.txt"]) == [str(tmp_path / "nope.txt")]


def test_line_keys_count_to_find_repeated_lines(corpus: Path, settings: Settings) -> None:
    raws = [r for r in read_sources([str(corpus)], settings) if isinstance(r, RawDocument)]
    counts = Counter(key for raw in raws for key in line_keys(raw))
    threshold = max(settings.boilerplate_repeat_min, 2)
    assert frozenset(k for k, n in counts.items() if n >= threshold) == find_repeated_lines(
        (r.text for r in raws), settings.boilerplate_repeat_min
    )
    assert list(line_keys(Reject(code="WF-E104", origin="x", record=None, message="m"))) == []


def test_read_partition_numbers_records_in_run_order(corpus: Path, settings: Settings) -> None:
    files = input_files([corpus])
    seqs = [seq for seq, _ in read_partition(enumerate(files), settings)]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert {seq[0] for seq in seqs} == set(range(len(files)))


def test_clean_partition_turns_bad_records_into_rejects(settings: Settings) -> None:
    good = RawDocument(origin="a.txt", record=None, text="Russia said it was ready for talks.", format="text")
    empty = RawDocument(origin="b.txt", record=None, text="   \n  ", format="text")
    read_reject = Reject(code="WF-E104", origin="c.jsonl", record="line 2", message="[WF-E104] broken")
    items = [((0, 0), good), ((1, 0), empty), ((2, 0), read_reject)]
    out = list(clean_partition(items, settings, frozenset()))
    assert isinstance(out[0][1], Article) and out[0][1] == clean(good, settings)
    rejected = out[1][1]
    assert isinstance(rejected, Reject) and rejected.origin == "b.txt" and rejected.code.startswith("WF-E1")
    assert out[2] == ((2, 0), read_reject)


def test_partition_rows_are_the_single_process_rows(settings: Settings) -> None:
    records = list(generated_articles(5))
    raws = [
        RawDocument(origin="g.jsonl", record=f"line {i}", text=r["text"], format="jsonl", meta=r)
        for i, r in enumerate(records, 1)
    ]
    articles = [clean(raw, settings) for raw in raws]
    expected = [
        (table, row)
        for result in extract_articles(articles, settings)
        if not isinstance(result, Reject)
        for table, row in extraction_rows(result)
        if table != "origins"
    ]
    got = list(partition_rows(iter(articles), settings.replace(batch_size=2)))
    assert got == expected
    assert {t for t, _ in got} >= {"articles"}


def test_extraction_rows_match_the_declared_columns(settings: Settings) -> None:
    raw = RawDocument(origin="x.txt", record=None, text=next(generated_articles(1))["text"], format="text")
    (result,) = extract_articles([clean(raw, settings)], settings)
    assert not isinstance(result, Reject)
    for table, row in extraction_rows(result):
        assert len(row) == len(COLUMNS[table]), table
    for table in ("articles", "origins", "statements", "events", "timexes"):
        assert COLUMNS[table] == PARQUET_COLUMNS[table]
    assert "rejects" in TABLES


@pytest.mark.parametrize(
    ("value", "day"),
    [("2024-03-07", "2024-03-07"), ("2024-03-07T10:00", "2024-03-07"), ("2024-03", None), (None, None)],
)
def test_day_of_names_full_days_only(value: str | None, day: str | None) -> None:
    assert day_of(value) == day


def test_spark_run_refuses_a_non_empty_output(tmp_path: Path, corpus: Path) -> None:
    (tmp_path / "old.txt").write_text("x")
    with pytest.raises(SettingsError) as info:
        spark_run([corpus], tmp_path)
    assert info.value.code == "WF-E803"


def test_spark_run_without_inputs_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SettingsError) as info:
        spark_run([empty], tmp_path / "out")
    assert info.value.code == "WF-E804"


def test_spark_run_without_pyspark_says_install_the_extra(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(SettingsError) as info:
        spark_run([corpus], tmp_path / "out")
    assert info.value.code == "WF-E801"
    result = CliRunner().invoke(cli, ["spark-run", "--input", str(corpus), "--output", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "WF-E801" in result.output


# -- on Spark, local[2] ------------------------------------------------------------------------


def _java() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and (Path(home) / "bin" / "java").exists()))


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark")
    if not _java():
        pytest.skip("Java is not installed (Spark needs Java 17 or 21)")
    from watchfloor.scale import start_session

    session = start_session("local[2]", "watchfloor-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def runs(spark: Any, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The same corpus through spark-run and through Pipeline.run into a store."""
    settings = Settings()
    out = tmp_path_factory.mktemp("spark_out") / "tables"
    stats = spark_run([corpus], out, settings=settings, spark=spark)
    db = tmp_path_factory.mktemp("store") / "w.db"
    with Store(db) as store:
        single = Pipeline(settings).run([str(corpus)], store)
    return {"out": out, "stats": stats, "db": db, "single": single}


def _parquet_rows(folder: Path, table: str) -> list[tuple[Any, ...]]:
    import pyarrow.parquet as pq

    data = pq.read_table(folder / table).to_pylist()
    return sorted(tuple(row[name] for name, _ in COLUMNS[table]) for row in data)


def _store_rows(db: Path, table: str) -> list[tuple[Any, ...]]:
    names = ", ".join(f'"{name}"' for name, _ in COLUMNS[table])
    with Store(db, readonly=True) as store:
        return sorted(tuple(r) for r in store.conn.execute(f"SELECT {names} FROM {table}"))


# Equal row for row. (While extractors are being edited, run this when the tree is still: Spark's
# workers and the single process import the extractors at different moments.)
@pytest.mark.parametrize("table", ["articles", "statements", "events", "timexes", "rejects"])
def test_spark_run_tables_equal_the_single_process_store(runs: dict[str, Any], table: str) -> None:
    spark_rows = _parquet_rows(runs["out"], table)
    assert spark_rows == _store_rows(runs["db"], table)
    if table == "articles":
        assert len(spark_rows) == 50


def test_spark_run_found_facts_and_counted_them(runs: dict[str, Any]) -> None:
    stats, single = runs["stats"], runs["single"]
    assert stats.articles == single.ingested == 50
    assert stats.duplicates == single.duplicates == 1
    assert (stats.statements, stats.events, stats.timexes) == (
        single.statements,
        single.events,
        single.timexes,
    )
    assert stats.rejects == single.rejects
    assert stats.rejects.get("WF-E104") == 1  # the broken JSON line
    assert stats.statements > 0


def test_spark_run_lists_every_origin_of_a_duplicate(runs: dict[str, Any]) -> None:
    spark_origins = _parquet_rows(runs["out"], "origins")
    assert spark_origins == _store_rows(runs["db"], "origins")
    assert len(spark_origins) == 51
    dup = [row for row in spark_origins if row[2] == "line 37"]  # the duplicate record of generated.jsonl
    first = [row for row in spark_origins if row[2] == "line 5"]
    assert len(dup) == 1 and dup[0][0] == first[0][0]


def test_spark_dyad_days_equal_the_escalation_index(runs: dict[str, Any]) -> None:
    import pyarrow.parquet as pq

    got = {
        (r["actor_a"], r["actor_b"], r["day"]): (
            r["events"],
            r["claimed"],
            (r["q1"], r["q2"], r["q3"], r["q4"]),
            round(r["goldstein_sum"], 6),
            round(r["claimed_goldstein_sum"], 6),
        )
        for r in pq.read_table(runs["out"] / "dyad_days").to_pylist()
    }
    with Store(runs["db"], readonly=True) as store:
        want = {
            (*d.dyad, d.day): (
                d.events,
                d.claimed,
                d.quad_counts,
                round(d.goldstein_sum, 6),
                round(d.claimed_goldstein_sum, 6),
            )
            for d in escalation_index(store)
        }
    assert got == want


def test_spark_workers_keep_one_spacy_pipeline_each(spark: Any, runs: dict[str, Any]) -> None:
    from watchfloor.nlp import load_pipeline

    settings = Settings()
    pairs = (
        spark.sparkContext.parallelize(range(8), 8)
        .map(lambda _: (os.getpid(), id(load_pipeline(settings))))
        .distinct()
        .collect()
    )
    pids = [pid for pid, _ in pairs]
    assert len(pids) == len(set(pids))  # one pipeline object per worker process


def test_spark_dyad_days_counts_are_int64_like_the_other_tables(runs: dict[str, Any]) -> None:
    """docs/exports.md: counts are int64; a literal 0 for ``corroborated`` came out as int32."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_table(runs["out"] / "dyad_days").schema
    counts = ("events", "observed", "corroborated", "q1", "q2", "q3", "q4", "claimed")
    assert {name: str(schema.field(name).type) for name in counts} == dict.fromkeys(counts, str(pa.int64()))
