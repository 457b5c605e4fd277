"""Extraction: from a parsed article to statements, events and time expressions.

Built-in extractors are registered in one explicit list (:data:`BUILTIN`); ``extract``
runs them in order, each reading what earlier ones provided.
"""

from __future__ import annotations

from ._registry import BUILTIN, Extractor, check_chain, check_spans, extract, extractors

__all__ = ["BUILTIN", "Extractor", "check_chain", "check_spans", "extract", "extractors"]
