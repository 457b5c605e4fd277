"""End-to-end: Debian's Chromium, driven by Playwright, against a live ``uvicorn`` on loopback.

Loads the overview, searches, opens an article, clicks a highlight and reads the record panel,
follows a permalink, checks untrusted text stays inert, and checks a screenshot is not blank.
Skipped when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store: tuple[Path, dict[str, Any]]) -> Iterator[str]:
    import uvicorn

    from watchfloor.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_store[0]), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda exc: problems.append(str(exc)))
    pg.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    pg.problems = problems
    yield pg
    context.close()
    assert problems == [], problems  # no script errors, CSP violations or alert() dialogs


def _png_colours(png: bytes) -> int:
    """Distinct pixel colours of an 8-bit RGB/RGBA PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, kind = 8, b"", 0, 0, 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        tag, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if tag == b"IHDR":
            width, height, depth, kind = struct.unpack(">IIBB", data[:10])
            assert depth == 8 and kind in (2, 6)
        elif tag == b"IDAT":
            idat += data
        pos += 12 + length
    bpp = 3 if kind == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    prev, colours, i = bytearray(stride), set(), 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up, ul = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if ftype == 1:
                line[x] = (line[x] + left) & 255
            elif ftype == 2:
                line[x] = (line[x] + up) & 255
            elif ftype == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif ftype == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else ul)
                line[x] = (line[x] + pred) & 255
        colours.update(bytes(line[x : x + 3]) for x in range(0, stride, bpp))
        prev = line
    return len(colours)


def test_browser_overview_search_article_highlight_permalink(
    page: Any, server: str, web_store: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    ids = web_store[1]
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("svg.chart polyline").count() == 3
    assert "Anna Berg" in page.locator("main").inner_text()
    shot = page.screenshot(full_page=True)
    (tmp_path / "overview.png").write_bytes(shot)
    assert _png_colours(shot) > 20, "the overview screenshot looks blank"

    # search from the header box; the query lands in the URL
    page.fill("header input[name=q]", "alliance")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=alliance")
    assert "Anna Berg" in page.locator(".results").inner_text()
    assert page.locator(".facets a.facet-speaker").count() >= 1

    # open the article at the statement's span
    page.locator("table.statements a.span-link").first.click()
    s = ids["statement"]
    page.wait_for_url(f"**/articles/{ids['articles'][0]}#s-{s.content.start}-{s.content.end}")
    panel = page.locator("#record-panel")
    panel.wait_for(state="visible")  # the permalink opens the record panel by itself
    assert "Anna Berg" in panel.inner_text()
    assert page.locator("#article-text .hl.focus").count() >= 1

    # click a highlight: the event trigger "returned" shows its event record
    page.locator("#record-close").click()
    assert panel.is_hidden()
    page.locator("#article-text .hl.k-event", has_text="returned").click()
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "RUSMIL" in text and "0871" in text and "claimed" in text

    # follow the panel's permalink, then reload it cold
    page.locator("#record-panel a.permalink").first.click()
    trig = page.url.split("#", 1)[1]
    assert trig.startswith("s-")
    page.goto(page.url)
    page.reload()
    panel.wait_for(state="visible")
    assert "0871" in panel.inner_text()


def test_browser_untrusted_text_stays_inert(
    page: Any, server: str, web_store: tuple[Path, dict[str, Any]]
) -> None:
    ids = web_store[1]
    page.goto(f"{server}/articles/{ids['xss_article']}")
    assert page.locator("h1").inner_text().startswith('<script>alert("title")</script>')
    body = page.locator("#article-text").inner_text()
    assert "<script>alert('x')</script>" in body and "<img src=x onerror=alert(1)>" in body
    assert page.locator("#article-text img, #article-text script, #article-text b").count() == 0
    page.locator("#article-text .hl.k-content").first.click()
    assert ids["evil_name"] in page.locator("#record-panel").inner_text()
    assert page.locator("#record-panel b, #record-panel script").count() == 0
    page.goto(server + "/speakers")
    assert ids["evil_name"] in page.locator("main").inner_text()


def test_browser_timeline_chart_links_events_to_spans(page: Any, server: str) -> None:
    page.goto(server + "/timeline?a=RUS&b=NATO")
    assert page.locator("svg.timeline rect.bar").count() == 3
    assert page.locator("svg.timeline .m-claimed").count() == 2
    page.locator("svg.timeline a.ev-link").first.click()
    page.wait_for_url("**/articles/**#s-*")
    page.locator("#record-panel").wait_for(state="visible")
