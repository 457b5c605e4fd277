"""Status rules of the fifth revision (issue #5, claimed precision on unseen articles): a verb conjoined
to a modal copula shares the modal, the gerund of an aspectual verb shares its infinitive, a frequency
phrase makes a simple present habitual, a subjectless participle clause takes the mood of the clause it
hangs on, a gerund after a preposition under "than" is a course weighed, the speakers' own earlier
saying in an "as" clause is taken as known, a cue's prepositional gerund is its topic ("said of
accepting"), a quoted first-person performative is claimed whatever the cue, and "promise to" with an
impersonal subject forecasts. Sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _statement(text: str, content: str, cue: str, kind: StatementKind) -> Statement:
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


_CASES = [
    # a verb conjoined to a copula under a modal shares the modal
    (
        '"The city should be thankful for the grant and even agree to repay part of it," she wrote.',
        '"The city should be thankful for the grant and even agree to repay part of it,"',
        "wrote",
        "agree",
        StatementKind.DIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # without a modal the conjoined verb is asserted, and the copula's negation is not shared
    (
        "The mayor said the council is not a party body and backs candidates of every stripe.",
        "the council is not a party body and backs candidates of every stripe",
        "said",
        "backs",
        StatementKind.INDIRECT,
        EvidentialStatus.CLAIMED,
    ),
    # the gerund of an aspectual verb under a to-infinitive is as unrealised as the infinitive
    (
        "The governor said he had instructed the envoy to continue negotiating with the rebels.",
        "he had instructed the envoy to continue negotiating with the rebels",
        "said",
        "negotiating",
        StatementKind.INDIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # a finite aspectual verb reports what is going on
    (
        "The governor said the envoy continued negotiating with the rebels.",
        "the envoy continued negotiating with the rebels",
        "said",
        "negotiating",
        StatementKind.INDIRECT,
        EvidentialStatus.CLAIMED,
    ),
    # a frequency phrase with a simple present states a habit
    (
        '"He visits the troops a lot," the aide said.',
        '"He visits the troops a lot,"',
        "said",
        "visits",
        StatementKind.DIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # the speakers' own earlier saying in an "as" clause is taken as known
    (
        'The spokesman said: "As we have said since March, the minister has been helping the inquiry."',
        '"As we have said since March, the minister has been helping the inquiry."',
        "said:",
        "said",
        StatementKind.DIRECT,
        EvidentialStatus.OBSERVED,
    ),
    # a gerund in a prepositional phrase of the cue names its topic: the cue is still a saying
    (
        '"I would say the answer to that is yes," the senator said of accepting the offer.',
        '"I would say the answer to that is yes,"',
        "said of accepting",
        "say",
        StatementKind.DIRECT,
        EvidentialStatus.CLAIMED,
    ),
    # a first-person performative in the quoted words is claimed whatever the cue
    (
        'The governor went on to compare the plans. "So I would simply say to the voters: read them."',
        'the plans. "So I would simply say to the voters: read them."',
        "went on to compare",
        "say",
        StatementKind.MIXED,
        EvidentialStatus.CLAIMED,
    ),
    # "promise to" with an impersonal subject forecasts; it is no promise
    (
        '"That," he added, "promises to make life harder for our children."',
        '"promises to make life harder for our children."',
        "added",
        "promises",
        StatementKind.DIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # with a person as subject the promise was made
    (
        "The aide said the senator promised to make life easier for farmers.",
        "the senator promised to make life easier for farmers",
        "said",
        "promised",
        StatementKind.INDIRECT,
        EvidentialStatus.CLAIMED,
    ),
]


@pytest.mark.parametrize(("text", "content", "cue", "word", "kind", "status"), _CASES)
def test_classify_status_fifth_revision(
    nlp: Any, text: str, content: str, cue: str, word: str, kind: StatementKind, status: EvidentialStatus
) -> None:
    doc = nlp(text)
    start = text.index(content)
    trigger = next(t for t in doc if t.text == word and t.idx >= start)
    statement = _statement(text, content, cue, kind)
    assert classify_status(trigger, [statement]).status == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a subjectless participle clause hangs on a modal clause: it takes the modal
        ("The agency will publish the figures next week, adding a forecast.", "adding", "hypothetical"),
        # on a past clause it happened
        ("The agency published the figures last week, adding a forecast.", "adding", "observed"),
        # its negation is not shared: the citing happened
        ("The minister did not comment, citing the inquiry.", "citing", "observed"),
        # a gerund after a preposition under "than" is a course weighed against another
        (
            "Nothing matters more to the party than to winning the next election.",
            "winning",
            "hypothetical",
        ),
    ],
)
def test_classify_status_participle_and_course(nlp: Any, text: str, word: str, status: str) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert str(classify_status(trigger, []).status) == status
