"""Quotation marks: which characters of a text lie inside a quotation.

Double quotation marks only (``" “ ” „ « »`` and the typewriter pair ``` `` ''```); a straight
``"`` opens or closes depending on its neighbours; an unclosed quotation ends at a paragraph break
unless the next paragraph opens a quotation again (the multi-paragraph convention of wire copy).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["QUOTE_MARKS", "Quotes", "find_quotes"]

_OPEN: frozenset[str] = frozenset("“„«")
_CLOSE: frozenset[str] = frozenset("”»")
QUOTE_MARKS: frozenset[str] = frozenset('"“”„«»')
_OPEN_CONTEXT = frozenset("([{—–-/")
_CLOSE_CONTEXT = frozenset(".,;:!?)]}—–-…")


def _role(text: str, i: int) -> tuple[str | None, int]:
    """(open|close|toggle|None, width) of a quotation mark at ``i``."""
    c = text[i]
    if c in _OPEN:
        return "open", 1
    if c in _CLOSE:
        return "close", 1
    if text.startswith("``", i):
        return "open", 2
    if text.startswith("''", i):
        prev = text[i - 1] if i > 0 else " "
        return ("open" if prev.isspace() or prev in _OPEN_CONTEXT else "close"), 2
    if c == '"':
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isspace() or prev in _OPEN_CONTEXT:
            return "open", 1
        if nxt.isspace() or nxt in _CLOSE_CONTEXT:
            return "close", 1
        return "toggle", 1
    return None, 1


@dataclass(frozen=True, slots=True)
class Quotes:
    """The quotations of one text: ``segments`` are ``[start, end)`` ranges, marks included."""

    text: str
    segments: tuple[tuple[int, int], ...]
    mask: bytes  # 1 where the character lies inside a quotation (marks included)
    # running counts of alphanumeric characters (all, and inside quotations) before each position
    alnum_before: Sequence[int] = ()
    quoted_before: Sequence[int] = ()

    def inside(self, pos: int) -> bool:
        return 0 <= pos < len(self.mask) and self.mask[pos] == 1

    def segment_at(self, pos: int) -> tuple[int, int] | None:
        """The quotation containing character ``pos``, if any."""
        lo, hi = 0, len(self.segments)
        while lo < hi:
            mid = (lo + hi) // 2
            s, e = self.segments[mid]
            if e <= pos:
                lo = mid + 1
            elif s > pos:
                hi = mid
            else:
                return s, e
        return None

    def share(self, start: int, end: int) -> float | None:
        """Share of the alphanumeric characters of ``[start, end)`` inside quotations."""
        if self.alnum_before:
            total = self.alnum_before[end] - self.alnum_before[start]
            quoted = self.quoted_before[end] - self.quoted_before[start]
            return None if total == 0 else quoted / total
        ins = outs = 0
        for k in range(start, end):
            if self.text[k].isalnum():
                if self.mask[k]:
                    ins += 1
                else:
                    outs += 1
        return None if ins + outs == 0 else ins / (ins + outs)

    def within(self, start: int, end: int) -> Sequence[tuple[int, int]]:
        """Quotation segments overlapping ``[start, end)``."""
        return [(s, e) for s, e in self.segments if s < end and e > start]


_EVENTS = re.compile("[\n\"“”„«»`']")


def _fill(mask: bytearray, a: int, b: int) -> None:
    if b > a:
        mask[a:b] = b"\x01" * (b - a)


def find_quotes(text: str) -> Quotes:
    """Scan ``text`` once and return its quotations (visiting only marks and line breaks)."""
    n = len(text)
    mask = bytearray(n)
    segments: list[tuple[int, int]] = []
    inside = False
    start = 0
    pos = 0  # characters before pos are done
    for m in _EVENTS.finditer(text):
        i = m.start()
        if i < pos:  # the second mark of a pair
            continue
        if inside:
            _fill(mask, pos, i)
        c = text[i]
        pos = i + 1
        if c == "\n":
            j = i
            while j < n and text[j].isspace():
                j += 1
            if inside and not (j < n and _role(text, j)[0] == "open"):
                inside = False
                end = i
                while end > start and text[end - 1].isspace():
                    end -= 1
                segments.append((start, end))
            continue
        role, width = _role(text, i)
        if role is None:
            if inside:
                mask[i] = 1
            continue
        if role == "toggle":
            role = "close" if inside else "open"
        if role == "open":
            if inside:  # a new paragraph re-opening, or a stray mark: close the previous one here
                end = i
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end > start:
                    segments.append((start, end))
            inside = True
            start = i
            _fill(mask, i, i + width)
        else:
            _fill(mask, i, i + width)
            if inside:
                segments.append((start, i + width))
            inside = False
        pos = i + width
    if inside:
        _fill(mask, pos, n)
        end = n
        while end > start and text[end - 1].isspace():
            end -= 1
        segments.append((start, end))
    alnum = np.fromiter(map(str.isalnum, text), dtype=np.int32, count=n)
    alnum_before = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(alnum, out=alnum_before[1:])
    quoted_before = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(alnum & np.frombuffer(bytes(mask), dtype=np.uint8), out=quoted_before[1:])
    return Quotes(
        text=text,
        segments=tuple(s for s in segments if s[1] > s[0]),
        mask=bytes(mask),
        alnum_before=alnum_before.tolist(),
        quoted_before=quoted_before.tolist(),
    )
