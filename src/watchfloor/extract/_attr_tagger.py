"""A trained span tagger for attributions: CONTENT, CUE and SOURCE spans over a parsed doc.

A spaCy ``tagger`` component (a softmax over BIO labels, with its own small CNN token encoder) fitted on
PolNeAR train by ``scripts/train_attribution_tagger.py``; its weights are package data in
``knowledge/attribution_tagger/``. It reads the parse the pipeline already made: besides the
usual lexical attributes (norm, prefix, suffix, shape) each token is embedded with its tag and
dependency label, its head's lemma, the nearest cue-like ancestor (a verb of the mined cue table,
``knowledge/attribution_cues.tsv``, with the relation of the branch the token lies on), whether
it lies inside a quotation, and how cue-like its own lemma is. A discontinuous content is tagged
as one span per fragment. The pipeline's doc is left as it is: at run time the component's
weights are read once into plain arrays (:class:`_Network`) that score a doc's feature rows in one
pass, no Doc copy and no thinc layers on the way.
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
from thinc.api import NumpyOps

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


_OPS: Final = NumpyOps()
_QUOTE_CODES: Final = tuple(int(get_string_id(f"q{k >> 2}|s{(k >> 1) & 1}|n{k & 1}")) for k in range(8))
_NO_GOVERNOR: Final = int(get_string_id("-"))
_BUCKET_EDGES: Final = (0.05, 0.1, 0.2, 0.35, 0.5, 0.7)
_BUCKETS: Final = ("-", *(f"<{edge}" for edge in _BUCKET_EDGES), "high")  # "-": not cue-like at all
_CUE_POS: Final = (int(symbols.VERB), int(symbols.NOUN), int(symbols.ADP))
_SIDES: Final = ("L", "R", "0")
# hashed combinations and lemma priors seen so far, keyed by spaCy string hashes (the same in any
# vocab); each memo is emptied when it outgrows this
_MEMO_LIMIT: Final = 1 << 17
_Memo = dict[tuple[int, ...], int]
_HEAD_MEMO: Final[_Memo] = {}
_GOVERNOR_MEMO: Final[_Memo] = {}
_TAG_MEMO: Final[_Memo] = {}
_PRIOR_MEMO: Final[dict[int, float]] = {}


def _joined(memo: _Memo, strings: Any, parts: Sequence[tuple[Any, Any, Sequence[str] | None]]) -> Any:
    """Per row, the hash of its parts' names joined by ``|``. A part is ``(index, ids, names)``:
    per row an index into ``ids``, which are spaCy string hashes (named by ``strings``,
    lowercased) when ``names`` is None, else positions in ``names``. Each distinct combination is
    looked up once per call and hashed once per process (``memo``)."""
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    code = numpy.zeros(len(parts[0][0]), dtype="int64")
    for index, ids, _ in parts:
        code = code * len(ids) + index
    _, first, inverse = numpy.unique(code, return_index=True, return_inverse=True)
    keys = zip(*(numpy.asarray(ids)[index[first]].tolist() for index, ids, _ in parts), strict=True)
    hashes: list[int] = []
    for key in keys:
        h = memo.get(key)
        if h is None:
            words = [
                strings[k].lower() if names is None else names[k]
                for k, (_, _, names) in zip(key, parts, strict=True)
            ]
            h = memo[key] = int(get_string_id("|".join(words)))
        hashes.append(h)
    return numpy.asarray(hashes, dtype="uint64")[inverse.reshape(-1)]


def _priors_of(lemmas: Any, strings: Any) -> Any:
    """:func:`_cue_priors` of each of ``lemmas`` (spaCy string hashes), 0 for a lemma it lacks."""
    if len(_PRIOR_MEMO) > _MEMO_LIMIT:
        _PRIOR_MEMO.clear()
    priors = _cue_priors()
    out: list[float] = []
    for h in lemmas.tolist():
        p = _PRIOR_MEMO.get(h)
        if p is None:
            p = _PRIOR_MEMO[h] = priors.get(strings[h].lower(), 0.0)
        out.append(p)
    return numpy.asarray(out, dtype="float64")


def _governors(heads: Any, cue_head: Any) -> Any:
    """Per token, the nearest ancestor-or-self ``t`` that is the root or whose head is cue-like
    (``cue_head``): its head is then the token's governor (none for the root). Pointer jumping:
    each step doubles the distance every unresolved token looks up."""
    n = len(heads)
    arange = numpy.arange(n, dtype="int64")
    ptr = numpy.where((heads == arange) | cue_head, arange, heads)
    for _ in range(n.bit_length() + 1):
        nxt = ptr[ptr]
        if numpy.array_equal(nxt, ptr):
            break
        ptr = nxt
    return ptr


def token_features(
    doc: Any, text: str | None = None, quotes: Quotes | None = None
) -> numpy.ndarray[Any, numpy.dtype[numpy.uint64]]:
    """One row of hashed features per token (columns as in :data:`ROWS`); ``text`` (``doc.text``)
    and its ``quotes`` may be passed when the caller has them."""
    n = len(doc)
    out = numpy.zeros((n, len(ROWS)), dtype="uint64")
    if n == 0:
        return out
    lexical = len(_LEXICAL)
    arr = doc.to_array([*_LEXICAL, HEAD, LEMMA, POS, SENT_START, IDX])
    out[:, :lexical] = arr[:, :lexical]
    dep_h = arr[:, _LEXICAL.index(DEP)]
    rel, lemma_h, pos_h, starts, idx = arr[:, lexical:].T
    arange = numpy.arange(n, dtype="int64")
    heads = arange + rel.astype("int64")
    strings = doc.vocab.strings
    # lemmas, dependencies and coarse tags as indices into their distinct values
    lemma_u, lemma_i = numpy.unique(lemma_h, return_inverse=True)
    dep_u, dep_i = numpy.unique(dep_h, return_inverse=True)
    pos_u, pos_i = numpy.unique(pos_h, return_inverse=True)
    lemma_i, dep_i, pos_i = lemma_i.reshape(-1), dep_i.reshape(-1), pos_i.reshape(-1)
    # how cue-like each token's lemma is (only verbs, nouns and adpositions count)
    is_cue_pos = numpy.isin(pos_h, numpy.asarray(_CUE_POS, dtype="uint64"))
    cue = numpy.where(is_cue_pos, _priors_of(lemma_u, strings)[lemma_i], 0.0)
    sides = numpy.arange(len(_SIDES))
    # column 6: the head's lemma, the token's dependency and the side the head lies on
    side = numpy.where(heads > arange, 0, numpy.where(heads < arange, 1, 2))
    out[:, 6] = _joined(
        _HEAD_MEMO, strings, [(lemma_i[heads], lemma_u, None), (dep_i, dep_u, None), (side, sides, _SIDES)]
    )
    # column 7: the nearest cue-like ancestor, with the dependency of the branch below it
    top = _governors(heads, cue[heads] >= GOVERNOR_PRECISION)
    gov = heads[top]
    has = gov != top  # the root has no governor
    col7 = numpy.full(n, _NO_GOVERNOR, dtype="uint64")
    if has.any():
        g = gov[has]
        side = (g < arange[has]).astype("int64")
        col7[has] = _joined(
            _GOVERNOR_MEMO,
            strings,
            [(lemma_i[g], lemma_u, None), (dep_i[top[has]], dep_u, None), (side, sides, _SIDES)],
        )
    out[:, 7] = col7
    # column 9: the coarse tag with the cue-likeness bucket
    bucket = numpy.where(cue > 0, numpy.searchsorted(_BUCKET_EDGES, cue, side="right") + 1, 0)
    out[:, 9] = _joined(
        _TAG_MEMO, strings, [(pos_i, pos_u, None), (bucket, numpy.arange(len(_BUCKETS)), _BUCKETS)]
    )
    # column 8: quotation, sentence start and line break after the token: one of 8 codes
    if text is None:
        text = doc.text
    if quotes is None:
        quotes = find_quotes(text)
    starts_at = idx.astype("int64")
    ends_at = numpy.append(starts_at[1:], len(text))
    mask = numpy.frombuffer(quotes.mask, dtype="uint8") if len(quotes.mask) else numpy.zeros(1, dtype="uint8")
    inside = mask[numpy.minimum(starts_at, len(mask) - 1)] == 1
    chars = numpy.frombuffer(text.encode("utf-32-le"), dtype="uint32")
    breaks = numpy.concatenate(([0], numpy.cumsum(chars == 10)))
    after = breaks[ends_at] - breaks[starts_at] > 0
    code = inside.astype("int64") * 4 + (starts == 1) * 2 + after
    out[:, 8] = numpy.asarray(_QUOTE_CODES, dtype="uint64")[code]
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


def _pieces_first(weights: Any, bias: Any) -> tuple[Any, Any]:
    """A maxout layer's ``W`` (out × pieces × in) and ``b`` (out × pieces) as one matrix
    (in × pieces·out) and bias whose outputs run piece by piece, so the max over pieces is taken over
    contiguous column blocks."""
    n_out, n_pieces, n_in = weights.shape
    matrix = numpy.ascontiguousarray(weights.transpose(1, 0, 2).reshape(n_out * n_pieces, n_in).T)
    return matrix, numpy.ascontiguousarray(bias.T.reshape(-1))


def _maxout(pre: Any, width: int) -> Any:
    """The max over the contiguous blocks of ``width`` columns of ``pre`` (see :func:`_pieces_first`)."""
    best = pre[:, :width].copy()
    for k in range(width, pre.shape[1], width):
        numpy.maximum(best, pre[:, k : k + width], out=best)
    return best


def _layer_norm(x: Any, gain: Any, bias: Any) -> Any:
    """thinc's ``LayerNorm``: each row to mean 0 and variance 1 (plus 1e-8), then scaled and shifted."""
    out = x - x.mean(axis=1, keepdims=True)
    var = numpy.einsum("ij,ij->i", out, out)[:, None]
    var /= x.shape[1]
    var += 1e-08
    out *= var ** (-1.0 / 2.0)
    out *= gain
    out += bias
    return out


@dataclass(frozen=True, slots=True)
class _Network:
    """The tagger's network (:func:`attribution_tok2vec`, then the output layer) as plain arrays,
    run on one doc's :func:`token_features` at once without thinc's per-layer bookkeeping. The
    embedding tables are folded into the mixing layer: each table row is stored already multiplied
    by that layer's weights for its column, so the embeddings and the mixing product are sums of
    rows (the same sums in another order: scores agree to ~1e-6)."""

    columns: tuple[tuple[int, int, int, int], ...]  # per embedding: feature column, seed, rows, offset
    mixed: Any  # all tables' rows × mixing layer outputs (pieces first)
    mix_bias: Any
    mix_norm: tuple[Any, Any]
    width: int
    window: int
    convolutions: tuple[tuple[Any, Any, Any, Any], ...]  # per layer: matrix, bias, norm gain, norm bias
    output: tuple[Any, Any]  # matrix (width × labels), bias

    @classmethod
    def of(cls, model: Any) -> _Network:
        """The arrays of a loaded tagger component's ``model``."""
        nodes = list(model.walk())
        embeds = sorted((n for n in nodes if n.name == "hashembed"), key=lambda n: n.attrs["column"])
        # the convolution layers: each a residual around one window, maxout and norm (the chain of
        # them is named "residual(...)>>residual(...)..." too)
        blocks = [n for n in nodes if n.name.startswith("residual(") and len(n.layers) == 1]
        in_blocks = {id(m) for block in blocks for m in block.walk()}
        (mix,) = [n for n in nodes if n.name == "maxout" and id(n) not in in_blocks]
        (mix_norm,) = [n for n in nodes if n.name == "layernorm" and id(n) not in in_blocks]
        (softmax,) = [n for n in nodes if n.name == "softmax"]
        weights = mix.get_param("W")  # width × pieces × (columns · embedding width)
        width, pieces, _ = weights.shape
        columns: list[tuple[int, int, int, int]] = []
        tables: list[Any] = []
        offset = 0
        for k, embed in enumerate(embeds):
            table = embed.get_param("E")
            dim = table.shape[1]
            part = weights[:, :, k * dim : (k + 1) * dim].transpose(1, 0, 2).reshape(width * pieces, dim)
            tables.append((table.astype("float64") @ part.T.astype("float64")).astype("float32"))
            columns.append((int(embed.attrs["column"]), int(embed.attrs["seed"]), table.shape[0], offset))
            offset += table.shape[0]
        convolutions: list[tuple[Any, Any, Any, Any]] = []
        windows: set[int] = set()
        for block in blocks:
            inner = list(block.walk())
            windows |= {int(n.attrs["window_size"]) for n in inner if n.name == "expand_window"}
            (maxout,) = [n for n in inner if n.name == "maxout"]
            (norm,) = [n for n in inner if n.name == "layernorm"]
            matrix, bias = _pieces_first(maxout.get_param("W"), maxout.get_param("b"))
            convolutions.append((matrix, bias, norm.get_param("G"), norm.get_param("b")))
        (window,) = windows
        return cls(
            columns=tuple(columns),
            mixed=numpy.ascontiguousarray(numpy.vstack(tables)),
            mix_bias=numpy.ascontiguousarray(mix.get_param("b").T.reshape(-1)),
            mix_norm=(mix_norm.get_param("G"), mix_norm.get_param("b")),
            width=width,
            window=window,
            convolutions=tuple(convolutions),
            output=(numpy.ascontiguousarray(softmax.get_param("W").T), softmax.get_param("b")),
        )

    def logits(self, features: Any) -> Any:
        """Per token, the output layer's scores before the softmax (``features`` as
        :func:`token_features` gives them, at least one row)."""
        ops = _OPS
        # each distinct value of a column is embedded once: its four hashed rows summed
        pre = numpy.zeros((len(features), self.mixed.shape[1]), dtype="float32")
        for col, seed, rows, offset in self.columns:
            values, inverse = numpy.unique(features[:, col], return_inverse=True)
            keys = ops.hash(values, seed) % rows + numpy.uint32(offset)
            vectors = self.mixed[keys[:, 0]]
            for k in range(1, keys.shape[1]):
                vectors += self.mixed[keys[:, k]]
            pre += vectors[inverse.reshape(-1)]
        pre += self.mix_bias
        x = _layer_norm(_maxout(pre, self.width), *self.mix_norm)
        for matrix, bias, gain, shift in self.convolutions:
            pre = ops.seq2col(x, self.window) @ matrix
            pre += bias
            x = x + _layer_norm(_maxout(pre, self.width), gain, shift)
        matrix, bias = self.output
        out = x @ matrix
        out += bias
        return out


@functools.cache
def _network() -> _Network:
    return _Network.of(load_tagger().get_pipe("tagger").model)


def token_scores(
    doc: Any, text: str | None = None, quotes: Quotes | None = None
) -> tuple[tuple[str, ...], Any]:
    """(labels, scores): the tagger's probability of each label (``O``, ``B-CONTENT``,
    ``I-CONTENT``, ...) for each token of a parsed doc, a ``len(doc) × len(labels)`` array;
    ``text`` and ``quotes`` as for :func:`token_features`."""
    labels = tuple(load_tagger().get_pipe("tagger").labels)
    if len(doc) == 0:
        return labels, numpy.zeros((0, len(labels)), dtype="float32")
    logits = _network().logits(token_features(doc, text, quotes))
    # the component was built without its softmax (``normalize = false``): apply it here
    shifted = numpy.exp(logits - logits.max(axis=1, keepdims=True))
    return labels, shifted / shifted.sum(axis=1, keepdims=True)


def decode(labels: Sequence[str], scores: Any) -> list[tuple[str, int, int]]:
    """Spans ``(label, first token, end token)`` from per-token BIO scores: each token takes its
    best label; an ``I-`` after a different label opens a span like a ``B-``."""
    if not len(scores):
        return []
    names: list[str] = [""]  # per tag, its span label's position here (0: outside any span)
    label_of: list[int] = []
    inside: list[bool] = []  # whether the tag is an I- tag
    for tag in labels:
        kind, _, label = tag.partition("-")
        if kind not in ("B", "I"):
            label_of.append(0)
        else:
            if label not in names:
                names.append(label)
            label_of.append(names.index(label))
        inside.append(kind == "I")
    best = scores.argmax(axis=1)
    lab = numpy.asarray(label_of, dtype="int64")[best]
    # a token continues the span before it when it is I- of the same label
    cont = numpy.asarray(inside, dtype=bool)[best]
    cont[1:] &= (lab[1:] == lab[:-1]) & (lab[:-1] != 0)
    cont[0] = False
    in_span = lab != 0
    starts = numpy.flatnonzero(in_span & ~cont)
    after = numpy.append(~cont[1:], True)  # the next token opens nothing it shares
    ends = numpy.flatnonzero(in_span & after) + 1
    return [
        (names[k], a, b) for k, a, b in zip(lab[starts].tolist(), starts.tolist(), ends.tolist(), strict=True)
    ]


def tag_spans(doc: Any) -> list[tuple[str, int, int]]:
    """(label, first token, end token) of every span the tagger finds in a parsed doc; the doc
    itself is left as it is."""
    labels, scores = token_scores(doc)
    return decode(labels, scores)
