"""Which attribution candidates to keep: a logistic model over parse features.

The rules of :mod:`~watchfloor.extract.attribution` propose candidates generously (every verb the
mined cue table knows, with the content its parse gives); this model scores each one. Its weights
(``knowledge/attribution_model.tsv``) are fitted on PolNeAR train by
``scripts/train_attribution.py``: a candidate is positive when its content overlaps a gold content
by at least half (the scorer's match). Features are strings ("lemma and relation", "subject is a
pronoun", ...); a score is the sum of their weights, a logit (of a cue's content against keeping
none: the model is a softmax over each cue's alternatives).

:func:`rerank` adds boosted trees (``knowledge/attribution_trees.json``, fitted by the same script
on the linear model's out-of-fold logits) that see what one candidate's features cannot: its rank
and margins among its cue's alternatives and other cues' likely kept contents in the article. The
extractor uses it by default (``extract_statements(..., reranker=True)``, the ``attribution_reranker``
setting; ``docs/evaluation.md``, round 9) and scores an article's candidates together: ``rerank`` over
:class:`Scored` rows, then :func:`rerank_thresholds` instead of :func:`thresholds`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

import numpy as np

from ..errors import KnowledgeError
from ..knowledge import read_json, read_tsv
from ._quotes import Quotes

__all__ = [
    "RERANK_NUMERIC",
    "Scored",
    "candidate_features",
    "context_features",
    "cue_relations",
    "forest_of",
    "linear_keeps_only",
    "model_weights",
    "rerank",
    "rerank_thresholds",
    "score",
    "thresholds",
    "tree_sums",
]

_MODALS: Final = frozenset({"will", "would", "could", "can", "may", "might", "should", "must"})


@functools.cache
def cue_relations() -> dict[str, dict[str, tuple[int, float, float]]]:
    """lemma → relation → (cue count, precision, direct share), from the mined cue table."""
    table: dict[str, dict[str, tuple[int, float, float]]] = {}
    for row in read_tsv("attribution_cues.tsv", ("lemma", "relation", "cue_count", "precision")):
        rel = table.setdefault(row["lemma"], {})
        rel[row["relation"]] = (int(row["cue_count"]), float(row["precision"]), float(row["direct_share"]))
    return table


@functools.cache
def _table() -> dict[str, float]:
    return {
        r["feature"]: float(r["weight"]) for r in read_tsv("attribution_model.tsv", ("feature", "weight"))
    }


@functools.cache
def model_weights() -> dict[str, float]:
    """Feature → weight of the shipped model."""
    return {f: v for f, v in _table().items() if not f.startswith("@")}


def thresholds() -> tuple[float, float]:
    """(keep, keep when nested in another statement's content): the logits a candidate needs."""
    t = _table()
    return t["@threshold"], t["@nested_threshold"]


def score(features: Sequence[str]) -> float:
    """The logit of a candidate with these features."""
    return sum(map(model_weights().get, features, _ZEROS))  # w.get(f, 0.0), called from C


_ZEROS: Final = itertools.repeat(0.0)


def _bucket(n: int) -> str:
    if n <= 2:
        return str(n)
    if n <= 5:
        return "3-5"
    if n <= 12:
        return "6-12"
    if n <= 30:
        return "13-30"
    return "31+"


def _subject_kind(subj: Any | None) -> str:
    if subj is None:
        return "none"
    if subj.dep_ == "expl":
        return "expl"
    if subj.pos_ == "PRON":
        return f"pron:{subj.lower_}"
    if subj.ent_type_:
        return f"ent:{subj.ent_type_}"
    return f"pos:{subj.pos_}"


def candidate_features(
    verb: Any,
    rel: str,
    subj: Any | None,
    frags: Sequence[tuple[int, int]],
    left: bool,
    quotes: Quotes,
    hint: str = "",
    nest: str = "-",
    *,
    prior: float | None = None,
    clause: bool | None = None,
) -> list[str]:
    """The features of one candidate: cue token ``verb`` linked to its content by ``rel``, with
    subject ``subj`` (or None) and content fragments ``frags`` (character ranges); ``hint`` tells
    what a widened option adds, ``nest`` the relation of another candidate holding the cue;
    ``prior`` is the mined precision of the cue lemma with that relation (None: unknown) and
    ``clause`` whether the content governed by the cue holds a verb (None: not told)."""
    lemma = verb.lemma_.lower()
    lr = f"{lemma}|{rel}"
    sk = _subject_kind(subj)
    start, end = frags[0][0], frags[-1][1]
    share = quotes.share(start, end)
    qs = "na" if share is None else "0" if share == 0 else "1" if share == 1 else "part"
    words = quotes.text[start:end].split()
    n_words = len(words)
    neg = any(c.dep_ == "neg" for c in verb.children)
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
    head = verb.head
    first = words[0].lower() if words else ""
    subj_low = subj.lower_ if subj is not None else ""
    feats = [
        "bias",
        f"l={lemma}",
        f"lr={lr}",
        f"r={rel}",
        f"t={verb.tag_}",
        f"d={verb.dep_}",
        f"ld={lemma}|{verb.dep_}",
        f"lt={lemma}|{verb.tag_}",
        f"s={sk}",
        f"rs={rel}|{sk}",
        f"ls={lemma}|{sk}",
        f"q={qs}",
        f"rq={rel}|{qs}",
        f"lq={lemma}|{qs}",
        f"n={_bucket(n_words)}",
        f"rn={rel}|{_bucket(n_words)}",
        f"side={'left' if left else 'right'}|{rel}",
        f"first={first[:12]}",
        f"rf={rel}|{first[:12]}",
        f"nfr={min(len(frags), 3)}",
    ]
    if subj is not None and subj.pos_ == "NOUN":
        feats.append(f"sn={subj.lemma_.lower()}")
        feats.append(f"lsn={lemma}|{subj.lemma_.lower()}")
    if verb.i > 0:
        prev = verb.doc[verb.i - 1]
        feats.append(f"prev={prev.lower_ if prev.is_stop or prev.is_punct else prev.tag_}")
    lo = min(start, verb.idx)
    gap = start - verb.idx if start > verb.idx else verb.idx - end
    feats.append(f"gap={rel}|{_bucket(len(quotes.text[lo : lo + max(gap, 0)].split()))}")
    if hint:
        feats.append(f"hint={rel}|{hint}")
    if nest != "-":
        feats.append(f"nest={nest}")
        feats.append(f"nest={nest}|{lemma}")
        feats.append(f"nest={nest}|{rel}")
    if subj_low in ("i", "we", "you"):
        feats.append(f"s1={lemma}|{subj_low}")
    if neg:
        feats.append(f"neg|{lemma}")
    if modal is not None:
        feats.append(f"modal={modal}")
        feats.append(f"lm={lemma}|modal")
    if head is not verb:
        feats.append(f"hd={verb.dep_}|{head.lemma_.lower()}")
    pb = "na" if prior is None else _prior_bucket(prior)
    feats.append(f"prior={pb}")
    feats.append(f"rprior={rel}|{pb}")
    feats.append(f"sprior={sk}|{pb}")
    if clause is not None:
        feats.append(f"clause={rel}|{int(clause)}")
        feats.append(f"pclause={pb}|{int(clause)}")
    feats.extend(_boundary_features(verb, rel, start, end, quotes.text))
    feats.extend(_edge_features(verb, rel, start, end, quotes.text))
    if "+" in rel and _holds_cue(verb, start, end):
        feats.append(f"inner={rel}|cue")
    return feats


# a widened content holding a verb that the cue table finds this reliable is likely two statements
_INNER_CUE_PRECISION: Final = 0.5


def _holds_cue(verb: Any, start: int, end: int) -> bool:
    """Whether characters ``[start, end)`` hold a reporting verb other than ``verb`` ("the economy
    was weak, and more than half said taxes were too high")."""
    span = verb.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    table = cue_relations()
    for t in span:
        if t.pos_ == "VERB" and t.i != verb.i:
            row = table.get(t.lemma_.lower(), {}).get("any")
            if row is not None and row[1] >= _INNER_CUE_PRECISION:
                return True
    return False


# words that, right after a content, usually start something the speaker did not say
_JOINERS: Final = frozenset(
    {"and", "but", "as", "because", "while", "after", "before", "when", "since", "if"}
)


def _boundary_features(verb: Any, rel: str, start: int, end: int, text: str) -> list[str]:
    """Where the content stops and starts, by relation: the character (or joining word) after
    its end, whether it reaches the end of the cue's sentence, and how many sentence ends it
    crosses. They tell the alternative contents of one cue apart ("ccomp" or "ccomp+rest")."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or text[k].isspace():  # a line end (or a tab: never written into the TSV)
        after = "eol"
    elif text[k].isalnum():
        word = text[k : k + 8].split(" ", 1)[0].lower()
        after = word if word in _JOINERS else "word"
    else:
        after = text[k]
    return [
        f"after={rel}|{after}",
        f"reach={rel}|{_reach(verb, end, text)}",
        f"cross={rel}|{min(sum(text.count(m, start, end) for m in _SENTENCE_ENDS), 2)}",
    ]


_SENTENCE_ENDS: Final = (". ", "? ", "! ", ".\n")


def _edge_features(verb: Any, rel: str, start: int, end: int, text: str) -> list[str]:
    """What a content starts with (the tag of its first word: "plans to …" NN, "to …" TO, "the
    idea that …" DT) and ends with (a word, or which punctuation), by relation: they tell a
    cue's alternatives apart where the gold span starts one phrase later or stops one mark
    earlier. The first word is found by walking from the cue (contents start near it)."""
    doc = verb.doc
    k, n = verb.i, len(doc)
    while k + 1 < n and doc[k + 1].idx <= start:
        k += 1
    while k > 0 and doc[k].idx > start:
        k -= 1
    tok = doc[k]
    if tok.idx + len(tok) <= start and k + 1 < n:  # the start falls in the space after a token
        tok = doc[k + 1]
    tag = tok.tag_ if tok.idx < end else "none"
    last = text[end - 1] if end > start else ""
    close = "word" if last.isalnum() else last if last in _MARKS else "other"
    return [f"ftag={rel}|{tag}", f"end={rel}|{close}"]


_MARKS: Final = frozenset(".,;:?!)\"'”’")


def _reach(verb: Any, end: int, text: str) -> str:
    """Whether a content ending at ``end`` stops at the end of the cue's sentence ("end", only
    closing marks or punctuation between), inside it ("mid") or past it ("over")."""
    doc = verb.doc
    k, n = verb.i, len(doc)
    while True:  # walk to the sentence end (verb.sent, without building the span) ...
        tok = doc[k]
        if tok.idx >= end and tok.text[:1].isalnum():
            return "mid"  # ... unless a word after the content comes first
        k += 1
        if k == n or doc[k].is_sent_start:
            break
    sent_end = doc[k - 1].idx + len(doc[k - 1])
    tail = text[end:sent_end].strip(" \n\"'”’)")
    return "over" if end > sent_end else "end" if tail in ("", ".", "?", "!", ",") else "mid"


def _prior_bucket(p: float) -> str:
    for edge in (0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.85):
        if p < edge:
            return f"<{edge}"
    return "high"


# -- the reranker: boosted trees over each candidate's features and its cue's and article's context --


class Scored(NamedTuple):
    """One candidate as the reranker sees it: its cue (token index and character offset), its
    content fragments, the linear logit (:func:`score`) and its string features."""

    cue: int
    cue_char: int
    frags: Sequence[tuple[int, int]]
    logit: float
    features: Sequence[str]


# the numeric columns the trees see before the string features: the linear logit; the content's
# length, fragment count and distance from the cue, whether it ends before the cue; the cue's
# number of candidates, this one's rank among them and its logit's distance to the cue's best and
# runner-up; the best linear logit of another cue's likely kept content that covers the same
# text ("same"), holds this cue ("inside") or whose cue lies in this content ("holds"); likely
# kept cues per 1000 tokens of the article
RERANK_NUMERIC: Final = (
    "lin",
    "clen",
    "nfrag",
    "dist",
    "left",
    "ncue",
    "rank",
    "dmax",
    "dsecond",
    "same",
    "inside",
    "holds",
    "nabove",
)
_NONE_LOGIT: Final = -10.0  # "no such candidate" for the context columns
_SAME: Final = 0.5  # the share of characters two contents share to be one


def _cue_groups(cands: Sequence[Scored]) -> Any:
    """Each candidate's cue numbered 0, 1, … in token order."""
    cues = np.fromiter((c.cue for c in cands), np.int64, len(cands))
    return np.unique(cues, return_inverse=True)[1]


def context_features(cands: Sequence[Scored], n_tokens: int, linear_threshold: float) -> Any:
    """The numeric columns (:data:`RERANK_NUMERIC`) of an article's candidates, one row each; a
    cue's candidate is "likely kept" when it is the cue's best and its linear logit reaches
    ``linear_threshold``. Contents are compared by their outer bounds (first to last character)."""
    n = len(cands)
    out = np.empty((n, len(RERANK_NUMERIC)))
    if n == 0:
        return out
    lin = np.fromiter((c.logit for c in cands), float, n)
    start = np.fromiter((c.frags[0][0] for c in cands), np.int64, n)
    end = np.fromiter((c.frags[-1][1] for c in cands), np.int64, n)
    cue_char = np.fromiter((c.cue_char for c in cands), np.int64, n)
    group = _cue_groups(cands)
    order = np.lexsort((np.arange(n), -lin, group))  # by cue, then best first (ties: text order)
    size = np.bincount(group)
    first = np.concatenate(([0], np.cumsum(size)[:-1]))  # where each cue starts in ``order``
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n) - first[group[order]]
    top = lin[order[first]]
    second = np.where(size > 1, lin[order[np.minimum(first + 1, n - 1)]], _NONE_LOGIT)
    out[:, 0] = lin
    out[:, 1] = np.fromiter((sum(e - s for s, e in c.frags) for c in cands), float, n)
    out[:, 2] = np.fromiter((len(c.frags) for c in cands), float, n)
    out[:, 3] = np.where(start > cue_char, start - cue_char, end - cue_char)
    out[:, 4] = end <= cue_char
    out[:, 5] = size[group]
    out[:, 6] = rank
    out[:, 7] = lin - top[group]
    out[:, 8] = np.where(rank == 0, lin - second[group], lin - top[group])
    kept = order[first[top >= linear_threshold]]
    ks, ke, kc = start[kept][None, :], end[kept][None, :], cue_char[kept][None, :]
    other = group[:, None] != group[kept][None, :]
    inter = np.maximum(0, np.minimum(end[:, None], ke) - np.maximum(start[:, None], ks))
    union = (end - start)[:, None] + (ke - ks) - inter
    claims = (
        other & (inter > 0) & (inter >= _SAME * union),  # the same text
        other & (ks <= cue_char[:, None]) & (cue_char[:, None] < ke),  # around this cue
        other & (start[:, None] <= kc) & (kc < end[:, None]),  # its cue in this content
    )
    for col, mask in enumerate(claims, 9):
        out[:, col] = np.where(mask, lin[kept][None, :], _NONE_LOGIT).max(axis=1, initial=_NONE_LOGIT)
    out[:, 12] = len(kept) / max(1, n_tokens) * 1000
    return out


class _Forest(NamedTuple):
    columns: dict[str, int]  # string feature → column (after the numeric ones)
    n_columns: int
    feature: Any  # per node: the column it tests (leaves: 0)
    threshold: Any  # go left when the value is at most this (leaves: +inf, they stay put)
    left: Any  # per node: the next node (global index; a leaf points at itself)
    right: Any
    value: Any  # per node: the leaf's output (inner nodes: 0)
    roots: Any  # the root node of each tree
    depth: int  # the deepest leaf's depth: this many steps reach every leaf
    threshold_keep: float
    threshold_nested: float
    linear_threshold: float
    linear_keeps: bool  # only a cue the linear model keeps may be kept (:func:`linear_keeps_only`)


def forest_of(m: dict[str, Any]) -> _Forest | None:
    """The reranker of a parsed ``attribution_trees.json``; None when fitted for other columns."""
    numeric = list(m["numeric"])
    if numeric != list(RERANK_NUMERIC):
        return None
    strings = m["features"]
    return _Forest(
        columns={f: len(numeric) + k for k, f in enumerate(strings)},
        n_columns=len(numeric) + len(strings),
        feature=np.asarray(m["nodes"]["feature"], dtype=np.int64),
        threshold=np.asarray(m["nodes"]["threshold"], dtype=float),
        left=np.asarray(m["nodes"]["left"], dtype=np.int64),
        right=np.asarray(m["nodes"]["right"], dtype=np.int64),
        value=np.asarray(m["nodes"]["value"], dtype=float),
        roots=np.asarray(m["roots"], dtype=np.int64),
        depth=int(m["depth"]),
        threshold_keep=float(m["threshold"]),
        threshold_nested=float(m["nested_threshold"]),
        linear_threshold=float(m["linear_threshold"]),
        linear_keeps=bool(m.get("linear_keeps", False)),
    )


@functools.cache
def _forest() -> _Forest | None:
    """The shipped reranker (``knowledge/attribution_trees.json``), or None when there is none."""
    try:
        return forest_of(read_json("attribution_trees.json"))
    except KnowledgeError:  # none shipped
        return None


def rerank_thresholds() -> tuple[float, float] | None:
    """(keep, keep when nested) for the reranked logits (:func:`rerank`), None without a reranker."""
    f = _forest()
    return None if f is None else (f.threshold_keep, f.threshold_nested)


def tree_sums(forest: _Forest, x: Any) -> Any:
    """The sum of the trees' leaves for each row of ``x`` (columns in the forest's order)."""
    rows = np.arange(x.shape[0])[:, None]
    node = np.broadcast_to(forest.roots, (x.shape[0], len(forest.roots))).copy()
    for _ in range(forest.depth):  # every tree of every row one level down at once
        go_left = x[rows, forest.feature[node]] <= forest.threshold[node]
        node = np.where(go_left, forest.left[node], forest.right[node])
    return forest.value[node].sum(axis=1)


def linear_keeps_only(group: Any, linear: Any, reranked: Any, linear_threshold: float) -> Any:
    """The reranked logits with every candidate of a cue the linear model does not keep (its best
    linear logit below ``linear_threshold``; ``group`` numbers the cues) held at "no such
    candidate": the reranker chooses among a cue's contents and may drop a cue, never add one
    (the cues it added had wrong sources more often: PolNeAR train, out of fold)."""
    kept = _linear_kept(group, linear, linear_threshold)
    return np.where(kept, reranked, np.minimum(reranked, _NONE_LOGIT))


def _linear_kept(group: Any, linear: Any, linear_threshold: float) -> Any:
    """Per candidate: whether its cue's best linear logit reaches ``linear_threshold``."""
    top = np.full(int(group.max()) + 1 if len(group) else 0, -np.inf)
    np.maximum.at(top, group, linear)
    return top[group] >= linear_threshold


def rerank(cands: Sequence[Scored], n_tokens: int) -> list[float]:
    """The reranked logits of an article's candidates (its ``n_tokens`` tokens): each linear logit
    plus the shipped trees' sum over the candidate's context and string features (only for cues
    the linear model keeps, when the trees were fitted so: :func:`linear_keeps_only`); the linear
    logits unchanged when no reranker is shipped."""
    forest = _forest()
    if forest is None or not cands:
        return [c.logit for c in cands]
    lin = np.array([c.logit for c in cands])
    context = context_features(cands, n_tokens, forest.linear_threshold)
    rows = np.arange(len(cands))
    if forest.linear_keeps:  # the trees only for the cues the linear model keeps: the rest stay unkept
        kept = _linear_kept(_cue_groups(cands), lin, forest.linear_threshold)
        rows = np.flatnonzero(kept)
        out = np.where(kept, lin, np.minimum(lin, _NONE_LOGIT))
    else:
        out = lin.copy()
    x = np.zeros((len(rows), forest.n_columns))
    x[:, : len(RERANK_NUMERIC)] = context[rows]
    columns = forest.columns
    for j, r in enumerate(rows.tolist()):
        for f in cands[r].features:
            k = columns.get(f)
            if k is not None:
                x[j, k] = 1.0
    out[rows] = lin[rows] + tree_sums(forest, x)
    return [float(v) for v in out]
