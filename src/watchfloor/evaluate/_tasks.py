"""The built-in evaluation tasks, registered from one list."""

from __future__ import annotations

import importlib

from ._common import EvalTask, tasks

__all__ = ["register_all"]

# (task name, module under watchfloor.evaluate that defines TASK: EvalTask)
BUILTIN: tuple[tuple[str, str], ...] = (
    ("html", "_html"),
    ("timex", "_timex"),
    ("claims", "_claims"),
    ("events", "_events"),
    ("status", "_status"),
    ("attribution", "_attribution"),
    ("judged", "_judged"),
)


def register_all() -> None:
    for name, module in BUILTIN:
        if name not in tasks:
            task: EvalTask = importlib.import_module(f"watchfloor.evaluate.{module}").TASK
            tasks.register(name, task)
