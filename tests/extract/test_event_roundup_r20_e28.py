"""Round 20 (issue #5, E28): main events of round-up copy the codebook text states and several writers
code — a court's ruling (116), a statement pronouncing an act unlawful (111), diplomats ordered out
(161) — and the sentences the new rows and constructions leave alone. Team-written sentences, none from
the probe sets."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_cover

from ._event_builders import sentence_codes


@pytest.mark.parametrize(
    "sentence",
    [
        "The constitutional court ruled on Friday that the emergency decree was unlawful.",
        "An arbitration tribunal ruled that the seizure of the tanker broke maritime law.",
        "A federal judge ruled that the ministry had acted beyond its powers.",
    ],
)
def test_a_courts_ruling_is_116(nlp: Any, sentence: str) -> None:
    assert ("116", "ruled") in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Congress party ruled the country for decades.",
        "The judge ruled out a retrial on Monday.",
        "The generals ruled that no foreign reporters could enter the zone.",
    ],
)
def test_other_ruling_is_not_a_court_finding(nlp: Any, sentence: str) -> None:
    assert not any(code == "116" for code, _ in sentence_codes(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Madrid said the referendum was illegal.",
        "The ministry said the seizure of the ship was a violation of international law.",
        "Seoul said the export curbs were unjustified and unfounded.",
    ],
)
def test_a_statement_pronouncing_an_act_unlawful_condemns_it(nlp: Any, sentence: str) -> None:
    assert ("111", "said") in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Madrid said the referendum was not illegal.",
        "Police said 20 illegal migrants had been detained.",
        "The ministry said the talks were useful.",
    ],
)
def test_other_statements_are_no_verdict(nlp: Any, sentence: str) -> None:
    assert ("111", "said") not in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta ordered the Danish ambassador to leave the country within 72 hours.",
        "Minsk ordered diplomats from three Baltic states to leave by Friday.",
    ],
)
def test_ordering_diplomats_out_reduces_diplomatic_relations(nlp: Any, sentence: str) -> None:
    assert ("161", "ordered") in sentence_codes(nlp, sentence)


def test_ordering_troops_out_is_no_diplomatic_break(nlp: Any) -> None:
    codes = sentence_codes(nlp, "The general ordered his troops to leave the town on Friday.")
    assert not any(code == "161" for code, _ in codes)


def test_expulsion_code_needs_diplomats_and_a_departure(nlp: Any) -> None:
    def ordered(text: str) -> Any:
        return next(t for t in nlp(text) if t.lemma_ == "order")

    assert _event_cover.expulsion_code(ordered("The junta ordered the ambassador to leave.")) == "161"
    assert _event_cover.expulsion_code(ordered("The junta ordered the ambassador to attend.")) is None
    assert _event_cover.expulsion_code(ordered("The junta ordered the soldiers to leave.")) is None
