"""A saying the writer narrates inside a mixed statement (issue #5, task S13): 'He added that members are
"Latino, …"' heads a sentence of the writer's own words between the quoted ones, so it is the writer's
report of a further saying (observed, as a cue is), not what the source claims."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import _narrated_saying
from watchfloor.model import EvidentialStatus, StatementKind

from ._evidential_fixtures import SOURCE, decide


def _decide(nlp: Any, text: str, word: str, kind: StatementKind) -> tuple[EvidentialStatus, bool]:
    return decide(nlp, text, word, kind, _narrated_saying)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (SOURCE + 'the group backs no party. He added that members are "Latino and non-Latino."', "added"),
        (SOURCE + 'the law is "unfair." He says the courts will decide.', "says"),
        (SOURCE + 'the vote was "a mess." She insisted that the count was fair.', "insisted"),
    ],
)
def test_narrated_saying_in_a_mixed_statement_is_observed(nlp: Any, text: str, word: str) -> None:
    status, narrated = _decide(nlp, text, word, StatementKind.MIXED)
    assert narrated
    assert status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # an indirect content: a saying it reports is what the source claims ("He said it over and over, …")
        (SOURCE + "the group backs no party. He added that they vote.", "added", StatementKind.INDIRECT),
        # inside the quoted words the saying is the speaker's
        (SOURCE + '"the group backs no party. He added that they vote."', "added", StatementKind.MIXED),
        # the cue of a quotation the source reports ('"It has happened," she said, as recalled in a book')
        (SOURCE + '"It has happened," she said, as the book recalls.', "said", StatementKind.MIXED),
        # a first-person saying is no narration of the writer's
        (SOURCE + 'the law is "unfair." I said that the courts will decide.', "said", StatementKind.MIXED),
    ],
)
def test_other_sayings_in_a_content_stay_claimed(nlp: Any, text: str, word: str, kind: StatementKind) -> None:
    status, narrated = _decide(nlp, text, word, kind)
    assert not narrated
    assert status is EvidentialStatus.CLAIMED
