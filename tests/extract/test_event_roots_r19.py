"""Round 19 (issue #5, task R26): what a vow or a warning does — a vow of a response, a warning of what a
hypothetical act of the other side will meet, a war said to resume (CAMEO 130 / 138). Sentences written for
these tests (none from the probe sets, the codebook or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_codes import weapon_killing
from watchfloor.extract._event_speech import VOW, WARNING, blamed_act, speech_events, speech_words

from ._event_builders import sentence_codes


def _is_named(token: Any) -> bool:
    return bool(token.pos_ == "PROPN")


def _rules(nlp: Any, sentence: str, trigger: str, code: str) -> list[tuple[str, str, str]]:
    sent = next(iter(nlp(sentence).sents))
    coded = {t.i: code for t in sent if t.text == trigger}
    return [(e.rule, e.code, e.token.text) for e in speech_events(sent, coded, _is_named)]


def test_speech_words_reads_the_round_19_lists() -> None:
    assert "vow" in speech_words("vow_lemmas")
    assert "respond" in speech_words("response_verbs")
    assert "any" in speech_words("hypothetical_determiners")
    assert "war" in speech_words("war_nouns")


# --- a vow of a response -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "code"),
    [
        ("The defence council vowed to respond at a moment of its own choosing.", "vowed", "130"),
        ("The rebel commander promised to retaliate after the raid on his camp.", "promised", "130"),
        ("The president promised a military response to the bombing of the depot.", "promised", "138"),
    ],
)
def test_speech_events_make_a_vow_of_a_response_a_threat(
    nlp: Any, sentence: str, trigger: str, code: str
) -> None:
    assert _rules(nlp, sentence, trigger, "030") == [(VOW, code, trigger)]


def test_speech_events_leave_a_vow_of_cooperation(nlp: Any) -> None:
    assert _rules(nlp, "The minister promised to build new schools in the province.", "promised", "030") == []


def test_speech_events_leave_a_vow_not_to_respond(nlp: Any) -> None:
    sentence = "The government vowed not to respond to the provocation on the border."
    assert _rules(nlp, sentence, "vowed", "030") == []


def test_speech_events_leave_a_response_vow_coded_otherwise(nlp: Any) -> None:
    # only an intent (03x) is recoded: a vow the coder read as something else keeps its code
    assert _rules(nlp, "The council vowed to respond at a moment of its choosing.", "vowed", "010") == []


def test_speech_events_make_a_vow_that_the_war_resumes_a_threat_of_force(nlp: Any) -> None:
    sentence = "The defence minister vowed that the war will resume as soon as the pause ends."
    assert _rules(nlp, sentence, "vowed", "030") == [(VOW, "138", "vowed")]


def test_code_sentence_codes_a_vow_of_response_as_a_threat(nlp: Any) -> None:
    codes = sentence_codes(nlp, "The defence council vowed to respond at a moment of its own choosing.")
    assert ("130", "vowed") in codes


# --- a warning of what a hypothetical act will meet ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta warned that any incursion into its territory would be treated as an act of war.",
        "The ambassador warned that such provocations would not be left unanswered.",
    ],
)
def test_speech_events_make_a_warning_of_a_met_act_a_threat(nlp: Any, sentence: str) -> None:
    assert _rules(nlp, sentence, "warned", "012") == [(WARNING, "130", "warned")]


def test_speech_events_leave_a_warning_that_judges_an_act(nlp: Any) -> None:
    # active: a forecast or judgement of the act, no consequence imposed on it
    sentence = "The envoy warned that any such deal would violate the embargo on the region."
    assert _rules(nlp, sentence, "warned", "012") == []


def test_speech_events_leave_a_passive_warning_without_a_hypothetical_act(nlp: Any) -> None:
    sentence = "The agency warned that the roads would be closed by the floods next week."
    assert _rules(nlp, sentence, "warned", "012") == []


def test_speech_events_make_a_warning_that_fighting_resumes_a_threat_of_force(nlp: Any) -> None:
    sentence = "The army warned that the fighting would resume with full force once the pause ended."
    assert _rules(nlp, sentence, "warned", "012") == [(WARNING, "138", "warned")]


# --- a statement that lays the blame (112) ---------------------------------------------------------------


def _blamed(nlp: Any, sentence: str) -> str | None:
    sent = next(iter(nlp(sentence).sents))
    said = next(t for t in sent if t.lemma_ == "say")
    events = {t.i for t in sent if t.lemma_ in {"attack", "bombing"}}
    act = blamed_act(said, events, _is_named)
    return None if act is None else str(act.text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police in Lagos said Boko Haram was behind the bombing of the market.",
        "The ministry said that Hamas was responsible for the attack on the convoy.",
    ],
)
def test_blamed_act_finds_the_act_a_party_is_blamed_for(nlp: Any, sentence: str) -> None:
    assert _blamed(nlp, sentence) in {"bombing", "attack"}


def test_blamed_act_needs_an_event_behind_the_party(nlp: Any) -> None:
    assert _blamed(nlp, "The coach said Smith was behind the team's revival this season.") is None


def test_blamed_act_needs_a_party_as_subject(nlp: Any) -> None:
    assert _blamed(nlp, "The officer said the weather was behind the attack on the convoy.") is None


def test_code_sentence_codes_a_blaming_statement_as_an_accusation(nlp: Any) -> None:
    codes = sentence_codes(nlp, "Police in Lagos said Boko Haram was behind the bombing of the market.")
    assert any(code.startswith("112") and word == "said" for code, word in codes), codes


# --- a killing by a weapon (190, not 1823) ------------------------------------------------------------------


def _killed(nlp: Any, sentence: str) -> Any:
    return next(t for t in nlp(sentence) if t.lemma_ == "kill")


@pytest.mark.parametrize(
    "sentence",
    [
        "A blast at the fuel depot killed nine workers on Monday.",
        "A missile killed four soldiers at the checkpoint.",
    ],
)
def test_weapon_killing_reads_a_weapon_subject(nlp: Any, sentence: str) -> None:
    assert weapon_killing(_killed(nlp, sentence), "1823")


def test_weapon_killing_leaves_an_assault_by_people(nlp: Any) -> None:
    assert not weapon_killing(_killed(nlp, "A mob killed two men in the village square."), "1823")


def test_weapon_killing_leaves_another_code(nlp: Any) -> None:
    assert not weapon_killing(_killed(nlp, "A blast at the fuel depot killed nine workers on Monday."), "186")


def test_code_sentence_codes_a_weapon_killing_190(nlp: Any) -> None:
    # a weapon a party fired (round 20's T28 drops a blast that names no one's act: "a blast at the depot
    # killed nine workers" is no event, tests/extract/test_event_precision_r20_t28.py)
    codes = sentence_codes(nlp, "A Russian missile killed nine workers at the fuel depot on Monday.")
    assert ("190", "killed") in codes and ("1823", "killed") not in codes
