"""Round 15, third pass (issue #5): "thanked" as CAMEO 051 "praise or endorse" on crisis news, and the
campaign sense of thanking one's own supporters, crowd or family, which names no actor as its target and is
no event.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import code_sentence


def _codes(nlp: Any, sentence: str) -> list[str]:
    sent = next(iter(nlp(sentence).sents))
    return [c.code for c in code_sentence(sent)]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # CAMEO 051 "praise or commend": a leader thanks a body, a country or a leader for what it did
        ("The president thanked parliament in a televised address.", ["051"]),
        ("The foreign minister thanked Qatar for its mediation.", ["051"]),
        ("The prime minister thanked the Saudi crown prince for his role.", ["051"]),
    ],
)
def test_thanking_an_actor_is_praise(nlp: Any, sentence: str, codes: list[str]) -> None:
    assert _codes(nlp, sentence) == codes


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator is thanking his supporters for a strong finish.",
        "The candidate thanked the crowd and the volunteers.",
        "The governor thanked his parents and his wife.",
        "The senator thanked her home state in a victory speech.",
    ],
)
def test_thanking_ones_own_supporters_is_no_event(nlp: Any, sentence: str) -> None:
    assert _codes(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # CAMEO 073 "provide humanitarian aid": what the vehicles carry makes the crossing an aid delivery
        ("The first humanitarian aid convoy crossed into the province from Turkey.", ["073"]),
        # aid not specified: 070, as the noun "aid" is
        ("The first UN aid convoy crossed into the province from Turkey.", ["070"]),
        ("Trucks carrying food and medicine began crossing into the enclave.", ["073"]),
        # no cargo of aid: a military convoy or people crossing a border deliver nothing
        ("A military convoy crossed into the province.", []),
        ("Thousands of refugees crossed into the neighbouring country.", []),
    ],
)
def test_an_aid_convoy_crossing_is_aid(nlp: Any, sentence: str, codes: list[str]) -> None:
    assert _codes(nlp, sentence) == codes


def test_cargo_reads_modifiers_and_carried_objects(nlp: Any) -> None:
    from watchfloor.extract.events import _cargo

    doc = nlp("Lorries carrying fuel and cooking gas crossed into the enclave.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert {w.lemma_ for w in _cargo(subject)} >= {"fuel", "gas"}
    doc = nlp("An aid convoy crossed into the province.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert [w.lemma_ for w in _cargo(subject)] == ["aid"]


def test_thanks_for_backing_leave_the_backing_as_the_event(nlp: Any) -> None:
    assert _codes(nlp, "The senator thanked the governor for backing his bill.") == ["051"]
    sent = next(iter(nlp("The senator thanked the governor for backing his bill.").sents))
    assert [c.token.text for c in code_sentence(sent)] == ["backing"]
