"""``watchfloor.knowledge.read_word_list``: one list of a JSON knowledge file as a lower-case set, with a
clear error for a list the file does not hold or the caller may not ask for."""

from __future__ import annotations

import pytest

from watchfloor.errors import KnowledgeError
from watchfloor.knowledge import read_word_list


def test_reads_a_list_as_lower_case_words() -> None:
    words = read_word_list("event_speech.json", "disparaging_words")
    assert "terrorist" in words
    assert all(w == w.lower() for w in words)


def test_names_the_file_and_list_it_cannot_find() -> None:
    with pytest.raises(KnowledgeError) as caught:
        read_word_list("event_speech.json", "no_such_list")
    assert caught.value.code == "WF-E010"
    assert "event_speech.json" in str(caught.value) and "no_such_list" in str(caught.value)


def test_refuses_a_list_outside_the_callers_keys() -> None:
    assert read_word_list("event_speech.json", "disparaging_words", frozenset({"disparaging_words"}))
    with pytest.raises(KnowledgeError):
        read_word_list("event_speech.json", "disparaging_words", frozenset({"claim_nouns"}))


def test_a_table_is_no_word_list() -> None:
    with pytest.raises(KnowledgeError):
        read_word_list("event_speech.json", "naming_accusations")  # a table of words to codes
