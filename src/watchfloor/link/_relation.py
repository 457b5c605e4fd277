"""How a later statement or report bears on a claim, from its own wording (``knowledge/claim_cues.tsv``)
and the direction it asserts (``knowledge/claim_topics.tsv``).

Similarity alone cannot tell a dispute from a restatement, so the relation is read from cues: a dispute
("no signs", "has not seen", "doubt", "verify", "cannot confirm"), evidence of the opposite ("images show
units still in place", "moved closer"), an independent confirmation, or a precedent ("a similar claim in
December"). Reported observation ("images show…", "observers saw…") corroborates or contradicts according
to the direction of the first topic term after the cue.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..knowledge import read_tsv
from ._records import AppearanceRole

__all__ = [
    "Cue",
    "Topic",
    "claim_direction",
    "find_cues",
    "find_topic",
    "has_precedent_cue",
    "relation_of",
    "topic_places",
]

_RELATIONS = {"disputes", "contradicts", "corroborates", "precedent", "evidence", "denial"}


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a text: its relation class, its offsets, and whether it stands without a speaker."""

    relation: str
    start: int
    end: int
    text: str
    writer: bool


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic term in a text and the direction it asserts (−1 de-escalation, +1 escalation, 0 none)."""

    topic: str
    polarity: int
    start: int
    end: int


@functools.cache
def _cue_table() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    rows = read_tsv("claim_cues.tsv", ("pattern", "relation", "writer"))
    table = []
    for row in rows:
        if row["relation"] not in _RELATIONS:
            raise ValueError(f"claim_cues.tsv: unknown relation {row['relation']!r}")
        table.append(
            (re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE), row["relation"], row["writer"] == "1")
        )
    return tuple(table)


@functools.cache
def _topic_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_tsv("claim_topics.tsv", ("pattern", "topic", "polarity", "argument")))


@functools.cache
def _topic_table() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    return tuple(
        (re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE), row["topic"], int(row["polarity"]))
        for row in _topic_rows()
    )


@functools.cache
def _placed_topics() -> frozenset[str]:
    """Topics whose claims take a place argument (``argument`` = ``place`` in claim_topics.tsv)."""
    return frozenset(row["topic"] for row in _topic_rows() if row["argument"] == "place")


_PLACE_REACH = 50  # characters after a topic term naming its place ("captured the village of Udachne")
_PLACE_NAME = re.compile(r"\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*")


def topic_places(text: str, topic: str | None) -> frozenset[str]:
    """The capitalised names right after each term of ``topic`` in ``text`` (same clause, ~50 characters):
    the place a capture or a strike is about. Empty when the topic takes no place or none is named."""
    if topic is None or topic not in _placed_topics():
        return frozenset()
    names: set[str] = set()
    for t in find_topic(text):
        if t.topic != topic:
            continue
        window = re.split(r"[.;,!?\n]", text[t.end : t.end + _PLACE_REACH], maxsplit=1)[0]
        names.update(m.group(0) for m in _PLACE_NAME.finditer(window))
    return frozenset(names)


def find_cues(text: str) -> tuple[Cue, ...]:
    """Every cue of ``claim_cues.tsv`` in ``text``, in text order; a cue inside a longer one is dropped."""
    found: list[Cue] = []
    for pattern, relation, writer in _cue_table():
        for m in pattern.finditer(text):
            found.append(Cue(relation, m.start(), m.end(), m.group(0), writer))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if any(k.start <= cue.start and cue.end <= k.end and k is not cue for k in kept):
            continue
        kept.append(cue)
    return tuple(kept)


def find_topic(text: str, after: int = 0) -> tuple[Topic, ...]:
    """Topic terms in ``text`` from offset ``after``, in text order (longest first at one offset)."""
    found = [
        Topic(topic, polarity, m.start(), m.end())
        for pattern, topic, polarity in _topic_table()
        for m in pattern.finditer(text, after)
    ]
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Topic] = []
    for t in found:
        if kept and t.start < kept[-1].end:
            continue
        kept.append(t)
    return tuple(kept)


def _negated_before(text: str, start: int) -> bool:
    window = text[max(0, start - 30) : start].lower()
    return bool(re.search(r"\b(?:no|not|never|nor|without)\b[^.]*$", window))


def _direction(text: str, after: int) -> int:
    """The polarity of the first directed topic term from ``after`` (negated terms flip), 0 if none."""
    for t in find_topic(text, after):
        if t.polarity:
            return -t.polarity if _negated_before(text, t.start) else t.polarity
    return 0


def relation_of(text: str, claim_polarity: int, *, with_speaker: bool) -> tuple[AppearanceRole, Cue] | None:
    """The role a text (a statement's cue + content, or a writer's sentence) plays for a claim.

    ``claim_polarity`` is the claim's direction (−1 for a claimed pullback). Priority: evidence of the
    opposite (contradicts) > dispute > corroboration. Without a speaker only cues marked ``writer`` count.
    Returns ``None`` when the text has no cue bearing on the claim. Precedent cues are not a relation here.
    """
    cues = [
        c for c in find_cues(text) if c.relation not in ("precedent", "denial") and (with_speaker or c.writer)
    ]
    best: tuple[int, AppearanceRole, Cue] | None = None
    for cue in cues:
        role: AppearanceRole | None
        if cue.relation == "evidence":
            direction = _direction(text, cue.end)
            if direction == 0 or claim_polarity == 0:
                role = None
            elif direction == claim_polarity:
                role = AppearanceRole.CORROBORATES
            else:
                role = AppearanceRole.CONTRADICTS
        elif (
            cue.relation == "corroborates" and claim_polarity and _direction(text, cue.end) == -claim_polarity
        ):
            role = AppearanceRole.CONTRADICTS
        else:
            role = AppearanceRole(cue.relation)
        if role is None:
            continue
        rank = {AppearanceRole.CONTRADICTS: 0, AppearanceRole.DISPUTES: 1, AppearanceRole.CORROBORATES: 2}[
            role
        ]
        if best is None or rank < best[0]:
            best = (rank, role, cue)
    return (best[1], best[2]) if best else None


def has_precedent_cue(text: str) -> Cue | None:
    """The first precedent cue ("a similar claim", "in the past", "last month") in ``text``, if any."""
    for cue in find_cues(text):
        if cue.relation == "precedent":
            return cue
    return None


def claim_direction(text: str, cue: str = "") -> tuple[str | None, int]:
    """A claim's topic and direction: the first directed topic term (negation flips it, and so does a
    denying reporting verb in ``cue``: "Russia denied that it was massing troops" claims no build-up)."""
    if any(c.relation == "denial" for c in find_cues(cue)):
        topic, polarity = claim_direction(text)
        return topic, -polarity
    topics = find_topic(text)
    for t in topics:
        if t.polarity:
            return t.topic, (-t.polarity if _negated_before(text, t.start) else t.polarity)
    return (topics[0].topic, 0) if topics else (None, 0)
