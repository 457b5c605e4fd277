"""Round 20 (issue #5, task M28): a reduction of relations a plain statement announces as settled is the
measure (CAMEO 16x), not a threat (131x). Sentences written for these tests (none from the probe sets, the
codebook or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.errors import KnowledgeError
from watchfloor.extract._event_codes import _announced_words, announced_measure

from ._event_builders import sentence_codes


def _verb(nlp: Any, sentence: str, word: str) -> Any:
    sent = next(iter(nlp(sentence).sents))
    return next(t for t in sent if t.text == word)


def test_announced_words_reads_its_lists() -> None:
    assert "say" in _announced_words("announcing_lemmas")
    assert "if" in _announced_words("condition_marks")


def test_announced_words_refuses_an_unknown_list() -> None:
    with pytest.raises(KnowledgeError):
        _announced_words("no_such_list")


@pytest.mark.parametrize(
    ("sentence", "word", "code", "settled"),
    [
        ("Canada said on Friday it would impose duties on Chilean copper.", "impose", "163", True),
        ("Norway announced that it will impose new sanctions on Belarus.", "impose", "163", True),
        ("Canada said it would impose duties on Chilean copper if talks failed.", "impose", "163", False),
        ("Canada warned that it would impose duties on Chilean copper.", "impose", "163", False),
        ("Canada said it would send troops to the border.", "send", "190", False),
    ],
)
def test_announced_measure_reads_a_settled_measure(
    nlp: Any, sentence: str, word: str, code: str, settled: bool
) -> None:
    assert announced_measure(_verb(nlp, sentence, word), code) is settled


def test_code_sentence_keeps_an_announced_measure(nlp: Any) -> None:
    codes = sentence_codes(nlp, "Canada said on Friday it would impose sanctions on Chilean officials.")
    assert ("163", "impose") in codes
    assert not any(code.startswith("131") for code, _ in codes)


def test_code_sentence_keeps_a_conditional_measure_a_threat(nlp: Any) -> None:
    codes = sentence_codes(
        nlp, "Canada said it would impose sanctions on Chilean officials if the vote was not held."
    )
    assert any(code.startswith("131") for code, _ in codes)
