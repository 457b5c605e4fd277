"""Natural-language processing: spaCy loaded once per process, articles parsed in batches.

The parse runs over :meth:`Article.body_text` (non-body characters blanked, same length), so
every token offset is an offset into the article's original text.
"""

from __future__ import annotations

from ._pipeline import load_pipeline, parse, parse_one

__all__ = ["load_pipeline", "parse", "parse_one"]
