"""CAMEO code table, verb/noun patterns and frames, loaded once from ``knowledge/``."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Final

from ..errors import Errors, KnowledgeError
from ..knowledge import read_json, read_tsv
from ..model import QuadClass
from ._event_cover import cover_rows

__all__ = [
    "NO_EVENT",
    "STRAIGHT",
    "CameoCode",
    "Frame",
    "Pattern",
    "cameo",
    "codebook_topics",
    "frames",
    "lexicon",
    "pattern_keys",
    "patterns_for",
    "reciprocal_pronouns",
    "refine",
    "straight_lower",
    "topics",
    "word_list",
]


# Typographic apostrophes ("we’re", "it’ll") are the same words as straight ones, but the tagger leaves the
# curly contractions unlemmatised ("’re" stays "’re", not "be"): the rules compare straightened forms.
STRAIGHT: Final = str.maketrans({"\u2019": "'", "\u2018": "'"})


def straight_lower(token: Any) -> str:
    """The token's lower-case form with typographic apostrophes straightened ("’ll" reads as "'ll")."""
    form: str = token.lower_
    return form.translate(STRAIGHT) if "\u2019" in form or "\u2018" in form else form


# The code of a pattern row that names a sense which is no CAMEO event ("backed up the files",
# "beat Clinton by one point"): when such a row is the best match, the word is not a candidate.
NO_EVENT = "-"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    goldstein: float
    quad_class: QuadClass


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of ``event_verb_patterns.tsv``."""

    code: str
    pos: str  # V, N or A
    lemma: str
    prt: str
    prep: str
    args: frozenset[str]
    subj: str
    order: int

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.prt, self.prep, self.args, self.subj))


@dataclass(frozen=True, slots=True)
class Frame:
    """A frame word ("ready", "urge", "demand"…) that recodes the event it governs."""

    name: str
    lemmas: frozenset[str]
    hypothetical: bool
    mapping: dict[str, str]

    def recode(self, inner: str) -> str | None:
        """The frame's code for an inner event code (longest prefix wins), or None."""
        for n in range(len(inner), 1, -1):
            code = self.mapping.get(inner[:n])
            if code is not None:
                return code
        return None


@functools.cache
def cameo() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for n, row in enumerate(read_tsv("event_cameo_codes.tsv", ("code", "goldstein", "quad_class")), 1):
        try:
            table[row["code"]] = CameoCode(
                row["code"], row["label"], float(row["goldstein"]), QuadClass(int(row["quad_class"]))
            )
        except ValueError as exc:
            raise KnowledgeError(
                Errors.E010.format(path="event_cameo_codes.tsv", line=n, reason=str(exc))
            ) from None
    return table


@functools.cache
def _patterns() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    codes = cameo()
    by_key: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    # the base rows, then the further rows of round 18 (E25, ``_event_cover``), in the same columns
    rows = (*read_tsv("event_verb_patterns.tsv", ("code", "pos", "lemma")), *cover_rows())
    for n, row in enumerate(rows):
        if (row["code"] not in codes and row["code"] != NO_EVENT) or row["pos"] not in {"V", "N", "A"}:
            raise KnowledgeError(
                Errors.E010.format(
                    path="event_verb_patterns.tsv",
                    line=n + 1,
                    reason=f"unknown CAMEO code {row['code']!r} or pos {row['pos']!r}",
                )
            )
        args = frozenset(a for a in row["arg"].split("|") if a)
        pattern = Pattern(
            row["code"], row["pos"], row["lemma"], row["prt"], row["prep"], args, row["subj"], n
        )
        by_key[(row["pos"], row["lemma"])].append(pattern)
    return {key: tuple(value) for key, value in by_key.items()}


@functools.cache
def pattern_keys() -> frozenset[tuple[str, str]]:
    """Every (pos, lemma) that has a pattern row: the coder's cheap first test of a token."""
    return frozenset(_patterns())


def patterns_for(pos: str, lemma: str) -> tuple[Pattern, ...]:
    return _patterns().get((pos, lemma), ())


@functools.cache
def lexicon() -> dict[str, Any]:
    data: dict[str, Any] = read_json("event_frames.json")
    return data


@functools.cache
def reciprocal_pronouns() -> frozenset[str]:
    """The reciprocal pronouns, lower-cased ("each other", "one another";
    ``knowledge/event_actor_reciprocals.tsv``): read by the coder's mutual acts and by the speech rules."""
    return frozenset(r["phrase"].lower() for r in read_tsv("event_actor_reciprocals.tsv", ("phrase",)))


@functools.cache
def word_list(key: str) -> frozenset[str]:
    """A word list of ``event_frames.json`` (``lexicon()[key]``) as a set, built once per key."""
    return frozenset(lexicon()[key])


@functools.cache
def frames() -> tuple[Frame, ...]:
    codes = cameo()
    out: list[Frame] = []
    for name, spec in lexicon()["frames"].items():
        mapping = {str(k): str(v) for k, v in spec["map"].items()}
        bad = [v for v in mapping.values() if v not in codes]
        if bad:
            raise KnowledgeError(
                Errors.E010.format(path="event_frames.json", line=0, reason=f"unknown codes {bad}")
            )
        out.append(Frame(name, frozenset(spec["lemmas"]), bool(spec["hypothetical"]), mapping))
    return tuple(out)


@functools.cache
def topics() -> dict[str, str]:
    """Lemma → the CAMEO code of the cooperation or concession it names (``event_cameo_topics.tsv``)."""
    return _topic_table("event_cameo_topics.tsv")


@functools.cache
def codebook_topics() -> dict[str, str]:
    """Noun lemma → the CAMEO action code whose codebook description names it
    (``event_cameo_topics_codebook.tsv``, derived by ``scripts/build_event_codebook_topics.py``)."""
    return _topic_table("event_cameo_topics_codebook.tsv")


def _topic_table(path: str) -> dict[str, str]:
    codes = cameo()
    table: dict[str, str] = {}
    for n, row in enumerate(read_tsv(path, ("lemma", "code")), 1):
        if row["code"] not in codes:
            raise KnowledgeError(
                Errors.E010.format(path=path, line=n, reason=f"unknown code {row['code']!r}")
            )
        table[row["lemma"]] = row["code"]
    return table


@functools.cache
def _refinements() -> dict[str, dict[str, str]]:
    codes = cameo()
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for n, row in enumerate(read_tsv("event_cameo_refine.tsv", ("parent", "inner", "code")), 1):
        if row["parent"] not in codes or row["code"] not in codes:
            raise KnowledgeError(
                Errors.E010.format(path="event_cameo_refine.tsv", line=n, reason="unknown CAMEO code")
            )
        table[row["parent"]][row["inner"]] = row["code"]
    return dict(table)


def refine(parent: str, inner: str) -> str | None:
    """The finer code of ``parent`` for an event about ``inner`` (longest inner prefix wins), or None."""
    table = _refinements().get(parent)
    if table is None:
        return None
    for n in range(len(inner), 1, -1):
        code = table.get(inner[:n])
        if code is not None:
            return code
    return None
