"""Event nouns a sentence refers to instead of reporting (issue #5, ninth round): a definite plural after a
preposition of topic or time frame, and an event noun that is the subject of a copula. Sentences written by
the team."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import code_sentence


def _coded(nlp: Any, sentence: str) -> list[str]:
    return [c.token.text for c in code_sentence(next(iter(nlp(sentence).sents)))]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The governor spoke about the attacks on the embassy.", "attacks"),
        ("Officials briefed reporters on the attacks in Paris.", "attacks"),
        ("He wrote a book about the negotiations.", "negotiations"),
        ("The threat to the city is very clear.", "threat"),
        ("The meeting was for personal reasons.", "meeting"),
    ],
)
def test_code_sentence_referred_event_noun_is_dropped(nlp: Any, sentence: str, word: str) -> None:
    assert word not in _coded(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a verb's subject, a light verb's object, a participation: the events are reported
        ("The protests spread to three cities.", "protests"),
        ("Israel and Lebanon renewed the negotiations.", "negotiations"),
        ("The senator took part in the protests.", "protests"),
        ("Students joined the protests.", "protests"),
        # no definite article: a report of attacks
        ("Rebels carried out attacks on the embassy.", "attacks"),
    ],
)
def test_code_sentence_reported_event_noun_is_kept(nlp: Any, sentence: str, word: str) -> None:
    assert word in _coded(nlp, sentence)
