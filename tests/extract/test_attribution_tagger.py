from __future__ import annotations

from typing import Any

import numpy
from spacy.strings import get_string_id

from watchfloor.extract._attr_tagger import (
    GOVERNOR_PRECISION,
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
# quotations, a line break, several sentences and cue verbs at several depths
ARTICLE = (
    'NATO\'s chief said the alliance "will not be intimidated", adding that talks could resume.\n'
    "According to the ministry, the convoy was stopped. Analysts warned that the claim, which the "
    'Kremlin denied, "makes no sense," and officials told reporters they expected more strikes.'
)


def _reference_features(doc: Any) -> list[tuple[int, int, int]]:
    """Columns 6, 7 and 9 of :func:`token_features` written plainly over Token objects."""
    from watchfloor.extract._attr_tagger import _cue_priors

    def cue(t: Any) -> float:
        return _cue_priors().get(t.lemma_.lower(), 0.0) if t.pos_ in ("VERB", "NOUN", "ADP") else 0.0

    def bucket(p: float) -> str:
        return next((f"<{e}" for e in (0.05, 0.1, 0.2, 0.35, 0.5, 0.7) if p < e), "high")

    def side(h: int, i: int) -> str:
        return "L" if h > i else "R" if h < i else "0"

    rows = []
    for t in doc:
        head = get_string_id(f"{t.head.lemma_.lower()}|{t.dep_.lower()}|{side(t.head.i, t.i)}")
        governor = get_string_id("-")
        node = t
        while node.head.i != node.i:  # up to the first ancestor whose lemma is cue-like
            if cue(node.head) >= GOVERNOR_PRECISION:
                g = node.head
                governor = get_string_id(f"{g.lemma_.lower()}|{node.dep_.lower()}|{side(g.i, t.i)}")
                break
            node = node.head
        tag = get_string_id(f"{t.pos_.lower()}|{bucket(cue(t)) if cue(t) > 0 else '-'}")
        rows.append((head, governor, tag))
    return rows


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


def test_token_features_match_a_plain_reading_of_the_parse(nlp: Any) -> None:
    for text in (SENTENCE, ARTICLE):
        doc = nlp(text)
        feats = token_features(doc)
        assert [tuple(row) for row in feats[:, [6, 7, 9]].tolist()] == _reference_features(doc)
        # a second call reads the memos
        assert numpy.array_equal(feats, token_features(doc))


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
    # a B- right after a span of its label opens another; an I- of another label too
    best = [1, 1, 2, 4, 0]
    assert decode(labels, numpy.eye(len(labels), dtype="float32")[best]) == [
        ("CUE", 0, 1),
        ("CUE", 1, 3),
        ("CONTENT", 3, 4),
    ]
    # the labels' order does not matter
    shuffled = ("I-CONTENT", "B-CUE", "O", "I-CUE", "B-CONTENT")
    best = [2, 4, 0, 0, 1, 3, 3, 2]
    assert decode(shuffled, numpy.eye(len(shuffled), dtype="float32")[best]) == [
        ("CONTENT", 1, 4),
        ("CUE", 4, 7),
    ]


def test_token_scores_are_probabilities(nlp: Any) -> None:
    doc = nlp(SENTENCE)
    labels, scores = token_scores(doc)
    assert scores.shape == (len(doc), len(labels))
    assert numpy.allclose(scores.sum(axis=1), 1.0, atol=1e-4)


def test_token_scores_agree_with_the_thinc_model(nlp: Any) -> None:
    """The plain-array network gives the component's own scores (the same sums in another order)."""
    from watchfloor.extract._attr_tagger import _FEATURES, _Features

    model = load_tagger().get_pipe("tagger").model
    for text in (SENTENCE, ARTICLE):
        doc = nlp(text)
        labels, scores = token_scores(doc)
        logits = model.ops.to_numpy(model.predict([_Features(user_data={_FEATURES: token_features(doc)})])[0])
        expected = numpy.exp(logits - logits.max(axis=1, keepdims=True))
        expected /= expected.sum(axis=1, keepdims=True)
        assert numpy.allclose(scores, expected, atol=1e-5)
        assert numpy.array_equal(scores.argmax(axis=1), expected.argmax(axis=1))
        assert decode(labels, scores) == decode(labels, expected)


def test_token_scores_of_an_empty_doc(nlp: Any) -> None:
    labels, scores = token_scores(nlp(""))
    assert scores.shape == (0, len(labels))


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
