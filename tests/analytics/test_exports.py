from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from watchfloor.analytics import (
    GDELT_COLUMNS,
    PARQUET_COLUMNS,
    SIDECAR_COLUMNS,
    export,
    exporters,
    global_event_id,
    update_alerts,
)
from watchfloor.errors import SettingsError, StoreError
from watchfloor.model import (
    Actor,
    Article,
    Event,
    EvidentialStatus,
    Extraction,
    QuadClass,
    Span,
    Speaker,
    Statement,
    StatementKind,
    Timex,
    TimexType,
    stable_id,
)
from watchfloor.settings import Settings
from watchfloor.store import Store

TEXT = "Russian troops shelled\tthe border.\n\nNATO said units returned. Later, more news came in today."


def _extraction(key: str, day: str, n_events: int = 2) -> Extraction:
    article = Article(
        id=stable_id("article", key),
        text=TEXT,
        body=((0, len(TEXT)),),
        published=dt.date.fromisoformat(day),
        url=f"https://example.org/{key}",
        title=f"Story {key}",
    )
    statement = Statement(
        id=stable_id("st", key),
        source=Span.of(TEXT, 36, 40),
        cue=Span.of(TEXT, 41, 45),
        content=Span.of(TEXT, 46, 60),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name="NATO", code="NATO"),
        sentence=Span.of(TEXT, 36, 61),
    )
    events = [
        Event(
            id=stable_id("ev", key, n),
            actor1=Actor(name="Russian troops", code="RUSMIL"),
            actor2=Actor(name="NATO", code="NATO"),
            cameo="190",
            goldstein=-10.0,
            quad_class=QuadClass.MATERIAL_CONFLICT,
            status=EvidentialStatus.OBSERVED if n else EvidentialStatus.CLAIMED,
            claimed_by=None if n else Actor(name="NATO", code="NATO"),
            date=day,
            trigger=Span.of(TEXT, 15, 22),
            sentence=Span.of(TEXT, 0, 34) if n else Span.of(TEXT, 36, 61),
            statement_id=None if n else statement.id,
        )
        for n in range(n_events)
    ]
    timex = Timex(start=62, end=67, text=TEXT[62:67], type=TimexType.DATE, value=day)
    return Extraction(article=article, statements=(statement,), events=tuple(events), timexes=(timex,))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "t.db")
    with s.batch():
        s.save(_extraction("a", "2024-03-04"))
        s.save(_extraction("b", "2024-03-05", 3))
        s.replace_claims(
            [
                {
                    "id": "c1",
                    "text": "units returned",
                    "status": "asserted",
                    "appearances": [{"article_id": stable_id("article", "a"), "role": "asserts"}],
                }
            ]
        )
    return s


def test_exporters_registry_has_the_builtin_formats():
    assert {"gdelt-tsv", "gdelt", "parquet"} <= set(exporters.names())


def test_export_unknown_format_names_the_choices(store, tmp_path):
    with pytest.raises(SettingsError) as info:
        export(store, "xml", tmp_path / "out")
    assert info.value.code == "WF-E601"
    assert "parquet" in str(info.value)


def test_global_event_id_is_stable_and_fits_int64():
    assert global_event_id("abc") == global_event_id("abc") != global_event_id("abd")
    assert 0 < global_event_id("abc") < 2**63


def test_gdelt_export_has_61_columns_one_row_per_event(store, tmp_path):
    out = tmp_path / "events.export.tsv"
    result = export(store, "gdelt", out)
    assert result.rows == {"events": 5}
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert (
        len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    )
    assert len(rows) == 5 and all(len(r) == 61 for r in rows)
    col = {name: n for n, name in enumerate(GDELT_COLUMNS)}
    db_ids = {global_event_id(r[0]) for r in store.conn.execute("SELECT id FROM events")}
    assert {int(r[col["GLOBALEVENTID"]]) for r in rows} == db_ids
    first = next(r for r in rows if r[col["SQLDATE"]] == "20240304" and r[col["IsRootEvent"]] == "1")
    assert first[col["MonthYear"]] == "202403" and first[col["Year"]] == "2024"
    assert first[col["FractionDate"]] == f"{2024 + (3 * 30 + 4) / 365:.4f}"
    assert first[col["Actor1Code"]] == "RUSMIL"
    assert first[col["Actor1CountryCode"]] == "RUS"
    assert first[col["Actor1Type1Code"]] == "MIL"
    assert first[col["Actor2Code"]] == "NATO" and first[col["Actor2CountryCode"]] == ""
    assert first[col["EventCode"]] == "190" and first[col["EventRootCode"]] == "19"
    assert first[col["QuadClass"]] == "4" and first[col["GoldsteinScale"]] == "-10.0"
    assert first[col["SOURCEURL"]] == "https://example.org/a"
    assert len(first[col["DATEADDED"]]) == 14
    assert {r[col["IsRootEvent"]] for r in rows} == {"0", "1"}  # the claimed one is in paragraph two


def test_gdelt_sidecar_keeps_watchfloor_columns_apart(store, tmp_path):
    out = tmp_path / "events.export.tsv"
    export(store, "gdelt-tsv", out)
    side = tmp_path / "events.export.tsv.watchfloor.tsv"
    with side.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert tuple(rows[0]) == SIDECAR_COLUMNS
    assert sorted(r["status"] for r in rows) == ["claimed", "claimed", "observed", "observed", "observed"]
    claimed = next(r for r in rows if r["status"] == "claimed")
    assert claimed["claimed_by_code"] == "NATO" and claimed["statement_id"]
    assert claimed["trigger_text"] == TEXT[15:22].replace("\t", " ")
    main_ids = [line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["GLOBALEVENTID"] for r in rows] == main_ids


def _sqlite_rows(store: Store, table: str) -> list[dict[str, object]]:
    from watchfloor.analytics._parquet import PARQUET_ORDER

    names = [n for n, _ in PARQUET_COLUMNS[table]]
    cols = ", ".join(f'"{n}"' for n in names)
    rows = store.conn.execute(f"SELECT {cols} FROM {table} ORDER BY {PARQUET_ORDER[table]}").fetchall()
    return [dict(zip(names, tuple(r), strict=True)) for r in rows]


def test_parquet_export_round_trips_every_table(store, tmp_path):
    update_alerts(store)
    out = tmp_path / "parquet"
    result = export(store, "parquet", out)
    assert result.rows["events"] == 5 and result.rows["claims"] == 1 and result.rows["articles"] == 2
    for table in PARQUET_COLUMNS:
        read = pq.read_table(out / f"{table}.parquet")
        assert read.column_names == [n for n, _ in PARQUET_COLUMNS[table]]
        assert read.to_pylist() == _sqlite_rows(store, table), table


def test_parquet_export_reads_back_in_duckdb(store, tmp_path):
    out = tmp_path / "parquet"
    export(store, "parquet", out)
    con = duckdb.connect()
    got = con.execute(
        f"SELECT status, count(*), sum(goldstein) FROM read_parquet('{out / 'events.parquet'}')"
        " GROUP BY status ORDER BY status"
    ).fetchall()
    want = store.conn.execute(
        "SELECT status, count(*), sum(goldstein) FROM events GROUP BY status ORDER BY status"
    ).fetchall()
    assert got == [tuple(r) for r in want]
    text = con.execute(f"SELECT text FROM read_parquet('{out / 'articles.parquet'}') LIMIT 1").fetchone()
    assert text == (TEXT,)


def test_parquet_export_of_an_empty_store_has_typed_empty_tables(tmp_path):
    store = Store(tmp_path / "empty.db")
    export(store, "parquet", tmp_path / "p")
    read = pq.read_table(tmp_path / "p" / "events.parquet")
    assert read.num_rows == 0 and str(read.schema.field("goldstein").type) == "double"


def test_export_to_an_unwritable_path_raises_e602(store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(Exception) as info:
        export(store, "gdelt", blocker / "sub" / "out.tsv")
    assert getattr(info.value, "code", None) == "WF-E602"


@pytest.mark.parametrize("fmt", ["gdelt", "claimreview", "parquet"])
def test_export_onto_the_store_file_is_refused_and_the_store_kept(store, tmp_path, fmt):
    """``export --db crisis.db --out crisis.db`` emptied the store before reading it."""
    if fmt not in exporters:
        pytest.skip("watchfloor.link.claimreview is not present")
    before = store.counts()
    with pytest.raises(StoreError) as info:
        export(store, fmt, tmp_path / "." / "t.db")
    assert info.value.code == "WF-E602" and "is the store being exported" in str(info.value)
    if fmt == "gdelt":  # nor onto the store's write-ahead log
        with pytest.raises(StoreError):
            export(store, fmt, tmp_path / "t.db-wal")
    assert Store(tmp_path / "t.db", readonly=True).counts() == before


def test_claimreview_export_writes_json_ld_when_the_ledger_is_present(store, tmp_path):
    if "claimreview" not in exporters:
        pytest.skip("watchfloor.link.claimreview is not present")
    out = tmp_path / "claims.json"
    result = export(store, "claimreview", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and result.rows == {"claims": len(data)}
    assert all(item["@type"] == "ClaimReview" for item in data)


def test_escalation_index_parquet_matches_the_store(store, tmp_path):
    from watchfloor.analytics import escalation_index, escalation_index_parquet

    with store.batch():
        store.replace_claims(
            [
                {
                    "id": "c2",
                    "text": "shelled",
                    "status": "corroborated",
                    "appearances": [
                        {
                            "article_id": stable_id("article", "b"),
                            "statement_id": stable_id("st", "b"),
                            "role": "asserts",
                        }
                    ],
                }
            ]
        )
    export(store, "parquet", tmp_path / "pq")
    want = escalation_index(store)
    assert any(c.corroborated for c in want) and any(c.claimed for c in want)
    assert escalation_index_parquet(tmp_path / "pq") == want
    one = escalation_index_parquet(tmp_path / "pq", dyad=("RUS", "NATO"), since="2024-03-05")
    assert one == escalation_index(store, dyad=("NATO", "RUS"), since="2024-03-05")
    (tmp_path / "pq" / "claims.parquet").unlink()  # without the ledger tables nothing is corroborated
    assert all(c.corroborated == 0 for c in escalation_index_parquet(tmp_path / "pq"))


def _odd_name_store(tmp_path: Path, name: str) -> Store:
    s = Store(tmp_path / "odd.db")
    ex = _extraction("odd", "2024-03-04")
    odd = tuple(
        Event(
            **{
                **{f: getattr(e, f) for f in e.__dataclass_fields__},
                "actor1": Actor(name=name, code="RUSMIL"),
            }
        )
        for e in ex.events
    )
    with s.batch():
        s.save(Extraction(article=ex.article, statements=ex.statements, events=odd, timexes=ex.timexes))
    return s


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r\n"])
def test_gdelt_rows_stay_one_line_for_every_line_boundary(tmp_path, sep):
    """A name with any character str.splitlines() breaks on still gives one line per event."""
    store = _odd_name_store(tmp_path, f"Russian{sep}troops")
    out = tmp_path / "events.export.tsv"
    export(store, "gdelt", out)
    for path in (out, tmp_path / "events.export.tsv.watchfloor.tsv"):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        assert len(lines) == text.count("\n") and all(len(x.split("\t")) in (61, 14) for x in lines)
    assert out.read_text(encoding="utf-8").splitlines()[0].split("\t")[6] == "Russian troops"


def test_gdelt_export_reads_back_unquoted_as_docs_say(tmp_path):
    """GDELT files have no quoting; a name with an unmatched double quote must not swallow rows when
    read as docs/exports.md says (quoting off)."""
    store = _odd_name_store(tmp_path, '"Azov fighters')
    out = tmp_path / "events.export.tsv"
    export(store, "gdelt", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 2 and all(len(r) == 61 for r in rows) and rows[0][6] == '"Azov fighters'
    docs = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
    assert "quoting=csv.QUOTE_NONE" in docs and "quote=''" in docs


def test_gdelt_reciprocal_act_is_two_rows_sharing_the_trigger(tmp_path):
    """docs/exports.md: one act coded each way gives two rows, told apart from two acts by the sidecar."""
    ex = _extraction("recip", "2024-03-04", n_events=1)
    one = dataclasses.replace(
        ex.events[0],
        actor1=Actor(name="Russia", code="RUS"),
        actor2=Actor(name="Ukraine", code="UKR"),
        cameo="0841",
        goldstein=7.0,
        quad_class=QuadClass.MATERIAL_COOPERATION,
    )
    other = dataclasses.replace(
        one, id=stable_id("ev", "recip", "mirror"), actor1=one.actor2, actor2=one.actor1
    )
    s = Store(tmp_path / "r.db")
    with s.batch():
        s.save(dataclasses.replace(ex, events=(one, other)))
    out = tmp_path / "events.export.tsv"
    export(s, "gdelt", out)
    col = {name: n for n, name in enumerate(GDELT_COLUMNS)}
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted((r[col["Actor1Code"]], r[col["Actor2Code"]]) for r in rows) == [
        ("RUS", "UKR"),
        ("UKR", "RUS"),
    ]
    assert {r[col["EventCode"]] for r in rows} == {"0841"} and {r[col["EventRootCode"]] for r in rows} == {
        "08"
    }
    with (tmp_path / "events.export.tsv.watchfloor.tsv").open(encoding="utf-8") as fh:
        side = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len({(r["article_id"], r["trigger_start"], r["trigger_end"]) for r in side}) == 1


def test_gdelt_is_root_event_in_one_paragraph_per_line_copy(tmp_path):
    """Wire copy as plain text has one paragraph per line (no blank lines): only the lead line's events
    are root events (GDELT: the first paragraph), not every event of the article."""
    text = "Russian troops shelled the border.\nNATO said units returned.\nLater, more shelling."
    ex = _extraction("lines", "2024-03-04", n_events=1)
    article = dataclasses.replace(ex.article, text=text, body=((0, len(text)),))
    lead = dataclasses.replace(
        ex.events[0], trigger=Span.of(text, 15, 22), sentence=Span.of(text, 0, 34), statement_id=None
    )
    later = dataclasses.replace(
        lead,
        id=stable_id("ev", "lines", "later"),
        trigger=Span.of(text, 68, 76),
        sentence=Span.of(text, 61, 82),
    )
    s = Store(tmp_path / "l.db")
    with s.batch():
        s.save(Extraction(article=article, statements=(), events=(lead, later), timexes=()))
    out = tmp_path / "events.export.tsv"
    export(s, "gdelt", out)
    col = {name: n for n, name in enumerate(GDELT_COLUMNS)}
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r[col["IsRootEvent"]] for r in rows] == ["1", "0"]


def test_claimreview_urls_point_at_the_public_url_setting(store, tmp_path):
    """Each review's ``url`` (Google requires it) is the claim's page where the dashboard is published."""
    if "claimreview" not in exporters:
        pytest.skip("watchfloor.link.claimreview is not present")
    out = tmp_path / "claims.json"
    export(store, "claimreview", out, Settings(public_url="https://watch.example.org/"))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data, "the fixture store should hold at least one claim"
    assert all(item["url"].startswith("https://watch.example.org/claims/") for item in data)
