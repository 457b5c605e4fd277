"""Round 19 (issue #5, V27): trigger vocabulary that three or more writers' probe sets code and the pattern
tables lacked — an impeachment motion or vote (CAMEO 1041, demand change in leadership; coded so by three of
the four round-up writers) and closing another country's embassy or consulate (CAMEO 161, "termination of
other diplomatic activities", codebook text) — and the sentences the new rows leave alone (team-written
sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_cover
from watchfloor.extract._event_patterns import patterns_for

from ._event_builders import sentence_codes


def test_round19_rows_load_with_the_cover_rows() -> None:
    rows = {(r["code"], r["pos"], r["lemma"]) for r in _event_cover.cover_rows()}
    new = {("1041", "V", "impeach"), ("1041", "N", "vote"), ("161", "V", "close"), ("161", "N", "closure")}
    assert rows >= new
    assert any(p.code == "1041" for p in patterns_for("V", "submit"))
    assert any(p.code == "020" for p in patterns_for("V", "submit"))  # the base row is still there


@pytest.mark.parametrize(
    ("sentence", "code", "trigger"),
    [
        ("Lawmakers filed a motion to impeach the president on Monday.", "1041", "impeach"),
        ("Two parties submitted an impeachment motion against the prime minister.", "1041", "submitted"),
        ("The court confirmed the parliament's impeachment vote against the president.", "1041", "vote"),
        ("Canberra closed the Iranian embassy on Thursday.", "161", "closed"),
        ("Ottawa ordered the closure of the Chinese consulate in Vancouver.", "161", "closure"),
    ],
)
def test_new_vocabulary_is_coded(nlp: Any, sentence: str, code: str, trigger: str) -> None:
    assert (code, trigger) in sentence_codes(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The senators submitted a budget motion on Monday.",
        "Parliament held a vote on the budget on Tuesday.",
        "The government closed the border crossing on Friday.",
        "Officials ordered the closure of schools in the capital.",
    ],
)
def test_other_votes_motions_and_closures_are_left_alone(nlp: Any, sentence: str) -> None:
    codes = {c for c, _ in sentence_codes(nlp, sentence)}
    assert not codes & {"1041", "161"}
