from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import Errors, ExtractError, SettingsError
from ..model import Event, Extraction, ParsedArticle, Span, Statement, Timex
from ..registry import Registry
from ..settings import Settings

__all__ = ["BUILTIN", "Extractor", "check_chain", "check_spans", "extract", "extractors"]

# What an extractor sees: the facts produced so far, by kind ("timexes", "statements", "events").
Facts = dict[str, list[Any]]


@dataclass(frozen=True, slots=True)
class Extractor:
    """A versioned extractor: reads ``requires`` kinds from earlier ones, adds ``provides``."""

    name: str  # versioned, e.g. "attribution.v1"
    provides: str
    requires: tuple[str, ...]
    run: Callable[[ParsedArticle, Facts, Settings], list[Any]]


extractors: Registry[Extractor] = Registry("extractor")


def _timex(parsed: ParsedArticle, facts: Facts, settings: Settings) -> list[Any]:
    from .timex import extract_timexes

    return list(extract_timexes(parsed))


def _attribution(parsed: ParsedArticle, facts: Facts, settings: Settings) -> list[Any]:
    from .attribution import extract_statements

    return list(
        extract_statements(
            parsed,
            facts.get("timexes", []),
            tagger=settings.attribution_tagger,
            reranker=settings.attribution_reranker,
            edges=settings.attribution_edges,
        )
    )


def _events(parsed: ParsedArticle, facts: Facts, settings: Settings) -> list[Any]:
    from .events import extract_events

    statements, timexes = facts.get("statements", []), facts.get("timexes", [])
    return list(
        extract_events(
            parsed, statements, timexes, keep_filter=settings.event_filter, status_model=settings.status_model
        )
    )


BUILTIN: tuple[Extractor, ...] = (
    Extractor("timex.v1", "timexes", (), _timex),
    Extractor("attribution.v1", "statements", ("timexes",), _attribution),
    Extractor("events.v1", "events", ("statements", "timexes"), _events),
)

for _extractor in BUILTIN:
    extractors.register(_extractor.name, _extractor)


def check_chain(chain: Sequence[Extractor]) -> None:
    """Raise if an extractor requires a kind that no earlier extractor provides."""
    provided: set[str] = set()
    for ex in chain:
        missing = [r for r in ex.requires if r not in provided]
        if missing:
            raise SettingsError(Errors.E301.format(name=ex.name, missing=missing))
        provided.add(ex.provides)


def extract(
    parsed: ParsedArticle,
    settings: Settings | None = None,
    chain: Sequence[Extractor] = BUILTIN,
) -> Extraction:
    """Run the extractor chain over one parsed article. Pure: no I/O, deterministic."""
    settings = settings or Settings()
    facts: Facts = {}
    for ex in chain:
        facts[ex.provides] = ex.run(parsed, facts, settings)
    statements: list[Statement] = facts.get("statements", [])
    events: list[Event] = facts.get("events", [])
    timexes: list[Timex] = facts.get("timexes", [])
    extraction = Extraction(
        article=parsed.article,
        statements=tuple(statements),
        events=tuple(events),
        timexes=tuple(timexes),
    )
    check_spans(extraction)
    return extraction


def check_spans(extraction: Extraction) -> None:
    """Raise ``ExtractError`` (WF-E302) unless every span is exactly ``text[start:end]``."""
    text = extraction.article.text
    spans: list[Span | None] = []
    for s in extraction.statements:
        spans += [s.source, s.cue, s.content, s.sentence, *s.fragments]
    for e in extraction.events:
        spans += [e.trigger, e.sentence]
    spans += [Span(start=t.start, end=t.end, text=t.text) for t in extraction.timexes]
    for span in spans:
        if span is not None and text[span.start : span.end] != span.text:
            where = extraction.article.origin or extraction.article.id
            raise ExtractError(Errors.E302.format(where=where, start=span.start, end=span.end))
