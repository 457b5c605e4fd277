"""A trained span tagger for attributions: CONTENT, CUE and SOURCE spans over a parsed doc.

A spaCy ``tagger`` component (a softmax over BIO labels, with its own small CNN token encoder) fitted on
PolNeAR train by ``scripts/train_attribution_tagger.py``; its weights are package data in
``knowledge/attribution_tagger/``. It reads the parse the pipeline already made: besides the
usual lexical attributes (norm, prefix, suffix, shape) each token is embedded with its tag and
dependency label, its head's lemma, the nearest cue-like ancestor (a verb of the mined cue table,
``knowledge/attribution_cues.tsv``, with the relation of the branch the token lies on), whether
it lies inside a quotation, and how cue-like its own lemma is. A discontinuous content is tagged
as one span per fragment. The component runs on a copy of the doc, so the pipeline's own
entities stay as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy
from spacy import symbols
from spacy.attrs import DEP, HEAD, IDX, LEMMA, NORM, ORTH, POS, PREFIX, SENT_START, SHAPE, SPACY, SUFFIX, TAG
from spacy.strings import get_string_id
from spacy.util import registry

from ._attr_model import cue_relations
from ._quotes import Quotes, find_quotes

__all__ = [
    "TAGGER_DIR",
    "TAGGER_LABELS",
    "decode",
    "load_tagger",
    "tag_spans",
    "tagger_doc",
    "token_features",
    "token_scores",
]

TAGGER_DIR: Final = Path(__file__).resolve().parents[1] / "knowledge" / "attribution_tagger"
TAGGER_LABELS: Final = ("CONTENT", "CUE", "SOURCE")
# a lemma this often a cue (the mined table's precision over all its uses) marks its subtree
GOVERNOR_PRECISION: Final = 0.1
_LEXICAL: Final = (NORM, PREFIX, SUFFIX, SHAPE, TAG, DEP)
# hash-embedding rows per feature column: the lexical ones, then head, governor, quote, cue-ness
ROWS: Final = (3000, 1000, 2000, 500, 100, 100, 2000, 2000, 50, 50)
_FEATURES: Final = "watchfloor.attribution_features"


@functools.cache
def _cue_priors() -> dict[str, float]:
    """Cue lemma → the share of its uses that are cues (the mined table's ``any`` row, seen as a
    cue at least twice)."""
    return {
        lemma: rels["any"][1]
        for lemma, rels in cue_relations().items()
        if "any" in rels and rels["any"][0] >= 2
    }


def _bucket(p: float) -> str:
    for edge in (0.05, 0.1, 0.2, 0.35, 0.5, 0.7):
        if p < edge:
            return f"<{edge}"
    return "high"


@functools.lru_cache(maxsize=65536)
def _hash(feature: str) -> int:
    return int(get_string_id(feature))


_QUOTE_CODES: Final = tuple(int(get_string_id(f"q{k >> 2}|s{(k >> 1) & 1}|n{k & 1}")) for k in range(8))


@functools.lru_cache(maxsize=65536)
def _feature(*parts: str) -> int:
    """The hash of ``parts`` joined by ``|``."""
    return int(get_string_id("|".join(parts)))


def token_features(
    doc: Any, text: str | None = None, quotes: Quotes | None = None
) -> numpy.ndarray[Any, numpy.dtype[numpy.uint64]]:
    """One row of hashed features per token (columns as in :data:`ROWS`); ``text`` (``doc.text``)
    and its ``quotes`` may be passed when the caller has them."""
    n = len(doc)
    out = numpy.zeros((n, len(ROWS)), dtype="uint64")
    if n == 0:
        return out
    out[:, : len(_LEXICAL)] = doc.to_array(list(_LEXICAL))
    strings = doc.vocab.strings
    rel, dep_h, lemma_h, pos_h, starts, idx = doc.to_array([HEAD, DEP, LEMMA, POS, SENT_START, IDX]).T
    heads = (numpy.arange(n, dtype="int64") + rel.astype("int64")).tolist()
    names: dict[int, str] = {}

    def name(h: int) -> str:
        v = names.get(h)
        if v is None:
            v = names[h] = strings[h].lower()
        return v

    lemmas = [name(h) for h in lemma_h.tolist()]
    deps = [name(h) for h in dep_h.tolist()]
    priors = _cue_priors()
    cue_pos = {int(symbols.VERB), int(symbols.NOUN), int(symbols.ADP)}
    pos_ids = pos_h.tolist()
    cue = [priors.get(lem, 0.0) if p in cue_pos else 0.0 for lem, p in zip(lemmas, pos_ids, strict=True)]
    if text is None:
        text = doc.text
    if quotes is None:
        quotes = find_quotes(text)
    offsets = [*idx.tolist(), len(text)]
    sent_start = starts.tolist()
    pos_names = [name(h) for h in pos_ids]
    # the nearest cue-like ancestor of each token, and the dependency of the branch below it:
    # every token on the path up to that ancestor shares it
    gov: list[tuple[int, str] | None] = [None] * n
    for i in range(n):
        if gov[i] is not None:
            continue
        path = [i]
        j = i
        res: tuple[int, str] = (-1, "-")
        for _ in range(n):
            h = heads[j]
            if h == j:
                break
            if cue[h] >= GOVERNOR_PRECISION:
                res = (h, deps[j])
                break
            known = gov[h]
            if known is not None:
                res = known
                break
            path.append(h)
            j = h
        for k in path:
            gov[k] = res
    col6: list[int] = []
    col7: list[int] = []
    col9: list[int] = []
    minus = _hash("-")
    for i in range(n):
        h = heads[i]
        col6.append(_feature(lemmas[h], deps[i], "L" if h > i else "R" if h < i else "0"))
        g, gdep = gov[i] or (-1, "-")
        col7.append(_feature(lemmas[g], gdep, "L" if g > i else "R") if g >= 0 else minus)
        col9.append(_feature(pos_names[i], _bucket(cue[i]) if cue[i] > 0 else "-"))
    # quotation, sentence start and line break after the token: one of 8 codes per token
    starts_at = numpy.asarray(offsets[:-1], dtype="int64")
    mask = numpy.frombuffer(quotes.mask, dtype="uint8") if len(quotes.mask) else numpy.zeros(1, dtype="uint8")
    inside = mask[numpy.minimum(starts_at, len(mask) - 1)] == 1
    chars = numpy.frombuffer(text.encode("utf-32-le"), dtype="uint32")
    breaks = numpy.concatenate(([0], numpy.cumsum(chars == 10)))
    after = breaks[numpy.asarray(offsets[1:], dtype="int64")] - breaks[starts_at] > 0
    code = inside.astype("int64") * 4 + (numpy.asarray(sent_start) == 1) * 2 + after
    out[:, 8] = numpy.asarray(_QUOTE_CODES, dtype="uint64")[code]
    out[:, 6] = col6
    out[:, 7] = col7
    out[:, 9] = col9
    return out


def tagger_doc(doc: Any) -> Any:
    """The doc the tagger reads: the same tokens without parse or entities (spaCy's entity
    recogniser never lets a span cross a sentence boundary, and a quotation often runs over
    several), carrying the features of the parsed doc (:func:`token_features`)."""
    from spacy.tokens import Doc

    strings = doc.vocab.strings
    orth, space = doc.to_array([ORTH, SPACY]).T.tolist()
    out = Doc(doc.vocab, words=[strings[h] for h in orth], spaces=[bool(v) for v in space])
    out.user_data[_FEATURES] = token_features(doc)
    return out


def _extract_forward(model: Any, docs: list[Any], is_train: bool) -> tuple[list[Any], Callable[..., Any]]:
    arrays = [model.ops.asarray2i(doc.user_data[_FEATURES], dtype="uint64") for doc in docs]
    return arrays, lambda d_features: []


def attribution_tok2vec(width: int, depth: int, window_size: int) -> Any:
    """The tagger's token encoder: hash embeddings of :func:`token_features`, mixed by a maxout
    layer, then a CNN of ``depth`` layers over ``window_size`` tokens each side."""
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder
    from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array

    embeds: list[Any] = [
        HashEmbed(width, rows, column=k, seed=k + 11, dropout=0.0) for k, rows in enumerate(ROWS)
    ]
    mix: Any = chain(
        concatenate(*embeds), Maxout(width, width * len(ROWS), nP=2, dropout=0.0, normalize=True)
    )
    extract: Any = Model("attribution_features", _extract_forward)
    embed: Any = chain(extract, list2ragged(), with_array(mix), ragged2list())
    encode = MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=3, depth=depth)
    model: Any = chain(embed, with_array(encode))  # type: ignore[type-var]
    model.set_dim("nO", width)
    return model


registry.architectures.register("watchfloor.AttributionTok2Vec.v1", func=attribution_tok2vec)


@functools.cache
def load_tagger() -> Any:
    """The shipped tagger (a spaCy pipeline holding one ``tagger`` component), loaded once."""
    import spacy

    return spacy.load(TAGGER_DIR)


@dataclass(frozen=True, slots=True)
class _Features:
    """All the encoder reads of a doc (:func:`_extract_forward`): no need to build a Doc."""

    user_data: dict[str, Any]


def token_scores(
    doc: Any, text: str | None = None, quotes: Quotes | None = None
) -> tuple[tuple[str, ...], Any]:
    """(labels, scores): the tagger's probability of each label (``O``, ``B-CONTENT``,
    ``I-CONTENT``, ...) for each token of a parsed doc, a ``len(doc) × len(labels)`` array;
    ``text`` and ``quotes`` as for :func:`token_features`."""
    tagger = load_tagger().get_pipe("tagger")
    if len(doc) == 0:
        return tuple(tagger.labels), numpy.zeros((0, len(tagger.labels)), dtype="float32")
    bare = _Features(user_data={_FEATURES: token_features(doc, text, quotes)})
    logits = tagger.model.ops.to_numpy(tagger.model.predict([bare])[0])
    # the component was built without its softmax (``normalize = false``): apply it here
    shifted = numpy.exp(logits - logits.max(axis=1, keepdims=True))
    return tuple(tagger.labels), shifted / shifted.sum(axis=1, keepdims=True)


def decode(labels: Sequence[str], scores: Any) -> list[tuple[str, int, int]]:
    """Spans ``(label, first token, end token)`` from per-token BIO scores: each token takes its
    best label; an ``I-`` after a different label opens a span like a ``B-``."""
    best = scores.argmax(axis=1).tolist() if len(scores) else []
    out: list[tuple[str, int, int]] = []
    cur: str | None = None
    start = 0
    for i, k in enumerate(best):
        tag = labels[k]
        kind, _, label = tag.partition("-")
        if cur is not None and (kind != "I" or label != cur):
            out.append((cur, start, i))
            cur = None
        if kind in ("B", "I") and cur is None:
            cur, start = label, i
    if cur is not None:
        out.append((cur, start, len(best)))
    return out


def tag_spans(doc: Any) -> list[tuple[str, int, int]]:
    """(label, first token, end token) of every span the tagger finds in a parsed doc; the doc
    itself is left as it is."""
    labels, scores = token_scores(doc)
    return decode(labels, scores)
