"""Round 20 (issue #5, B28): cooperation codes writers do not give — a force or instructors arriving are
military protection (074) or military aid (072), not a visit (042); a present participle of meeting with no
partner ("leaders meeting in Abuja ordered …") only places the parties that act (team-written sentences, none
from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_civil, _event_codes

from ._event_builders import sentence_codes


def test_arrival_rules_load() -> None:
    rules = {rule.name: rule for rule in _event_civil.civil_rules()}
    assert rules["forces"].code == "074" and rules["instructors"].code == "072"
    assert {"troop", "force", "police"} <= rules["forces"].doers and "arrive" in rules["forces"].verbs
    assert "instructor" in rules["instructors"].doers and "delegation" not in rules["forces"].doers


@pytest.mark.parametrize(
    ("sentence", "trigger", "code"),
    [
        ("Turkish troops arrived in the enclave on Friday to guard the crossing.", "arrived", "074"),
        ("A contingent of Rwandan police arrived in Bangui on Monday.", "arrived", "074"),
        ("Soldiers from the regional bloc began arriving in the capital on Thursday.", "arriving", "074"),
        ("Chinese military advisers arrived in the country last month, the ministry said.", "arrived", "072"),
        # a dateline the parser takes for the subject: the instructors stand in apposition to it
        (
            "KHARTOUM, May 3 — Turkish military trainers and a radar system arrived in Sudan.",
            "arrived",
            "072",
        ),
    ],
)
def test_forces_arriving(nlp: Any, sentence: str, trigger: str, code: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) == code
    assert (code, trigger) in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Turkish foreign minister arrived in Baghdad on Sunday for talks.",
        "A Chinese military delegation arrived in Islamabad on Tuesday.",
        "Two Qatari envoys arrived in Kabul on Monday.",
    ],
)
def test_visitors_arriving_stay_visits(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == "arrived")
    assert _event_civil.civil_code(token) is None
    assert ("042", "arrived") in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Gulf leaders meeting in Doha urged the two sides to return to talks.", "urged"),
        (
            "East African leaders meeting in Nairobi on Friday ordered the deployment of a regional force.",
            "deployment",
        ),
    ],
)
def test_idle_meeting_dropped(nlp: Any, sentence: str, kept: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == "meeting")
    assert _event_codes.idle_meeting(token, "044")
    codes = sentence_codes(nlp, sentence)
    assert all(trigger != "meeting" for _, trigger in codes)
    assert any(trigger == kept for _, trigger in codes)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arab leaders meeting in Cairo with the Iraqi prime minister backed the plan.",  # a partner
        "The two presidents are meeting in Geneva on Tuesday.",  # a clause of its own
        "After meeting the president, the envoy flew to Amman.",  # an object
    ],
)
def test_meeting_with_partner_kept(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.lower_ == "meeting")
    assert not _event_codes.idle_meeting(token, "044")


def test_idle_meeting_only_for_consultations(nlp: Any) -> None:
    token = next(t for t in nlp("Leaders meeting in Lome called for calm.") if t.text == "meeting")
    assert not _event_codes.idle_meeting(token, "190")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The prime minister withdrew the fuel tax bill on Monday after a week of protests.", "withdrew"),
        ("The government scrapped a planned increase in bread prices on Friday.", "scrapped"),
        ("The president dropped the proposed constitutional amendments after the rallies.", "dropped"),
    ],
)
def test_policy_withdrawn_is_a_concession(nlp: Any, sentence: str, trigger: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) == "0832"
    assert ("0832", trigger) in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia withdrew its troops from the border on Tuesday.",  # a retreat, not a concession
        "The ministry withdrew its ambassador from Rome.",
    ],
)
def test_other_withdrawals_are_no_concession(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == "withdrew")
    assert _event_civil.civil_code(token) is None


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The opposition leader urged her supporters to protest against the new law.", "urged"),
        ("Union leaders urged workers to join a march against the government on Friday.", "urged"),
    ],
)
def test_appeal_to_protest_rallies_opposition(nlp: Any, sentence: str, trigger: str) -> None:
    assert ("113", trigger) in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader urged her supporters not to take to the streets.",  # easing dissent
        "The general urged protesters to stay calm on Monday.",
    ],
)
def test_other_appeals_stay_appeals(nlp: Any, sentence: str) -> None:
    codes = sentence_codes(nlp, sentence)
    assert any(code.startswith("02") and trigger == "urged" for code, trigger in codes)
    assert all(code != "113" for code, _ in codes)


def test_rallied_protest_reads_hits(nlp: Any) -> None:
    doc = nlp("The party urged voters to boycott the poll.")
    urged = next(t for t in doc if t.text == "urged")
    boycott = next(t for t in doc if t.text == "boycott")
    assert _event_codes.rallied_protest(urged, "020", {boycott.i: "1431"})
    assert not _event_codes.rallied_protest(urged, "020", {boycott.i: "0356"})
    assert not _event_codes.rallied_protest(urged, "111", {boycott.i: "1431"})


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Jordan flew medical supplies to the stricken city on Sunday.", "flew"),
        ("Egypt and Algeria flew in food and medicine on Tuesday.", "flew"),
        ("Turkey shipped food and tents to the port on Monday.", "shipped"),
    ],
)
def test_relief_flown_in(nlp: Any, sentence: str, trigger: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert _event_civil.civil_code(token) == "073"


def test_minister_flying_stays_a_visit(nlp: Any) -> None:
    sentence = "The foreign minister flew to Cairo on Sunday for talks."
    token = next(t for t in nlp(sentence) if t.text == "flew")
    assert _event_civil.civil_code(token) is None
    assert ("042", "flew") in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president signed a decree on Monday banning flights to the neighbouring country.",
        "The governor signed the bill into law on Friday.",
    ],
)
def test_signed_instrument_is_no_agreement(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.lemma_ == "sign")
    assert _event_civil.inert_object(token)
    assert all(code != "057" for code, _ in sentence_codes(nlp, sentence))


def test_signed_agreement_stays_057(nlp: Any) -> None:
    sentence = "The two governments signed a border agreement in Addis Ababa on Tuesday."
    token = next(t for t in nlp(sentence) if t.text == "signed")
    assert not _event_civil.inert_object(token)
    assert ("057", "signed") in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said on Monday that it did not recognise the new government.",
        "Our country does not recognise the so-called republic.",
    ],
)
def test_recognition_withheld_is_a_rejection(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.lemma_ == "recognise")
    assert _event_codes.recognition_withheld(token, "054")
    assert any(code == "120" and trigger == "recognise" for code, trigger in sentence_codes(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The bloc said it would not recognise the new government.",  # a future: the tense rules
        "Ten countries recognised the new government on Tuesday.",
    ],
)
def test_recognition_not_withheld(nlp: Any, sentence: str) -> None:
    token = next(t for t in nlp(sentence) if t.lemma_ in {"recognise", "recognize"})
    assert not _event_codes.recognition_withheld(token, "054")


@pytest.mark.parametrize(
    ("sentence", "inert"),
    [
        ("Jordan, which hosts some 600,000 Syrian refugees, called for more aid.", True),
        ("Djibouti hosts a large French military base.", True),
        ("Egypt hosted the two delegations in Cairo on Sunday.", False),
    ],
)
def test_hosting_residents_is_no_visit(nlp: Any, sentence: str, inert: bool) -> None:
    token = next(t for t in nlp(sentence) if t.lemma_ == "host")
    assert _event_civil.inert_object(token) is inert
    assert any(code == "043" for code, _ in sentence_codes(nlp, sentence)) is not inert
