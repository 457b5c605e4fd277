"""Stage: web. The dashboard and JSON API over a store (``watchfloor serve``).

Views are server-rendered (Jinja2, autoescaped) with JSON and CSV twins at the same path
plus ``.json`` / ``.csv``; :func:`fetch` runs one request in-process (``serve --get``).
"""

from __future__ import annotations

from ._app import VIEWS, create_app
from ._inprocess import Fetched, fetch

__all__ = ["VIEWS", "Fetched", "create_app", "fetch"]
