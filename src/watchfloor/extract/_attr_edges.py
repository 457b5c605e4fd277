"""Where a kept content starts and ends: a second stage that only moves the edges.

The selector (:mod:`~watchfloor.extract._attr_model`) picks one content per cue among the rules'
options; its edges are often one phrase off the annotators' ("to discuss *the plan*", "*the plan*,
a 16-point margin over Sanders", "about *the plan*"). This stage leaves the choice alone and
offers a few edit variants of the chosen span, each moving one edge over one phrase of the parse:

- start: drop a leading phrase (a subtree that begins the content: "Still,", "And", "in 2012,"),
  go into the content's first verb ("to discuss *the plan*"), or reach back over the phrase
  before it (a preposition, a subject, an object: "*about* the plan");
- end: cut a trailing phrase (a subtree that ends the content: "on Tuesday", ", who was …",
  "— a fact …"), drop or take a closing mark, or reach on over the next phrase or to the end
  of the sentence.

A log-linear model scores each variant from features of the moved segment only (its first and
last words and tags, the relation of its head and whether that head hangs on the content's root,
its length, whether it is quoted, what the new edge lands on, the cue lemma and relation); the
unmoved span scores 0, and the best-scored variant replaces it when it scores above 0 (a softmax
over {keep} ∪ variants). Weights: ``knowledge/attribution_edges.tsv``, fitted by
``scripts/train_attribution_edges.py`` on PolNeAR train from the contents the selector keeps
(target: the variant equal to the gold span under the scorer's converter, else keep).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from ..errors import KnowledgeError
from ..knowledge import read_tsv
from ._quotes import Quotes

__all__ = ["Variant", "edge_variants", "edge_weights", "refine_edges"]

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
    for v in edge_variants(verb, rel, frags, quotes, blocked):
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
    verb: Any, rel: str, frags: Sequence[tuple[int, int]], quotes: Quotes, blocked: Sequence[int] = ()
) -> list[Variant]:
    """The edit variants of a content (character ``frags``) reported by cue token ``verb`` through
    relation ``rel``; ``blocked`` are character offsets no variant may take in (the cue's and the
    source's tokens). Only the outer edges move (the first fragment's start, the last one's end)."""
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
    send = sb  # the sentence's last token before its closing marks
    while send > sa and doc[send].is_punct:
        send -= 1
    lemma = verb.lemma_.lower()
    first_end = frags[0][1]
    last_start = frags[-1][0]
    out: list[Variant] = []
    seen: set[tuple[int, int]] = {(s, e)}

    def add(kind: str, ns: int, ne: int, i: int, j: int, removed: bool, head: Any) -> None:
        """A variant with outer edges ``[ns, ne)``, moving tokens ``i..j`` (in or out) whose
        head is ``head``."""
        if (ns, ne) in seen or ns >= ne or ns >= first_end or ne <= last_start:
            return
        if any(ns <= k < ne and not s <= k < e for k in blocked):
            return
        seen.add((ns, ne))
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
        fw, lw = _word(first), _word(last_tok)
        feats = [
            kind,
            family,
            f"{family}|f={fw}",
            f"{family}|l={lw}",
            f"{family}|fl={'_sp' if first.is_space else first.lower_}",
            f"{family}|ft={first.tag_}",
            f"{family}|lt={last_tok.tag_}",
            f"{family}|hd={head.dep_}",
            f"{family}|hp={head.pos_}",
            f"{family}|hh={'root' if hh.i == root.i else 'in' if a <= hh.i <= b else 'out'}",
            f"{family}|hd={head.dep_}|hh={hh.dep_ if hh.i != head.i else 'ROOT'}",
            f"{family}|n={n}",
            f"{kind}|n={n}",
            f"{family}|q={q}",
            f"{family}|land={land}",
            f"{family}|sent={int(j >= send)}",
            f"{family}|removed={int(removed)}",
            f"{family}|ent={first.ent_type_ or '-'}|{last_tok.ent_type_ or '-'}",
            f"{family}|other={_word(other)}",
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
        while j > a and (doc[j].text in _STRIP_END or doc[j].dep_ == "cc" or doc[j].is_space):
            j -= 1
        return int(doc[j].idx + len(doc[j].text))

    def start_of(i: int) -> int:
        while i < b and (doc[i].text in _STRIP_END or doc[i].is_space):
            i += 1
        return int(doc[i].idx)

    # -- the start ---------------------------------------------------------------------------
    if doc[a].is_punct and a < b:
        add(f"s-mark:{doc[a].text}", start_of(a + 1), e, a, a, True, doc[a])
    cuts: list[tuple[int, str, int]] = []
    for t in doc[a : min(a + MAX_MOVE, b) + 1]:
        if t.left_edge.i == a and t.right_edge.i < b:
            cuts.append((t.right_edge.i, t.dep_, t.i))
    for j, dep, h in sorted(set(cuts))[:MAX_CUTS]:
        add(f"s-drop:{dep}", start_of(j + 1), e, a, j, True, doc[h])
    # into the first verb: "to discuss [the plan]"
    if root.i - a <= 3 and root.pos_ in ("VERB", "AUX", "NOUN"):
        right = [c for c in root.rights if c.dep_ not in ("punct", "cc")]
        if right and right[0].left_edge.i > a:
            into = right[0].left_edge.i
            add(f"s-into:{right[0].dep_}", start_of(into), e, a, into - 1, True, root)
    # back over the phrase before: "[about] the plan"
    if a - 1 >= sa and not doc[a - 1].is_space:
        t = doc[a - 1]
        while t.head.i != t.i and t.head.right_edge.i == a - 1 and t.head.i >= sa:
            t = t.head
        i = max(t.left_edge.i, sa)
        if not doc[a - 1].is_punct:
            add(f"s-ext1:{doc[a - 1].pos_}", doc[a - 1].idx, e, a - 1, a - 1, False, doc[a - 1])
        if a - i <= MAX_MOVE:
            while i < a - 1 and doc[i].is_punct:
                i += 1
            add(f"s-ext:{t.dep_}", doc[i].idx, e, i, a - 1, False, t)
    # -- the end -----------------------------------------------------------------------------
    last = b
    while last > a and doc[last].is_punct:
        last -= 1
    if last < b:
        add(f"e-mark:{doc[b].text[:2]}", end_of(last), e, last + 1, b, True, doc[b])
    if b + 1 <= sb and doc[b + 1].is_punct and doc[b + 1].text[:1] in _CLOSING:
        j = b + 1
        add(f"e-ext-mark:{doc[j].text[:2]}", s, doc[j].idx + len(doc[j].text), j, j, False, doc[j])
    cuts = []
    for t in doc[max(a + 1, last - MAX_MOVE) : b + 1]:
        if t.right_edge.i >= last and t.left_edge.i > a:
            cuts.append((-t.left_edge.i, t.dep_, t.i))
    for negi, dep, h in sorted(set(cuts))[:MAX_CUTS]:
        i = -negi
        add(f"e-cut:{dep}", s, end_of(i - 1), i, b, True, doc[h])
    # on over the next phrase, or to the sentence end
    nxt = b + 1
    if nxt <= sb and doc[nxt].is_punct and doc[nxt].text in (",", "—", "–", "--") and nxt + 1 <= sb:
        nxt += 1
    if nxt <= sb and not doc[nxt].is_punct:
        t = doc[nxt]
        while t.head.i != t.i and t.head.left_edge.i == nxt and t.head.i <= sb:
            t = t.head
        j = min(t.right_edge.i, sb)
        if j - nxt < MAX_MOVE:
            add(f"e-ext:{t.dep_}", s, end_of(j), b + 1, j, False, t)
    end = sb
    while end > b and doc[end].is_punct and doc[end].text[:1] in ".?!":
        end -= 1
    if b < end and end - b <= 2 * MAX_MOVE:
        h = doc[b + 1]
        while h.head.i != h.i and b < h.head.i <= end:
            h = h.head
        add("e-sent", s, doc[end].idx + len(doc[end].text), b + 1, end, False, h)
    return out


def _with_edges(frags: Sequence[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    out = [list(f) for f in frags]
    out[0][0] = s
    out[-1][1] = e
    return [(f[0], f[1]) for f in out]
