"""Server-side rendering of what templates cannot do simply: highlighted article text and charts.

Article text is untrusted: it is cut at span boundaries and every piece is escaped on its own,
so no character of it ever reaches the page as markup. Charts are inline SVG built here; any
text inside them (labels, tooltips) is escaped too.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from markupsafe import Markup, escape

from ..model import Extraction

__all__ = ["Highlight", "article_highlights", "highlight_text", "svg_series", "svg_timeline"]


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the text to mark: ``kind`` (a CSS class suffix) and the record it belongs to."""

    start: int
    end: int
    kind: str
    record: str  # key into the page's records table


def article_highlights(ex: Extraction) -> tuple[list[Highlight], dict[str, dict[str, Any]]]:
    """The highlights of an extraction and the records they point to (keyed ``st-…``, ``ev-…``, ``tx-…``).

    A statement marks its content, source and cue; an event its trigger; a timex its span.
    """
    marks: list[Highlight] = []
    records: dict[str, dict[str, Any]] = {}
    for s in ex.statements:
        key = f"st-{s.id}"
        records[key] = {
            "record_type": "statement",
            "anchor": f"s-{s.content.start}-{s.content.end}",
            **s.to_json(),
        }
        marks.append(Highlight(s.content.start, s.content.end, "content", key))
        if s.source is not None:
            marks.append(Highlight(s.source.start, s.source.end, "source", key))
        if s.cue is not None:
            marks.append(Highlight(s.cue.start, s.cue.end, "cue", key))
    for e in ex.events:
        key = f"ev-{e.id}"
        records[key] = {
            "record_type": "event",
            "anchor": f"s-{e.trigger.start}-{e.trigger.end}",
            **e.to_json(),
        }
        marks.append(Highlight(e.trigger.start, e.trigger.end, f"event st-{e.status}", key))
    for t in ex.timexes:
        key = f"tx-{t.start}-{t.end}"
        records[key] = {"record_type": "timex", "anchor": f"s-{t.start}-{t.end}", **t.to_json()}
        marks.append(Highlight(t.start, t.end, "timex", key))
    return marks, records


def highlight_text(
    text: str,
    marks: Sequence[Highlight],
    body: Sequence[tuple[int, int]] = (),
    anchors: Iterable[tuple[int, int]] = (),
) -> Markup:
    """``text`` as HTML with each piece between span boundaries escaped and wrapped in the
    classes of the highlights covering it.

    A covered piece is ``<span class="hl k-…" data-recs="…" data-start data-end>``; text outside
    ``body`` (when given) gets class ``outside``. Each ``(start, end)`` in ``anchors`` gets an
    empty ``<a id="s-start-end">`` at ``start``, so ``#s-start-end`` is a permalink to it.
    """
    n = len(text)
    valid = [m for m in marks if 0 <= m.start < m.end <= n]
    bounds = {0, n}
    for m in valid:
        bounds.update((m.start, m.end))
    for s, e in body:
        bounds.update((max(0, min(s, n)), max(0, min(e, n))))
    anchor_at: dict[int, list[str]] = {}
    for s, e in sorted(set(anchors)):
        if 0 <= s < e <= n:
            bounds.add(s)
            anchor_at.setdefault(s, []).append(f"s-{s}-{e}")
    points = sorted(bounds)
    out: list[str] = []
    for p, q in itertools.pairwise(points):
        for anchor in anchor_at.get(p, ()):
            out.append(f'<a class="anchor" id="{anchor}"></a>')
        piece = str(escape(text[p:q]))
        covering = sorted((m for m in valid if m.start <= p and q <= m.end), key=lambda m: m.end - m.start)
        classes = []
        if body and not any(s <= p and q <= e for s, e in body):
            classes.append("outside")
        if covering:
            kinds = sorted({f"k-{k}" for m in covering for k in m.kind.split()})
            records = list(dict.fromkeys(m.record for m in covering))
            classes = ["hl", *classes, *kinds]
            out.append(
                f'<span class="{escape(" ".join(classes))}" tabindex="0"'
                f' data-recs="{escape(" ".join(records))}" data-start="{p}" data-end="{q}">{piece}</span>'
            )
        elif classes:
            out.append(f'<span class="{" ".join(classes)}">{piece}</span>')
        else:
            out.append(piece)
    return Markup("".join(out))


# -- charts ---------------------------------------------------------------------------------

_W: Final = 760
_PAD_L: Final = 96
_PAD_R: Final = 12
_INSET: Final = 16  # room inside the axes for the first and last day's bars
_COLOURS: Final = {"articles": "#2f6fb0", "statements": "#c0392b", "events": "#27864a"}


@functools.lru_cache(maxsize=8192)
def _ordinal(day: str) -> int:
    # a chart places thousands of bars and markers on a few thousand distinct days
    try:
        return dt.date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return 0


def _x_scale(days: Sequence[str]) -> tuple[int, int]:
    ords = [_ordinal(d) for d in days if _ordinal(d)]
    if not ords:
        return 0, 1
    lo, hi = min(ords), max(ords)
    return lo, max(hi, lo + 1)


def _x(day: str, lo: int, hi: int) -> float:
    span = _W - _PAD_L - _PAD_R - 2 * _INSET
    return _PAD_L + _INSET + (_ordinal(day) - lo) / (hi - lo) * span


def _axis(
    lo: int, hi: int, base: float, top: float, ymax: float, label: str, zero: float | None = None
) -> list[str]:
    """Axes, first and last day, and y labels; ``zero`` is the y of 0 when negatives are drawn."""
    first = dt.date.fromordinal(max(lo, 1)).isoformat()
    last = dt.date.fromordinal(max(hi, 1)).isoformat()
    zero = base if zero is None else zero
    out = [
        f'<line class="axis" x1="{_PAD_L}" y1="{zero:.1f}" x2="{_W - _PAD_R}" y2="{zero:.1f}"/>',
        f'<line class="axis" x1="{_PAD_L}" y1="{top:.1f}" x2="{_PAD_L}" y2="{base:.1f}"/>',
        f'<text class="tick" x="{_PAD_L}" y="{base + 14:.1f}">{first}</text>',
        f'<text class="tick end" x="{_W - _PAD_R}" y="{base + 14:.1f}">{last}</text>',
        f'<text class="tick end" x="{_PAD_L - 4}" y="{top + 4:.1f}">{ymax:g}</text>',
        f'<text class="tick end" x="{_PAD_L - 4}" y="{zero + 4:.1f}">0</text>',
        f'<text class="tick label" x="{_PAD_L + 4}" y="{top + 4:.1f}">{escape(label)}</text>',
    ]
    if zero != base:
        out.append(f'<text class="tick end" x="{_PAD_L - 4}" y="{base:.1f}">{-ymax:g}</text>')
    return out


def svg_series(
    series: Sequence[dict[str, Any]], keys: Sequence[str] = ("articles", "statements", "events")
) -> Markup:
    """A line chart of per-day counts (one polyline per key), as inline SVG."""
    height, top, base = 220, 28.0, 196.0
    if not series:
        return Markup(
            f'<svg class="chart" viewBox="0 0 {_W} 60" role="img" aria-label="no dated records">'
            '<text class="tick" x="10" y="30">no dated records yet</text></svg>'
        )
    days = [str(r["day"]) for r in series]
    lo, hi = _x_scale(days)
    ymax = max(max(int(r.get(k, 0)) for r in series) for k in keys) or 1
    parts = [
        f'<svg class="chart" viewBox="0 0 {_W} {height}" role="img"'
        f' aria-label="{escape(", ".join(keys))} per day">'
    ]
    parts += _axis(lo, hi, base, top, ymax, "per day")
    for i, key in enumerate(keys):
        colour = _COLOURS.get(key, "#555")
        pts = [
            f"{_x(str(r['day']), lo, hi):.1f},{base - int(r.get(key, 0)) / ymax * (base - top):.1f}"
            for r in series
        ]
        if len(pts) == 1:
            x, y = pts[0].split(",")
            parts.append(f'<circle cx="{x}" cy="{y}" r="3" fill="{colour}"/>')
        else:
            parts.append(
                f'<polyline class="line" fill="none" stroke="{colour}" stroke-width="2"'
                f' points="{" ".join(pts)}"/>'
            )
        lx = _W - _PAD_R - 110 * (len(keys) - i)
        parts.append(f'<rect x="{lx}" y="4" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text class="tick" x="{lx + 14}" y="13">{escape(key)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


_STATUS_ROW: Final = {"observed": 0, "claimed": 1, "hypothetical": 2, "denied": 3, "negated": 3}


def _marker(status: str, x: float, y: float) -> str:
    if status == "observed":
        return f'<circle class="m-observed" cx="{x:.1f}" cy="{y:.1f}" r="5"/>'
    if status == "claimed":
        return f'<circle class="m-claimed" cx="{x:.1f}" cy="{y:.1f}" r="5"/>'
    if status == "hypothetical":
        return f'<circle class="m-hypothetical" cx="{x:.1f}" cy="{y:.1f}" r="5"/>'
    d = 4.5
    return (
        f'<path class="m-denied" d="M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}'
        f'M{x - d:.1f},{y + d:.1f}L{x + d:.1f},{y - d:.1f}"/>'
    )


def svg_timeline(series: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]]) -> Markup:
    """The escalation index per day (bars, with its 7-day mean as a line) above a strip of the
    dyad's events by evidential status: observed filled, claimed hollow, hypothetical dashed,
    denied or negated a cross. Each event marker links to its article span."""
    dated = [e for e in events if e.get("day")]
    days = [str(r["day"]) for r in series] + [str(e["day"]) for e in dated]
    if not days:
        return Markup(
            f'<svg class="chart" viewBox="0 0 {_W} 60" role="img" aria-label="no dated events">'
            '<text class="tick" x="10" y="30">no dated events for this pair</text></svg>'
        )
    lo, hi = _x_scale(days)
    top, base = 16.0, 170.0
    strip = base + 34
    height = int(strip + 4 * 16 + 10)
    values = [float(r["index"]) for r in series] + [float(r.get("claimed_index", 0.0)) for r in series]
    ymax = max([abs(v) for v in values] + [1.0])
    bar_w = max(2.0, min(14.0, (_W - _PAD_L - _PAD_R - 2 * _INSET) / max(1, hi - lo + 1) * 0.4))
    mid = base if min([*values, 0.0]) >= 0 else (base + top) / 2
    scale = (mid - top) / ymax
    parts = [
        f'<svg class="chart timeline" viewBox="0 0 {_W} {height}" role="img"'
        ' aria-label="escalation index per day and events by status">'
    ]
    parts += _axis(lo, hi, base, top, round(ymax, 2), "escalation index", zero=mid)
    for r in series:
        x = _x(str(r["day"]), lo, hi)
        c = float(r.get("claimed_index", 0.0))
        if c:  # escalation only claimed, not (yet) backed: an outlined bar beside the filled one
            cy, ch = (mid - c * scale, c * scale) if c >= 0 else (mid, -c * scale)
            parts.append(
                f'<rect class="bar-claimed" x="{x + bar_w / 2:.1f}" y="{cy:.1f}" width="{bar_w:.1f}"'
                f' height="{max(ch, 0.5):.1f}">'
                f"<title>{escape(str(r['day']))}: claimed only {c:g}</title></rect>"
            )
        v = float(r["index"])
        y, h = (mid - v * scale, v * scale) if v >= 0 else (mid, -v * scale)
        parts.append(
            f'<rect class="bar" x="{x - bar_w / 2:.1f}" y="{y:.1f}" width="{bar_w:.1f}"'
            f' height="{max(h, 0.5):.1f}">'
            f"<title>{escape(str(r['day']))}: index {v:g}, {int(r['events'])} events</title></rect>"
        )
    if len(series) > 1:
        pts = " ".join(
            f"{_x(str(r['day']), lo, hi):.1f},{mid - float(r['mean7']) * scale:.1f}" for r in series
        )
        parts.append(f'<polyline class="mean" fill="none" points="{pts}"/>')
    labels = ["observed", "claimed", "hypothetical", "denied/negated"]
    for i, label in enumerate(labels):
        y = strip + i * 16
        parts.append(f'<text class="tick end" x="{_PAD_L - 4}" y="{y + 4:.1f}">{label}</text>')
        parts.append(f'<line class="grid" x1="{_PAD_L}" y1="{y:.1f}" x2="{_W - _PAD_R}" y2="{y:.1f}"/>')
    for e in dated:
        status = str(e["status"])
        x = _x(str(e["day"]), lo, hi)
        y = strip + _STATUS_ROW.get(status, 3) * 16
        pair = f"{e.get('actor1_code') or '?'} {e['cameo']} {e.get('actor2_code') or '?'}"
        tip = f"{e['day']} {pair} ({status}): {e.get('trigger', '')}"
        parts.append(
            f'<a href="{escape(str(e["link"]))}" class="ev-link">{_marker(status, x, y)}'
            f"<title>{escape(tip)}</title></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
