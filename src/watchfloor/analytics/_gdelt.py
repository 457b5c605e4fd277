"""GDELT 2.0 event table export: 61 tab-separated columns in GDELT's order, one row per event.

The main file has exactly GDELT 2.0's columns (:data:`GDELT_COLUMNS`), no header, tab-separated,
one event per line, as GDELT's ``*.export.CSV`` files are. What watchfloor knows beyond them
(evidential status, who claimed it, the statement, character spans) goes to a sidecar file
``<out>.watchfloor.tsv`` (with a header), joined on ``GLOBALEVENTID``. ``docs/exports.md`` lists
which GDELT columns watchfloor fills and which it leaves empty.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from ..errors import Errors, StoreError
from ..store import Store
from ._index import dyad_actor

__all__ = ["GDELT_COLUMNS", "SIDECAR_COLUMNS", "gdelt_rows", "global_event_id", "sidecar_path", "write_gdelt"]

_ACTOR_FIELDS: Final = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS: Final = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: Final[tuple[str, ...]] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61
_NO_GEO: Final = ("",) * (3 * len(_GEO_FIELDS))

SIDECAR_COLUMNS: Final[tuple[str, ...]] = (
    "GLOBALEVENTID",
    "event_id",
    "article_id",
    "status",
    "claimed_by_code",
    "claimed_by_name",
    "statement_id",
    "date",
    "trigger_start",
    "trigger_end",
    "trigger_text",
    "sentence_start",
    "sentence_end",
    "extractor",
)


def global_event_id(event_id: str) -> int:
    """A stable positive 60-bit integer for a watchfloor event id (GDELT ids are integers)."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


# A tab and every character ``str.splitlines()`` breaks a line at (Unicode line boundaries: CR, LF,
# VT, FF, the file/group/record separators, NEL, LINE and PARAGRAPH SEPARATOR) become a space, so
# that any reader sees one event per line.
_BREAKS: Final = {ord(c): " " for c in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def _clean(value: object) -> str:
    """A TSV field: no tabs or line breaks (GDELT files have no quoting)."""
    if value is None:
        return ""
    return str(value).replace("\r\n", " ").translate(_BREAKS)


@functools.lru_cache(maxsize=4096)
def _code_parts(code: str) -> tuple[str, str, str, str]:
    """(country, type1, type2, type3) of a CAMEO-style code; empty strings for organisations."""
    folded = dyad_actor(code)
    if folded != code or (len(code) == 3 and code.isalpha()):
        roles = code[3:]
        return folded, roles[0:3], roles[3:6], roles[6:9]
    return "", "", "", ""


def _actor(code: str | None, name: str | None) -> list[str]:
    """The ten GDELT actor columns from a CAMEO-style code and its name."""
    if not code and not name:
        return [""] * len(_ACTOR_FIELDS)
    country, t1, t2, t3 = _code_parts(code) if code else ("", "", "", "")
    return [code or "", _clean(name), country, "", "", "", "", t1, t2, t3]


def _lead_end(text: str, body: list[list[int]]) -> int:
    """Where the article's first body paragraph ends (for IsRootEvent).

    Paragraphs are separated by blank lines where the body has any; otherwise (wire copy as plain
    text, one paragraph per line) each line is a paragraph.
    """
    if not body:
        return len(text)
    start, end = body[0]
    while start < end and text[start].isspace():
        start += 1
    cut = text.find("\n\n", start, end)
    if cut < 0:
        cut = text.find("\n", start, end)
    return end if cut < 0 else cut


@functools.lru_cache(maxsize=4096)
def _dates(day: str | None) -> tuple[str, str, str, str]:
    if not day:
        return ("", "", "", "")
    d = dt.date.fromisoformat(day[:10])
    fraction = d.year + (d.month * 30 + d.day) / 365
    return (d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year), f"{fraction:.4f}")


def _added(ingested: str | None) -> str:
    if not ingested:
        return ""
    digits = "".join(c for c in ingested if c.isdigit())
    return digits[:14].ljust(14, "0")


def gdelt_rows(store: Store) -> Iterator[tuple[list[str], list[str]]]:
    """(GDELT row, sidecar row) per event, in article then trigger order."""
    sql = (
        "SELECT e.id, e.article_id, e.statement_id, e.actor1_code, e.actor1_name, e.actor2_code,"
        " e.actor2_name, e.cameo, e.root, e.goldstein, e.quad_class, e.status, e.claimed_by_code,"
        " e.claimed_by_name, e.date, coalesce(e.day, substr(a.published, 1, 10)) AS day,"
        " e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, e.extractor,"
        " a.ingested, coalesce(a.url, (SELECT o.origin FROM origins o WHERE o.article_id = a.id"
        " ORDER BY o.origin LIMIT 1)) AS source_url"
        " FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.trigger_start, e.id"
    )
    lead: tuple[str, int] = ("", 0)
    text = ""
    for r in store.conn.execute(sql):
        if lead[0] != r["article_id"]:
            art = store.conn.execute(
                "SELECT text, body FROM articles WHERE id = ?", (r["article_id"],)
            ).fetchone()
            text = art["text"]
            lead = (r["article_id"], _lead_end(text, json.loads(art["body"])))
        gid = str(global_event_id(r["id"]))
        cameo = r["cameo"] or ""
        row = [
            gid,
            *_dates(r["day"]),
            *_actor(r["actor1_code"], r["actor1_name"]),
            *_actor(r["actor2_code"], r["actor2_name"]),
            "1" if r["sentence_start"] < lead[1] else "0",
            cameo,
            cameo[:3],
            r["root"] or cameo[:2],
            str(r["quad_class"]),
            f"{r['goldstein']:.1f}",
            "1",
            "1",
            "1",
            "",
            *_NO_GEO,
            _added(r["ingested"]),
            _clean(r["source_url"]),
        ]
        side = [
            gid,
            r["id"],
            r["article_id"],
            r["status"],
            _clean(r["claimed_by_code"]),
            _clean(r["claimed_by_name"]),
            _clean(r["statement_id"]),
            _clean(r["date"]),
            str(r["trigger_start"]),
            str(r["trigger_end"]),
            _clean(text[r["trigger_start"] : r["trigger_end"]]),
            str(r["sentence_start"]),
            str(r["sentence_end"]),
            _clean(r["extractor"]),
        ]
        yield row, side


def sidecar_path(out: Path) -> Path:
    return out.with_name(out.name + ".watchfloor.tsv")


def write_gdelt(store: Store, out: str | Path) -> dict[str, int]:
    """Write the GDELT 2.0 event table to ``out`` and the sidecar to ``out.watchfloor.tsv``."""
    path = Path(out)
    n = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with (
            path.open("w", encoding="utf-8", newline="\n") as main,
            sidecar_path(path).open("w", encoding="utf-8", newline="\n") as side,
        ):
            side.write("\t".join(SIDECAR_COLUMNS) + "\n")
            for row, extra in gdelt_rows(store):
                main.write("\t".join(row) + "\n")
                side.write("\t".join(extra) + "\n")
                n += 1
    except OSError as exc:
        raise StoreError(Errors.E602.format(path=path, reason=exc)) from None
    return {"events": n}
