"""Typographic apostrophes (issue #5, task S11): "we’re going to", "he’d", "she’ll" are the same words as
"we're going to", "he'd", "she'll", but the tagger leaves the curly contractions unlemmatised ("’re" is not
"be") and reads "I’m" as a past; the status rules must read both spellings alike."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import _lemma, _lower, _tag, classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _quoted(text: str) -> Statement:
    content = text[: text.rindex(",") + 1]
    cue = text.index("said")
    return Statement(
        id="s1",
        source=None,
        cue=Span.of(text, cue, cue + 4),
        content=Span.of(text, 0, len(content)),
        kind=StatementKind.DIRECT,
        speaker=Speaker(name="someone"),
        sentence=Span.of(text, 0, len(text)),
    )


def _status(nlp: Any, text: str, word: str, statements: list[Statement]) -> EvidentialStatus:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify_status(trigger, statements).status


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a periphrastic future inside a quotation is still to come
        ('"We{a}re going to support the team," he said.', "support", EvidentialStatus.HYPOTHETICAL),
        ('"I{a}m going to help Ted in every way I can," Graham said.', "help", EvidentialStatus.HYPOTHETICAL),
        # a contracted "would" and "will" are modals
        ('"He{a}d force Mexico to pay for the wall," Trump said.', "force", EvidentialStatus.HYPOTHETICAL),
        ('"She{a}ll sign the bill," he said.', "sign", EvidentialStatus.HYPOTHETICAL),
        # what is done now or was done is claimed, however the apostrophe is written
        ('"We{a}re supporting the team," he said.', "supporting", EvidentialStatus.CLAIMED),
        ('"They{a}ve signed the bill," he said.', "signed", EvidentialStatus.CLAIMED),
    ],
)
def test_classify_status_reads_curly_contractions_as_straight_ones(
    nlp: Any, apostrophe: str, text: str, word: str, status: EvidentialStatus
) -> None:
    sentence = text.format(a=apostrophe)
    assert _status(nlp, sentence, word, [_quoted(sentence)]) is status


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("We{a}re going.", 1),
        ("I{a}m going.", 1),
        ("He{a}s gone.", 1),
        ("They{a}ve gone.", 1),
        ("I{a}ll go.", 1),
        ("It{a}s his car.", 1),  # a copula the lemmatiser leaves as a bare apostrophe
        ("Trump{a}s car.", 1),  # a possessive stays one
    ],
)
def test_contraction_forms_lemmas_and_tags_match_the_straight_spelling(
    nlp: Any, text: str, index: int
) -> None:
    straight = nlp(text.format(a="'"))[index]
    curly = nlp(text.format(a="\u2019"))[index]
    assert _lower(curly) == _lower(straight) == straight.lower_
    assert _lemma(curly) == _lemma(straight)
    assert _tag(curly) == _tag(straight)


def test_plain_words_are_read_as_they_are(nlp: Any) -> None:
    token = nlp("Voters rejected it.")[1]
    assert (_lower(token), _lemma(token), _tag(token)) == ("rejected", "reject", "VBD")
