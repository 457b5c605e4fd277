from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from watchfloor.cli import cli
from watchfloor.model import Actor, Article, Event, EvidentialStatus, Extraction, QuadClass, Span, stable_id
from watchfloor.store import Store

TEXT = "Russian troops shelled the border near Narva on Monday, officials said. More news followed later."


def _save(store: Store, key: str, day: str, goldstein: list[float]) -> None:
    article = Article(
        id=stable_id("article", key),
        text=TEXT + " " + key,
        body=((0, len(TEXT)),),
        published=dt.date.fromisoformat(day),
        url=f"https://example.org/{key}",
    )
    events = tuple(
        Event(
            id=stable_id("ev", key, n),
            actor1=Actor(name="Russian troops", code="RUSMIL"),
            actor2=Actor(name="NATO", code="NATO"),
            cameo="190",
            goldstein=g,
            quad_class=QuadClass.MATERIAL_CONFLICT,
            status=EvidentialStatus.OBSERVED,
            claimed_by=None,
            date=day,
            trigger=Span.of(TEXT, 15, 22),
            sentence=Span.of(TEXT, 0, 71),
        )
        for n, g in enumerate(goldstein)
    )
    with store.batch():
        store.save(Extraction(article=article, events=events))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    with Store(path) as store:
        for n in range(0, 28, 4):
            _save(store, f"q{n}", f"2024-02-{n + 1:02d}", [-2.0])
        _save(store, "burst", "2024-03-04", [-10.0, -9.5, -8.0])
    return path


def test_cli_alerts_recomputes_and_lists_json(db):
    result = CliRunner().invoke(cli, ["alerts", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [(a["dyad"], a["day"]) for a in data] == [(["NATO", "RUS"], "2024-03-04")]
    assert len(data[0]["drivers"]) == 3


def test_cli_alerts_text_since_and_dyad_filters(db):
    runner = CliRunner()
    text = runner.invoke(cli, ["alerts", "--db", str(db)])
    assert text.exit_code == 0 and "NATO-RUS 2024-03-04" in text.output and "'shelled'" in text.output
    later = runner.invoke(cli, ["alerts", "--db", str(db), "--since", "2024-03-05", "--json", "--stored"])
    assert json.loads(later.output) == []
    other = runner.invoke(cli, ["alerts", "--db", str(db), "--dyad", "USA,RUS", "--json"])
    assert json.loads(other.output) == []


def test_cli_alerts_bad_dyad_is_a_usage_error(db):
    result = CliRunner().invoke(cli, ["alerts", "--db", str(db), "--dyad", "RUS"])
    assert result.exit_code == 2 and "WF-E603" in result.output


def test_cli_alerts_missing_store_is_fatal(tmp_path):
    result = CliRunner().invoke(cli, ["alerts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 3 and "WF-E501" in result.output


def test_cli_escalation_prints_the_dyad_days(db):
    result = CliRunner().invoke(cli, ["escalation", "--db", str(db), "--dyad", "RUS,NATO", "--json"])
    assert result.exit_code == 0, result.output
    cells = json.loads(result.output)
    assert cells[-1]["day"] == "2024-03-04" and cells[-1]["escalation"] == 27.5
    table = CliRunner().invoke(cli, ["escalation", "--db", str(db), "--since", "2024-03-01"])
    assert "NATO-RUS" in table.output and "27.5" in table.output


def test_cli_export_gdelt_and_parquet(db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "gdelt.tsv"
    result = runner.invoke(cli, ["export", "--format", "gdelt", "--db", str(db), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"] == {"events": 10}
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    folder = tmp_path / "pq"
    result = runner.invoke(cli, ["export", "--format", "parquet", "--db", str(db), "--out", str(folder)])
    assert result.exit_code == 0 and "parquet: articles 8" in result.output
    assert pq.read_table(folder / "events.parquet").num_rows == 10


def test_cli_export_unknown_format_is_a_usage_error(db, tmp_path):
    result = CliRunner().invoke(
        cli, ["export", "--format", "xml", "--db", str(db), "--out", str(tmp_path / "x")]
    )
    assert result.exit_code == 2 and "WF-E601" in result.output


def test_cli_watch_runs_max_polls_over_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "(4 Mar 2024) Russian troops began exercises near the Estonian border on Monday, officials said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "w.db"
    result = CliRunner().invoke(
        cli, ["watch", str(folder), "--db", str(db), "--every", "10ms", "--max-polls", "2", "--no-ledger"]
    )
    assert result.exit_code == 0, result.output
    assert "2 poll(s), 1 new article(s)" in result.output
    with Store(db, readonly=True) as store:
        assert store.counts()["articles"] == 1


def test_cli_watch_bad_interval_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        cli, ["watch", str(tmp_path), "--db", str(tmp_path / "w.db"), "--every", "soon"]
    )
    assert result.exit_code == 2 and "WF-E604" in result.output
