"""The edge refiner of attribution contents (``_attr_edges``) and its trainer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from watchfloor.extract import _attr_edges
from watchfloor.extract._attr_edges import edge_kinds, edge_variants, edge_weights, refine_edges
from watchfloor.extract._quotes import find_quotes

# "Smith said that the plan failed badly on Tuesday ."
WORDS = ["Smith", "said", "that", "the", "plan", "failed", "badly", "on", "Tuesday", "."]
HEADS = [1, 1, 5, 4, 5, 1, 5, 5, 7, 1]
DEPS = ["nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "advmod", "prep", "pobj", "punct"]
POS = ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "ADV", "ADP", "PROPN", "PUNCT"]
TAGS = ["NNP", "VBD", "IN", "DT", "NN", "VBD", "RB", "IN", "NNP", "."]
LEMMAS = ["Smith", "say", "that", "the", "plan", "fail", "badly", "on", "Tuesday", "."]


@pytest.fixture(scope="module")
def doc() -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS)


def _chars(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """The character range of tokens ``i..j`` (inclusive)."""
    return doc[i].idx, doc[j].idx + len(doc[j].text)


@pytest.fixture()
def weights(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, float]]:
    table: dict[str, float] = {}
    monkeypatch.setattr(_attr_edges, "edge_weights", lambda: table)
    _attr_edges.edge_kinds.cache_clear()
    yield table
    _attr_edges.edge_kinds.cache_clear()


def test_edge_variants_cut_trailing_phrase(doc: Doc) -> None:
    frags = [_chars(doc, 3, 8)]  # "the plan failed badly on Tuesday"
    variants = {v.kind: v for v in edge_variants(doc[1], "ccomp", frags, find_quotes(doc.text))}
    cut = variants["e-cut:prep"]
    assert doc.text[cut.frags[0][0] : cut.frags[-1][1]] == "the plan failed badly"
    assert "e-cut:prep" in cut.features and "e-cut|hd=prep|hh=ccomp" in cut.features
    assert "e-cut|cue=say" in cut.features
    drop = variants["s-drop:det"]  # "the" begins the content: dropping it is a variant too
    assert doc.text[drop.frags[0][0] : drop.frags[-1][1]] == "plan failed badly on Tuesday"


def test_edge_variants_spans_stay_in_text(doc: Doc) -> None:
    text = doc.text
    for v in edge_variants(doc[1], "ccomp", [_chars(doc, 3, 8)], find_quotes(text)):
        s, e = v.frags[0][0], v.frags[-1][1]
        assert 0 <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert (s, e) != _chars(doc, 3, 8)


def test_edge_variants_never_take_in_blocked(doc: Doc) -> None:
    quotes = find_quotes(doc.text)
    frags = [_chars(doc, 3, 8)]
    free = edge_variants(doc[1], "ccomp", frags, quotes)
    assert any(v.frags[0][0] < frags[0][0] for v in free)  # back over "that"
    blocked = edge_variants(doc[1], "ccomp", frags, quotes, blocked=[doc[2].idx])
    assert all(v.frags[0][0] >= frags[0][0] for v in blocked)


def test_refine_edges_takes_best_variant_above_margin(doc: Doc, weights: dict[str, float]) -> None:
    quotes = find_quotes(doc.text)
    frags = [_chars(doc, 3, 8)]
    assert refine_edges(doc[1], "ccomp", frags, quotes) == frags  # no model: unchanged
    weights["e-cut:prep"] = 2.0
    assert refine_edges(doc[1], "ccomp", frags, quotes) == [_chars(doc, 3, 6)]
    weights["@margin"] = 3.0  # the variant no longer beats keeping the span
    assert refine_edges(doc[1], "ccomp", frags, quotes) == frags
    weights["@margin"] = 0.0
    weights["e-cut:prep"] = -1.0
    assert refine_edges(doc[1], "ccomp", frags, quotes) == frags


def test_edge_variants_kinds_filter_keeps_spans_apart(doc: Doc) -> None:
    quotes = find_quotes(doc.text)
    frags = [_chars(doc, 3, 8)]
    every = edge_variants(doc[1], "ccomp", frags, quotes)
    only = edge_variants(doc[1], "ccomp", frags, quotes, kinds={"e-cut:prep"})
    assert [v.kind for v in only] == ["e-cut:prep"]
    assert only[0] == next(v for v in every if v.kind == "e-cut:prep")


def test_refine_edges_scores_only_listed_kinds(doc: Doc, weights: dict[str, float]) -> None:
    quotes = find_quotes(doc.text)
    frags = [_chars(doc, 3, 8)]
    weights["e-cut:prep"] = 2.0
    weights["@kind=s-drop:det"] = 1.0  # the model never chose a cut: it is not scored
    assert edge_kinds() == frozenset({"s-drop:det"})
    assert refine_edges(doc[1], "ccomp", frags, quotes) == frags
    weights["@kind=e-cut:prep"] = 3.0
    edge_kinds.cache_clear()
    assert refine_edges(doc[1], "ccomp", frags, quotes) == [_chars(doc, 3, 6)]


def test_edge_weights_shipped_file_loads() -> None:
    w = edge_weights()
    assert w, "knowledge/attribution_edges.tsv is missing or empty"
    assert "@margin" in w and all(isinstance(v, float) for v in w.values())
    kinds = edge_kinds()
    assert kinds and all(k.split(":")[0] in _FAMILIES for k in kinds)


_FAMILIES = {"s-drop", "s-into", "s-ext1", "s-ext", "e-ext-mark", "e-cut", "e-ext"}


def _example(right: int, exact: bool) -> Any:
    # two variants: the first carries "a", the second "b"; ``right`` is the variant equal to gold
    return ([["k", "a"], ["k", "b"]], right, exact, ["x:a", "x:b"])


def test_trainer_fit_learns_the_right_variant(load_script: Callable[[str], ModuleType]) -> None:
    t = load_script("train_attribution_edges")
    rows = [_example(1, False) for _ in range(20)] + [_example(-1, True) for _ in range(10)]
    vocab = t._vocabulary(rows, 1)
    w = t._fit(rows, vocab, 0.1)
    assert w[vocab["b"]] > w[vocab["a"]]
    gain = t._gain(rows, vocab, w)
    fixed, broken = gain[t.MARGINS.index(0.0)]
    assert fixed == 20 and broken == 10  # one model for all: every content moves
    w2 = t._fit([_example(-1, True) for _ in range(20)], vocab, 0.1)
    assert list(t._gain([_example(-1, True)], vocab, w2)[0]) == [0, 0]  # learns to keep


def test_extract_statements_edges_follow_the_setting(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import watchfloor.extract.attribution as attribution
    from watchfloor.extract import extract
    from watchfloor.model import Article, ParsedArticle
    from watchfloor.settings import Settings

    calls: list[str] = []

    def cutting(
        verb: Any, rel: str, frags: Any, quotes: Any, blocked: Any = ()
    ) -> list[tuple[int, int]]:  # every content loses its last character
        calls.append(rel)
        return [*frags[:-1], (frags[-1][0], frags[-1][1] - 1)]

    monkeypatch.setattr(attribution, "refine_edges", cutting)
    text = "Officials said on Tuesday that troops were returning to their bases after the drills."
    parsed = ParsedArticle(article=Article(id="a", text=text, body=((0, len(text)),)), doc=nlp(text))
    moved = attribution.extract_statements(parsed, ())
    assert calls
    unmoved = attribution.extract_statements(parsed, (), edges=False)
    assert len(calls) == len(moved)
    assert [s.content.end for s in moved] == [s.content.end - 1 for s in unmoved]
    assert all(text[s.content.start : s.content.end] == s.content.text for s in moved)
    extract(parsed, Settings(attribution_edges=False))
    assert len(calls) == len(moved)
    extract(parsed, Settings())
    assert len(calls) == 2 * len(moved)
