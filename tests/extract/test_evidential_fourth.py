"""Status rules of the fourth revision of 26 Nov (issue #5): words of saying assert what they report,
known events stay known under the verbs and intentions above them, a gerund after a noun names a
course of action, and "unable to" / "insufficient to" say what was not done."""

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


def _status(nlp: Any, text: str, word: str, statements: list[Statement]) -> EvidentialStatus:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify_status(trigger, statements).status


@pytest.mark.parametrize("cue", ["concluded", "reiterated"])
def test_classify_status_saying_verbs_assert_a_quotation(nlp: Any, cue: str) -> None:
    text = f'"The sanctions show that the regime funds the militias," they {cue}.'
    statement = _statement(
        text, '"The sanctions show that the regime funds the militias,"', cue, StatementKind.DIRECT
    )
    assert _status(nlp, text, "funds", [statement]) is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # a named event as object is known history, whatever the cue
        (
            "The mayor noted the Sept. 11 attacks and her work for the police.",
            "the Sept. 11 attacks and her work for the police",
            "noted",
            "attacks",
            EvidentialStatus.OBSERVED,
        ),
        # an indefinite object of the same cue is still what the source reports
        (
            "The mayor noted an attack on the police station.",
            "an attack on the police station",
            "noted",
            "attack",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_named_event_objects(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, [_statement(text, content, cue)]) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a possessed event noun the verb acts on is there already, under an intention or a modal
        (
            "In 2008 she sought to counter the senator's appeal to young voters.",
            "appeal",
            EvidentialStatus.OBSERVED,
        ),
        (
            "The governor plans to end the army's occupation of the valley.",
            "occupation",
            EvidentialStatus.OBSERVED,
        ),
        # the object of a light verb is the event to be held
        ("The governor plans to hold his meeting with the unions.", "meeting", EvidentialStatus.HYPOTHETICAL),
        # a gerund after for/to/against on a noun names a course of action
        (
            "The law set up a process for admitting and resettling refugees.",
            "admitting",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "The law set up a process for admitting and resettling refugees.",
            "resettling",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "There is strong resistance to welcoming refugees in the town.",
            "welcoming",
            EvidentialStatus.HYPOTHETICAL,
        ),
        # not on a noun that judges or answers what was done
        ("The town got credit for welcoming the refugees.", "welcoming", EvidentialStatus.OBSERVED),
        (
            "In addition to releasing the prisoners, the army withdrew.",
            "releasing",
            EvidentialStatus.OBSERVED,
        ),
        # an infinitive after "unable" / "insufficient", also when the parser hangs it on the copula
        ("The evidence is insufficient to support a prosecution.", "support", EvidentialStatus.NEGATED),
        ("Congress was unable to act on the bill.", "act", EvidentialStatus.NEGATED),
    ],
)
def test_classify_status_known_objects_courses_and_inability(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a verb whose object is determined by "no" did not happen; not a saying that quotes a "no"
        ("The company offers no paid leave to its workers.", "offers", EvidentialStatus.NEGATED),
        ("The company offers paid leave to its workers.", "offers", EvidentialStatus.OBSERVED),
        ("When I said no boots on the ground, I meant it.", "said", EvidentialStatus.OBSERVED),
        # litotes: "not the first time" says it has happened before
        (
            "It is not the first time that the company has broken the rules.",
            "broken",
            EvidentialStatus.OBSERVED,
        ),
        ("It is not something that the company has done.", "done", EvidentialStatus.NEGATED),
        # a bare plural in the phrase of a modal verb is as unrealised as the verb
        ("Officials could still be subject to sanctions.", "sanctions", EvidentialStatus.HYPOTHETICAL),
        ("Officials could still be subject to the sanctions.", "sanctions", EvidentialStatus.OBSERVED),
        # a record of doing something says it was done
        ("There is a long precedent for opposing the tax.", "opposing", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_no_objects_litotes_and_bare_plurals(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


def test_classify_status_command_after_an_interjection(nlp: Any) -> None:
    text = '"Yes, ask the governor," she replied.'
    statement = _statement(text, '"Yes, ask the governor,"', "replied", StatementKind.DIRECT)
    assert _status(nlp, text, "ask", [statement]) is EvidentialStatus.HYPOTHETICAL
