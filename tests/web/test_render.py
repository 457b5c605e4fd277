"""Highlighting cuts untrusted text at span boundaries and escapes every piece; charts are SVG."""

from __future__ import annotations

import re

from watchfloor.web._render import Highlight, highlight_text, svg_series, svg_timeline


def _unescape(html: str) -> str:
    text = re.sub(r"<[^>]+>", "", html)
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#34;", '"')
        .replace("&#39;", "'")
        .replace("&amp;", "&")
    )


def test_highlight_text_keeps_the_text_and_escapes_it() -> None:
    text = 'A <b>bold</b> & "quoted" claim.'
    html = str(highlight_text(text, [Highlight(2, 13, "content", "st-1")]))
    assert "<b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert _unescape(html) == text


def test_highlight_text_overlapping_spans_split_into_segments() -> None:
    text = "one two three four"
    marks = [Highlight(0, 13, "content", "st-1"), Highlight(4, 18, "event st-claimed", "ev-1")]
    html = str(highlight_text(text, marks, anchors=[(0, 13), (4, 18)]))
    segs = re.findall(r'class="([^"]+)"[^>]*data-recs="([^"]+)" data-start="(\d+)" data-end="(\d+)"', html)
    assert [(int(s), int(e)) for _, _, s, e in segs] == [(0, 4), (4, 13), (13, 18)]
    middle = segs[1]
    assert "k-content" in middle[0] and "k-event" in middle[0] and "k-st-claimed" in middle[0]
    assert middle[1] == "st-1 ev-1"  # innermost (shortest: 13 < 14 chars) record first
    assert '<a class="anchor" id="s-0-13"></a>' in html and 'id="s-4-18"' in html
    assert _unescape(html) == text


def test_highlight_text_ignores_out_of_range_spans_and_marks_non_body() -> None:
    text = "DATELINE - body text"
    html = str(highlight_text(text, [Highlight(5, 99, "content", "x")], body=[(11, 20)]))
    assert "data-recs" not in html
    assert '<span class="outside">DATELINE - </span>' in html


def test_svg_series_draws_a_line_per_key() -> None:
    svg = str(
        svg_series(
            [
                {"day": "2024-03-01", "articles": 1, "statements": 3, "events": 2},
                {"day": "2024-03-05", "articles": 2, "statements": 0, "events": 4},
            ]
        )
    )
    assert svg.startswith("<svg") and svg.count("<polyline") == 3
    assert "2024-03-01" in svg and "2024-03-05" in svg
    assert "no dated records" in str(svg_series([]))


def test_svg_timeline_escapes_tooltips_and_links_markers() -> None:
    series = [{"day": "2024-03-01", "index": 4.0, "claimed_index": 2.0, "mean7": 4.0, "events": 2}]
    events = [
        {
            "day": "2024-03-01",
            "status": "observed",
            "cameo": "190",
            "actor1_code": "<X>",
            "actor2_code": "Y",
            "trigger": "<script>",
            "link": "/articles/a#s-1-2",
        },
        {
            "day": "2024-03-01",
            "status": "claimed",
            "cameo": "190",
            "trigger": "t",
            "link": "/articles/a#s-3-4",
        },
    ]
    svg = str(svg_timeline(series, events))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;X&gt;" in svg
    assert 'class="m-observed"' in svg and 'class="m-claimed"' in svg and 'class="bar-claimed"' in svg
    assert 'href="/articles/a#s-1-2"' in svg
