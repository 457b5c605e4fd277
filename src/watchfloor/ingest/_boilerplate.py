"""Which lines of a document are page boilerplate, by general rules.

Rules (patterns in ``knowledge/ingest_boilerplate.tsv``):

* ``placeholder``/``url``/``social``/``licence``/``call`` patterns: link placeholders
  (``label: [link]``), bare URLs, social-network labels, licence and subscribe lines;
  each row says whether it holds anywhere (``any``) or only at the top/bottom (``edge``).
* Pattern rules and the script rule only judge lines of at most 30 words.
* ``script``: at the top or bottom, a line written in another script than the document's
  dominant one (a Cyrillic "more videos" line under a Latin-script story).
* ``repeated``: a line found in at least ``boilerplate_repeat_min`` documents of a batch
  (see :func:`find_repeated_lines`), wherever it stands.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from ..knowledge import read_tsv

__all__ = ["LineRule", "classify_line", "dominant_script", "find_repeated_lines", "line_key", "script_of"]

_MIN_LETTERS_FOR_SCRIPT: Final = 20  # a document needs this many letters to have a dominant script
_DOMINANT_SHARE: Final = 0.8  # ... and this share of them in one script
# Pattern and script rules judge short lines only: boilerplate is a label, a link, a call to act;
# a paragraph that happens to end in "All rights reserved" is text.
_MAX_WORDS: Final = 30


@dataclass(frozen=True, slots=True)
class LineRule:
    """One boilerplate pattern: rule kind, ``any`` or ``edge``, and the compiled pattern."""

    rule: str
    where: str
    pattern: re.Pattern[str]


@functools.cache
def _rules() -> tuple[LineRule, ...]:
    rows = read_tsv("ingest_boilerplate.tsv", ("rule", "where", "pattern"))
    return tuple(LineRule(r["rule"], r["where"], re.compile(r["pattern"], re.I)) for r in rows)


def line_key(line: str) -> str:
    """A line normalised for comparison across documents (whitespace collapsed)."""
    return " ".join(line.split())


def find_repeated_lines(texts: Iterable[str], min_docs: int) -> frozenset[str]:
    """Keys (:func:`line_key`) of the lines found in at least ``min_docs`` of ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({key for key in map(line_key, text.splitlines()) if key})
    return frozenset(key for key, n in counts.items() if n >= max(min_docs, 2))


@functools.lru_cache(maxsize=8192)
def script_of(char: str) -> str | None:
    """The Unicode script of a letter (first word of its name: LATIN, CYRILLIC, …), else ``None``."""
    if char.isascii():
        return "LATIN" if char.isalpha() else None
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    if not name:
        return None
    first = name.split(" ", 1)[0]
    return "CJK" if first in {"CJK", "HIRAGANA", "KATAKANA"} else first


def dominant_script(text: str) -> str | None:
    """The script of at least 80 % of the letters of ``text`` (20 letters or more), else ``None``."""
    counts: Counter[str] = Counter()
    for char, n in Counter(text).items():
        script = script_of(char)
        if script is not None:
            counts[script] += n
    total = sum(counts.values())
    if total < _MIN_LETTERS_FOR_SCRIPT:
        return None
    script, n = counts.most_common(1)[0]
    return script if n / total >= _DOMINANT_SHARE else None


def _other_script(line: str, dominant: str | None) -> bool:
    if dominant is None:
        return False
    scripts = [s for s in map(script_of, line) if s is not None]  # a short line: at most 30 words
    if len(scripts) < 2:
        return False
    return sum(1 for s in scripts if s == dominant) / len(scripts) < 0.5


def classify_line(
    line: str, *, dominant: str | None = None, repeated: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """Why ``line`` is boilerplate, as ``(rule, where)`` with ``where`` ``any`` or ``edge``.

    ``None`` for a line that is not boilerplate (or is blank).
    """
    stripped = line.strip()
    if not stripped:
        return None
    if repeated and line_key(stripped) in repeated:
        return ("repeated", "any")
    if len(stripped.split()) > _MAX_WORDS:
        return None
    found: tuple[str, str] | None = None
    for rule in _rules():
        if rule.pattern.search(stripped):
            if rule.where == "any":
                return (rule.rule, "any")
            found = found or (rule.rule, rule.where)
    if found is None and _other_script(stripped, dominant):
        found = ("script", "edge")
    return found
