"""A statement by "Osuna" whose source and cue open the text and whose content is the rest of it, and the
status a rule of ``extract/evidential.py`` gives a word of it: shared by the evidential rule tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from watchfloor.extract.evidential import classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind

SOURCE = "Osuna told reporters "


def osuna_statement(text: str, kind: StatementKind) -> Statement:
    """A statement whose source and cue open the text (``SOURCE``) and whose content is the rest of it."""
    return Statement(
        id="s1",
        source=Span.of(text, 0, 5),
        cue=Span.of(text, 6, 10),
        content=Span.of(text, len(SOURCE), len(text)),
        kind=kind,
        speaker=Speaker(name="Osuna"),
        sentence=Span.of(text, 0, len(text)),
    )


def decide(
    nlp: Any, text: str, word: str, kind: StatementKind, rule: Callable[[Any, Statement], bool]
) -> tuple[EvidentialStatus, bool]:
    """The status of the last ``word`` of ``text`` in Osuna's statement, and what ``rule`` says of it."""
    doc = nlp(text)
    trigger = [t for t in doc if t.text == word][-1]
    statement = osuna_statement(text, kind)
    return classify_status(trigger, [statement]).status, rule(trigger, statement)
