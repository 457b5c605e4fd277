"""Evidential status, issue #5 round 15 (task S15): a reporting clause set into the words it reports ('There
was, she said, "a bargain."') is the writer's attribution of those words, a cue (observed by the guidelines),
not part of what the source claims; inside the quotation marks it is the quoted speaker's report."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import _parenthetical_report, _quoted
from watchfloor.model import EvidentialStatus, StatementKind

from ._evidential_fixtures import SOURCE, decide, osuna_statement


def _decide(nlp: Any, text: str, word: str, kind: StatementKind) -> tuple[EvidentialStatus, bool]:
    return decide(nlp, text, word, kind, _parenthetical_report)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (SOURCE + 'the count was late. There was, she said, "a quiet deal."', "said", StatementKind.MIXED),
        (
            SOURCE + "the count was late. The new rules, he said, would help the towns.",
            "said",
            StatementKind.INDIRECT,
        ),
        (
            SOURCE + "the count was late. The town, they said, lost more money.",
            "said",
            StatementKind.INDIRECT,
        ),
    ],
)
def test_a_reporting_clause_set_into_a_content_is_observed(
    nlp: Any, text: str, word: str, kind: StatementKind
) -> None:
    status, parenthetical = _decide(nlp, text, word, kind)
    assert parenthetical
    assert status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # inside the quotation marks the reporting clause is the quoted speaker's: the source claims it
        (SOURCE + '"The new rules, he said, would help the towns."', "said", StatementKind.MIXED),
        # a direct statement's content is all quoted words
        (SOURCE + "The new rules, he said, would help the towns.", "said", StatementKind.DIRECT),
    ],
)
def test_a_reporting_clause_inside_the_quoted_words_stays_claimed(
    nlp: Any, text: str, word: str, kind: StatementKind
) -> None:
    status, parenthetical = _decide(nlp, text, word, kind)
    assert not parenthetical
    assert status is EvidentialStatus.CLAIMED


def test_a_habitual_reporting_clause_stays_hypothetical(nlp: Any) -> None:
    # the guidelines' habitual: no particular saying; the habit outranks the reporting clause
    text = SOURCE + "the count was late. The new rules, he often says, would help the towns."
    status, _ = _decide(nlp, text, "says", StatementKind.INDIRECT)
    assert status is EvidentialStatus.HYPOTHETICAL


def test_a_saying_with_words_of_its_own_is_no_parenthetical(nlp: Any) -> None:
    # the saying governs a complement of its own: it is not the attribution of the clause around it
    text = SOURCE + 'the count was late. I hope the town says, "thank you for the work."'
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == "says")
    assert not _parenthetical_report(trigger, osuna_statement(text, StatementKind.MIXED))


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (SOURCE + 'the count was "late, she said, and slow."', True),
        (SOURCE + 'the count was "late," she said, "and slow."', False),
    ],
)
def test_quoted_counts_the_marks_opened_in_the_content(nlp: Any, text: str, quoted: bool) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == "said")
    assert _quoted(trigger, osuna_statement(text, StatementKind.MIXED)) is quoted
