"""Round 19 (issue #5, task N27): a naming that charges a crime, a war crime, treason or a coup is that
accusation (CAMEO 1121, 1124, 1125, 112); a naming the coder read as a rejection or an appeal is the
criticism (111). Sentences written for these tests (none from the probe sets, the codebook or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_speech import (
    NAMING,
    accusing_participle,
    naming_accusations,
    participle_accused,
    reported_accuser,
    speech_events,
)


def _is_named(token: Any) -> bool:
    return bool(token.pos_ == "PROPN")


def _rules(nlp: Any, sentence: str, trigger: str, code: str | None) -> list[tuple[str, str, str]]:
    sent = next(iter(nlp(sentence).sents))
    coded = {t.i: code for t in sent if t.text == trigger and code is not None}
    return [(e.rule, e.code, e.token.text) for e in speech_events(sent, coded, _is_named)]


def test_naming_accusations_reads_codes_of_the_112_family() -> None:
    table = naming_accusations()
    assert table["piracy"] == "1121"
    assert table["treasonous"] == "1125"
    assert all(code.startswith("112") for code in table.values())


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The governor called the hijacking of the tanker an act of piracy.", "1121"),
        ("The senator called the removal of the president a coup.", "112"),
        ("The envoy called the offensive in the valley a campaign of ethnic cleansing.", "1124"),
    ],
)
def test_speech_events_make_an_accusing_name_its_accusation(nlp: Any, sentence: str, code: str) -> None:
    assert _rules(nlp, sentence, "called", "010") == [(NAMING, code, "called")]


def test_speech_events_code_a_new_disparaging_name(nlp: Any) -> None:
    sentence = "The mayor called the unrest in the port an organised riot."
    assert _rules(nlp, sentence, "called", "010") == [(NAMING, "111", "called")]


def test_speech_events_leave_a_neutral_name(nlp: Any) -> None:
    assert _rules(nlp, "The minister called the talks a useful first step.", "called", "010") == []


def test_speech_events_leave_a_call_for_a_coup_inquiry(nlp: Any) -> None:
    sentence = "The opposition called for an inquiry into the failed coup."
    assert _rules(nlp, sentence, "called", "020") == []


def test_speech_events_recode_a_dismissal_as_a_disparaging_name(nlp: Any) -> None:
    sentence = "The president dismissed the striking miners as puppets of foreign powers."
    assert _rules(nlp, sentence, "dismissed", "120") == [(NAMING, "111", "dismissed")]


def test_speech_events_leave_a_dismissal_as_a_neutral_name(nlp: Any) -> None:
    sentence = "The president dismissed the proposal as premature."
    assert _rules(nlp, sentence, "dismissed", "120") == []


def test_speech_events_leave_other_coded_namings(nlp: Any) -> None:
    sentence = "The minister called the blockade an act of piracy."
    assert _rules(nlp, sentence, "called", "173") == []


# --- an accusation beside an act or a report (112) ---------------------------------------------------------


def _token(nlp: Any, sentence: str, word: str) -> Any:
    return next(t for t in nlp(sentence) if t.text == word)


def test_accusing_participle_after_an_act(nlp: Any) -> None:
    sentence = "Chile expelled Peru's consul on Friday, accusing Lima of funding the smugglers."
    assert accusing_participle(_token(nlp, sentence, "accusing"), "112")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Chile expelled Peru's consul on Friday, accusing Lima of funding the smugglers.", "010"),
        ("Chile expelled Peru's consul on Friday while accusing Lima of funding the smugglers.", "112"),
        ("Chile expelled Peru's consul on Friday, saying Lima had funded the smugglers.", "010"),
    ],
)
def test_accusing_participle_leaves_other_participles(nlp: Any, sentence: str, code: str) -> None:
    word = "accusing" if "accusing" in sentence else "saying"
    assert not accusing_participle(_token(nlp, sentence, word), code)


def test_participle_accused_resolves_a_pronoun_to_the_act_party(nlp: Any) -> None:
    sentence = "Chile cut diplomatic ties with Peru on Friday, accusing it of funding the smugglers."
    found = participle_accused(_token(nlp, sentence, "accusing"), _is_named)
    assert found is not None and found.text == "Peru"


def test_participle_accused_leaves_a_named_object(nlp: Any) -> None:
    sentence = "Chile cut diplomatic ties with Peru on Friday, accusing Lima of funding the smugglers."
    assert participle_accused(_token(nlp, sentence, "accusing"), _is_named) is None


def test_reported_accuser_is_the_speaker_of_the_report(nlp: Any) -> None:
    sentence = "The ministry said 50 people had been detained and accused the opposition of organising riots."
    found = reported_accuser(_token(nlp, sentence, "accused"), "112", frozenset({"say"}))
    assert found is not None and found.text == "ministry"


def test_reported_accuser_leaves_an_accusation_with_its_own_subject(nlp: Any) -> None:
    sentence = "The ministry said 50 people had been detained and the mayor accused the opposition of lying."
    assert reported_accuser(_token(nlp, sentence, "accused"), "112", frozenset({"say"})) is None
