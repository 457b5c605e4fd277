"""The learned status correction (``extract/_status_model.py``) and its trainer (issue #5, round 18, S22)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from watchfloor.extract._status_model import (
    CLASSES,
    StatusModel,
    correct,
    scores,
    status_features,
    status_model,
)
from watchfloor.extract.evidential import classify_status
from watchfloor.knowledge import read_json
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _trigger(nlp: Any, sentence: str, word: str) -> Any:
    doc = nlp(sentence)
    return next(t for t in doc if t.text == word)


def _said(text: str, content: str, cue: str) -> Statement:
    start, cue_start = text.index(content), text.index(cue)
    return Statement(
        id="s1",
        source=Span.of(text, 0, text.index(" ")),
        cue=Span.of(text, cue_start, cue_start + len(cue)),
        content=Span.of(text, start, start + len(content)),
        kind=StatementKind.DIRECT,
        speaker=Speaker(name="Lavrov"),
        sentence=Span.of(text, 0, len(text)),
    )


def test_features_name_the_rules_decision_and_the_modal_class(nlp: Any) -> None:
    token = _trigger(nlp, "Russia may attack Ukraine.", "attack")
    feats = status_features(token, None, "hypothetical", "may")
    assert {"rule=hypothetical", "why=may", "cmodal=possible", "stmt=none"} <= set(feats)
    assert "hypothetical&cmodal=possible" in feats
    assert "quoted" not in feats and "question" not in feats


def test_features_see_quotation_question_and_the_cue(nlp: Any) -> None:
    text = 'Lavrov said: "Will NATO attack Russia?"'
    token = _trigger(nlp, text, "attack")
    feats = set(status_features(token, _said(text, "Will NATO attack Russia?", "said"), "claimed", "said"))
    assert {"quoted", "question", "stmt=direct", "cue=before", "claimed&quoted"} <= feats
    assert not any(f.startswith("why=") for f in feats)  # a claimed decision's cue is the statement's


def _model(observed: float, margin: float) -> StatusModel:
    weights = {"rule=hypothetical": (0.0, 0.0, 0.0, observed)}
    return StatusModel(weights, (0.0, 0.0, 0.0, 0.0), margin, False)


def test_correct_switches_only_past_the_margin() -> None:
    feats = ["rule=hypothetical", "unknown-feature"]
    assert scores(_model(2.0, 1.0), feats) == [0.0, 0.0, 0.0, 2.0]
    assert correct(_model(2.0, 1.0), feats, "hypothetical") == "observed"
    assert correct(_model(2.0, 2.5), feats, "hypothetical") == "hypothetical"
    assert correct(_model(-2.0, 0.0), feats, "hypothetical") == "hypothetical"  # a tie keeps the rules'
    assert correct(_model(9.0, 0.0), feats, "denied") == "denied"  # outside the model's classes


def test_shipped_weights_load_and_are_off_unless_adopted() -> None:
    model = status_model()
    assert model is not None
    assert len(model.bias) == len(CLASSES)
    assert all(len(row) == len(CLASSES) for row in model.weights.values())
    assert model.margin >= 0
    figures = read_json("status_model.json")["_lobo_over_current_rules"]
    met = (
        figures["mean_accuracy_model"] - figures["mean_accuracy_rules"] >= 0.01
        and figures["mean_claimed_precision_model"] >= figures["mean_claimed_precision_rules"]
    )
    assert model.adopted is False or met  # adopted only past the bar, over the rules as they run


def test_classify_status_applies_the_model_only_when_asked(nlp: Any) -> None:
    token = _trigger(nlp, "Russia may attack Ukraine.", "attack")
    rules = classify_status(token, [])
    assert rules.status is EvidentialStatus.HYPOTHETICAL
    assert classify_status(token, [], model=_model(5.0, 1.0)).status is EvidentialStatus.OBSERVED
    assert classify_status(token, [], model=_model(0.5, 1.0)).status is EvidentialStatus.HYPOTHETICAL
    assert classify_status(token, [], model=None) == rules


@pytest.fixture(scope="module")
def trainer(load_script: Callable[[str], ModuleType]) -> ModuleType:
    return load_script("train_status_model")


def test_trainer_features_match_the_run_time_features(nlp: Any, trainer: ModuleType) -> None:
    token = _trigger(nlp, "Russia did not attack Ukraine.", "attack")
    base = [x for x in status_features(token, None, "x", None) if "&" not in x and x != "rule=x"]
    item = {"base": base}
    for status, cue in (("negated", "not"), ("observed", None), ("claimed", "said")):
        assert set(trainer.features(item, status, cue)) == set(status_features(token, None, status, cue))


def test_trainer_fit_learns_a_correction_seen_in_enough_batches(trainer: ModuleType) -> None:
    pytest.importorskip("scipy")
    wrong = [(["rule=observed", "quoted"], "claimed", b) for b in (1, 2, 3) for _ in range(5)]
    right = [(["rule=observed"], "observed", b) for b in (1, 2, 3) for _ in range(10)]
    rare = [(["rule=observed", "rare"], "negated", 1)]
    fitted = trainer.fit(wrong + right + rare, 1.0, 3)
    assert "rare" not in fitted["weights"]  # seen in one batch only
    model = StatusModel(
        {k: tuple(v) for k, v in fitted["weights"].items()}, tuple(fitted["bias"]), 0.0, False
    )
    assert correct(model, ["rule=observed", "quoted"], "observed") == "claimed"
    assert correct(model, ["rule=observed"], "observed") == "observed"


def test_setting_is_off_and_extract_events_passes_the_model_only_when_on(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watchfloor.extract.events as events
    from watchfloor.model import Article, ParsedArticle
    from watchfloor.settings import Settings

    assert Settings().status_model is False
    monkeypatch.setattr(events, "learned_status", lambda: _model(5.0, 1.0))
    text = "Russia may attack Ukraine."
    article = Article(id="t", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(text))
    off = events.extract_events(parsed, [], [], keep_filter=False)
    on = events.extract_events(parsed, [], [], keep_filter=False, status_model=True)
    assert [e.status for e in off] == [EvidentialStatus.HYPOTHETICAL]
    assert [e.status for e in on] == [EvidentialStatus.OBSERVED]
