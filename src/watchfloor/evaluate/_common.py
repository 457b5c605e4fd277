from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import Errors, SettingsError
from ..registry import Registry

__all__ = ["EvalTask", "find_shared", "load_scorer", "tasks"]


@dataclass(frozen=True, slots=True)
class EvalTask:
    """An evaluation: ``run(gold_path or None, limit or None) -> report``; ``summary`` renders it."""

    name: str
    help: str
    run: Callable[[Path | None, int | None], dict[str, Any]]
    summary: Callable[[dict[str, Any]], str]


tasks: Registry[EvalTask] = Registry("evaluation task")


def find_shared() -> Path:
    """The ``shared`` folder: ``$WATCHFLOOR_SHARED``, else ``../shared`` from the cwd or the repo."""
    candidates = []
    if os.environ.get("WATCHFLOOR_SHARED"):
        candidates.append(Path(os.environ["WATCHFLOOR_SHARED"]))
    candidates.append(Path.cwd().parent / "shared")
    candidates.append(Path(__file__).resolve().parents[4] / "shared")
    for path in candidates:
        if (path / "data").is_dir():
            return path
    raise SettingsError(Errors.E030.format(path=candidates[-1]))


def load_scorer(name: str) -> ModuleType:
    """Import a stdlib scorer from ``shared/eval`` by file name (e.g. ``score_timex``)."""
    path = find_shared() / "eval" / f"{name}.py"
    if not path.is_file():
        raise SettingsError(Errors.E030.format(path=path))
    spec = importlib.util.spec_from_file_location(f"_wf_scorer_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
