"""The web views: every view answers HTML, JSON (in the envelope, matching its schema) and CSV;
untrusted text stays inert; bad or hostile parameters give 4xx, never 500."""

from __future__ import annotations

import csv
import io
import json
import json as jsonlib
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from watchfloor.settings import Settings
from watchfloor.web import VIEWS, Fetched, create_app, fetch


class Client:
    """Requests through :func:`watchfloor.web.fetch` (in-process, no socket)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def get(
        self, url: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> Fetched:
        if params:
            url += ("&" if "?" in url else "?") + urlencode(params)
        return fetch(self.app, url, headers=headers)

    def post(
        self,
        url: str,
        json: Any = None,
        content: bytes | list[bytes] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Fetched:
        body = content if content is not None else jsonlib.dumps(json).encode()
        head = {"content-type": "application/json", **(headers or {})}
        return fetch(self.app, url, method="POST", body=body, headers=head)


@pytest.fixture(scope="module")
def client(web_store: tuple[Path, dict[str, Any]]) -> Client:
    path, _ids = web_store
    return Client(create_app(path, Settings()))


@pytest.fixture(scope="module")
def ids(web_store: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    return web_store[1]


def _paths(ids: dict[str, Any]) -> dict[str, str]:
    """One concrete URL (path + query) for every view."""
    return {
        "overview": "/overview",
        "timeline": "/timeline?a=RUS&b=NATO",
        "claims": "/claims",
        "claim": f"/claims/{ids['claim']}",
        "speakers": "/speakers",
        "speaker": "/speaker?name=Anna+Berg",
        "articles": "/articles",
        "article": f"/articles/{ids['articles'][0]}",
        "search": "/search?q=alliance",
    }


def _with_suffix(url: str, suffix: str) -> str:
    path, sep, query = url.partition("?")
    return path + suffix + sep + query


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_views_answer_html_json_and_csv(client: Client, ids: dict[str, Any], view: Any) -> None:
    url = _paths(ids)[view.name]
    html = client.get(url)
    assert html.status == 200, html.text
    assert html.headers["content-type"].startswith("text/html")
    assert "json" in html.headers["link"]
    data = client.get(_with_suffix(url, ".json"))
    assert data.status == 200
    body = data.json()
    assert body["ok"] is True and body["view"] == view.name
    view.model.model_validate(body)  # the published shape
    table = client.get(_with_suffix(url, ".csv"))
    assert table.status == 200 and table.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(table.text)))
    assert rows and rows[0], "CSV has a header row"


def test_views_accept_json_header_gives_json(client: Client) -> None:
    r = client.get("/claims", headers={"accept": "application/json"})
    assert r.json()["view"] == "claims"


def test_overview_counts_series_and_alerts(client: Client) -> None:
    body = client.get("/overview.json").json()
    assert body["counts"]["articles"] == 3
    assert [r["day"] for r in body["series"]] == ["2024-03-07", "2024-03-08", "2024-03-10", "2024-03-11"]
    assert body["alerts"][0]["dyad"] == "RUS,NATO"
    assert {s["name"] for s in body["speakers"]} >= {"Anna Berg", "Igor Petrov"}
    html = client.get("/").text
    assert "<svg" in html and "polyline" in html and "no open alerts" not in html


def test_timeline_draws_claimed_and_observed_differently(client: Client) -> None:
    body = client.get("/timeline.json?a=rus&b=nato").json()
    assert (body["a"], body["b"]) == ("RUS", "NATO")
    statuses = {e["status"] for e in body["events"]}
    assert statuses == {"claimed", "negated", "observed"}
    assert all(re.fullmatch(r"/articles/[0-9a-f]+#s-\d+-\d+", e["link"]) for e in body["events"])
    assert [d["day"] for d in body["series"]] == ["2024-03-07", "2024-03-10", "2024-03-11"]
    html = client.get("/timeline?a=RUS&b=NATO").text
    assert 'class="m-observed"' in html and 'class="m-claimed"' in html and 'class="m-denied"' in html


def test_timeline_index_counts_observed_conflict(client: Client) -> None:
    series = {d["day"]: d for d in client.get("/timeline.json?a=RUS&b=NATO").json()["series"]}
    # 2024-03-11: NATO raised readiness (observed, Goldstein -7.2) and, undated in an article
    # published that day, jets crossed the line (observed, -9.5) -> index +16.7
    assert series["2024-03-11"]["index"] == pytest.approx(16.7)
    # 2024-03-10: a claimed missile firing (Goldstein -10) is not backed: kept apart
    assert series["2024-03-10"]["index"] == pytest.approx(0.0)
    assert series["2024-03-10"]["claimed_index"] == pytest.approx(10.0)


def test_timeline_without_pair_lists_dyads(client: Client) -> None:
    body = client.get("/timeline.json").json()
    assert body["a"] is None and body["events"] == []
    assert {(d["a"], d["b"]) for d in body["dyads"]} >= {("NATO", "RUS"), ("RUSMIL", "NATO")}


def test_claim_page_shows_evidence_trail_with_span_links(client: Client, ids: dict[str, Any]) -> None:
    body = client.get(f"/claims/{ids['claim']}.json").json()
    assert body["claim"]["status"] == "disputed"
    roles = [a["role"] for a in body["appearances"]]
    assert roles == ["asserts", "disputes"]
    s = ids["statement"]
    want = f"/articles/{ids['articles'][0]}#s-{s.content.start}-{s.content.end}"
    assert body["appearances"][1]["link"] == want
    assert [t["status"] for t in body["trail"]] == ["asserted", "disputed"]
    assert body["trail"][1]["link"] == want
    html = client.get(f"/claims/{ids['claim']}").text
    assert "NATO disputes it" in html and "Status history" in html


def test_speaker_page_lists_statements_and_claimed_events(client: Client) -> None:
    body = client.get("/speaker.json?name=Anna%20Berg").json()
    assert [s["content"] for s in body["statements"]] == ["the alliance had seen no signs of a pullback"]
    assert [e["status"] for e in body["events"]] == ["negated"]
    assert body["statements"][0]["published"] == "2024-03-07"


def test_article_page_marks_every_span_at_its_offsets(client: Client, ids: dict[str, Any]) -> None:
    s, aid = ids["statement"], ids["articles"][0]
    html = client.get(f"/articles/{aid}").text
    assert f'id="s-{s.content.start}-{s.content.end}"' in html
    segs = re.findall(r'<span class="hl[^"]*"[^>]*data-start="(\d+)" data-end="(\d+)">([^<]*)</span>', html)
    text = client.get(f"/articles/{aid}.json").json()["article"]["text"]
    assert segs
    for start, end, piece in segs:
        assert text[int(start) : int(end)] == piece.replace("&#39;", "'").replace("&#34;", '"')
    records = json.loads(
        re.search(r'<script type="application/json" id="records">(.*?)</script>', html, re.S)[1]
    )
    assert {r["record_type"] for r in records.values()} == {"statement", "event", "timex"}


def test_article_text_title_and_speaker_are_escaped(client: Client, ids: dict[str, Any]) -> None:
    aid = ids["xss_article"]
    pages = [
        f"/articles/{aid}",
        "/articles",
        "/speakers",
        "/search?q=attackers",
        "/search?q=only+text",
        "/speaker?name=" + quote(ids["evil_name"]),
        "/overview",
    ]
    for url in pages:
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "<b>Evil</b>" not in html and "<i>role</i>" not in html, url
        assert "onerror=alert(1)>" not in html or "&lt;img" in html, url
    article = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in article
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Drills" in article
    # the records block cannot be closed early by text in a record
    block = re.search(r'<script type="application/json" id="records">(.*?)</script>', article, re.S)
    assert block is not None and "<" not in block[1]
    assert "Evil" in json.loads(block[1])[next(iter(json.loads(block[1])))]["speaker"]["name"]


def test_pages_send_security_headers(client: Client) -> None:
    r = client.get("/overview")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_csv_cells_cannot_start_a_formula(client: Client, web_store: tuple[Path, dict[str, Any]]) -> None:
    from watchfloor.web._app import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell(-3.5) == -3.5
    table = client.get("/timeline.csv?a=RUS&b=NATO").text
    assert table.splitlines()[0].startswith("day,actor1_code")


def test_search_facets_link_to_narrower_searches(client: Client) -> None:
    body = client.get("/search.json?since=2024-03-01").json()
    speakers = {f["value"]: f for f in body["facets"]["speaker"]}
    assert "Anna Berg" in speakers
    narrowed = client.get(speakers["Anna Berg"]["href"].replace("/search?", "/search.json?")).json()
    assert {s["speaker_name"] for s in narrowed["statements"]} == {"Anna Berg"}
    assert narrowed["query"]["speaker"] == "Anna Berg" and narrowed["query"]["since"] == "2024-03-01"
    assert len(speakers) == 3


def test_search_by_root_and_status_and_dates(client: Client) -> None:
    by_root = client.get("/search.json?root=15").json()
    assert [e["cameo"] for e in by_root["events"]] == ["154"]
    claimed = client.get("/search.json?status=claimed").json()
    assert {e["status"] for e in claimed["events"]} == {"claimed"} and claimed["events_total"] == 2
    dated = client.get("/search.json?status=claimed&since=2024-03-09").json()
    assert [e["day"] for e in dated["events"]] == ["2024-03-10"]
    by_country = client.get("/search.json?country=rus").json()
    assert by_country["statements_total"] == 2


def test_unknown_paths_and_records_give_404_envelope(client: Client) -> None:
    for url in ("/nope.json", "/articles/ffffffffffffffff.json", "/claims/nope.json"):
        r = client.get(url)
        assert r.status == 404
        assert r.json() == {"ok": False, "error": r.json()["error"], "status": 404}
        assert r.json()["error"].startswith("[WF-E701]")
    assert client.get("/articles/ffffffffffffffff").status == 404


def test_bad_parameters_give_400_naming_them(client: Client) -> None:
    r = client.get("/search.json?root=xx")
    assert r.status == 400 and r.json()["error"].startswith("[WF-E703] bad parameter 'root'")
    assert client.get("/timeline.json?since=yesterday").status == 400
    assert client.get("/articles.json?limit=0").status == 400
    assert client.get("/timeline.json?until=0").status == 400  # not taken as 1970-01-01


@pytest.mark.parametrize("path", ["/search.json", "/articles.json", "/speakers.json", "/claims.json"])
def test_control_characters_in_a_query_are_a_400_naming_it(client: Client, path: str) -> None:
    """A NUL inside a word was a 500 (FTS5: unterminated string) or silently cut the filter."""
    r = client.get(path, params={"q": "a\x00b"})
    assert r.status == 400 and r.json()["error"].startswith("[WF-E703] bad parameter 'q'")


@pytest.mark.parametrize(
    "path",
    [
        "/claims?q=&status=",
        "/articles?q=&since=&until=",
        "/timeline?a=RUS&b=&since=&until=",
        "/search?q=troops&since=&until=",
        "/speakers?q=",
    ],
)
def test_filter_forms_sent_with_empty_fields_answer(client: Client, path: str) -> None:
    """A form sends every field, empty ones as ``name=``: that means no filter, not a 400.
    The page redirects to its URL without the empty fields, which answers."""
    r = client.get(path)
    if r.status == 303:
        target = r.headers["location"]
        assert "=&" not in target + "&" and not target.endswith("=")
        r = client.get(target)
    assert r.status == 200
    if "q=troops" in path:
        assert client.get("/search?since=&q=troops").headers["location"] == "/search?q=troops"


def test_unknown_claim_status_is_a_400_listing_the_statuses(client: Client) -> None:
    r = client.get("/claims.json?status=bogus")
    assert r.status == 400 and r.json()["error"].startswith("[WF-E703] bad parameter 'status'")
    assert "contradicted" in r.json()["error"]
    assert client.get("/claims.json?status=disputed").status == 200


def test_search_without_searchable_words_matches_nothing(client: Client) -> None:
    """A query of punctuation only is a valid request that finds nothing, not an error."""
    r = client.get("/search.json?q=%22%22")
    assert r.status == 200 and r.json()["statements"] == [] and r.json()["articles"] == []
    assert client.get("/articles.json?q=%E2%80%94").json()["articles"] == []


INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE articles; --",
    '" OR 1=1 --',
    "*",
    "NEAR(a b)",
    'a" OR "b',
    "%",
    "_",
    "\\",
    "\x00",
    "') UNION SELECT text FROM articles --",
    "<script>alert(1)</script>",
    "x" * 400,
    "..%2f..%2fetc%2fpasswd",
    "RUS' --",
]


def _params(view: Any) -> list[str]:
    return list(view.params.model_fields) if view.params is not None else []


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_injection_strings_in_every_parameter_never_break_or_leak(
    client: Client, ids: dict[str, Any], view: Any, web_store: tuple[Path, dict[str, Any]]
) -> None:
    base = _paths(ids)[view.name].partition("?")[0]
    for name in _params(view):
        for value in INJECTIONS:
            for suffix in (".json", ""):
                path = base + suffix
                r = client.get(path, params={name: value})
                assert r.status < 500, (path, name, value, r.text[:300])
                assert "Traceback" not in r.text and "sqlite" not in r.text.lower()
                assert "SELECT" not in r.text or "UNION SELECT" in value
    for value in INJECTIONS[:4]:  # path parameters too
        for prefix in ("/articles/", "/claims/"):
            r = client.get(prefix + quote(value, safe="") + ".json")
            assert r.status in (400, 404), (prefix, value)
    assert client.get("/overview.json").json()["counts"]["articles"] == 3


def test_openapi_is_valid_and_lists_the_json_routes(client: Client) -> None:
    from openapi_spec_validator import validate

    schema = client.get("/openapi.json").json()
    validate(schema)
    paths = schema["paths"]
    for view in VIEWS:
        assert view.path + ".json" in paths, view.path
        assert "200" in paths[view.path + ".json"]["get"]["responses"]
    assert "post" in paths["/api/articles"]
    listed = {p for p in paths if p.endswith(".json")}
    assert listed == {v.path + ".json" for v in VIEWS}


def test_post_refused_without_a_write_token(client: Client) -> None:
    r = client.post("/api/articles", json={"text": "Hello."})
    assert r.status == 403 and r.json()["error"].startswith("[WF-E702]")


def _write_client(tmp_path: Path, web_store: tuple[Path, dict[str, Any]], limit: int = 2000) -> Client:
    db = tmp_path / "w.db"
    shutil.copy(web_store[0], db)
    app = create_app(db, Settings(web_max_body=limit), write_token="s3cret")
    return Client(app)


def test_post_refused_with_a_wrong_token_or_too_big_a_body(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    client = _write_client(tmp_path, web_store, limit=200)
    r = client.post("/api/articles", json={"text": "Hi."}, headers={"authorization": "Bearer nope"})
    assert r.status == 403 and r.json()["error"].startswith("[WF-E707]")
    big = {"text": "word " * 100}
    r = client.post("/api/articles", json=big, headers={"authorization": "Bearer s3cret"})
    assert r.status == 413 and r.json()["error"].startswith("[WF-E704]")

    # no content-length: the limit holds for a streamed body too
    r = client.post("/api/articles", content=[b"x" * 50] * 10, headers={"authorization": "Bearer s3cret"})
    assert r.status == 413
    r = client.post("/api/articles", content=b"{not json", headers={"authorization": "Bearer s3cret"})
    assert r.status == 400 and r.json()["error"].startswith("[WF-E703] bad parameter 'body'")
    assert "JSON" in r.json()["error"]
    r = client.post("/api/articles", json={"text": ""}, headers={"authorization": "Bearer s3cret"})
    assert r.status == 400 and "'text'" in r.json()["error"]
    r = client.post("/api/articles", json=[1, 2], headers={"authorization": "Bearer s3cret"})
    assert r.status == 400 and "object" in r.json()["error"]
    r = client.post(
        "/api/articles", json={"text": "x", "extra": 1}, headers={"authorization": "Bearer s3cret"}
    )
    assert r.status == 400


@pytest.mark.slow
def test_post_with_token_ingests_through_the_pipeline(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    client = _write_client(tmp_path, web_store, limit=100_000)
    article = {
        "text": (
            "KYIV, March 12 - Ukraine's foreign minister said on Tuesday that Russian troops had"
            ' shelled the port overnight. "We will not be intimidated," he told reporters.'
        ),
        "published": "2024-03-12",
        "title": "Port shelled",
    }
    before = client.get("/claims.json?q=shelled").json()["claims"]
    r = client.post("/api/articles", json=article, headers={"authorization": "Bearer s3cret"})
    assert r.status == 201, r.text
    body = r.json()
    assert body["created"] is True and body["href"] == f"/articles/{body['article_id']}"
    assert body["ledger"] == "queued"
    assert client.app.state.relinker.wait(60) and client.app.state.relinker.replays == 1
    claims = client.get("/claims.json?q=shelled").json()["claims"]  # the ledger holds the new claim
    assert claims and before == [], claims
    page = client.get(body["href"] + ".json").json()
    assert page["article"]["title"] == "Port shelled" and page["article"]["text"] == article["text"]
    again = client.post("/api/articles", json=article, headers={"x-watchfloor-token": "s3cret"})
    assert again.status == 200 and again.json()["created"] is False and again.json()["ledger"] == "unchanged"
    assert client.get("/overview.json").json()["counts"]["articles"] == 4


@pytest.mark.parametrize("claim_status", ["disputed", "corroborated"])
def test_timeline_index_agrees_with_analytics(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]], claim_status: str
) -> None:
    from watchfloor.analytics import escalation_index
    from watchfloor.store import Store
    from watchfloor.web import _queries

    db = tmp_path / "copy.db"
    shutil.copy(web_store[0], db)
    with Store(db) as store, store.batch():
        store.conn.execute("UPDATE claims SET status = ?", (claim_status,))
    with Store(db, readonly=True) as store:
        ours = {d["day"]: d for d in _queries.dyad_timeline(store, "RUS", "NATO")["series"]}
        theirs = {d.day: d for d in escalation_index(store, dyad=("RUS", "NATO"))}
    assert set(theirs) <= set(ours)
    for day, d in ours.items():
        want = theirs.get(day)
        assert d["index"] == pytest.approx(want.escalation if want else 0.0), day
        assert d["claimed_index"] == pytest.approx(-want.claimed_goldstein_sum if want else 0.0), day
    if claim_status == "corroborated":  # the claimed return of units now counts (Goldstein +9)
        assert ours["2024-03-07"]["index"] == pytest.approx(-9.0)


def test_docs_api_lists_every_json_route() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text(encoding="utf-8")
    for view in VIEWS:
        assert f"`{view.path}.json`" in text, view.path
    assert "POST /api/articles" in text


def test_home_links_to_the_overview_twins(client: Client) -> None:
    html = client.get("/").text
    assert 'href="/overview.json"' in html and 'href="/overview.csv"' in html
    assert client.get("/").headers["link"].startswith("</overview.json>")


def test_cached_answers_follow_writes_to_the_store(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    from watchfloor.model import Article, Extraction, stable_id
    from watchfloor.store import Store

    db = tmp_path / "c.db"
    shutil.copy(web_store[0], db)
    client = Client(create_app(db, warm=True))
    assert client.get("/overview.json").json()["counts"]["articles"] == 3
    assert client.get("/").status == 200  # served from the same cached data as /overview
    text = "A new article arrives."
    with Store(db) as store, store.batch():
        store.save(Extraction(article=Article(id=stable_id(text), text=text, body=((0, len(text)),))))
    assert client.get("/overview.json").json()["counts"]["articles"] == 4


def test_search_with_many_matches_lists_newest_first(
    client: Client, monkeypatch: pytest.MonkeyPatch, ids: dict[str, Any]
) -> None:
    from watchfloor.web import _queries

    ranked = client.get("/search.json?q=the&limit=5").json()
    assert ranked["ranked"] is True and len(ranked["articles"]) >= 2
    monkeypatch.setattr(_queries, "RANK_LIMIT", 1)
    newest = client.get("/search.json?q=the&limit=6").json()  # another URL: not the cached answer
    assert newest["ranked"] is False
    assert {a["id"] for a in newest["articles"]} == {a["id"] for a in ranked["articles"]}
    assert all(a["snippet"] for a in newest["articles"])
    assert "newest first" in client.get("/search?q=the&limit=7").text


def test_app_migrates_an_older_store_before_serving_it(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    import sqlite3

    from watchfloor.store import SCHEMA_VERSION, Store

    db = tmp_path / "old.db"
    shutil.copy(web_store[0], db)
    conn = sqlite3.connect(db)  # back to schema v3: no summary tables
    with conn:
        found = conn.execute("SELECT type, name FROM sqlite_master WHERE name LIKE 'agg_%'").fetchall()
        for kind, name in found:
            if kind in ("table", "trigger"):
                conn.execute(f"DROP {kind.upper()} IF EXISTS {name}")
        conn.execute("DELETE FROM schema_version WHERE version > 3")
    conn.close()
    client = Client(create_app(db))
    with Store(db, readonly=True) as store:
        assert store.version() == SCHEMA_VERSION
    data = client.get("/overview.json").json()
    assert data["counts"]["events"] == 5 and [d["a"] for d in data["dyads"]][:1] == ["RUSMIL"]
    assert client.get("/timeline.json?a=RUS").json()["series"]


def test_timeline_of_one_actor_counts_each_event_once(client: Client) -> None:
    # RUS* on both sides (none here) or either side: every event of the store has a RUS code
    one = client.get("/timeline.json?a=RUS").json()
    assert sum(d["events"] for d in one["series"]) == 5
    assert len(one["events"]) == 5
    both = client.get("/timeline.json?a=RUS&b=NATO").json()
    assert [d["by_status"] for d in one["series"]] == [d["by_status"] for d in both["series"]]


def test_search_counts_every_hit_but_facets_only_the_best(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from watchfloor.web import _queries

    full = client.get("/search.json?q=the&limit=9").json()
    assert full["statements_total"] >= 2 and full["facets_sampled"] is False
    monkeypatch.setattr(_queries, "HIT_SAMPLE", 1)
    cut = client.get("/search.json?q=the&limit=1").json()  # another URL: not the cached answer
    assert cut["statements_total"] == full["statements_total"]
    assert cut["facets_sampled"] is True
    assert sum(f["n"] for f in cut["facets"]["speaker"]) == 1


def test_timeline_counts_a_status_outside_the_five(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    from watchfloor.store import Store

    db = tmp_path / "odd.db"
    shutil.copy(web_store[0], db)
    with Store(db) as store, store.batch():  # a status the model does not know (written by hand)
        row = store.conn.execute("SELECT * FROM events WHERE actor1_code = 'NATO'").fetchone()
        values = {**dict(row), "id": "odd-1", "status": "rumoured"}
        store.conn.execute(
            f"INSERT INTO events({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
    client = Client(create_app(db))
    series = client.get("/timeline.json?a=RUS").json()["series"]
    assert {k: v for d in series for k, v in d["by_status"].items() if d["day"] == "2024-03-11"} == {
        "rumoured": 1,
        "observed": 2,
    }  # and the undated observed event, on its article's day


def test_read_ahead_reads_the_store_file_and_its_wal_once(tmp_path: Path) -> None:
    from watchfloor.web import _app

    db = tmp_path / "s.db"
    db.write_bytes(b"x" * 10_000)
    assert _app.read_ahead(db, chunk=4096) == 10_000
    (tmp_path / "s.db-wal").write_bytes(b"y" * 1024)
    assert _app.read_ahead(db, chunk=4096) == 11_024
    assert _app.read_ahead(db, share=1e-12) == 0  # bigger than its share of memory: left alone
    assert _app.read_ahead(tmp_path / "missing.db") == 0


def _add_events(db: Path, rows: list[dict[str, Any]]) -> None:
    """Insert events by hand, each a copy of a stored RUS→NATO event with the given fields changed."""
    from watchfloor.store import Store

    with Store(db) as store, store.batch():
        sql = "SELECT * FROM events WHERE actor1_code LIKE 'RUS%' LIMIT 1"
        base = dict(store.conn.execute(sql).fetchone())
        for fields in rows:
            values = {**base, **fields}
            store.conn.execute(
                f"INSERT INTO events({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )


def test_timeline_counts_a_reciprocal_act_once_as_the_index_does(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    """'Russia and NATO held talks' is coded in each direction on one trigger: one act (docs/exports.md)."""
    from watchfloor.analytics import escalation_index
    from watchfloor.store import Store
    from watchfloor.web import _queries

    db = tmp_path / "recip.db"
    shutil.copy(web_store[0], db)
    act = {"day": "2024-03-20", "date": "2024-03-20", "cameo": "036", "root": "03", "goldstein": 4.0}
    act |= {"quad_class": 1, "status": "observed", "trigger_start": 0, "trigger_end": 4}
    _add_events(
        db,
        [
            {**act, "id": "recip-1", "actor1_code": "RUS", "actor2_code": "NATO"},
            {**act, "id": "recip-2", "actor1_code": "NATO", "actor2_code": "RUS"},
        ],
    )
    with Store(db, readonly=True) as store:
        ours = {d["day"]: d for d in _queries.dyad_timeline(store, "RUS", "NATO")["series"]}
        (theirs,) = [d for d in escalation_index(store, dyad=("RUS", "NATO")) if d.day == "2024-03-20"]
    assert theirs.events == 1 and theirs.escalation == pytest.approx(-4.0)
    assert ours["2024-03-20"]["index"] == pytest.approx(theirs.escalation)
    assert ours["2024-03-20"]["events"] == 1


def test_timeline_mean7_is_over_seven_calendar_days(
    tmp_path: Path, web_store: tuple[Path, dict[str, Any]]
) -> None:
    """The 7-day mean counts days without events as 0 (as the alerts' baselines do)."""
    from watchfloor.store import Store
    from watchfloor.web import _queries

    db = tmp_path / "gap.db"
    shutil.copy(web_store[0], db)
    hit = {"cameo": "190", "root": "19", "goldstein": -10.0, "quad_class": 4, "status": "observed"}
    hit |= {"actor1_code": "RUS", "actor2_code": "NATO"}
    _add_events(
        db,
        [
            {**hit, "id": "gap-1", "day": "2024-05-01", "date": "2024-05-01"},
            {**hit, "id": "gap-2", "day": "2024-05-30", "date": "2024-05-30", "trigger_start": 7},
        ],
    )
    with Store(db, readonly=True) as store:
        series = {d["day"]: d for d in _queries.dyad_timeline(store, "RUS", "NATO")["series"]}
    assert series["2024-05-01"]["mean7"] == pytest.approx(10 / 7, abs=1e-3)
    # four weeks later the first attack is out of the window: only the new one, over 7 days
    assert series["2024-05-30"]["mean7"] == pytest.approx(10 / 7, abs=1e-3)
