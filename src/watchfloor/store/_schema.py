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

# Summary tables the web views read instead of scanning a million events, kept exact by triggers in
# the same transaction as each insert or delete (whoever writes the rows), and back-filled here for
# a store written before v4. An event without a resolved day counts on its article's publication
# day in the dyad/actor tables (as in the escalation index); agg_day counts it on ``day`` only.
_COUNT: Final = (
    "INSERT INTO agg_counts(name, n) VALUES ('{name}', 1) ON CONFLICT(name) DO UPDATE SET n = n + 1"
)
_ARTICLE_DAY: Final = "(SELECT substr(published, 1, 10) FROM articles WHERE id = {row}.article_id)"


def _bump(row: str, sign: int) -> list[str]:
    """The aggregate updates of one event row (``new`` inserted, or ``old`` deleted with sign -1)."""
    day = f"coalesce({row}.day, {_ARTICLE_DAY.format(row=row)})"
    both = f"{row}.actor1_code IS NOT NULL AND {row}.actor2_code IS NOT NULL"
    sides = [(f"{row}.actor1_code", f"{row}.actor1_code IS NOT NULL")]
    sides.append(
        (
            f"{row}.actor2_code",
            f"{row}.actor2_code IS NOT NULL AND {row}.actor2_code IS NOT {row}.actor1_code",
        )
    )
    if sign > 0:
        out = [
            _COUNT.format(name="events"),
            f"INSERT INTO agg_day(day, events) SELECT {row}.day, 1 WHERE {row}.day IS NOT NULL"
            " ON CONFLICT(day) DO UPDATE SET events = events + 1",
            f"INSERT INTO agg_dyads(a, b, events) SELECT {row}.actor1_code, {row}.actor2_code, 1 WHERE {both}"
            " ON CONFLICT(a, b) DO UPDATE SET events = events + 1",
            "INSERT INTO agg_dyad_day(a1, a2, day, status, n, g)"
            f" SELECT {row}.actor1_code, {row}.actor2_code, d, {row}.status, 1, {row}.goldstein"
            f" FROM (SELECT {day} AS d) WHERE d IS NOT NULL AND {both}"
            " ON CONFLICT(a1, a2, day, status) DO UPDATE SET n = n + 1, g = g + excluded.g",
        ]
        for code, cond in sides:
            out += [
                f"INSERT INTO agg_actors(code, events) SELECT {code}, 1 WHERE {cond}"
                " ON CONFLICT(code) DO UPDATE SET events = events + 1",
                f"INSERT INTO agg_actor_day(code, day, status, n, g) SELECT {code}, d, {row}.status, 1,"
                f" {row}.goldstein FROM (SELECT {day} AS d) WHERE d IS NOT NULL AND {cond}"
                " ON CONFLICT(code, day, status) DO UPDATE SET n = n + 1, g = g + excluded.g",
            ]
        return out
    out = [
        "UPDATE agg_counts SET n = n - 1 WHERE name = 'events'",
        f"UPDATE agg_day SET events = events - 1 WHERE day = {row}.day",
        f"DELETE FROM agg_day WHERE day = {row}.day AND articles = 0 AND statements = 0 AND events = 0",
        f"UPDATE agg_dyads SET events = events - 1 WHERE a = {row}.actor1_code AND b = {row}.actor2_code",
        f"DELETE FROM agg_dyads WHERE a = {row}.actor1_code AND b = {row}.actor2_code AND events <= 0",
        f"UPDATE agg_dyad_day SET n = n - 1, g = g - {row}.goldstein WHERE a1 = {row}.actor1_code"
        f" AND a2 = {row}.actor2_code AND day = {day} AND status = {row}.status",
        f"DELETE FROM agg_dyad_day WHERE a1 = {row}.actor1_code AND a2 = {row}.actor2_code AND day = {day}"
        f" AND status = {row}.status AND n <= 0",
    ]
    for code, cond in sides:
        out += [
            f"UPDATE agg_actors SET events = events - 1 WHERE code = {code} AND {cond}",
            f"UPDATE agg_actor_day SET n = n - 1, g = g - {row}.goldstein WHERE code = {code}"
            f" AND day = {day} AND status = {row}.status AND {cond}",
            f"DELETE FROM agg_actors WHERE code = {code} AND events <= 0",
            f"DELETE FROM agg_actor_day WHERE code = {code} AND day = {day} AND status = {row}.status"
            " AND n <= 0",
        ]
    return out


def _trigger(name: str, when: str, statements: list[str]) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN\n" + "".join(f"    {s};\n" for s in statements) + "END"


_STATEMENT_DAY: Final = (
    "SELECT substr(a.published, 1, 10){one} FROM articles a"
    " WHERE a.id = {row}.article_id AND a.published IS NOT NULL"
)

_V4: Final = [
    # row counts of the big tables (the overview's totals)
    "CREATE TABLE agg_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    # per day: articles and statements by publication day, events by their resolved day
    """CREATE TABLE agg_day (
        day TEXT PRIMARY KEY,
        articles INTEGER NOT NULL DEFAULT 0,
        statements INTEGER NOT NULL DEFAULT 0,
        events INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID""",
    # per speaker name: statements and the max() of role, country and code over them
    """CREATE TABLE agg_speakers (
        name TEXT PRIMARY KEY,
        statements INTEGER NOT NULL,
        role TEXT,
        country TEXT,
        code TEXT
    ) WITHOUT ROWID""",
    "CREATE INDEX agg_speakers_rank ON agg_speakers(statements DESC, name)",
    # per ordered actor-code pair (both coded): events
    "CREATE TABLE agg_dyads (a TEXT NOT NULL, b TEXT NOT NULL, events INTEGER NOT NULL, PRIMARY KEY (a, b))"
    " WITHOUT ROWID",
    "CREATE INDEX agg_dyads_rank ON agg_dyads(events DESC, a, b)",
    # per ordered pair, day and status: events and summed Goldstein score
    """CREATE TABLE agg_dyad_day (
        a1 TEXT NOT NULL, a2 TEXT NOT NULL, day TEXT NOT NULL, status TEXT NOT NULL,
        n INTEGER NOT NULL, g REAL NOT NULL,
        PRIMARY KEY (a1, a2, day, status)
    ) WITHOUT ROWID""",
    # per actor code (an event counts once under each distinct code it has), and per code, day, status
    "CREATE TABLE agg_actors (code TEXT PRIMARY KEY, events INTEGER NOT NULL) WITHOUT ROWID",
    """CREATE TABLE agg_actor_day (
        code TEXT NOT NULL, day TEXT NOT NULL, status TEXT NOT NULL,
        n INTEGER NOT NULL, g REAL NOT NULL,
        PRIMARY KEY (code, day, status)
    ) WITHOUT ROWID""",
    # one actor's latest events (either side), and claimed events by their statement (the ledger)
    "CREATE INDEX IF NOT EXISTS events_actor1_day ON events(actor1_code, day)",
    "CREATE INDEX IF NOT EXISTS events_actor2_day ON events(actor2_code, day)",
    "CREATE INDEX IF NOT EXISTS events_statement ON events(statement_id)",
    # the events of a search's best articles with their facet values, read without the rows
    "CREATE INDEX IF NOT EXISTS events_article_facets ON events(article_id, day, root, status)",
    _trigger(
        "agg_articles_ai",
        "AFTER INSERT ON articles",
        [
            _COUNT.format(name="articles"),
            "INSERT INTO agg_day(day, articles) SELECT substr(new.published, 1, 10), 1"
            " WHERE new.published IS NOT NULL ON CONFLICT(day) DO UPDATE SET articles = articles + 1",
        ],
    ),
    _trigger(
        "agg_articles_ad",
        "AFTER DELETE ON articles",
        [
            "UPDATE agg_counts SET n = n - 1 WHERE name = 'articles'",
            "UPDATE agg_day SET articles = articles - 1 WHERE day = substr(old.published, 1, 10)",
            "DELETE FROM agg_day WHERE day = substr(old.published, 1, 10) AND articles = 0 AND statements = 0"
            " AND events = 0",
        ],
    ),
    _trigger(
        "agg_statements_ai",
        "AFTER INSERT ON statements",
        [
            _COUNT.format(name="statements"),
            f"INSERT INTO agg_day(day, statements) {_STATEMENT_DAY.format(row='new', one=', 1')}"
            " ON CONFLICT(day) DO UPDATE SET statements = statements + 1",
            "INSERT INTO agg_speakers(name, statements, role, country, code)"
            " VALUES (new.speaker_name, 1, new.speaker_role, new.speaker_country, new.speaker_code)"
            " ON CONFLICT(name) DO UPDATE SET statements = statements + 1,"
            " role = CASE WHEN role IS NULL OR excluded.role > role THEN excluded.role ELSE role END,"
            " country = CASE WHEN country IS NULL OR excluded.country > country THEN excluded.country"
            " ELSE country END,"
            " code = CASE WHEN code IS NULL OR excluded.code > code THEN excluded.code ELSE code END",
        ],
    ),
    _trigger(
        "agg_statements_ad",
        "AFTER DELETE ON statements",
        [
            "UPDATE agg_counts SET n = n - 1 WHERE name = 'statements'",
            "UPDATE agg_day SET statements = statements - 1"
            f" WHERE day = ({_STATEMENT_DAY.format(row='old', one='')})",
            "DELETE FROM agg_day WHERE articles = 0 AND statements = 0 AND events = 0"
            f" AND day = ({_STATEMENT_DAY.format(row='old', one='')})",
            "UPDATE agg_speakers SET statements = statements - 1,"
            " role = (SELECT max(speaker_role) FROM statements WHERE speaker_name = old.speaker_name),"
            " country = (SELECT max(speaker_country) FROM statements WHERE speaker_name = old.speaker_name),"
            " code = (SELECT max(speaker_code) FROM statements WHERE speaker_name = old.speaker_name)"
            " WHERE name = old.speaker_name",
            "DELETE FROM agg_speakers WHERE name = old.speaker_name AND statements <= 0",
        ],
    ),
    _trigger("agg_events_ai", "AFTER INSERT ON events", _bump("new", 1)),
    _trigger("agg_events_ad", "AFTER DELETE ON events", _bump("old", -1)),
    _trigger(
        "agg_timexes_ai",
        "AFTER INSERT ON timexes",
        [_COUNT.format(name="timexes")],
    ),
    _trigger(
        "agg_timexes_ad",
        "AFTER DELETE ON timexes",
        ["UPDATE agg_counts SET n = n - 1 WHERE name = 'timexes'"],
    ),
    # back-fill from the rows already stored
    "INSERT INTO agg_counts(name, n) SELECT 'articles', count(*) FROM articles"
    " UNION ALL SELECT 'statements', count(*) FROM statements"
    " UNION ALL SELECT 'events', count(*) FROM events UNION ALL SELECT 'timexes', count(*) FROM timexes",
    "INSERT INTO agg_day(day, articles, statements, events)"
    " SELECT day, sum(na), sum(ns), sum(ne) FROM ("
    "  SELECT substr(published, 1, 10) AS day, count(*) AS na, 0 AS ns, 0 AS ne FROM articles"
    "  WHERE published IS NOT NULL GROUP BY 1"
    "  UNION ALL SELECT substr(a.published, 1, 10), 0, count(*), 0 FROM articles a"
    "  CROSS JOIN statements s ON s.article_id = a.id WHERE a.published IS NOT NULL GROUP BY 1"
    "  UNION ALL SELECT day, 0, 0, count(*) FROM events WHERE day IS NOT NULL GROUP BY day"
    " ) GROUP BY day",
    "INSERT INTO agg_speakers(name, statements, role, country, code)"
    " SELECT speaker_name, count(*), max(speaker_role), max(speaker_country), max(speaker_code)"
    " FROM statements GROUP BY speaker_name",
    "INSERT INTO agg_dyads(a, b, events) SELECT actor1_code, actor2_code, count(*) FROM events"
    " WHERE actor1_code IS NOT NULL AND actor2_code IS NOT NULL GROUP BY actor1_code, actor2_code",
    "INSERT INTO agg_dyad_day(a1, a2, day, status, n, g)"
    " SELECT a1, a2, d, status, count(*), sum(goldstein) FROM ("
    f" SELECT actor1_code AS a1, actor2_code AS a2, coalesce(day, {_ARTICLE_DAY.format(row='e')}) AS d,"
    "  status, goldstein FROM events e WHERE actor1_code IS NOT NULL AND actor2_code IS NOT NULL"
    ") WHERE d IS NOT NULL GROUP BY a1, a2, d, status",
    "INSERT INTO agg_actors(code, events) SELECT code, count(*) FROM ("
    " SELECT actor1_code AS code FROM events WHERE actor1_code IS NOT NULL"
    " UNION ALL SELECT actor2_code FROM events"
    "  WHERE actor2_code IS NOT NULL AND actor2_code IS NOT actor1_code"
    ") GROUP BY code",
    "INSERT INTO agg_actor_day(code, day, status, n, g)"
    " SELECT code, d, status, count(*), sum(goldstein) FROM ("
    f" SELECT actor1_code AS code, coalesce(day, {_ARTICLE_DAY.format(row='e')}) AS d, status, goldstein"
    "  FROM events e WHERE actor1_code IS NOT NULL"
    f" UNION ALL SELECT actor2_code, coalesce(day, {_ARTICLE_DAY.format(row='e')}), status, goldstein"
    "  FROM events e WHERE actor2_code IS NOT NULL AND actor2_code IS NOT actor1_code"
    ") WHERE d IS NOT NULL GROUP BY code, d, status",
]

# Per country root (the first three letters of an actor code, as CAMEO codes go) and day, one row
# with the five evidential statuses as columns: a country-level timeline (``RUS``, ``RUS``-``UKR``)
# then reads one row per day instead of one per code pair, day and status. Events of any other
# status are only counted (``agg_counts`` 'odd_status'); while there are some, the views use the
# v4 tables instead.
_ROOT_STATUSES: Final = ("claimed", "denied", "hypothetical", "negated", "observed")
_ROOT_COLUMNS: Final = ", ".join(
    f"n_{st} INTEGER NOT NULL DEFAULT 0, g_{st} REAL NOT NULL DEFAULT 0" for st in _ROOT_STATUSES
)
_KNOWN: Final = "(" + ", ".join(f"'{st}'" for st in _ROOT_STATUSES) + ")"


def _root_bump(row: str, sign: int) -> list[str]:
    """The v5 updates of one event row (``new`` inserted, or ``old`` deleted with sign -1)."""
    day = f"coalesce({row}.day, {_ARTICLE_DAY.format(row=row)})"
    r1, r2 = f"substr({row}.actor1_code, 1, 3)", f"substr({row}.actor2_code, 1, 3)"
    op = "+" if sign > 0 else "-"
    sets = ", ".join(
        f"n_{st} = n_{st} {op} ({row}.status = '{st}'),"
        f" g_{st} = g_{st} {op} (CASE WHEN {row}.status = '{st}' THEN {row}.goldstein ELSE 0 END)"
        for st in _ROOT_STATUSES
    )
    values = ", ".join(
        f"{row}.status = '{st}', CASE WHEN {row}.status = '{st}' THEN {row}.goldstein ELSE 0 END"
        for st in _ROOT_STATUSES
    )
    names = ", ".join(f"n_{st}, g_{st}" for st in _ROOT_STATUSES)
    empty = " AND ".join(f"n_{st} = 0" for st in _ROOT_STATUSES)
    known = f"{row}.status IN {_KNOWN}"
    both = f"{row}.actor1_code IS NOT NULL AND {row}.actor2_code IS NOT NULL"
    sides = [
        (r1, f"{row}.actor1_code IS NOT NULL"),
        (r2, f"{row}.actor2_code IS NOT NULL AND ({row}.actor1_code IS NULL OR {r2} <> {r1})"),
    ]
    if sign > 0:
        out = [
            f"INSERT INTO agg_counts(name, n) SELECT 'odd_status', 1 WHERE NOT ({known})"
            " ON CONFLICT(name) DO UPDATE SET n = n + 1",
            f"INSERT INTO agg_root_pair_day(r1, r2, day, {names}) SELECT {r1}, {r2}, d, {values}"
            f" FROM (SELECT {day} AS d) WHERE d IS NOT NULL AND {both} AND {known}"
            f" ON CONFLICT(r1, r2, day) DO UPDATE SET {sets}",
        ]
        for root, cond in sides:
            out.append(
                f"INSERT INTO agg_root_day(r, day, {names}) SELECT {root}, d, {values}"
                f" FROM (SELECT {day} AS d) WHERE d IS NOT NULL AND {cond} AND {known}"
                f" ON CONFLICT(r, day) DO UPDATE SET {sets}"
            )
        return out
    out = [
        f"UPDATE agg_counts SET n = n - 1 WHERE name = 'odd_status' AND NOT ({known})",
        f"UPDATE agg_root_pair_day SET {sets} WHERE r1 = {r1} AND r2 = {r2} AND day = {day} AND {known}",
        f"DELETE FROM agg_root_pair_day WHERE r1 = {r1} AND r2 = {r2} AND day = {day} AND {empty}",
    ]
    for root, cond in sides:
        out += [
            f"UPDATE agg_root_day SET {sets} WHERE r = {root} AND day = {day} AND {cond} AND {known}",
            f"DELETE FROM agg_root_day WHERE r = {root} AND day = {day} AND {empty}",
        ]
    return out


def _root_backfill(table: str, keys: str, select: str) -> str:
    sums = ", ".join(
        f"sum(status = '{st}'), sum(CASE WHEN status = '{st}' THEN goldstein ELSE 0 END)"
        for st in _ROOT_STATUSES
    )
    names = ", ".join(f"n_{st}, g_{st}" for st in _ROOT_STATUSES)
    return (
        f"INSERT INTO {table}({keys}, day, {names}) SELECT {keys}, d, {sums} FROM ({select})"
        f" WHERE d IS NOT NULL AND status IN {_KNOWN} GROUP BY {keys}, d"
    )


_E_DAY: Final = f"coalesce(day, {_ARTICLE_DAY.format(row='e')})"

_V5: Final = [
    f"CREATE TABLE agg_root_pair_day (r1 TEXT NOT NULL, r2 TEXT NOT NULL, day TEXT NOT NULL, {_ROOT_COLUMNS},"
    " PRIMARY KEY (r1, r2, day)) WITHOUT ROWID",
    f"CREATE TABLE agg_root_day (r TEXT NOT NULL, day TEXT NOT NULL, {_ROOT_COLUMNS}, PRIMARY KEY (r, day))"
    " WITHOUT ROWID",
    _trigger("agg_root_events_ai", "AFTER INSERT ON events", _root_bump("new", 1)),
    _trigger("agg_root_events_ad", "AFTER DELETE ON events", _root_bump("old", -1)),
    f"INSERT INTO agg_counts(name, n) SELECT 'odd_status', count(*) FROM events WHERE status NOT IN {_KNOWN}",
    _root_backfill(
        "agg_root_pair_day",
        "r1, r2",
        f"SELECT substr(actor1_code, 1, 3) AS r1, substr(actor2_code, 1, 3) AS r2, {_E_DAY} AS d, status,"
        " goldstein FROM events e WHERE actor1_code IS NOT NULL AND actor2_code IS NOT NULL",
    ),
    _root_backfill(
        "agg_root_day",
        "r",
        f"SELECT substr(actor1_code, 1, 3) AS r, {_E_DAY} AS d, status, goldstein FROM events e"
        " WHERE actor1_code IS NOT NULL"
        f" UNION ALL SELECT substr(actor2_code, 1, 3), {_E_DAY}, status, goldstein FROM events e"
        " WHERE actor2_code IS NOT NULL"
        " AND (actor1_code IS NULL OR substr(actor2_code, 1, 3) <> substr(actor1_code, 1, 3))",
    ),
]

# One act coded twice: a reciprocal act ("Russia and Ukraine exchanged prisoners") is stored as two
# events on one trigger, RUS→UKR and UKR→RUS (docs/events.md), and the escalation index counts it
# once (the DISTINCT in analytics). The summary tables count rows, so every event after the first of
# its act — same article, trigger span, CAMEO code, status, day and score, same two codes in either
# order — is listed
# here, for the views to take off. Kept by triggers: when the counted one is deleted, the earliest
# remaining one of its act is counted instead.
_SAME_ACT: Final = (
    "m.article_id = {row}.article_id AND m.trigger_start = {row}.trigger_start"
    " AND m.trigger_end = {row}.trigger_end AND m.cameo IS {row}.cameo AND m.status = {row}.status"
    " AND m.day IS {row}.day AND m.goldstein = {row}.goldstein"
    " AND ((m.actor1_code = {row}.actor1_code AND m.actor2_code = {row}.actor2_code)"
    " OR (m.actor1_code = {row}.actor2_code AND m.actor2_code = {row}.actor1_code))"
)


def _repeat_row(row: str) -> str:
    """The agg_repeats columns of event ``row``."""
    day = f"coalesce({row}.day, {_ARTICLE_DAY.format(row=row)})"
    return (
        f"{row}.rowid, {row}.actor1_code, {row}.actor2_code, substr({row}.actor1_code, 1, 3),"
        f" substr({row}.actor2_code, 1, 3), {day}, {row}.status, {row}.goldstein"
    )


_REPEAT_COLUMNS: Final = "id, a1, a2, r1, r2, day, status, goldstein"
_BOTH_CODED: Final = "{row}.actor1_code IS NOT NULL AND {row}.actor2_code IS NOT NULL"

_V6: Final = [
    """CREATE TABLE agg_repeats (
        id INTEGER PRIMARY KEY, -- the repeated event's rowid
        a1 TEXT NOT NULL, a2 TEXT NOT NULL, r1 TEXT NOT NULL, r2 TEXT NOT NULL, day TEXT,
        status TEXT NOT NULL, goldstein REAL NOT NULL
    )""",
    "CREATE INDEX agg_repeats_pair ON agg_repeats(a1, a2, day)",
    "CREATE INDEX agg_repeats_r1 ON agg_repeats(r1, r2, day)",
    "CREATE INDEX agg_repeats_r2 ON agg_repeats(r2, day)",
    _trigger(
        "agg_repeats_ai",
        "AFTER INSERT ON events",
        [
            f"INSERT INTO agg_repeats({_REPEAT_COLUMNS}) SELECT {_repeat_row('new')}"
            f" WHERE {_BOTH_CODED.format(row='new')} AND EXISTS (SELECT 1 FROM events m"
            f" WHERE {_SAME_ACT.format(row='new')} AND m.rowid <> new.rowid)"
        ],
    ),
    _trigger(
        "agg_repeats_ad",
        "AFTER DELETE ON events",
        [
            "DELETE FROM agg_repeats WHERE id = old.rowid",
            # the counted one went: the earliest remaining one of its act counts instead
            "DELETE FROM agg_repeats WHERE id = (SELECT min(m.rowid) FROM events m"
            f" WHERE {_SAME_ACT.format(row='old')}) AND NOT EXISTS (SELECT 1 FROM events m"
            f" WHERE {_SAME_ACT.format(row='old')} AND m.rowid NOT IN (SELECT id FROM agg_repeats))",
        ],
    ),
    f"INSERT INTO agg_repeats({_REPEAT_COLUMNS}) SELECT {_repeat_row('e')} FROM events e"
    f" WHERE {_BOTH_CODED.format(row='e')} AND EXISTS (SELECT 1 FROM events m"
    f" WHERE {_SAME_ACT.format(row='e')} AND m.rowid < e.rowid)",
]

MIGRATIONS: Final[tuple[list[str], ...]] = (_V1, _V2, _V3, _V4, _V5, _V6)
SCHEMA_VERSION: Final = len(MIGRATIONS)
