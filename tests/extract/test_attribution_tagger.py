from __future__ import annotations

from typing import Any

import numpy
from spacy.strings import get_string_id

from watchfloor.extract._attr_tagger import (
    ROWS,
    TAGGER_DIR,
    TAGGER_LABELS,
    decode,
    load_tagger,
    tag_spans,
    tagger_doc,
    token_features,
    token_scores,
)

SENTENCE = "Officials said on Tuesday that troops were returning to their bases."


def test_load_tagger_has_bio_labels() -> None:
    assert TAGGER_DIR.is_dir()
    labels = set(load_tagger().get_pipe("tagger").labels)
    assert "O" in labels
    for label in TAGGER_LABELS:
        assert {f"B-{label}", f"I-{label}"} <= labels


def test_token_features_marks_the_branch_under_a_cue(nlp: Any) -> None:
    doc = nlp(SENTENCE)
    feats = token_features(doc)
    assert feats.shape == (len(doc), len(ROWS))
    under_said = get_string_id("say|ccomp|R")
    marked = [t.text for t in doc if feats[t.i, 7] == under_said]
    assert "troops" in marked and "returning" in marked
    assert "Officials" not in marked and "Tuesday" not in marked
    # passing the text and its quotations gives the same features
    assert numpy.array_equal(feats, token_features(doc, doc.text))


def test_tagger_doc_keeps_tokens_without_parse(nlp: Any) -> None:
    doc = nlp(SENTENCE)
    bare = tagger_doc(doc)
    assert [t.text for t in bare] == [t.text for t in doc]
    assert bare.text == doc.text
    assert not bare.has_annotation("DEP")


def test_decode_bio_spans() -> None:
    labels = ("O", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT")
    best = [0, 1, 3, 4, 4, 0, 4, 4, 2]
    scores = numpy.eye(len(labels), dtype="float32")[best]
    # an I- after O, or after another label, opens a span
    assert decode(labels, scores) == [("CUE", 1, 2), ("CONTENT", 2, 5), ("CONTENT", 6, 8), ("CUE", 8, 9)]
    assert decode(labels, numpy.zeros((0, len(labels)), dtype="float32")) == []


def test_token_scores_are_probabilities(nlp: Any) -> None:
    doc = nlp(SENTENCE)
    labels, scores = token_scores(doc)
    assert scores.shape == (len(doc), len(labels))
    assert numpy.allclose(scores.sum(axis=1), 1.0, atol=1e-4)


def test_tag_spans_finds_cue_and_content(nlp: Any) -> None:
    doc = nlp(SENTENCE)
    ents_before = [(e.start, e.end, e.label_) for e in doc.ents]
    spans = tag_spans(doc)
    content = [doc[a:b].text for label, a, b in spans if label == "CONTENT"]
    cues = [doc[a:b].text for label, a, b in spans if label == "CUE"]
    assert any("troops were returning to their bases" in c for c in content), spans
    assert "said" in cues
    assert [(e.start, e.end, e.label_) for e in doc.ents] == ents_before  # the doc is left as it is


def test_attribution_tok2vec_encodes_each_token(nlp: Any) -> None:
    from watchfloor.extract._attr_tagger import attribution_tok2vec

    doc = tagger_doc(nlp(SENTENCE))
    model = attribution_tok2vec(width=16, depth=1, window_size=1)
    model.initialize(X=[doc])
    (vectors,) = model.predict([doc])
    assert vectors.shape == (len(doc), 16)
