"""Status rules of the sixth revision of 26 Nov (issue #5), written for unseen articles: a negated past
modal of ability ("could not support") and a negated word of one's own will ("doesn't want to offer",
"no intention of backing") say the event did not happen; the present "can't", a generic subject, a
perfect and another's will do not."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _status(
    nlp: Any, text: str, word: str, content: str | None = None, cue: str = "said"
) -> EvidentialStatus:
    doc = nlp(text)
    statements = []
    if content is not None:
        start, cue_start = text.index(content), text.index(cue)
        statements.append(
            Statement(
                id="s1",
                source=None,
                cue=Span.of(text, cue_start, cue_start + len(cue)),
                content=Span.of(text, start, start + len(content)),
                kind=StatementKind.INDIRECT,
                speaker=Speaker(name="someone"),
                sentence=Span.of(text, 0, len(text)),
            )
        )
    trigger = next(t for t in doc if t.text == word)
    return classify_status(trigger, statements).status


@pytest.mark.parametrize(
    ("text", "word", "content", "status"),
    [
        # a past inability about a fact: the supporting did not happen
        ("A voter said she could not support Trump.", "support", "she could not support Trump", "negated"),
        ("The campaign could not provide the documents.", "provide", None, "negated"),
        # a perfect is counterfactual; a degree ("couldn't get any worse") too
        (
            "He said he could not have known about it.",
            "known",
            "he could not have known about it",
            "hypothetical",
        ),
        ("Just when you thought it couldn't get any worse, it did.", "get", None, "hypothetical"),
        # the present "can't" is mostly a rule or a judgement: it stays modal
        ("Democrats can't win without winning women.", "win", None, "hypothetical"),
    ],
)
def test_classify_status_negated_past_ability(
    nlp: Any, text: str, word: str, content: str | None, status: str
) -> None:
    assert _status(nlp, text, word, content) == EvidentialStatus(status)


@pytest.mark.parametrize(
    ("text", "word", "content", "status"),
    [
        (
            "He said he doesn't want to offer predictions.",
            "offer",
            "he doesn't want to offer predictions",
            "negated",
        ),
        ("They have no intention of backing Clinton.", "backing", None, "negated"),
        ("The administration did not want to equate him with spies.", "equate", None, "negated"),
        # advice to anyone, not a will
        (
            "You don't want to be squeezing in ten counties in the last week.",
            "squeezing",
            None,
            "hypothetical",
        ),
        # another's act: what was not required may still happen
        (
            "The deals did not require witnesses to cooperate with Congress.",
            "cooperate",
            None,
            "hypothetical",
        ),
        # a will that is not negated leaves the act intended
        ("He said he wants to offer predictions.", "offer", "he wants to offer predictions", "hypothetical"),
    ],
)
def test_classify_status_negated_will(
    nlp: Any, text: str, word: str, content: str | None, status: str
) -> None:
    assert _status(nlp, text, word, content) == EvidentialStatus(status)
