"""A statement by "Osuna" whose source and cue open the text and whose content is the rest of it, the
status a rule of ``extract/evidential.py`` gives a word of it, and an indirect statement drawn as attribution
draws it on wire copy: shared by the evidential rule tests."""

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


def indirect_statement(text: str, cue: str) -> Statement:
    """An indirect statement: its source is the text before ``cue``, its content what follows the cue
    (after "that") up to the final full stop."""
    at = text.index(f" {cue} ") + 1
    start = at + len(cue) + 1
    if text.startswith("that ", start):
        start += len("that ")
    return Statement(
        id="s1",
        source=Span.of(text, 0, at - 1),
        cue=Span.of(text, at, at + len(cue)),
        content=Span.of(text, start, len(text) - 1),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name=text[: at - 1]),
        sentence=Span.of(text, 0, len(text)),
    )


def summed_denial(text: str, source: str, cue: str) -> Statement:
    """A denial whose source is the noun set after the clause it denies ("…, a charge Kigali denied"), as
    attribution draws it: source and cue after the clause, that clause the content."""
    at = text.index(source)
    return Statement(
        id="s2",
        source=Span.of(text, at, at + len(source)),
        cue=Span.of(text, text.index(cue, at), text.index(cue, at) + len(cue)),
        content=Span.of(text, 0, at - 2),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name=source),
        sentence=Span.of(text, 0, len(text)),
    )
