"""Round 20 (issue #5, E28): disapproval said in so many words is CAMEO 110. The codebook text of 110
("express disapprovals, objections, and complaints") and seven writers' probe sets code expressing or
voicing concern, having grave concerns and regretting a decision as 110, and with the saying's content
coded the sentence's main event is the disapproval, not the plain statement (010). Team-written
sentences, none from the probe sets."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_cover
from watchfloor.extract._event_patterns import patterns_for

from ._event_builders import sentence_codes


def test_round20_rows_load_with_the_cover_rows() -> None:
    rows = {(r["code"], r["pos"], r["lemma"]) for r in _event_cover.cover_rows()}
    assert rows >= {
        ("110", "V", "express"),
        ("110", "V", "voice"),
        ("110", "N", "concern"),
        ("110", "V", "regret"),
    }
    # "express sympathy / regret" keeps its base row (018): the new row asks for an objection word
    assert any(p.code == "018" for p in patterns_for("V", "express"))


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Norway expressed concern over the detention of the reporters.", "expressed"),
        ("The European Union voiced serious concerns about the count on Monday.", "voiced"),
        ("Ottawa said it had grave concerns about the new law.", "concerns"),
        ("The Dutch foreign ministry said it regretted the decision to close the crossing.", "regretted"),
    ],
)
def test_disapproval_is_coded_and_replaces_the_plain_statement(nlp: Any, sentence: str, trigger: str) -> None:
    codes = sentence_codes(nlp, sentence)
    assert any(code[:2] == "11" and trig == trigger for code, trig in codes)
    assert ("010", "said") not in codes  # the saying's content is the event, not a bare statement


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway expressed its condolences to the families of the victims.",
        "The minister had talks with his Greek counterpart on Monday.",
        "The ministry voiced support for the ceasefire.",
        "Officials said they had no information about the convoy.",
    ],
)
def test_other_expressions_and_possessions_are_not_disapproval(nlp: Any, sentence: str) -> None:
    assert not any(code == "110" for code, _ in sentence_codes(nlp, sentence))


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


def test_verdict_code_reads_the_copular_predicate(nlp: Any) -> None:
    said = next(t for t in nlp("Ankara said the blockade was a breach of the treaty.") if t.lemma_ == "say")
    assert _event_cover.verdict_code(said) == "111"
    said = next(t for t in nlp("Ankara said the blockade was a matter for the treaty.") if t.lemma_ == "say")
    assert _event_cover.verdict_code(said) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry told Ottawa to stop meddling in its affairs.",
        "The cleric told the government to resign before the end of the month.",
    ],
)
def test_telling_a_party_to_act_is_a_demand(nlp: Any, sentence: str) -> None:
    # 100, or the demand the act told makes (resigning: 1041, demand change in leadership)
    assert any(code[:2] == "10" and trig == "told" for code, trig in sentence_codes(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told reporters that the talks would resume on Monday.",
        "The spokesman told a news conference the border was calm.",
    ],
)
def test_telling_what_is_so_is_no_demand(nlp: Any, sentence: str) -> None:
    assert not any(code[:2] == "10" for code, _ in sentence_codes(nlp, sentence))


def test_stepping_down_is_resigning_and_stepping_up_is_not(nlp: Any) -> None:
    resigned = sentence_codes(nlp, "The prime minister stepped down on Friday after the vote.")
    assert ("0831", "stepped") in resigned
    codes = sentence_codes(nlp, "Police stepped up patrols in the capital on Friday.")
    assert not any(code == "0831" for code, _ in codes)


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
