"""Where a kept content starts and ends: a second stage that only moves the edges.

The selector (:mod:`~watchfloor.extract._attr_model`) picks one content per cue among the rules'
options; its edges are often one phrase off the annotators' ("to discuss *the plan*", "*the plan*,
a 16-point margin over Sanders", "about *the plan*"). This stage leaves the choice alone and
offers a few edit variants of the chosen span, each moving one edge over one phrase of the parse:

- start: drop a leading phrase (a subtree that begins the content: "Still,", "And", "in 2012,"),
  go into the content's first verb or noun ("to discuss *the plan*", "concern *that …*"), or reach
  back over the word or phrase before it ("*about* the plan");
- end: cut a trailing phrase (a subtree that ends the content: "on Tuesday", ", who was …",
  "— a fact …"), take a closing mark other than a period (", ? ” )"), or reach on over the next
  phrase (", but now he plans …").

Counted on PolNeAR train (tenths 0–8, the selector fitted on them): of 12,640 kept contents that
overlap a gold content 10,303 are exact; one variant makes 708 of the other 2,337 exact (cutting
a trailing phrase 161, dropping a leading one 156, reaching on 118, going into the first verb or
noun 95, one word back 82, a phrase back 56, a closing mark 40), but each kind also fires on
hundreds to thousands of exact contents, so the model must be sure. Variants to the sentence end,
dropping a closing or opening mark and taking a final period were offered too and dropped (34, 0,
19 and 12 fixes against 4,385, 2,162, 2,999 and 4,649 exact contents they fire on; cheaper without).

A log-linear model scores each variant from features of the moved segment only (the variant's
kind, e.g. ``e-cut:prep``; the segment's first and last words and tags, the relation of its head
and of the head's head, its length, its named-entity types, whether it is quoted, the character
the new edge lands next to and the word beside it, the cue lemma and relation); the unmoved span
scores 0, and the best-scored variant replaces it when it scores above the shipped margin (a
softmax over {keep} ∪ variants). Weights: ``knowledge/attribution_edges.tsv``, fitted by
``scripts/train_attribution_edges.py`` on PolNeAR train from the contents the selector keeps that
overlap a gold content (target: the variant equal to the gold span under the scorer's converter,
else keep); its ``@kind=`` rows list the variant kinds the model ever chose there, and only those are
scored at run time (:func:`edge_kinds`). ``docs/evaluation.md``, round 10.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Collection, Sequence
from typing import Any, Final, NamedTuple

from ..errors import KnowledgeError
from ..knowledge import read_tsv
from ._quotes import Quotes

__all__ = ["Variant", "edge_kinds", "edge_variants", "edge_weights", "refine_edges"]

# how many tokens a moved segment may span: the annotators' edges differ by a phrase, not a clause
MAX_MOVE: Final = 12
# how many distinct cut points per side: the nearest ones
MAX_CUTS: Final = 3
_CLOSING: Final = frozenset(".,;:?!)\"'”’»")
_STRIP_END: Final = frozenset(",;:—–-")


class Variant(NamedTuple):
    """One edit of a content: its kind (e.g. ``e-cut:prep``), the new fragments and the features
    of the moved segment."""

    kind: str
    frags: list[tuple[int, int]]
    features: list[str]


@functools.cache
def edge_weights() -> dict[str, float]:
    """Feature → weight of the shipped edge model (empty when none is shipped); the row
    ``@margin`` is the logit a variant needs to replace the span (keeping it scores 0)."""
    try:
        rows = read_tsv("attribution_edges.tsv", ("feature", "weight"))
    except KnowledgeError:
        return {}
    return {r["feature"]: float(r["weight"]) for r in rows}


@functools.cache
def edge_kinds() -> frozenset[str] | None:
    """The variant kinds the shipped model ever chose on its training data (rows ``@kind=…``):
    only those are scored at run time (the others are never chosen, and building their features
    was most of the cost); None when the file lists none (score every kind)."""
    kinds = frozenset(f[6:] for f in edge_weights() if f.startswith("@kind="))
    return kinds or None


_ZEROS: Final = itertools.repeat(0.0)


def refine_edges(
    verb: Any, rel: str, frags: Sequence[tuple[int, int]], quotes: Quotes, blocked: Sequence[int] = ()
) -> list[tuple[int, int]]:
    """The fragments of a kept content with its edges moved by the best-scored variant
    (:func:`edge_variants`), or unchanged when no variant scores above keeping them."""
    weights = edge_weights()
    if not weights:
        return list(frags)
    best, best_score = None, weights.get("@margin", 0.0)
    for v in edge_variants(verb, rel, frags, quotes, blocked, edge_kinds()):
        s = sum(map(weights.get, v.features, _ZEROS))
        if s > best_score:
            best, best_score = v, s
    return list(frags) if best is None else best.frags


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7+"


_FUNCTION_POS: Final = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})


def _word(tok: Any) -> str:
    """A function word or mark as itself, any other word as its part of speech."""
    return str(tok.lower_ if tok.is_stop or tok.is_punct or tok.pos_ in _FUNCTION_POS else tok.pos_)


def edge_variants(
    verb: Any,
    rel: str,
    frags: Sequence[tuple[int, int]],
    quotes: Quotes,
    blocked: Sequence[int] = (),
    kinds: Collection[str] | None = None,
) -> list[Variant]:
    """The edit variants of a content (character ``frags``) reported by cue token ``verb`` through
    relation ``rel``; ``blocked`` are character offsets no variant may take in (the cue's and the
    source's tokens). Only the outer edges move (the first fragment's start, the last one's end).
    With ``kinds``, only variants of those kinds are returned (the others still take their span,
    so the same span is never offered twice under another kind)."""
    doc = verb.doc
    text = quotes.text
    s, e = frags[0][0], frags[-1][1]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return []
    a, b = span.start, span.end - 1  # first and last token
    sent = doc[a].sent
    sa, sb = sent.start, sent.end - 1
    root = span.root
    lemma = verb.lemma_.lower()
    first_end = frags[0][1]
    last_start = frags[-1][0]
    out: list[Variant] = []
    seen: set[tuple[int, int]] = {(s, e)}

    words: dict[int, str] = {}

    def word(tok: Any) -> str:
        w = words.get(tok.i)
        if w is None:
            w = words[tok.i] = _word(tok)
        return w

    def add(kind: str, ns: int, ne: int, i: int, j: int, removed: bool, head: Any) -> None:
        """A variant with outer edges ``[ns, ne)``, moving tokens ``i..j`` (in or out) whose
        head is ``head``."""
        if (ns, ne) in seen or ns >= ne or ns >= first_end or ne <= last_start:
            return
        if any(ns <= k < ne and not s <= k < e for k in blocked):
            return
        seen.add((ns, ne))
        if kinds is not None and kind not in kinds:
            return
        first, last_tok = doc[i], doc[j]
        share = quotes.share(first.idx, last_tok.idx + len(last_tok.text))
        q = "na" if share is None else "0" if share == 0 else "1" if share == 1 else "p"
        if kind[0] == "s":
            k = ns - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            land = "bos" if k < 0 or text[k].isspace() else "w" if text[k].isalnum() else text[k]
            # the word beside the new edge: inside it after a drop, outside it after a reach
            other = doc[min(j + 1, len(doc) - 1)] if removed else doc[max(i - 1, 0)]
        else:
            k = ne
            while k < len(text) and text[k] == " ":
                k += 1
            land = "eos" if k >= len(text) or text[k].isspace() else "w" if text[k].isalnum() else text[k]
            other = doc[min(j + 1, len(doc) - 1)] if not removed else doc[max(i - 1, 0)]
        family = kind.split(":")[0]
        n = _bucket(j - i + 1)
        hh = head.head
        fw, lw = word(first), word(last_tok)
        feats = [
            kind,
            family,
            f"{family}|f={fw}",
            f"{family}|l={lw}",
            f"{family}|fl={'_sp' if first.is_space else first.lower_}",
            f"{family}|hd={head.dep_}|hh={hh.dep_ if hh.i != head.i else 'ROOT'}",
            f"{kind}|n={n}",
            f"{family}|ent={first.ent_type_ or '-'}|{last_tok.ent_type_ or '-'}",
            f"{family}|other={word(other)}",
            f"{family}|cue={lemma}",
            f"{family}|rel={rel}",
            f"{kind}|rel={rel}",
            f"{kind}|cue={lemma}",
            f"{kind}|f={fw}",
            f"{kind}|l={lw}",
            f"{kind}|land={land}",
            f"{kind}|q={q}",
        ]
        out.append(Variant(kind, _with_edges(frags, ns, ne), feats))

    def end_of(j: int) -> int:
        """The end offset of a content whose last token is ``j``, closing marks and joiners off."""
        tok = doc[j]
        while j > a and (tok.text in _STRIP_END or tok.dep_ == "cc" or tok.is_space):
            j -= 1
            tok = doc[j]
        return int(tok.idx + len(tok.text))

    def start_of(i: int) -> int:
        tok = doc[i]
        while i < b and (tok.text in _STRIP_END or tok.is_space):
            i += 1
            tok = doc[i]
        return int(tok.idx)

    # -- the start ---------------------------------------------------------------------------
    cuts: list[tuple[int, str, int]] = []
    t = doc[a]  # the subtrees starting at the content's first token: its ancestors (projective)
    reach = min(a + MAX_MOVE, b)
    while True:
        if t.left_edge.i < a:
            break
        ti = t.i
        if ti <= reach and (right := t.right_edge.i) < b:
            cuts.append((right, t.dep_, ti))
        h = t.head
        if h.i == ti:
            break
        t = h
    for j, dep, h in sorted(set(cuts))[:MAX_CUTS]:
        add(f"s-drop:{dep}", start_of(j + 1), e, a, j, True, doc[h])
    # into the first verb: "to discuss [the plan]"
    if root.i - a <= 3 and root.pos_ in ("VERB", "AUX", "NOUN"):
        right = [c for c in root.rights if c.dep_ not in ("punct", "cc")]
        if right and right[0].left_edge.i > a:
            into = right[0].left_edge.i
            add(f"s-into:{right[0].dep_}", start_of(into), e, a, into - 1, True, root)
    # back over the phrase before: "[about] the plan"
    before = doc[a - 1] if a - 1 >= sa else None
    if before is not None and not before.is_space:
        t = before
        h = t.head
        while h.i != t.i and h.i >= sa and h.right_edge.i == a - 1:
            t = h
            h = t.head
        i = max(t.left_edge.i, sa)
        if not before.is_punct:
            add(f"s-ext1:{before.pos_}", before.idx, e, a - 1, a - 1, False, before)
        if a - i <= MAX_MOVE:
            while i < a - 1 and doc[i].is_punct:
                i += 1
            add(f"s-ext:{t.dep_}", doc[i].idx, e, i, a - 1, False, t)
    # -- the end -----------------------------------------------------------------------------
    last = b
    while last > a and doc[last].is_punct:
        last -= 1
    after = doc[b + 1] if b + 1 <= sb else None
    if after is not None and after.is_punct and after.text[:1] in _CLOSING and after.text != ".":
        add(f"e-ext-mark:{after.text[:2]}", s, after.idx + len(after.text), b + 1, b + 1, False, after)
    cuts = []
    t = doc[last]  # the subtrees reaching the content's last word: its ancestors
    low = max(a + 1, last - MAX_MOVE)
    while True:
        left = t.left_edge.i
        if left <= a:
            break
        ti = t.i
        if low <= ti <= b:
            cuts.append((-left, t.dep_, ti))
        h = t.head
        if h.i == ti:
            break
        t = h
    for negi, dep, h in sorted(set(cuts))[:MAX_CUTS]:
        i = -negi
        add(f"e-cut:{dep}", s, end_of(i - 1), i, b, True, doc[h])
    # on over the next phrase
    nxt = b + 1
    if after is not None and after.is_punct and after.text in (",", "—", "–", "--") and nxt + 1 <= sb:
        nxt += 1
    t = doc[nxt] if nxt <= sb else None
    if t is not None and not t.is_punct:
        h = t.head
        while h.i != t.i and h.i <= sb and h.left_edge.i == nxt:
            t = h
            h = t.head
        j = min(t.right_edge.i, sb)
        if j - nxt < MAX_MOVE:
            add(f"e-ext:{t.dep_}", s, end_of(j), b + 1, j, False, t)
    return out


def _with_edges(frags: Sequence[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    """``frags`` with the first one starting at ``s`` and the last one ending at ``e``."""
    if len(frags) == 1:
        return [(s, e)]
    out = [list(f) for f in frags]
    out[0][0] = s
    out[-1][1] = e
    return [(f[0], f[1]) for f in out]
