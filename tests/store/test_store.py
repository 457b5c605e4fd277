from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from watchfloor.errors import StoreError
from watchfloor.model import (
    Actor,
    Article,
    Event,
    EvidentialStatus,
    Extraction,
    QuadClass,
    Reject,
    Span,
    Speaker,
    Statement,
    StatementKind,
    Timex,
    TimexType,
    stable_id,
)
from watchfloor.store import SCHEMA_VERSION, Store, fts_query

TEXT = "(1 Mar 2024) Officials said troops were leaving. NATO said it saw no <b>withdrawal</b>."


def make_extraction(text: str = TEXT, article_id: str = "a1", published: str = "2024-03-01") -> Extraction:
    article = Article(
        id=article_id,
        text=text,
        body=((13, len(text)),),
        published=dt.date.fromisoformat(published),
        title="Troops <script>",
        origin="x.txt",
        dateline=Span.of(text, 0, 12),
    )
    c_start = text.index("troops")
    content = Span.of(text, c_start, text.index(" were leaving") + len(" were leaving"))
    stmt = Statement(
        id=stable_id(article_id, "statement", content.start, content.end),
        source=Span.of(text, 13, 22),
        cue=Span.of(text, 23, 27),
        content=content,
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name="Officials", country="RUS", code="RUSGOV"),
        sentence=Span.of(text, 13, text.index(".", 13) + 1),
        date="2024-03-01",
        extractor="attribution.v1",
    )
    trig = text.index("leaving")
    event = Event(
        id=stable_id(article_id, "event", trig, trig + 7, "0871"),
        actor1=Actor(name="troops", code="RUSMIL"),
        actor2=None,
        cameo="0871",
        goldstein=9.0,
        quad_class=QuadClass.MATERIAL_COOPERATION,
        status=EvidentialStatus.CLAIMED,
        claimed_by=Actor(name="Officials", code="RUSGOV"),
        date="2024-03-01",
        trigger=Span.of(text, trig, trig + 7),
        sentence=stmt.sentence,
        statement_id=stmt.id,
        extractor="events.v1",
    )
    timex = Timex(start=1, end=11, text=text[1:11], type=TimexType.DATE, value="2024-03-01")
    return Extraction(article=article, statements=(stmt,), events=(event,), timexes=(timex,))


def test_store_creates_schema_at_current_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.version() == SCHEMA_VERSION
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_store_save_roundtrips_extraction(tmp_path: Path) -> None:
    ex = make_extraction()
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            assert store.save(ex) is True
        back = store.extraction("a1")
    assert back.to_json() == ex.to_json()
    assert back.article.body == ex.article.body
    assert back.article.dateline == ex.article.dateline


def test_store_save_is_idempotent(tmp_path: Path) -> None:
    ex = make_extraction()
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.save(ex)
        before = store.counts()
        with store.batch():
            assert store.save(ex) is False
        assert store.counts() == before


def test_store_batch_rolls_back_on_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.batch():
            store.save(make_extraction())
            raise RuntimeError("boom")
        assert store.counts()["articles"] == 0


def test_store_fts_search_finds_statement_and_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.save(make_extraction())
        assert [s["speaker_name"] for s in store.statements(search="leaving")] == ["Officials"]
        assert store.statements(search="nonexistentword") == []
        hits = store.articles(search="withdrawal")
        assert [h["id"] for h in hits] == ["a1"]


@pytest.mark.parametrize("query", ['"', "a OR b", "NEAR(", "' OR 1=1 --", "*", "-x", "col:val"])
def test_fts_query_quotes_user_input(tmp_path: Path, query: str) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.save(make_extraction())
        store.articles(search=query)  # must not raise an FTS5 syntax error
        store.statements(search=query)
    assert '"' not in fts_query(query).replace('" "', "").strip('"')


def test_store_filters_statements_and_events(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.save(make_extraction())
            store.save(make_extraction(article_id="a2", published="2024-03-02"))
        assert len(store.statements(speaker="Offic")) == 2
        assert store.statements(speaker="Nobody") == []
        events = store.events(actor="RUS", status=["claimed"], root="08")
        assert [e["day"] for e in events] == ["2024-03-01", "2024-03-01"]
        assert store.events(status=["observed"]) == []
        assert store.speakers()[0] == {"name": "Officials", "role": None, "country": "RUS", "statements": 2}


@pytest.mark.parametrize("pattern", ["%", "_", "Offi_ials", "RUS%"])
def test_store_filters_take_like_wildcards_literally(tmp_path: Path, pattern: str) -> None:
    """``statements --speaker %`` listed every statement; ``events --actor _`` every event."""
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.save(make_extraction())
        assert store.statements(speaker=pattern) == []
        assert store.events(actor=pattern) == []
        assert len(store.statements(speaker="ffic")) == 1 and len(store.events(actor="RUS")) == 1


def test_store_in_a_folder_that_cannot_be_made_is_e501(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "file" / "sub" / "s.db")
    assert err.value.code == "WF-E501" and "folder" in str(err.value)


def test_store_article_by_prefix_and_missing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.save(make_extraction(article_id="abcdef123456"))
        assert store.article("abcd").id == "abcdef123456"
        with pytest.raises(StoreError) as err:
            store.article("zzzz")
        assert err.value.code == "WF-E503"


def test_store_readonly_refuses_writes(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    with Store(tmp_path / "s.db", readonly=True) as store:
        with pytest.raises(StoreError) as err:
            store.save(make_extraction())
        assert err.value.code == "WF-E504"


def test_store_readonly_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "none.db", readonly=True)
    assert err.value.code == "WF-E501"


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute("INSERT INTO schema_version(version) VALUES (999)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        Store(tmp_path / "s.db")
    assert err.value.code == "WF-E502"


def test_store_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as err:
        Store(bad)
    assert err.value.code == "WF-E501"


def test_store_rejects_and_runs(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        run = store.start_run("0.1.0", "abc")
        with store.batch():
            store.add_reject(Reject(code="WF-E101", origin="f.txt", record=None, message="empty"), run)
        store.finish_run(run, {"seen": 1})
        assert store.rejects()[0]["code"] == "WF-E101"
        assert store.conn.execute("SELECT stats FROM runs").fetchone()[0] == '{"seen": 1}'


def test_store_replace_claims_replaces_wholesale(tmp_path: Path) -> None:
    claim = {
        "id": "c1",
        "text": "troops were leaving",
        "status": "disputed",
        "first_date": "2024-03-01",
        "last_date": "2024-03-02",
        "appearances": [
            {
                "article_id": "a1",
                "statement_id": "s1",
                "role": "asserts",
                "speaker": "X",
                "date": "2024-03-01",
            },
            {
                "article_id": "a2",
                "statement_id": "s2",
                "role": "disputes",
                "speaker": "Y",
                "date": "2024-03-02",
            },
        ],
    }
    with Store(tmp_path / "s.db") as store:
        with store.batch():
            store.replace_claims([claim])
            store.replace_claims([claim])
        rows = store.claims()
        assert len(rows) == 1 and rows[0]["appearances"] == 2
        assert rows[0]["record"]["status"] == "disputed"
        assert store.claims(status="asserted") == []


def test_store_row_builders_are_the_stored_rows(tmp_path: Path) -> None:
    """What the store writes for an extraction is exactly what the row builders give (spark-run's rows)."""
    from watchfloor.store import article_row, event_row, origin_row, statement_row, timex_row

    ex = make_extraction()
    a = ex.article
    with Store(tmp_path / "r.db") as store:
        with store.batch():
            store.save(ex)
        conn = store.conn

        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(r) for r in conn.execute(sql)]

        assert rows(
            "SELECT id, external_id, published, title, url, format, text, body, dateline FROM articles"
        ) == [article_row(a)]
        assert rows("SELECT article_id, origin, record, format FROM origins") == [origin_row(a)]
        assert rows('SELECT article_id, start, "end", text, type, value FROM timexes ORDER BY start') == [
            timex_row(a.id, t) for t in sorted(ex.timexes, key=lambda t: t.start)
        ]
        statement_cols = (
            "id, article_id, kind, speaker_name, speaker_role, speaker_organization, speaker_country,"
            " speaker_code, content_start, content_end, content, sentence_start, sentence_end, date,"
            " record, extractor"
        )
        assert rows(f"SELECT {statement_cols} FROM statements ORDER BY id") == sorted(
            statement_row(a.id, s) for s in ex.statements
        )
        event_cols = (
            "id, article_id, statement_id, actor1_name, actor1_code, actor2_name, actor2_code, cameo,"
            " root, goldstein, quad_class, status, claimed_by_name, claimed_by_code, date, day,"
            " trigger_start, trigger_end, sentence_start, sentence_end, record, extractor"
        )
        got = rows(f"SELECT {event_cols} FROM events ORDER BY id")
        assert got == sorted(event_row(a.id, e) for e in ex.events)
    assert ex.statements and ex.events and ex.timexes
