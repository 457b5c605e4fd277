"""The FastAPI app: server-rendered views over a read-only store, each with a JSON and CSV twin.

Every view has one stable URL whose query string holds all its state; the same path with
``.json`` or ``.csv`` answers the same data (Datasette's convention), JSON in one envelope.
Reads go through a read-only SQLite connection per worker thread; the only write route,
``POST /api/articles``, needs the write token and opens its own writable store.
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import inspect
import io
import json
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Final, Literal
from urllib.parse import quote, urlencode

import jinja2
import orjson
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import Errors, StoreError
from ..model import ClaimStatus, EvidentialStatus, Extraction, RawDocument, Reject
from ..settings import Settings
from ..store import SCHEMA_VERSION, Store
from . import _queries as queries
from ._inprocess import fetch
from ._relink import Relinker
from ._render import article_highlights, highlight_text, svg_series, svg_timeline
from ._schemas import (
    ArticleIn,
    ArticleListOut,
    ArticleOut,
    ClaimListOut,
    ClaimOut,
    ErrorOut,
    IngestOut,
    OverviewOut,
    SearchOut,
    SpeakerListOut,
    SpeakerOut,
    TimelineOut,
)

__all__ = ["create_app"]


MMAP_BYTES: Final = 1 << 34  # readers map up to 16 GiB of the store file (address space, not memory)

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: Any) -> Any:
    """Query dates must be ISO days (``2024-03-07``): pydantic alone would take ``0`` as 1970."""
    if isinstance(value, dt.date) or (isinstance(value, str) and _ISO_DAY.fullmatch(value)):
        return value
    raise ValueError("not an ISO date (YYYY-MM-DD)")


IsoDay = Annotated[dt.date, BeforeValidator(_iso_day)]

log = logging.getLogger(__name__)

_CODE = r"^[A-Za-z0-9]{1,24}$"
Status = Literal["claimed", "observed", "denied", "negated", "hypothetical"]
assert set(Status.__args__) == {str(s) for s in EvidentialStatus}  # type: ignore[attr-defined]
ClaimStatusName = Literal["asserted", "corroborated", "disputed", "contradicted", "unverified"]
assert set(ClaimStatusName.__args__) == {str(s) for s in ClaimStatus}  # type: ignore[attr-defined]


def _body_reason(exc: ValidationError) -> str:
    """The first problem of a posted body, naming its field: ``'text': String should have …``."""
    errors = exc.errors()
    if not errors:
        return "invalid"
    first = errors[0]
    if first.get("type") == "json_invalid":
        return f"not valid JSON ({first.get('ctx', {}).get('error', 'invalid')})"
    if first.get("type") == "model_type":
        return 'the body must be a JSON object {"text", "published"?, "title"?, "url"?}'
    loc = ".".join(str(x) for x in first.get("loc", ()))
    return f"{loc!r}: {first.get('msg', 'invalid')}" if loc else str(first.get("msg", "invalid"))


SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


# -- query parameters of each view (all of a view's state lives in its query string) ---------


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# what the OpenAPI description says of free-text parameters (checked by _no_control_characters)
_TEXT: Final[dict[str, Any]] = {"pattern": r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"}


class _Params(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @field_validator("*", mode="before")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        """A NUL inside a word broke full-text queries (a 500) and cut LIKE filters short."""
        if isinstance(value, str) and _CONTROL.search(value):
            raise ValueError("control characters are not allowed")
        return value


class OverviewParams(_Params):
    speakers: int = Field(10, ge=1, le=100, description="how many top speakers")


class TimelineParams(_Params):
    a: str | None = Field(None, pattern=_CODE, description="actor code prefix, e.g. RUS")
    b: str | None = Field(None, pattern=_CODE, description="the other actor's code prefix, e.g. NATO")
    since: IsoDay | None = Field(None, description="first day (ISO date)")
    until: IsoDay | None = Field(None, description="last day (ISO date)")
    limit: int = Field(200, ge=1, le=5000, description="how many of the latest events to list")


class ClaimsParams(_Params):
    status: ClaimStatusName | None = Field(None, description="claim status")
    q: str | None = Field(
        None, max_length=500, description="words in the claim text", json_schema_extra=_TEXT
    )
    limit: int = Field(100, ge=1, le=1000)


class SpeakersParams(_Params):
    q: str | None = Field(None, max_length=300, description="part of a name or role", json_schema_extra=_TEXT)
    limit: int = Field(100, ge=1, le=1000)


class SpeakerParams(_Params):
    name: str = Field(
        min_length=1, max_length=300, description="the speaker's name, exactly", json_schema_extra=_TEXT
    )
    limit: int = Field(500, ge=1, le=5000)


class ArticlesParams(_Params):
    q: str | None = Field(
        None,
        max_length=500,
        description="full-text search (words without a letter or digit match nothing)",
        json_schema_extra=_TEXT,
    )
    since: IsoDay | None = None
    until: IsoDay | None = None
    limit: int = Field(100, ge=1, le=1000)


class SearchParams(_Params):
    q: str | None = Field(
        None,
        max_length=500,
        description="full-text search (articles, statements; words without a letter or digit match nothing)",
        json_schema_extra=_TEXT,
    )
    speaker: str | None = Field(
        None, max_length=300, description="speaker name (facet)", json_schema_extra=_TEXT
    )
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2,8}$", description="country code (facet)")
    root: str | None = Field(None, pattern=r"^[0-9]{1,2}$", description="CAMEO root code (facet)")
    status: Status | None = Field(None, description="evidential status (facet)")
    since: IsoDay | None = Field(None, description="first day (ISO date)")
    until: IsoDay | None = Field(None, description="last day (ISO date)")
    limit: int = Field(50, ge=1, le=1000)


# -- the view table ---------------------------------------------------------------------------

Table = tuple[list[str], list[list[Any]]]


@dataclass(frozen=True, slots=True)
class View:
    """One view: its path, query model, data builder, template, CSV table and JSON shape."""

    name: str
    path: str
    params: type[_Params] | None
    build: Callable[..., dict[str, Any]]  # (store, params, **path params) -> data
    template: str
    table: Callable[[dict[str, Any]], Table]
    model: type[BaseModel]
    summary: str
    path_params: tuple[str, ...] = ()
    extra: Callable[[dict[str, Any], Mapping[str, Any]], dict[str, Any]] | None = None
    shared: bool = False  # its data is computed once per store state for HTML, JSON and CSV


class NotFound(Exception):
    """The thing a path names does not exist."""


def _overview(store: Store, p: OverviewParams) -> dict[str, Any]:
    return queries.overview(store, speakers=p.speakers)


def _timeline(store: Store, p: TimelineParams) -> dict[str, Any]:
    # the busiest pairs (a scan of the dyad index) only on the chooser page, not with every pair
    dyads = queries.top_dyads(store) if not (p.a or p.b) else []
    a, b = (p.a.upper() if p.a else None), (p.b.upper() if p.b else None)
    if a is None and b is not None:
        a, b = b, None
    if a is None:
        data: dict[str, Any] = {"a": None, "b": None, "series": [], "events": [], "undated": 0}
    else:
        data = queries.dyad_timeline(store, a, b, since=p.since, until=p.until, limit=p.limit)
    return {**data, "dyads": dyads}


def _claims(store: Store, p: ClaimsParams) -> dict[str, Any]:
    return {"claims": queries.claim_list(store, status=p.status, q=p.q, limit=p.limit)}


def _claim(store: Store, p: None, claim_id: str) -> dict[str, Any]:
    claim = queries.claim_detail(store, claim_id)
    if claim is None:
        raise NotFound
    appearances = claim.pop("appearances")
    trail = claim.pop("trail")
    return {"claim": claim, "appearances": appearances, "trail": trail}


def _speakers(store: Store, p: SpeakersParams) -> dict[str, Any]:
    return {"speakers": queries.speaker_list(store, q=p.q, limit=p.limit)}


def _speaker(store: Store, p: SpeakerParams) -> dict[str, Any]:
    return queries.speaker_page(store, p.name, limit=p.limit)


def _articles(store: Store, p: ArticlesParams) -> dict[str, Any]:
    return {"articles": queries.article_list(store, q=p.q, since=p.since, until=p.until, limit=p.limit)}


def _article(store: Store, p: None, article_id: str) -> dict[str, Any]:
    try:
        page = queries.article_page(store, article_id)
    except StoreError:
        raise NotFound from None
    ex: Extraction = page["extraction"]
    return {
        "article": page["article"],
        "statements": [
            {**s.to_json(), "link": queries.span_anchor(ex.article.id, s.content.start, s.content.end)}
            for s in ex.statements
        ],
        "events": [
            {**e.to_json(), "link": queries.span_anchor(ex.article.id, e.trigger.start, e.trigger.end)}
            for e in ex.events
        ],
        "timexes": [
            {**t.to_json(), "link": queries.span_anchor(ex.article.id, t.start, t.end)} for t in ex.timexes
        ],
        "_extraction": ex,
    }


def _search(store: Store, p: SearchParams) -> dict[str, Any]:
    data = queries.search(
        store,
        q=p.q,
        speaker=p.speaker,
        country=p.country.upper() if p.country else None,
        root=p.root,
        status=p.status,
        since=p.since,
        until=p.until,
        limit=p.limit,
    )
    query = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in p.model_dump().items()}
    facets = {
        name: [
            {
                "value": f["value"],
                "n": f["n"],
                "href": "/search?" + _qs({**query, name: f["value"]}, drop=("limit",)),
            }
            for f in values
        ]
        for name, values in data["facets"].items()
    }
    return {**data, "facets": facets, "query": query}


# -- CSV tables -------------------------------------------------------------------------------


def _table_overview(d: dict[str, Any]) -> Table:
    return ["day", "articles", "statements", "events"], [
        [r["day"], r["articles"], r["statements"], r["events"]] for r in d["series"]
    ]


_EVENT_CSV = [
    "day",
    "actor1_code",
    "actor1_name",
    "cameo",
    "actor2_code",
    "actor2_name",
    "status",
    "goldstein",
    "claimed_by_name",
    "trigger",
    "article_id",
    "link",
]


def _table_events(d: dict[str, Any]) -> Table:
    return list(_EVENT_CSV), [[e.get(k) for k in _EVENT_CSV] for e in d["events"]]


def _table_claims(d: dict[str, Any]) -> Table:
    cols = ["id", "status", "appearances", "first_date", "last_date", "text"]
    return cols, [[c[k] for k in cols] for c in d["claims"]]


def _table_claim(d: dict[str, Any]) -> Table:
    cols = ["seq", "date", "role", "speaker", "article_id", "link", "text"]
    return cols, [
        [a["seq"], a["date"], a["role"], a["speaker"], a["article_id"], a["link"], a.get("s_text") or ""]
        for a in d["appearances"]
    ]


def _table_speakers(d: dict[str, Any]) -> Table:
    cols = ["name", "role", "country", "code", "statements"]
    return cols, [[s.get(k) for k in cols] for s in d["speakers"]]


def _table_speaker(d: dict[str, Any]) -> Table:
    cols = ["published", "date", "kind", "speaker_name", "content", "article_id", "link"]
    return cols, [[s[k] for k in cols] for s in d["statements"]]


def _table_articles(d: dict[str, Any]) -> Table:
    cols = ["id", "published", "title", "url", "statements"]
    return cols, [[a.get(k) for k in cols] for a in d["articles"]]


def _table_article(d: dict[str, Any]) -> Table:
    rows: list[list[Any]] = []
    for s in d["statements"]:
        rows.append(["statement", s["id"], s["content"]["start"], s["content"]["end"], s["content"]["text"]])
    for e in d["events"]:
        rows.append(["event", e["id"], e["trigger"]["start"], e["trigger"]["end"], e["trigger"]["text"]])
    for t in d["timexes"]:
        rows.append(["timex", t["value"], t["start"], t["end"], t["text"]])
    rows.sort(key=lambda r: (r[2], r[3]))
    return ["kind", "id", "start", "end", "text"], rows


def _table_search(d: dict[str, Any]) -> Table:
    rows: list[list[Any]] = []
    for a in d["articles"]:
        rows.append(
            ["article", a["id"], a["id"], a["published"], "", a.get("title") or "", f"/articles/{a['id']}"]
        )
    for s in d["statements"]:
        rows.append(
            [
                "statement",
                s["id"],
                s["article_id"],
                s["published"],
                s["speaker_name"],
                s["content"],
                s["link"],
            ]
        )
    for e in d["events"]:
        who = f"{e.get('actor1_code') or '?'} {e['cameo']} {e.get('actor2_code') or '?'} ({e['status']})"
        rows.append(["event", e["id"], e["article_id"], e["day"], who, e["trigger"], e["link"]])
    return ["kind", "id", "article_id", "date", "who", "text", "link"], rows


# -- HTML extras ------------------------------------------------------------------------------


def _extra_overview(d: dict[str, Any], q: Mapping[str, Any]) -> dict[str, Any]:
    return {"chart": svg_series(d["series"])}


def _extra_timeline(d: dict[str, Any], q: Mapping[str, Any]) -> dict[str, Any]:
    return {"chart": svg_timeline(d["series"], d["events"]) if d["a"] else None}


def _extra_article(d: dict[str, Any], q: Mapping[str, Any]) -> dict[str, Any]:
    ex: Extraction = d["_extraction"]
    marks, records = article_highlights(ex)
    anchors = [(m.start, m.end) for m in marks if m.kind.split()[0] in {"content", "event", "timex"}]
    return {
        "text_html": highlight_text(ex.article.text, marks, ex.article.body, anchors),
        "records": records,
    }


VIEWS: tuple[View, ...] = (
    View(
        "overview",
        "/overview",
        OverviewParams,
        _overview,
        "overview.html",
        _table_overview,
        OverviewOut,
        "Counts over time, top speakers and dyads, open alerts",
        extra=_extra_overview,
        shared=True,
    ),
    View(
        "timeline",
        "/timeline",
        TimelineParams,
        _timeline,
        "timeline.html",
        _table_events,
        TimelineOut,
        "Events of an actor pair by day with the escalation index",
        extra=_extra_timeline,
    ),
    View(
        "claims", "/claims", ClaimsParams, _claims, "claims.html", _table_claims, ClaimListOut, "Claim ledger"
    ),
    View(
        "claim",
        "/claims/{claim_id}",
        None,
        _claim,
        "claim.html",
        _table_claim,
        ClaimOut,
        "One claim with its evidence trail",
        path_params=("claim_id",),
    ),
    View(
        "speakers",
        "/speakers",
        SpeakersParams,
        _speakers,
        "speakers.html",
        _table_speakers,
        SpeakerListOut,
        "Speakers by number of statements",
    ),
    View(
        "speaker",
        "/speaker",
        SpeakerParams,
        _speaker,
        "speaker.html",
        _table_speaker,
        SpeakerOut,
        "Everything one speaker said, with dates",
    ),
    View(
        "articles",
        "/articles",
        ArticlesParams,
        _articles,
        "articles.html",
        _table_articles,
        ArticleListOut,
        "Articles, newest first or by full-text relevance",
    ),
    View(
        "article",
        "/articles/{article_id}",
        None,
        _article,
        "article.html",
        _table_article,
        ArticleOut,
        "An article's text with its statements, events and time expressions at their spans",
        path_params=("article_id",),
        extra=_extra_article,
    ),
    View(
        "search",
        "/search",
        SearchParams,
        _search,
        "search.html",
        _table_search,
        SearchOut,
        "Full-text search with facets (speaker, country, CAMEO root, status, date range)",
    ),
)


# -- helpers ----------------------------------------------------------------------------------


def _qs(params: Mapping[str, Any], drop: Sequence[str] = ()) -> str:
    """A query string of the non-empty ``params`` (their order kept)."""
    return urlencode([(k, str(v)) for k, v in params.items() if v not in (None, "") and k not in drop])


def _cell(value: Any) -> Any:
    # Spreadsheet formula injection: a cell of untrusted text must not start a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _csv(table: Table) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header, rows = table
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buf.getvalue()


def _public(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _wants_json(request: Request) -> bool:
    path = request.url.path
    if path.endswith(".json") or path.startswith("/api/") or path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


class _JSONResponse(JSONResponse):
    """JSON encoded with orjson: a timeline's 300 KB answer in 2 ms instead of 15 ms (same JSON)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def read_ahead(path: Path, share: float = 0.25, chunk: int = 4 << 20) -> int:
    """Read the store file (and its WAL) once, front to back, so the OS keeps it in its page cache.

    A server that has just started (or whose file was pushed out of the cache) otherwise pays a
    random disk read for each page its first timelines touch: 150–700 ms at a million events,
    against ~50 ms once cached; one sequential pass over a 1.2 GB store takes ~2 s. Skipped (0)
    when the files are larger than ``share`` of physical memory, so a store that cannot stay
    cached does not evict everything else. Returns the bytes read.
    """
    try:
        memory = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return 0
    files = [p for p in (path, path.with_name(path.name + "-wal")) if p.is_file()]
    if sum(p.stat().st_size for p in files) > memory * share:
        log.info("%s: larger than %.0f%% of memory, not read ahead", path, share * 100)
        return 0
    done = 0
    buffer = bytearray(chunk)
    try:
        for file in files:
            with file.open("rb", buffering=0) as f:
                while n := f.readinto(buffer):
                    done += n
    except OSError as exc:
        log.debug("%s: read-ahead stopped: %s", path, exc)
    return done


class _Readers:
    """One read-only store per worker thread (SQLite connections are not shared across threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()
        with Store(path, readonly=True) as store:  # fail now, not on the first request
            older = store.version() < SCHEMA_VERSION
        if older:  # the views read the summary tables of the current schema: migrate once
            log.warning("migrating %s to schema %d before serving it", path, SCHEMA_VERSION)
            Store(path).close()

    def get(self) -> Store:
        store: Store | None = getattr(self.local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            # map the file: every worker thread's connection then reads the same OS pages
            # instead of copying them into its own small page cache
            store.conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
            self.local.store = store
        return store


class _Cache:
    """Recent answers, reused until the store changes (its file or WAL is written).

    The key is the format and the full URL; the store's state is the size and modification time
    of the database file and its write-ahead log, so an ingest or checkpoint invalidates it."""

    def __init__(self, path: Path, entries: int = 128, max_body: int = 2_000_000) -> None:
        self.path = path
        self.wal = path.with_name(path.name + "-wal")
        self.entries = entries
        self.max_body = max_body
        self.lock = threading.Lock()
        self.items: OrderedDict[tuple[str, str], tuple[tuple[int, ...], Response]] = OrderedDict()
        self.pinned: dict[tuple[str, str], tuple[tuple[int, ...], Response]] = {}

    def state(self) -> tuple[int, ...]:
        out: list[int] = []
        for p in (self.path, self.wal):
            try:
                st = p.stat()
                out += [st.st_size, st.st_mtime_ns]
            except OSError:
                out += [-1, -1]
        return tuple(out)

    def get(self, key: tuple[str, str]) -> Response | None:
        state = self.state()
        with self.lock:
            hit = self.pinned.get(key) or self.items.get(key)
            if hit is None or hit[0] != state:
                return None
            if key in self.items:
                self.items.move_to_end(key)
            return hit[1]

    def put(
        self, key: tuple[str, str], state: tuple[int, ...], response: Response, *, pin: bool = False
    ) -> None:
        """Keep ``response``; a pinned one (the landing page) is never evicted, only replaced."""
        if response.status_code != 200 or len(response.body) > self.max_body:
            return
        with self.lock:
            if pin:
                self.pinned[key] = (state, response)
                return
            self.items[key] = (state, response)
            self.items.move_to_end(key)
            while len(self.items) > self.entries:
                self.items.popitem(last=False)


class _BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _send_error(send, 413, Errors.E704.format(size=int(declared), limit=self.limit))
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge(seen)
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge as exc:
            await _send_error(send, 413, Errors.E704.format(size=f"over {exc.seen}", limit=self.limit))


class _TooLarge(Exception):
    def __init__(self, seen: int) -> None:
        super().__init__(seen)
        self.seen = seen


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"ok": False, "error": message, "status": status}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in names
                ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


# -- the app ----------------------------------------------------------------------------------


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("watchfloor.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["qs"] = _qs
    env.globals["version"] = __version__
    return env


def create_app(
    db_path: str | Path,
    settings: Settings | None = None,
    write_token: str | None = None,
    *,
    warm: bool = False,
) -> FastAPI:
    """The web app over the store at ``db_path`` (read-only; writes only with ``write_token``).

    ``warm`` reads the store file once (into the OS page cache) and computes the overview in a
    background thread at once, so the first visitors of a large store do not wait for the disk
    (``watchfloor serve`` sets it)."""
    settings = settings or Settings()
    readers = _Readers(Path(db_path))
    cache = _Cache(Path(db_path))
    env = _templates()
    app = FastAPI(
        title="watchfloor",
        version=__version__,
        description=(
            "Who claims what, about which event, when. Every HTML view has JSON and CSV twins"
            " (same path plus .json or .csv); JSON answers share one envelope."
        ),
        docs_url=None,
        redoc_url=None,
    )
    static = Path(str(resources.files("watchfloor.web") / "static"))
    app.mount("/static", StaticFiles(directory=static), name="static")

    def render_error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
        if request.url.path.endswith(".csv"):
            return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8")
        html = env.get_template("error.html").render(status=status, message=message, view="error", links={})
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            response = render_error(request, 404, Errors.E701.format(path=request.url.path))
        elif exc.status_code == 405:
            response = render_error(
                request, 405, Errors.E703.format(name="method", reason=request.method + " not allowed")
            )
        else:
            response = render_error(
                request, exc.status_code, Errors.E703.format(name="request", reason=str(exc.detail))
            )
        response.headers.update(exc.headers or {})  # e.g. Allow on 405 (RFC 9110)
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Response:
        if request.method == "GET" and not _wants_json(request) and not request.url.path.endswith(".csv"):
            # a filter form sends its empty fields as ``name=``: they mean no filter, so the page
            # is the same URL without them (the JSON and CSV twins keep the documented types)
            kept = [(k, v) for k, v in request.query_params.multi_items() if v != ""]
            if len(kept) < len(request.query_params.multi_items()):
                target = request.url.path + ("?" + urlencode(kept) if kept else "")
                return RedirectResponse(target, status_code=303)
        errors = exc.errors()
        first = errors[0] if errors else {}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
        name = loc[-1] if loc else "request"
        return render_error(request, 400, Errors.E703.format(name=name, reason=first.get("msg", "invalid")))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.error("%s: %s", request.url.path, exc, exc_info=exc)
        return render_error(request, 500, Errors.E705.format(path=request.url.path))

    def respond(view: View, fmt: str, request: Request, kwargs: dict[str, Any]) -> Response:
        if fmt == "html" and _wants_json(request):
            fmt = "json"
        # one key per view, format and state: "/" and "/overview" share their answer
        key = (fmt, view.name + repr(sorted(kwargs.items(), key=str)) + "?" + request.url.query)
        cached = cache.get(key)
        if cached is not None:
            return cached
        state = cache.state()
        response = answer(view, fmt, request, kwargs)
        cache.put(key, state, response, pin=view.shared and not request.url.query)
        return response

    shared: dict[str, tuple[tuple[int, ...], dict[str, Any]]] = {}
    shared_lock = threading.Lock()

    def build(view: View, store: Store, params: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        if not view.shared:
            return view.build(store, params, **kwargs)
        key, state = view.name + repr(params) + repr(sorted(kwargs.items())), cache.state()
        with shared_lock:
            hit = shared.get(key)
        if hit is not None and hit[0] == state:
            return hit[1]
        data = view.build(store, params, **kwargs)
        with shared_lock:
            if len(shared) > 16:
                shared.clear()
            shared[key] = (state, data)
        return data

    def answer(view: View, fmt: str, request: Request, kwargs: dict[str, Any]) -> Response:
        store = readers.get()
        params = kwargs.pop("params", None)
        try:
            data = build(view, store, params, kwargs)
        except NotFound:
            return render_error(request, 404, Errors.E701.format(path=request.url.path))
        except queries.BadQuery as exc:
            return render_error(request, 400, str(exc))
        base = view.path.format(**{k: quote(str(v), safe="") for k, v in kwargs.items()})
        query = request.url.query
        links = {
            "html": base + (f"?{query}" if query else ""),
            "json": base + ".json" + (f"?{query}" if query else ""),
            "csv": base + ".csv" + (f"?{query}" if query else ""),
        }
        if fmt == "json":
            return _JSONResponse({"ok": True, "view": view.name, **_public(data)})
        if fmt == "csv":
            filename = view.name + ".csv"
            return Response(
                _csv(view.table(data)),
                media_type="text/csv; charset=utf-8",
                headers={"content-disposition": f'inline; filename="{filename}"'},
            )
        context = {
            "view": view.name,
            "data": data,
            "links": links,
            "request_query": dict(request.query_params),
            "settings": settings,
        }
        if view.extra is not None:
            context.update(view.extra(data, request.query_params))
        html = env.get_template(view.template).render(**context)
        return HTMLResponse(
            html, headers={"link": f'<{links["json"]}>; rel="alternate"; type="application/json"'}
        )

    def register(view: View, fmt: str) -> None:
        def endpoint(**kwargs: Any) -> Response:
            request: Request = kwargs.pop("request")
            return respond(view, fmt, request, kwargs)

        sig = [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request)]
        for name in view.path_params:
            sig.append(
                inspect.Parameter(
                    name,
                    inspect.Parameter.KEYWORD_ONLY,
                    annotation=Annotated[str, PathParam(min_length=1, max_length=200)],
                )
            )
        if view.params is not None:
            sig.append(
                inspect.Parameter(
                    "params", inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[view.params, Query()]
                )
            )
        endpoint.__signature__ = inspect.Signature(sig)  # type: ignore[attr-defined]
        endpoint.__name__ = f"{view.name}_{fmt}"
        suffix = "" if fmt == "html" else "." + fmt
        path = view.path + suffix
        if fmt == "json":
            app.add_api_route(
                path,
                endpoint,
                methods=["GET"],
                summary=view.summary,
                response_model=view.model,
                responses={400: {"model": ErrorOut}, 404: {"model": ErrorOut}},
                tags=["views"],
            )
        else:
            app.add_api_route(
                path, endpoint, methods=["GET"], include_in_schema=False, response_class=HTMLResponse
            )

    for view in VIEWS:  # .json and .csv first, so "/articles/{id}" does not swallow "x.json"
        for fmt in ("json", "csv", "html"):
            register(view, fmt)

    overview = VIEWS[0]

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def home(request: Request) -> Response:
        return respond(overview, "html", request, {"params": OverviewParams(speakers=10)})

    writer_lock = threading.Lock()
    writer: dict[str, Store] = {}

    def writable() -> Store:  # call with writer_lock held
        store = writer.get("store")
        if store is None:
            store = writer["store"] = Store(Path(db_path))
        return store

    def replay() -> None:
        from ..pipeline import relink

        with writer_lock:
            relink(writable(), settings)

    relinker = Relinker(replay)
    app.state.relinker = relinker  # tests and embedders can wait for the ledger: relinker.wait()

    def ingest(article: ArticleIn) -> tuple[Extraction | Reject, bool]:
        from ..pipeline import extract_records  # heavy (spaCy): only when someone posts

        pairs = (("published", article.published), ("title", article.title), ("url", article.url))
        meta = {k: v for k, v in pairs if v}
        raw = RawDocument(
            origin="POST /api/articles", record=None, text=article.text, format="text", meta=meta
        )
        result = next(extract_records([raw], settings))
        if isinstance(result, Reject):
            return result, False
        with writer_lock:
            store = writable()
            with store.batch():
                created = store.save(result)
        if created:
            relinker.request()
        return result, created

    @app.post(
        "/api/articles",
        summary="Ingest one article (needs the write token)",
        tags=["write"],
        status_code=201,
        response_model=IngestOut,
        responses={
            200: {"model": IngestOut, "description": "already stored (nothing changed)"},
            400: {"model": ErrorOut},
            403: {"model": ErrorOut},
            413: {"model": ErrorOut},
            422: {"model": ErrorOut},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": ArticleIn.model_json_schema()}},
            }
        },
    )
    async def post_article(request: Request) -> Response:
        if not write_token:
            return render_error(request, 403, str(Errors.E702))
        auth = request.headers.get("authorization", "")
        given = (
            auth[7:].strip()
            if auth.lower().startswith("bearer ")
            else request.headers.get("x-watchfloor-token", "")
        )
        if not hmac.compare_digest(given.encode(), write_token.encode()):
            return render_error(request, 403, str(Errors.E707))
        body = await request.body()
        try:
            article = ArticleIn.model_validate_json(body)
        except ValidationError as exc:
            return render_error(request, 400, Errors.E703.format(name="body", reason=_body_reason(exc)))
        except ValueError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else "invalid JSON"
            return render_error(request, 400, Errors.E703.format(name="body", reason=reason))
        ex, created = await run_in_threadpool(ingest, article)
        if isinstance(ex, Reject):
            return render_error(request, 422, Errors.E708.format(reason=ex.message))
        status = 201 if created else 200
        out = IngestOut(
            article_id=ex.article.id,
            created=created,
            statements=len(ex.statements),
            events=len(ex.events),
            timexes=len(ex.timexes),
            href=f"/articles/{ex.article.id}",
            ledger="queued" if created else "unchanged",
        )
        return JSONResponse(out.model_dump(), status_code=status)

    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = base_openapi()
            for item in schema.get("paths", {}).values():
                for op in item.values():
                    responses = op.get("responses", {})
                    if "422" in responses and op.get("tags") != ["write"]:
                        responses.pop("422")
            schema.get("components", {}).get("schemas", {}).pop("HTTPValidationError", None)
            schema.get("components", {}).get("schemas", {}).pop("ValidationError", None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(_BodyLimit, limit=settings.web_max_body)
    app.add_middleware(_SecurityHeaders)
    if warm:

        def warm_up() -> None:
            read_ahead(readers.path)
            for path in ("/overview", "/overview.json"):
                fetch(app, path)

        threading.Thread(target=warm_up, name="watchfloor-warm", daemon=True).start()
    return app
