"""Pattern rows for sentences the coder used to leave empty (round 18, E25, issue #5).

Travel and visits are CAMEO 042 whatever the verb ("All visits and travels should be coded under this
category", codebook text of 042), but the base table (``event_verb_patterns.tsv``) has rows only for
"visit", "arrive in", "travel to" and "fly to". ``knowledge/event_cover_patterns.tsv`` holds the further
rows, in the same columns; :func:`cover_rows` gives them to the pattern loader of ``_event_patterns``,
which reads them after the base rows (so a base row of the same rank wins)."""

from __future__ import annotations

import functools

from ..knowledge import read_tsv

__all__ = ["COVER_PATTERNS", "cover_rows"]

COVER_PATTERNS = "event_cover_patterns.tsv"


@functools.cache
def cover_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``event_cover_patterns.tsv`` (columns as in ``event_verb_patterns.tsv``)."""
    return read_tsv(COVER_PATTERNS, ("code", "pos", "lemma"))
