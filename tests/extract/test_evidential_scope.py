"""Status rules of the third revision of 26 Nov (issue #5): what a reported content asserts and what it
only takes for granted, and what it leaves unrealised."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _statement(text: str, content: str, cue: str, kind: StatementKind = StatementKind.INDIRECT) -> Statement:
    start = text.index(content)
    cue_start = text.index(cue)
    return Statement(
        id="s1",
        source=None,
        cue=Span.of(text, cue_start, cue_start + len(cue)),
        content=Span.of(text, start, start + len(content)),
        kind=kind,
        speaker=Speaker(name="someone"),
        sentence=Span.of(text, 0, len(text)),
    )


def _status(nlp: Any, text: str, word: str, statement: Statement) -> EvidentialStatus:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify_status(trigger, [statement]).status


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # a free relative names what was said or done and takes it as known
        (
            "The senator recalled that the governor did what he said.",
            "the governor did what he said",
            "recalled",
            "said",
            EvidentialStatus.OBSERVED,
        ),
        # the head of the relative's own clause is still asserted
        (
            "The senator recalled that the governor did what he said.",
            "the governor did what he said",
            "recalled",
            "did",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_free_relative_is_taken_for_granted(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, _statement(text, content, cue)) is status


def test_classify_status_pseudo_cleft_performative_stays_claimed(nlp: Any) -> None:
    text = '"What I would also say is that the bill passed," the spokesman said.'
    statement = _statement(
        text, '"What I would also say is that the bill passed,"', "said", StatementKind.DIRECT
    )
    assert _status(nlp, text, "say", statement) is EvidentialStatus.CLAIMED


def test_classify_status_conjoined_infinitive_with_its_own_to(nlp: Any) -> None:
    # the parser hangs "to deploy" on "underscores" as a conjunct; its own "to" still makes it unrealised
    text = (
        "Experts say it underscores the regime's determination to mass-produce warheads and "
        "eventually to deploy them on missiles in the field."
    )
    content = (
        "it underscores the regime's determination to mass-produce warheads and eventually to deploy them"
    )
    statement = _statement(text, content, "say")
    assert _status(nlp, text, "deploy", statement) is EvidentialStatus.HYPOTHETICAL


@pytest.mark.parametrize(
    ("word", "judging", "status"),
    [
        ("considering", "scolding", EvidentialStatus.OBSERVED),
        ("considering", "blaming", EvidentialStatus.CLAIMED),
    ],
)
def test_classify_status_what_one_is_judged_for_was_done(
    nlp: Any, word: str, judging: str, status: EvidentialStatus
) -> None:
    text = f'"He keeps {judging} our allies for even considering the vote," the minister said.'
    content = f'"He keeps {judging} our allies for even considering the vote,"'
    statement = _statement(text, content, "said", StatementKind.DIRECT)
    # blaming is accusing: what one is blamed for is the accuser's claim
    assert _status(nlp, text, word, statement) is status
