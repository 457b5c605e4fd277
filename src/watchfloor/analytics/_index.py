"""The escalation index: per dyad (an unordered pair of actors) per day, from the store's events.

Only events the record backs count in the index: those the writer reports as ``observed``, and
``claimed`` events whose claim the ledger has ``corroborated`` (matched through
``claim_appearances.event_id`` or ``statement_id``). Other claimed events are counted apart, so a
party announcing its own de-escalation does not lower the index until someone corroborates it.
Denied, negated and hypothetical events are left out.

The escalation value of a dyad-day is minus the summed Goldstein score of its counted events:
conflict (negative Goldstein) raises it, cooperation lowers it.

At the ``country`` level an actor code folds to its country (``RUSGOV``, ``RUSMIL`` → ``RUS``);
organisation codes stay whole (``NATO``; see ``knowledge/analytics_group_codes.tsv``). At the
``code`` level the full code is the actor.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import Errors, KnowledgeError, SettingsError
from ..knowledge import read_tsv
from ..model import ClaimStatus, EvidentialStatus
from ..store import Store

__all__ = [
    "DYAD_LEVELS",
    "DyadDay",
    "DyadLevel",
    "dyad_actor",
    "dyad_day_events",
    "escalation_index",
    "parse_dyad",
]

DyadLevel = Literal["country", "code"]
DYAD_LEVELS: tuple[DyadLevel, ...] = ("country", "code")

# Bucket names: what an event is in the index.
OBSERVED, CORROBORATED, CLAIMED = "observed", "corroborated", "claimed"


@functools.cache
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """(exact codes, three-letter prefixes) that name organisations rather than countries."""
    name = "analytics_group_codes.tsv"
    rows = read_tsv(name, ("code", "match"))
    exact: set[str] = set()
    prefix: set[str] = set()
    for n, row in enumerate(rows, 1):
        code, match = row["code"], row["match"]
        if not code.isalnum() or not code.isupper():
            raise KnowledgeError(Errors.E010.format(path=name, line=n, reason=f"bad code {code!r}"))
        if match == "exact":
            exact.add(code)
        elif match == "prefix" and len(code) == 3:
            prefix.add(code)
        else:
            raise KnowledgeError(
                Errors.E010.format(
                    path=name, line=n, reason=f"match {match!r}: use exact or a 3-letter prefix"
                )
            )
    return frozenset(exact), frozenset(prefix)


def dyad_actor(code: str, level: DyadLevel = "country") -> str:
    """The actor an event code stands for in a dyad: ``RUSMIL`` → ``RUS`` at the country level."""
    exact, prefix = _groups()
    if level == "code" or len(code) <= 3 or code in exact or code[:3] in prefix:
        return code
    return code[:3]


def parse_dyad(text: str) -> tuple[str, str]:
    """``"RUS,NATO"`` (or ``RUS-NATO``, ``RUS NATO``) → ``("NATO", "RUS")``, the ordered pair."""
    parts = [p for p in text.replace("-", ",").replace(" ", ",").replace("|", ",").split(",") if p]
    if len(parts) != 2 or not all(p.isalnum() for p in parts):
        raise SettingsError(Errors.E603.format(value=text))
    a, b = sorted(p.upper() for p in parts)
    return a, b


def dyad_actor_sql(column: str, level: DyadLevel) -> str:
    """SQL for :func:`dyad_actor` over a code column (the group codes are checked alphanumeric).

    The one definition of the fold for every SQL engine that computes the index: SQLite here,
    DuckDB over Parquet, and Spark SQL in ``spark-run``.
    """
    if level == "code":
        return column
    exact, prefix = _groups()
    ex = ",".join(f"'{c}'" for c in sorted(exact)) or "''"
    pre = ",".join(f"'{c}'" for c in sorted(prefix)) or "''"
    return (
        f"CASE WHEN length({column}) <= 3 OR {column} IN ({ex}) OR substr({column}, 1, 3) IN ({pre})"
        f" THEN {column} ELSE substr({column}, 1, 3) END"
    )


def _bounds(key: str, level: DyadLevel) -> tuple[str, str] | None:
    """The code range ``[lo, hi)`` of the codes that fold to a country ``key``; None for an exact code."""
    exact, prefix = _groups()
    if level == "code" or len(key) != 3 or key in exact or key in prefix:
        return None
    return key, key[:-1] + chr(ord(key[-1]) + 1)


def _skip_scan(store: Store, sql: str, fixed: tuple[Any, ...], lo: str, hi: str) -> list[str]:
    """Distinct codes in ``[lo, hi)`` by repeated index seeks (``sql`` selects the min above a bound)."""
    out: list[str] = []
    row = store.conn.execute(sql, (*fixed, lo, hi)).fetchone()
    while row is not None and row[0] is not None:
        out.append(row[0])
        row = store.conn.execute(sql.replace(">= ?", "> ?", 1), (*fixed, row[0], hi)).fetchone()
    return out


def _pairs(store: Store, a: str, b: str, level: DyadLevel) -> list[tuple[str, str]]:
    """The stored (actor1_code, actor2_code) pairs whose actors fold to ``a`` and ``b``, either way round.

    Found by seeks on the events' ``(actor1_code, actor2_code, day)`` index, so that a dyad query
    becomes exact-pair index lookups (with the day range, a dyad-day touches only that day's rows).
    """
    first = "SELECT min(actor1_code) FROM events WHERE actor1_code >= ? AND actor1_code < ?"
    second = (
        "SELECT min(actor2_code) FROM events WHERE actor1_code = ? AND actor2_code >= ? AND actor2_code < ?"
    )
    pairs: list[tuple[str, str]] = []
    for x, y in ((a, b), (b, a)) if a != b else ((a, b),):
        xb, yb = _bounds(x, level), _bounds(y, level)
        ones = [x] if xb is None else _skip_scan(store, first, (), *xb)
        for one in ones:
            if dyad_actor(one, level) != x:
                continue
            twos = [y] if yb is None else _skip_scan(store, second, (one,), *yb)
            pairs += [(one, two) for two in twos if dyad_actor(two, level) == y]
    return pairs


# A claimed event counts once the ledger has corroborated its claim. The appearance that names the
# event (or its statement) is in the event's own article, so the article index finds it in a seek
# (INDEXED BY and CROSS JOIN keep SQLite from scanning either table whatever its statistics say).
_BUCKET_SQL = (
    "CASE WHEN e.status = :observed THEN 'observed'"
    " WHEN EXISTS (SELECT 1 FROM claim_appearances p INDEXED BY claim_appearances_article"
    "   CROSS JOIN claims c ON c.id = p.claim_id"
    "   WHERE p.article_id = e.article_id AND c.status = :corroborated"
    "   AND (p.event_id = e.id OR p.statement_id = e.statement_id))"
    " THEN 'corroborated' ELSE 'claimed' END"
)
_DAY_SQL = "coalesce(e.day, (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = e.article_id))"


def _where(
    store: Store, dyad: tuple[str, str] | None, level: DyadLevel, since: str | None, until: str | None
) -> tuple[str, str, dict[str, Any]]:
    """(inner WHERE, outer WHERE, named parameters) for the index and event queries.

    For one dyad the inner condition is an OR of exact ``(actor1_code, actor2_code)`` pairs, each
    with the day range and, apart, the events without a day (they take their article's day), so
    that SQLite answers it with one index search per term.
    """
    named: dict[str, Any] = {
        "observed": str(EvidentialStatus.OBSERVED),
        "claimed": str(EvidentialStatus.CLAIMED),
        "corroborated": str(ClaimStatus.CORROBORATED),
    }
    inner = [
        "e.actor1_code IS NOT NULL",
        "e.actor2_code IS NOT NULL",
        "+e.status IN (:observed, :claimed)",  # '+': never drive the search by status
    ]
    if dyad is not None:
        a, b = sorted(dyad)
        terms: list[str] = []
        ranged = " AND ".join(c for c, v in (("e.day >= :since", since), ("e.day <= :until", until)) if v)
        for n, (one, two) in enumerate(_pairs(store, a, b, level)):
            named[f"p{n}a"], named[f"p{n}b"] = one, two
            pair = f"e.actor1_code = :p{n}a AND e.actor2_code = :p{n}b"
            if ranged:
                terms += [f"({pair} AND {ranged})", f"({pair} AND e.day IS NULL)"]
            else:
                terms.append(f"({pair})")
        inner.append(f"({' OR '.join(terms)})" if terms else "0")
    outer = ["day IS NOT NULL"]
    if dyad is not None:
        named["ka"], named["kb"] = sorted(dyad)
        outer.append("ka = :ka AND kb = :kb")
    if since:
        named["since"] = since
        outer.append("day >= :since")
    if until:
        named["until"] = until
        outer.append("day <= :until")
    return " AND ".join(inner), " AND ".join(outer), named


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadDay:
    """One dyad on one day: counted events by quad class and Goldstein, claimed events apart.

    ``events`` counts ``observed`` plus ``corroborated`` events (those in the index);
    ``claimed`` counts claimed events not (yet) corroborated, which the index leaves out.
    """

    dyad: tuple[str, str]
    day: str
    events: int = 0
    observed: int = 0
    corroborated: int = 0
    quad_counts: tuple[int, int, int, int] = (0, 0, 0, 0)
    goldstein_sum: float = 0.0
    claimed: int = 0
    claimed_goldstein_sum: float = 0.0

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.events if self.events else None

    @property
    def escalation(self) -> float:
        """The index value: minus the summed Goldstein score of the counted events."""
        return -self.goldstein_sum + 0.0 if self.events else 0.0  # + 0.0: no "-0.0"

    def to_json(self) -> dict[str, Any]:
        mean = self.goldstein_mean
        return {
            "dyad": list(self.dyad),
            "day": self.day,
            "escalation": round(self.escalation, 3),
            "events": self.events,
            "observed": self.observed,
            "corroborated": self.corroborated,
            "quad_counts": {str(q): n for q, n in zip(range(1, 5), self.quad_counts, strict=True)},
            "goldstein_sum": round(self.goldstein_sum, 3),
            "goldstein_mean": None if mean is None else round(mean, 3),
            "claimed": self.claimed,
            "claimed_goldstein_sum": round(self.claimed_goldstein_sum, 3),
        }


def escalation_index(
    store: Store,
    *,
    dyad: tuple[str, str] | None = None,
    level: DyadLevel = "country",
    since: str | None = None,
    until: str | None = None,
) -> list[DyadDay]:
    """The index for every dyad-day (or one dyad's days), sorted by dyad then day.

    ``dyad`` is a pair of actors at ``level`` (order does not matter); ``since``/``until`` are
    ISO days, inclusive. One SQLite aggregate; a single dyad uses the events' dyad-day index.
    """
    if level not in DYAD_LEVELS:
        raise SettingsError(Errors.E004.format(kind="dyad level", name=level, choices=", ".join(DYAD_LEVELS)))
    inner, outer, named = _where(store, dyad, level, since, until)
    k1, k2 = dyad_actor_sql("e.actor1_code", level), dyad_actor_sql("e.actor2_code", level)
    sql = (
        "SELECT ka, kb, day, bucket, quad_class, count(*) AS n, sum(goldstein) AS g FROM ("
        # DISTINCT: one act counts once per dyad, though a reciprocal act is coded in each direction
        # ("Russia and Ukraine held talks": RUS→UKR and UKR→RUS on one trigger, see docs/events.md)
        f" SELECT DISTINCT e.article_id, e.trigger_start, e.trigger_end, e.cameo,"
        f" min({k1}, {k2}) AS ka, max({k1}, {k2}) AS kb, {_DAY_SQL} AS day,"
        f" {_BUCKET_SQL} AS bucket, e.quad_class, e.goldstein"
        f" FROM events e WHERE {inner}"
        f") WHERE {outer} GROUP BY ka, kb, day, bucket, quad_class"
    )
    return _cells(store.conn.execute(sql, named))


def _cells(rows: Iterable[Sequence[Any]]) -> list[DyadDay]:
    """Dyad-days from ``(ka, kb, day, bucket, quad_class, count, goldstein sum)`` groups."""
    acc: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ka, kb, day, bucket, quad, n, g in rows:
        cell = acc.setdefault(
            (ka, kb, day),
            {"observed": 0, "corroborated": 0, "quads": [0, 0, 0, 0], "g": 0.0, "claimed": 0, "cg": 0.0},
        )
        if bucket == CLAIMED:
            cell["claimed"] += n
            cell["cg"] += g
        else:
            cell[bucket] += n
            if 1 <= int(quad) <= 4:
                cell["quads"][int(quad) - 1] += n
            cell["g"] += g
    out = [
        DyadDay(
            dyad=(ka, kb),
            day=day,
            events=c["observed"] + c["corroborated"],
            observed=c["observed"],
            corroborated=c["corroborated"],
            quad_counts=(c["quads"][0], c["quads"][1], c["quads"][2], c["quads"][3]),
            goldstein_sum=float(c["g"]),
            claimed=c["claimed"],
            claimed_goldstein_sum=float(c["cg"]),
        )
        for (ka, kb, day), c in acc.items()
    ]
    out.sort(key=lambda d: (d.dyad, d.day))
    return out


def dyad_day_events(
    store: Store, dyad: tuple[str, str], day: str, *, level: DyadLevel = "country"
) -> list[dict[str, Any]]:
    """The events of one dyad-day, most conflictual first, each with its bucket, spans and statement.

    Each item: ``id, article_id, url, bucket`` (observed, corroborated, claimed), ``cameo,
    goldstein, quad_class, status, actor1, actor2, claimed_by, trigger, sentence`` (spans) and
    ``statement`` (``id, speaker, content`` span) or None.
    """
    inner, outer, named = _where(store, dyad, level, day, day)
    k1, k2 = dyad_actor_sql("e.actor1_code", level), dyad_actor_sql("e.actor2_code", level)
    sql = (
        "SELECT * FROM ("
        f" SELECT min({k1}, {k2}) AS ka, max({k1}, {k2}) AS kb, {_DAY_SQL} AS day, {_BUCKET_SQL} AS bucket,"
        " e.id, e.article_id, e.statement_id, e.cameo, e.goldstein, e.quad_class, e.status,"
        " e.actor1_code, e.actor1_name, e.actor2_code, e.actor2_name, e.claimed_by_code,"
        " e.claimed_by_name, e.record,"
        " (SELECT coalesce(a.url, (SELECT o.origin FROM origins o WHERE o.article_id = a.id LIMIT 1))"
        "  FROM articles a WHERE a.id = e.article_id) AS url"
        f" FROM events e WHERE {inner}"
        f") WHERE {outer} ORDER BY goldstein, article_id, id"
    )
    rows = store.conn.execute(sql, named).fetchall()
    statement_ids = sorted({r["statement_id"] for r in rows if r["statement_id"]})
    statements: dict[str, dict[str, Any]] = {}
    if statement_ids:
        marks = ",".join("?" * len(statement_ids))
        for s in store.conn.execute(
            f"SELECT id, article_id, speaker_name, speaker_code, content, content_start, content_end"
            f" FROM statements WHERE id IN ({marks})",
            statement_ids,
        ):
            statements[s["id"]] = {
                "id": s["id"],
                "article_id": s["article_id"],
                "speaker": s["speaker_name"],
                "speaker_code": s["speaker_code"],
                "content": {"start": s["content_start"], "end": s["content_end"], "text": s["content"]},
            }
    out: list[dict[str, Any]] = []
    for r in rows:
        record = json.loads(r["record"])
        out.append(
            {
                "id": r["id"],
                "article_id": r["article_id"],
                "url": r["url"],
                "bucket": r["bucket"],
                "cameo": r["cameo"],
                "goldstein": r["goldstein"],
                "quad_class": r["quad_class"],
                "status": r["status"],
                "actor1": {"code": r["actor1_code"], "name": r["actor1_name"]},
                "actor2": {"code": r["actor2_code"], "name": r["actor2_name"]},
                "claimed_by": (
                    {"code": r["claimed_by_code"], "name": r["claimed_by_name"]}
                    if r["claimed_by_name"] or r["claimed_by_code"]
                    else None
                ),
                "trigger": record.get("trigger"),
                "sentence": record.get("sentence"),
                "statement": statements.get(r["statement_id"]) if r["statement_id"] else None,
            }
        )
    return out
