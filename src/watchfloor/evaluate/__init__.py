"""Evaluation tasks: ``python -m watchfloor.evaluate TASK [--gold FILE] [--json]``.

Each task scores watchfloor on data in ``../shared/data`` (or ``WATCHFLOOR_SHARED``) with
the scorers in ``../shared/eval``, and returns a report dict. Tasks are registered in one
list below; the CI gate (``tests/evaluation/``) checks them against ``floors.json``.
"""

from __future__ import annotations

from ._common import EvalTask, find_shared, load_scorer, tasks

__all__ = ["EvalTask", "find_shared", "load_scorer", "tasks"]
