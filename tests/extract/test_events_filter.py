"""The events keep/drop model (``knowledge/event_keep_model.tsv``): its features, its cut, and that
``extract_events`` applies it. Sentences written by the team."""

from __future__ import annotations

import math
from typing import Any

import pytest

from watchfloor.extract import events
from watchfloor.extract.events import code_sentence, extract_events
from watchfloor.extract.evidential import classify_status
from watchfloor.model import Actor, Article, ParsedArticle


def _features(nlp: Any, sentence: str, word: str, actor1: Actor | None = None) -> list[str]:
    sent = next(iter(nlp(sentence).sents))
    entry = next(e for e in code_sentence(sent) if e.token.text == word)
    decision = classify_status(entry.token, [], intent=entry.intent, refusal=entry.refusal)
    return events._keep_features(entry, sent, sentence, actor1, None, decision)


def test_actor_kind_tells_a_named_country_from_a_guessed_one() -> None:
    assert events._actor_kind(None) == "none"
    assert events._actor_kind(Actor(name="Mexico", code="MEX")) == "country"
    assert (
        events._actor_kind(Actor(name="Akar", code="USA")) == "country_of"
    )  # a person only the article places
    assert events._actor_kind(Actor(name="Akar", code="USA"), {"Akar"}) == "guessed"  # nothing describes her
    assert events._actor_kind(Actor(name="the Pentagon", code="USAMIL")) == "MIL"
    assert events._actor_kind(Actor(name="Amnesty International", code="NGO")) == "NGO"
    assert events._actor_kind(Actor(name="she")) == "pron"
    assert events._actor_kind(Actor(name="the crowd")) == "uncoded"


def test_keep_features_describe_a_generic_quoted_statement(nlp: Any) -> None:
    feats = _features(nlp, '"This is a disgrace," officials said.', "said")
    assert "subj=bare_plural" in feats
    assert "quote" in feats
    assert "st,pos=observed,VERB" in feats
    assert "first_sentence" in feats


def test_keep_features_describe_a_noun_trigger_and_its_determiner(nlp: Any) -> None:
    feats = _features(nlp, "The senator spoke about the investigation.", "investigation")
    assert "pos=NOUN" in feats
    assert "det=the" in feats
    assert "a1=none" in feats


def test_keep_features_mark_modal_and_negation(nlp: Any) -> None:
    feats = _features(nlp, "The president will not meet the rebels.", "meet")
    assert "neg" in feats
    assert "aux=will" in feats


def test_side_groups_sectors_by_political_standing() -> None:
    assert events._side(None) == "none"
    assert events._side(Actor(name="the crowd")) == "uncoded"
    assert events._side(Actor(name="Mexico", code="MEX")) == "country"
    assert events._side(Actor(name="the Pentagon", code="USAMIL")) == "pol"
    assert events._side(Actor(name="Republicans", code="USAPTY")) == "pol"
    assert events._side(Actor(name="NATO", code="NATO")) == "pol"
    assert events._side(Actor(name="the newspaper", code="USAMED")) == "civ"
    assert events._side(Actor(name="Amnesty International", code="NGO")) == "civ"


def test_participant_kind_tells_roles_from_other_nouns(nlp: Any) -> None:
    doc = nlp("The official praised the report while she watched Obama.")
    by_text = {t.text: t for t in doc}
    assert events._participant_kind(None) == "none"
    assert events._participant_kind(by_text["official"]) == "role"
    assert events._participant_kind(by_text["report"]) == "noun"
    assert events._participant_kind(by_text["she"]) == "pron"
    assert events._participant_kind(by_text["Obama"]) == "PERSON"


def test_keep_features_tell_a_statement_cue_from_an_act(nlp: Any) -> None:
    sentence = "The official praised the report."
    sent = next(iter(nlp(sentence).sents))
    entry = next(e for e in code_sentence(sent) if e.token.text == "praised")
    decision = classify_status(entry.token, [], intent=entry.intent, refusal=entry.refusal)
    actor = Actor(name="The official", code="USAGOV")
    act = events._keep_features(entry, sent, sentence, actor, None, decision)
    assert {"act,src=pol", "skind=role", "okind=noun", "a1side=pol", "events=1", "main"} <= set(act)
    assert "depth=0" in act
    said = events._keep_features(
        entry, sent, sentence, actor, actor, decision, cue=True, events=2, main=False
    )
    assert {"cue", "cue,src=pol", "events=2", "not_main", "same_code"} <= set(said)
    assert "cue" not in act and "same_code" not in act


def test_standing_tells_an_undescribed_person_from_a_described_one(nlp: Any) -> None:
    doc = nlp("Sen. Tom Smith spoke. Jane Roe said she was angry.")
    sents = list(doc.sents)
    guessed = {"Jane Roe"}
    said = next(t for t in sents[1] if t.text == "said")
    assert events._standing(said, Actor(name="Jane Roe", code="USA"), guessed) == "guessed"
    assert events._standing(said, Actor(name="Tom Smith", code="USALEG"), guessed) == "pol"
    assert events._standing(said, None, guessed) == "none"
    # "She" is Jane Roe, whom nothing describes; "they" is nobody in particular
    doc = nlp("Jane Roe arrived late. She said the mayor lied.")
    said = next(t for t in doc if t.text == "said")
    assert events._standing(said, Actor(name="She", code="USA"), {"Jane Roe"}) == "pron_guessed"
    assert events._standing(said, Actor(name="She", code="USA"), set()) == "pron_person"
    they = next(t for t in nlp("They said the mayor lied.") if t.text == "said")
    assert events._standing(they, Actor(name="They", code=None), set()) == "pron_other"


def test_judged_real_compares_the_score_with_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events, "_keep_model", lambda: ({"bias": 0.5, "quote": -1.0}, 0.0))
    assert events._judged_real(["pos=VERB"])
    assert not events._judged_real(["pos=VERB", "quote"])


def test_keep_model_ships_weights_and_a_threshold() -> None:
    weights, threshold = events._keep_model()
    assert "bias" in weights and "@threshold" not in weights
    assert math.isfinite(threshold)
    assert any(f.startswith("a1=") for f in weights)


def test_extract_events_drops_what_the_keep_model_rejects(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Russian troops attacked a village in eastern Ukraine on Monday."
    article = Article(id="a1", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(article.body_text()))
    monkeypatch.setattr(events, "_keep_model", lambda: ({"bias": 0.0}, float("-inf")))
    assert [e.cameo[:2] for e in extract_events(parsed, [], [])] == ["19"]
    monkeypatch.setattr(events, "_keep_model", lambda: ({"bias": 0.0, "a1=MIL": -2.0}, -1.0))
    assert extract_events(parsed, [], []) == []
    # setting event_filter off: every coded event is kept
    assert [e.cameo[:2] for e in extract_events(parsed, [], [], keep_filter=False)] == ["19"]


def test_event_filter_setting_reaches_the_events_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.extract import _registry
    from watchfloor.settings import Settings

    seen: list[bool] = []
    models: list[bool] = []

    def fake(
        parsed: Any, statements: Any, timexes: Any, *, keep_filter: bool = True, status_model: bool = False
    ) -> list[Any]:
        seen.append(keep_filter)
        models.append(status_model)
        return []

    monkeypatch.setattr(events, "extract_events", fake)
    events_ex = next(x for x in _registry.BUILTIN if x.provides == "events")
    events_ex.run(None, {}, Settings())  # type: ignore[arg-type]
    events_ex.run(None, {}, Settings(event_filter=False))  # type: ignore[arg-type]
    assert seen == [True, False]
    assert models == [False, False]  # the learned status correction stays off unless asked for
