"""Round 18 (issue #5, E25): travel and visits the base pattern rows missed (CAMEO 042: "All visits and
travels should be coded under this category") — touring a place, attending an occasion, being due in a
place, sending envoys to a place — and the sentences the new rows leave alone (team-written sentences,
none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_cover
from watchfloor.extract._event_patterns import patterns_for

from ._event_builders import coded_events, sentence_codes


def test_cover_rows_load_alongside_the_base_rows() -> None:
    rows = _event_cover.cover_rows()
    assert {(r["code"], r["pos"], r["lemma"]) for r in rows} >= {("042", "V", "tour"), ("042", "A", "due")}
    assert any(p.code == "042" and p.prep == "to" for p in patterns_for("V", "send"))
    assert any(p.code == "154" for p in patterns_for("V", "send"))  # the base rows are still there


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("German Chancellor Olaf Scholz toured the flooded villages on Saturday.", "toured"),
        ("The Chinese defence minister attended the military parade in Pyongyang.", "attended"),
        ("Turkish President Tayyip Erdogan is due in Baghdad on Monday.", "due"),
        ("Egypt sent its foreign minister to Khartoum on Sunday.", "sent"),
    ],
)
def test_travel_is_a_visit(nlp: Any, sentence: str, trigger: str) -> None:
    assert ("042", trigger) in sentence_codes(nlp, sentence)


def test_sent_envoy_target_is_the_place(nlp: Any) -> None:
    events = [e for e in coded_events(nlp, "Qatar sent an envoy to Kabul on Tuesday.") if e.cameo == "042"]
    assert events and events[0].actor1 is not None and events[0].actor1.code is not None
    assert events[0].actor1.code.startswith("QAT")
    assert events[0].actor2 is not None and (events[0].actor2.code or "").startswith("AFG")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Egypt sent troops to the border on Sunday.", "sent"),  # a deployment (154), no envoy
        ("The minister attended to the wounded at the hospital.", "attended"),  # no occasion
        ("The payment is due in March.", "due"),  # a date, no one travels
    ],
)
def test_other_senses_are_no_visit(nlp: Any, sentence: str, trigger: str) -> None:
    assert ("042", trigger) not in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel fighters entered the capital on Sunday as the president fled abroad.",
        "Government troops entered the rebel-held town on Monday.",
    ],
)
def test_armed_men_entering_a_place_occupy_it(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.lemma_ == "enter")
    assert _event_cover.occupation_code(token) == "192"
    assert ("192", token.text) in sentence_codes(nlp, sentence)
    assert "enter" in _event_cover.occupying_verbs()


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty Chinese aircraft entered the air defence zone on Friday.",  # no armed men, no place
        "The minister entered the capital on Monday.",  # no armed body
        "Russian troops entered Ukrainian territory.",  # territory is no settlement or named place
    ],
)
def test_other_entries_are_no_occupation(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.lemma_ == "enter")
    assert _event_cover.occupation_code(token) is None


def test_an_envoys_errand_stays_an_event_beside_the_visit(nlp: Any) -> None:
    # the sending is a visit (042) now, and what the envoys were sent to do is an act of its own, not the
    # visit's background (lead, round 18: the protest had been the sentence's only event)
    events = coded_events(nlp, "Tokyo sent envoys to Seoul on Friday to protest the arrests.")
    assert {e.trigger.text: e.cameo[:2] for e in events} == {"sent": "04", "protest": "14"}
