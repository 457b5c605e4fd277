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


def _anchored_rest(pattern: str) -> str | None:
    """``X`` when ``pattern`` is ``^X`` with no ``|`` outside groups, i.e. it can match only at the start."""
    if not pattern.startswith("^"):
        return None
    depth, i = 0, 1
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: skip to its closing bracket ("]" right after "[" or "[^" is literal)
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):
                i += 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
        i += 1
    return pattern[1:]


_BACKREFERENCE: Final = re.compile(r"\\[1-9]|\(\?P=")


@functools.cache
def _rule_filter() -> tuple[re.Pattern[str], ...] | None:
    """Patterns that find a match whenever one of the rules does (fewer searches for the usual line).

    Rules anchored at the start are joined under one ``^`` (a search that fails at the first
    character instead of one per rule); the others are joined as they are. ``None`` (search every
    rule) if the joined patterns do not compile or a rule refers back to its own group (numbers shift
    when joined).
    """
    if any(_BACKREFERENCE.search(rule.pattern.pattern) for rule in _rules()):
        return None
    anchored: list[str] = []
    others: list[str] = []
    for rule in _rules():
        rest = _anchored_rest(rule.pattern.pattern)
        if rest is not None:
            anchored.append(f"(?:{rest})")
        else:
            others.append(f"(?:{rule.pattern.pattern})")
    joined = ([f"^(?:{'|'.join(anchored)})"] if anchored else []) + (["|".join(others)] if others else [])
    try:
        return tuple(re.compile(pattern, re.I) for pattern in joined)
    except re.error:
        return None


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


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_ASCII_NON_LETTERS: Final = bytes(b for b in range(128) if not chr(b).isalpha())


def _script_counts(text: str) -> Counter[str]:
    """How many letters of ``text`` each script has (:func:`script_of` of every character).

    ASCII letters are all Latin and are counted in C (non-letters deleted from the ASCII bytes);
    only the non-ASCII characters, a few in English news, are looked up one by one.
    """
    counts: Counter[str] = Counter()
    latin = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if latin:
        counts["LATIN"] = latin
    if not text.isascii():
        for char, n in Counter(_NON_ASCII.findall(text)).items():
            script = script_of(char)
            if script is not None:
                counts[script] += n
    return counts


def dominant_script(text: str) -> str | None:
    """The script of at least 80 % of the letters of ``text`` (20 letters or more), else ``None``."""
    counts = _script_counts(text)
    total = sum(counts.values())
    if total < _MIN_LETTERS_FOR_SCRIPT:
        return None
    script, n = counts.most_common(1)[0]
    return script if n / total >= _DOMINANT_SHARE else None


def _other_script(line: str, dominant: str | None) -> bool:
    if dominant is None:
        return False
    counts = _script_counts(line)  # a short line: at most 30 words
    total = sum(counts.values())
    if total < 2:
        return False
    return counts[dominant] / total < 0.5


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
    if len(stripped.split(maxsplit=_MAX_WORDS)) > _MAX_WORDS:  # splits no further than it must
        return None
    found: tuple[str, str] | None = None
    screen = _rule_filter()
    if screen is not None and not any(p.search(stripped) for p in screen):
        return ("script", "edge") if _other_script(stripped, dominant) else None
    for rule in _rules():
        if rule.pattern.search(stripped):
            if rule.where == "any":
                return (rule.rule, "any")
            found = found or (rule.rule, rule.where)
    if found is None and _other_script(stripped, dominant):
        found = ("script", "edge")
    return found
