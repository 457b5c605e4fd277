"""``python -m watchfloor.evaluate status``: the evidential status task (defined in ``_events``)."""

from __future__ import annotations

from ._events import STATUS_TASK

__all__ = ["TASK"]

TASK = STATUS_TASK
