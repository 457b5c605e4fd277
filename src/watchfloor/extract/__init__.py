"""Extraction: from a parsed article to statements, events and time expressions.

Built-in extractors are registered in one explicit list (:data:`BUILTIN`); ``extract``
runs them in order, each reading what earlier ones provided.
"""

from __future__ import annotations

from ._registry import BUILTIN, Extractor, check_chain, check_spans, extract, extractors
from .actors import ActorCode, code_actor
from .attribution import extract_statements
from .events import extract_events
from .evidential import StatusDecision, classify_status

__all__ = [
    "BUILTIN",
    "ActorCode",
    "Extractor",
    "StatusDecision",
    "check_chain",
    "check_spans",
    "classify_status",
    "code_actor",
    "extract",
    "extract_events",
    "extract_statements",
    "extractors",
]
