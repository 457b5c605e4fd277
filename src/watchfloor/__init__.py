"""watchfloor: who claims what, about which event, when — and whether the record backs it up."""

from __future__ import annotations

import logging

from .errors import (
    ExtractError,
    IngestError,
    InputError,
    KnowledgeError,
    SettingsError,
    StoreError,
    WatchfloorError,
)
from .model import (
    Actor,
    Article,
    ClaimStatus,
    Event,
    EvidentialStatus,
    Extraction,
    QuadClass,
    RawDocument,
    Reject,
    Span,
    Speaker,
    Statement,
    StatementKind,
    Timex,
    TimexType,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ClaimStatus",
    "Event",
    "EvidentialStatus",
    "ExtractError",
    "Extraction",
    "IngestError",
    "InputError",
    "KnowledgeError",
    "QuadClass",
    "RawDocument",
    "Reject",
    "Settings",
    "SettingsError",
    "Span",
    "Speaker",
    "Statement",
    "StatementKind",
    "StoreError",
    "Timex",
    "TimexType",
    "WatchfloorError",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
