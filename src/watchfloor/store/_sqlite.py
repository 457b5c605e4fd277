"""The embedded store: one SQLite file in WAL mode, FTS5 over article text and statements."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

from ..errors import Errors, StoreError
from ..model import Article, Event, Extraction, Reject, Statement
from ._convert import article_from_row, event_from_json, statement_from_json, timex_from_row
from ._rows import article_row, event_row, origin_row, statement_row, timex_row
from ._schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["Store"]

# tables whose row count the schema keeps in agg_counts (schema v4 triggers)
_AGG_COUNTED: Final = frozenset({"articles", "statements", "events", "timexes"})
_AGG_VERSION: Final = 4  # the schema version that added them


def fts_query(text: str) -> str:
    """A user's search words as a safe FTS5 query: each word quoted, all required."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"' for w in words)


def _like_escaped(text: str) -> str:
    """``text`` with LIKE's wildcards escaped (for ``LIKE ? ESCAPE '\\'``): a filter is literal."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Store:
    """The watchfloor store. ``Store(path)`` opens (and creates or migrates) it.

    ``readonly=True`` opens the file ``mode=ro`` (web views, queries); writes then raise
    :class:`StoreError`. Writes are grouped with :meth:`batch` — one transaction each.
    """

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(Errors.E501.format(path=self.path, reason="no such file"))
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
            else:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    reason = f"cannot create its folder {self.path.parent}: {exc.strerror or exc}"
                    raise StoreError(Errors.E501.format(path=self.path, reason=reason)) from None
                self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(Errors.E501.format(path=self.path, reason=exc)) from None

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def version(self) -> int:
        try:
            row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0] or 0)

    def _check_version(self) -> None:
        found = self.version()
        if found > SCHEMA_VERSION:
            raise StoreError(Errors.E502.format(path=self.path, found=found, known=SCHEMA_VERSION))

    def _migrate(self) -> None:
        self._check_version()
        current = self.version()
        for number, statements in enumerate(MIGRATIONS, 1):
            if number <= current:
                continue
            with self.conn:
                for sql in statements:
                    self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_version(version) VALUES (?)", (number,))

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction: everything inside is committed together or not at all."""
        self._writable()
        with self.conn:
            yield

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(Errors.E504.format(path=self.path, reason="opened read-only"))

    # -- writes ----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_origin(self, article: Article) -> None:
        self._writable()
        self.conn.execute(
            "INSERT OR IGNORE INTO origins(article_id, origin, record, format) VALUES (?,?,?,?)",
            origin_row(article),
        )

    def save(self, extraction: Extraction, run_id: int | None = None) -> bool:
        """Store an article and its facts; False (and nothing changed) if it is already there."""
        self._writable()
        a = extraction.article
        if self.has_article(a.id):
            self.add_origin(a)
            return False
        self.conn.execute(
            "INSERT INTO articles(id, external_id, published, title, url, format, text, body,"
            " dateline, run_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (*article_row(a), run_id),
        )
        self.add_origin(a)
        for s in extraction.statements:
            self._insert_statement(a.id, s)
        for e in extraction.events:
            self._insert_event(a.id, e)
        self.conn.executemany(
            'INSERT OR IGNORE INTO timexes(article_id, start, "end", text, type, value) VALUES (?,?,?,?,?,?)',
            [timex_row(a.id, t) for t in extraction.timexes],
        )
        return True

    def _insert_statement(self, article_id: str, s: Statement) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO statements(id, article_id, kind, speaker_name, speaker_role,"
            " speaker_organization, speaker_country, speaker_code, content_start, content_end,"
            " content, sentence_start, sentence_end, date, record, extractor)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            statement_row(article_id, s),
        )

    def _insert_event(self, article_id: str, e: Event) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO events(id, article_id, statement_id, actor1_name, actor1_code,"
            " actor2_name, actor2_code, cameo, root, goldstein, quad_class, status,"
            " claimed_by_name, claimed_by_code, date, day, trigger_start, trigger_end,"
            " sentence_start, sentence_end, record, extractor)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            event_row(article_id, e),
        )

    def add_reject(self, reject: Reject, run_id: int | None = None) -> None:
        self._writable()
        self.conn.execute(
            "INSERT INTO rejects(run_id, code, origin, record, message) VALUES (?,?,?,?,?)",
            (run_id, reject.code, reject.origin, reject.record, reject.message),
        )

    def start_run(self, version: str, settings_digest: str) -> int:
        self._writable()
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO runs(started, version, settings_digest) VALUES (?,?,?)",
                (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), version, settings_digest),
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, stats: dict[str, Any]) -> None:
        self._writable()
        with self.conn:
            self.conn.execute(
                "UPDATE runs SET finished = ?, stats = ? WHERE id = ?",
                (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), json.dumps(stats), run_id),
            )

    # -- reads -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables (the big ones from ``agg_counts``, kept by triggers; a
        store older than v4 opened read-only is counted row by row)."""
        summed = self.version() >= _AGG_VERSION
        kept = (
            {r[0]: int(r[1]) for r in self.conn.execute("SELECT name, n FROM agg_counts")} if summed else {}
        )
        out: dict[str, int] = {}
        for table in ("articles", "statements", "events", "timexes", "rejects", "claims", "alerts"):
            if summed and table in _AGG_COUNTED:
                out[table] = kept.get(table, 0)
            else:
                out[table] = int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        return out

    def article(self, article_id: str) -> Article:
        """An article by id, or by a unique id prefix / external id."""
        # id first (primary key), so the usual lookup does not scan the table for external_id
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT * FROM articles WHERE external_id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 4:
            rows = self.conn.execute(  # a prefix range (no LIKE wildcards from the caller)
                "SELECT * FROM articles WHERE id >= ? AND id < ? LIMIT 2",
                (article_id, article_id + "\U0010ffff"),
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise StoreError(Errors.E503.format(path=self.path, article=article_id))
        return article_from_row(row)

    def extraction(self, article_id: str) -> Extraction:
        """An article with all its stored facts."""
        article = self.article(article_id)
        statements = [
            statement_from_json(json.loads(r["record"]), r["extractor"])
            for r in self.conn.execute(
                "SELECT record, extractor FROM statements WHERE article_id = ? ORDER BY content_start",
                (article.id,),
            )
        ]
        events = [
            event_from_json(json.loads(r["record"]), r["extractor"])
            for r in self.conn.execute(
                "SELECT record, extractor FROM events WHERE article_id = ? ORDER BY trigger_start",
                (article.id,),
            )
        ]
        timexes = [
            timex_from_row(r)
            for r in self.conn.execute(
                "SELECT * FROM timexes WHERE article_id = ? ORDER BY start", (article.id,)
            )
        ]
        return Extraction(
            article=article,
            statements=tuple(statements),
            events=tuple(events),
            timexes=tuple(timexes),
        )

    def extractions(self) -> Iterator[Extraction]:
        """Every stored article with its facts, in publication order (then id)."""
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles ORDER BY coalesce(published, ''), id"
            ).fetchall()
        ]
        for article_id in ids:
            yield self.extraction(article_id)

    def articles(self, *, search: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Article summaries, newest first; ``search`` uses the FTS5 index."""
        if search is not None and search.strip() and not fts_query(search):
            return []
        if search:
            sql = (
                "SELECT a.id, a.published, a.title, a.url, substr(a.text, 1, 200) AS lead,"
                " snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet"
                " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
            )
            rows = self.conn.execute(sql, (fts_query(search), limit)).fetchall()
        else:
            sql = (
                "SELECT id, published, title, url, substr(text, 1, 200) AS lead FROM articles"
                " ORDER BY coalesce(published, '') DESC, id LIMIT ?"
            )
            rows = self.conn.execute(sql, (limit,)).fetchall()
        return [dict(r) for r in rows]

    def statements(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        article_id: str | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """Statements with their article date; filter by speaker (substring), FTS search, article."""
        where: list[str] = []
        params: list[Any] = []
        join = ""
        if search is not None and search.strip() and not fts_query(search):
            return []
        if search:
            join = " JOIN statements_fts f ON f.rowid = s.rowid"
            where.append("statements_fts MATCH ?")
            params.append(fts_query(search))
        if speaker:
            where.append("(s.speaker_name LIKE ? ESCAPE '\\' OR s.speaker_role LIKE ? ESCAPE '\\')")
            params += [f"%{_like_escaped(speaker)}%"] * 2
        if article_id:
            where.append("s.article_id = ?")
            params.append(article_id)
        sql = (
            "SELECT s.id, s.article_id, a.published, s.kind, s.speaker_name, s.speaker_role,"
            " s.speaker_organization, s.speaker_country, s.speaker_code, s.content,"
            " s.content_start, s.content_end, s.date, s.record"
            f" FROM statements s{join} JOIN articles a ON a.id = s.article_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY coalesce(a.published, ''), s.article_id, s.content_start LIMIT ?"
        params.append(limit)
        return self._with_records(sql, params)

    def events(
        self,
        *,
        actor: str | None = None,
        status: Sequence[str] = (),
        root: str | None = None,
        article_id: str | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """Events with their article date; filter by actor code/name, status, CAMEO root."""
        where: list[str] = []
        params: list[Any] = []
        if actor:
            where.append(
                "(e.actor1_code LIKE ? ESCAPE '\\' OR e.actor2_code LIKE ? ESCAPE '\\'"
                " OR e.actor1_name LIKE ? ESCAPE '\\' OR e.actor2_name LIKE ? ESCAPE '\\')"
            )
            literal = _like_escaped(actor)
            params += [f"{literal}%", f"{literal}%", f"%{literal}%", f"%{literal}%"]
        if status:
            where.append(f"e.status IN ({','.join('?' * len(status))})")
            params += list(status)
        if root:
            where.append("e.root = ?")
            params.append(root.zfill(2))
        if article_id:
            where.append("e.article_id = ?")
            params.append(article_id)
        sql = "SELECT e.*, a.published FROM events e JOIN articles a ON a.id = e.article_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY coalesce(e.day, a.published, ''), e.article_id, e.trigger_start LIMIT ?"
        params.append(limit)
        return self._with_records(sql, params)

    def _with_records(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        """Rows of ``sql`` as dicts, with the JSON ``record`` column decoded."""
        out = []
        for row in self.conn.execute(sql, params):
            item = dict(row)
            item["record"] = json.loads(item["record"])
            out.append(item)
        return out

    def replace_claims(self, claims: Sequence[dict[str, Any]]) -> None:
        """Replace the claim ledger (it is derived by replaying appearances, never patched).

        Each claim: ``id, text, status, first_date, last_date`` and ``appearances``, a list of
        dicts with ``article_id, statement_id, event_id, role, speaker, date`` (kept whole as JSON).
        """
        self._writable()
        self.conn.execute("DELETE FROM claim_appearances")
        self.conn.execute("DELETE FROM claims")
        for claim in claims:
            self.conn.execute(
                "INSERT INTO claims(id, text, status, first_date, last_date, record) VALUES (?,?,?,?,?,?)",
                (
                    claim["id"],
                    claim["text"],
                    claim["status"],
                    claim.get("first_date"),
                    claim.get("last_date"),
                    json.dumps(claim, default=str),
                ),
            )
            self.conn.executemany(
                "INSERT INTO claim_appearances(claim_id, seq, article_id, statement_id, event_id, role,"
                " speaker, date, record) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        claim["id"],
                        seq,
                        app["article_id"],
                        app.get("statement_id"),
                        app.get("event_id"),
                        app["role"],
                        app.get("speaker"),
                        app.get("date"),
                        json.dumps(app, default=str),
                    )
                    for seq, app in enumerate(claim.get("appearances", []))
                ],
            )

    def claims(self, *, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Ledger entries, most appearances first, each with its full record."""
        sql = (
            "SELECT c.id, c.text, c.status, c.first_date, c.last_date, c.record,"
            " (SELECT count(*) FROM claim_appearances p WHERE p.claim_id = c.id) AS appearances"
            " FROM claims c"
        )
        params: list[Any] = []
        if status:
            sql += " WHERE c.status = ?"
            params.append(status)
        sql += " ORDER BY appearances DESC, c.first_date, c.id LIMIT ?"
        params.append(limit)
        return self._with_records(sql, params)

    def rejects(self, limit: int = 1000) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM rejects ORDER BY id LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]

    def speakers(self, limit: int = 50) -> list[dict[str, Any]]:
        """Speakers by number of statements (from ``agg_speakers``, kept by triggers)."""
        sql = (
            "SELECT name, role, country, statements FROM agg_speakers ORDER BY statements DESC, name LIMIT ?"
        )
        if self.version() < _AGG_VERSION:  # an older store opened read-only
            sql = (
                "SELECT speaker_name AS name, max(speaker_role) AS role, max(speaker_country) AS country,"
                " count(*) AS statements FROM statements GROUP BY speaker_name"
                " ORDER BY statements DESC, name LIMIT ?"
            )
        rows = self.conn.execute(sql, (limit,)).fetchall()
        return [dict(r) for r in rows]

    # -- alerts (written by analytics, recomputed wholesale) -------------------------------

    def replace_alerts(self, alerts: Sequence[dict[str, Any]]) -> list[str]:
        """Replace the alerts with a recomputed set; returns the ids that were not there before.

        Each alert: ``id, dyad, day, score, record`` (a JSON-able dict). An alert kept from
        the previous set keeps its ``created`` time. Call inside :meth:`batch`.
        """
        self._writable()
        before = {r[0] for r in self.conn.execute("SELECT id FROM alerts")}
        keep = {a["id"] for a in alerts}
        self.conn.executemany("DELETE FROM alerts WHERE id = ?", [(i,) for i in sorted(before - keep)])
        self.conn.executemany(
            "INSERT INTO alerts(id, dyad, day, score, record) VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE"
            " SET dyad = excluded.dyad, day = excluded.day, score = excluded.score, record = excluded.record",
            [
                (a["id"], a["dyad"], a["day"], a["score"], json.dumps(a["record"], default=str))
                for a in alerts
            ],
        )
        return [a["id"] for a in alerts if a["id"] not in before]

    def alerts(
        self, *, since: str | None = None, dyad: str | None = None, limit: int = 1000
    ) -> list[dict[str, Any]]:
        """Stored alerts (day ≥ ``since``; ``dyad`` like ``NATO-RUS``), by day then score, record parsed."""
        where: list[str] = []
        params: list[Any] = []
        if since:
            where.append("day >= ?")
            params.append(since)
        if dyad:
            where.append("dyad = ?")
            params.append(dyad)
        sql = "SELECT id, dyad, day, score, record, created FROM alerts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY day, score DESC, id LIMIT ?"
        params.append(limit)
        return self._with_records(sql, params)
