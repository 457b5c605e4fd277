"""Round 20 (issue #5, K28): an appeal by a country named as a place ("Poland called for an emergency
summit") is an appeal (02x); only a place that is the passive subject of "call for" ("Texas was called
for Cruz", with or without the networks as agent) or an agentless passive ("a vote was called for
Tuesday") is the race-calling or scheduling sense, no event. Team-written sentences, none from the probe
sets."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_cover

from ._event_builders import sentence_codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Hungary called for an urgent meeting of NATO ambassadors.",
        "Canberra called last week for an independent review of the deal.",
        "Norway called for an immediate halt to the deportations.",
    ],
)
def test_a_country_calling_for_something_appeals(nlp: Any, sentence: str) -> None:
    assert any(code[:2] == "02" and word == "called" for code, word in sentence_codes(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Texas was called for Cruz shortly after the polls closed.",
        "Ohio was called for the governor by the networks.",
        "A vote was called for Tuesday.",
    ],
)
def test_a_race_called_for_a_candidate_is_no_appeal(nlp: Any, sentence: str) -> None:
    assert not any(word == "called" for _, word in sentence_codes(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides swapped dozens of captured fighters at the border on Sunday.",
        "Last week Moscow handed over 40 Ukrainians to the Red Cross.",
        "The rebels handed back two abducted engineers on Saturday.",
        "Each side handed over 30 prisoners of war on Monday.",
    ],
)
def test_captives_handed_over_or_swapped_are_released(nlp: Any, sentence: str) -> None:
    assert any(code == "0841" for code, _ in sentence_codes(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The general handed over power to a civilian government.",
        "The ministry returned the documents on Monday.",
        "The two sides exchanged fire across the border.",
        "She handed the letter to the clerk.",
    ],
)
def test_giving_back_without_a_captive_is_no_release(nlp: Any, sentence: str) -> None:
    assert not any(code == "0841" for code, _ in sentence_codes(nlp, sentence))


def test_release_code_reads_the_captive_object(nlp: Any) -> None:
    doc = nlp("The rebels handed back two abducted engineers.")
    verb = next(t for t in doc if t.lower_ == "handed")
    assert _event_cover.release_code(verb) == "0841"
    other = nlp("The rebels handed back the keys.")
    assert _event_cover.release_code(next(t for t in other if t.lower_ == "handed")) is None
    assert "hand" in _event_cover.releasing_verbs()
