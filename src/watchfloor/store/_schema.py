"""The SQLite schema and its forward migrations.

Each migration is a list of statements applied in one transaction; ``schema_version``
records the highest applied. A store written by a newer watchfloor is refused (WF-E502).
"""

from __future__ import annotations

from typing import Final

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

_V1: Final = [
    """CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER NOT NULL,
        applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    )""",
    """CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        external_id TEXT,
        published TEXT,
        title TEXT,
        url TEXT,
        format TEXT NOT NULL,
        text TEXT NOT NULL,
        body TEXT NOT NULL,            -- JSON list of [start, end]
        dateline TEXT,                 -- JSON span or NULL
        ingested TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        run_id INTEGER
    )""",
    "CREATE INDEX articles_published ON articles(published)",
    """CREATE TABLE origins (
        article_id TEXT NOT NULL REFERENCES articles(id),
        origin TEXT NOT NULL,
        record TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL,
        PRIMARY KEY (article_id, origin, record)
    )""",
    """CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL,
        speaker_name TEXT NOT NULL,
        speaker_role TEXT,
        speaker_organization TEXT,
        speaker_country TEXT,
        speaker_code TEXT,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        content TEXT NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        date TEXT,
        record TEXT NOT NULL,          -- the statement's JSON (public contract)
        extractor TEXT NOT NULL
    )""",
    "CREATE INDEX statements_article ON statements(article_id)",
    "CREATE INDEX statements_speaker ON statements(speaker_name)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        statement_id TEXT,
        actor1_name TEXT,
        actor1_code TEXT,
        actor2_name TEXT,
        actor2_code TEXT,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        goldstein REAL NOT NULL,
        quad_class INTEGER NOT NULL,
        status TEXT NOT NULL,
        claimed_by_name TEXT,
        claimed_by_code TEXT,
        date TEXT,
        day TEXT,                      -- YYYY-MM-DD when the date is a full day, else NULL
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        record TEXT NOT NULL,
        extractor TEXT NOT NULL
    )""",
    "CREATE INDEX events_article ON events(article_id)",
    "CREATE INDEX events_dyad_day ON events(actor1_code, actor2_code, day)",
    """CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end")
    )""",
    """CREATE TABLE rejects (
        id INTEGER PRIMARY KEY,
        run_id INTEGER,
        code TEXT NOT NULL,
        origin TEXT NOT NULL,
        record TEXT,
        message TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    )""",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        version TEXT NOT NULL,
        settings_digest TEXT NOT NULL,
        stats TEXT                     -- JSON RunStats
    )""",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61'
    )""",
    """CREATE VIRTUAL TABLE statements_fts USING fts5(
        content, speaker_name, content='statements', content_rowid='rowid', tokenize='unicode61'
    )""",
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END""",
    """CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content, speaker_name)
        VALUES (new.rowid, new.content, new.speaker_name);
    END""",
    """CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content, speaker_name)
        VALUES ('delete', old.rowid, old.content, old.speaker_name);
    END""",
]

_V2: Final = [
    """CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        first_date TEXT,
        last_date TEXT,
        record TEXT NOT NULL           -- JSON of the ledger entry (appearances, trail)
    )""",
    """CREATE TABLE claim_appearances (
        claim_id TEXT NOT NULL REFERENCES claims(id),
        seq INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        statement_id TEXT,
        event_id TEXT,
        role TEXT NOT NULL,
        speaker TEXT,
        date TEXT,
        record TEXT NOT NULL,
        PRIMARY KEY (claim_id, seq)
    )""",
    "CREATE INDEX claim_appearances_article ON claim_appearances(article_id)",
    """CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        dyad TEXT NOT NULL,
        day TEXT NOT NULL,
        score REAL NOT NULL,
        record TEXT NOT NULL,          -- JSON: baselines, driving events and statements
        created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    )""",
    "CREATE INDEX alerts_day ON alerts(day)",
]

# Indexes for the web views' filters (day series, one actor's timeline, CAMEO root / status
# facets, a speaker's claimed events), so they stay fast on a store of a million events.
_V3: Final = [
    "CREATE INDEX IF NOT EXISTS events_day ON events(day)",
    # covering indexes for a dyad's (or one actor's) daily series, read without touching rows
    "CREATE INDEX IF NOT EXISTS events_dyad_series"
    " ON events(actor1_code, actor2_code, day, status, goldstein)",
    "CREATE INDEX IF NOT EXISTS events_actor2_series"
    " ON events(actor2_code, actor1_code, day, status, goldstein)",
    "CREATE INDEX IF NOT EXISTS events_root_status_day ON events(root, status, day)",
    # covering indexes for the overview: statements per publication day, speakers and their counts
    "CREATE INDEX IF NOT EXISTS articles_published_id ON articles(published, id)",
    "CREATE INDEX IF NOT EXISTS statements_speaker_facets"
    " ON statements(speaker_name, speaker_country, speaker_role)",
    "CREATE INDEX IF NOT EXISTS events_status_day ON events(status, day)",
    "CREATE INDEX IF NOT EXISTS events_claimed_by ON events(claimed_by_name)",
]

MIGRATIONS: Final[tuple[list[str], ...]] = (_V1, _V2, _V3)
SCHEMA_VERSION: Final = len(MIGRATIONS)
