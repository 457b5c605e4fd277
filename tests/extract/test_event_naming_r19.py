"""Round 19 (issue #5, task N27): a naming that charges a crime, a war crime, treason or a coup is that
accusation (CAMEO 1121, 1124, 1125, 112); a naming the coder read as a rejection or an appeal is the
criticism (111). Sentences written for these tests (none from the probe sets, the codebook or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_speech import NAMING, naming_accusations, speech_events


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
