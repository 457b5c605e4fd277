"""Round 19 (issue #5, task P26): coded events with no counterpart in the writer's sentence — an act another
party would only be allowed or helped to do ("a measure allowing police to deploy"), and a claim noun set off
after a comma that sums up the clause before it for a relative clause denying it ("…, an accusation the
rebels have denied"). Sentences written for these tests (none from the probe sets or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import _enabled_act, _enabling_lemmas, _summing_claim

from ._event_builders import sentence_codes as _coded


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


# --- an act only allowed or helped -------------------------------------------------------------------------


def test_enabling_lemmas_come_from_the_knowledge_table() -> None:
    lemmas = _enabling_lemmas()
    assert {"allow", "help"} <= lemmas
    assert "order" not in lemmas  # an order is a demand (CAMEO 10), its act coded by other rules


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The council approved a measure allowing Kenyan police to deploy to the capital.", "deploy"),
        ("Rwanda sent troops to help Mozambican forces fight the insurgents.", "fight"),
    ],
)
def test_enabled_act_is_another_partys_act_not_done(nlp: Any, sentence: str, trigger: str) -> None:
    doc = nlp(sentence)
    assert _enabled_act(_word(doc, trigger))
    assert trigger not in [word for _, word in _coded(nlp, sentence)]


def test_helped_act_done_by_the_helper_stays_an_event(nlp: Any) -> None:
    sentence = "Chadian troops helped recapture the town from the rebels."
    assert not _enabled_act(_word(nlp(sentence), "recapture"))
    assert "recapture" in [word for _, word in _coded(nlp, sentence)]


def test_enabling_verb_reported_done_keeps_its_complement(nlp: Any) -> None:
    # the government did allow it: the convoys' act is reported, not only made possible
    sentence = "The government allowed aid convoys to reach the city."
    assert not _enabled_act(_word(nlp(sentence), "reach"))
    assert "reach" in [word for _, word in _coded(nlp, sentence)]


# --- a claim noun summing up the clause for a denial -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the rebels had shelled the town, an accusation the rebels have denied.",
        "The ministry accused the rebels of shelling the town, charges that the rebels rejected.",
    ],
)
def test_summing_claim_is_no_event_of_its_own(nlp: Any, sentence: str) -> None:
    words = [word for _, word in _coded(nlp, sentence)]
    assert not {"accusation", "charges"} & set(words)
    assert {"denied", "rejected"} & set(words)  # the denial stays


def test_summing_claim_reads_the_comma_and_the_denial(nlp: Any) -> None:
    doc = nlp("The ministry said the rebels had shelled the town, an accusation the rebels have denied.")
    assert _summing_claim(_word(doc, "accusation"))
    doc = nlp("The rebels denied the accusation on Monday.")
    assert not _summing_claim(_word(doc, "accusation"))  # the object of a denial, not set off
    doc = nlp("The ministry repeated its accusation that the rebels had shelled the town.")
    assert not _summing_claim(_word(doc, "accusation"))
