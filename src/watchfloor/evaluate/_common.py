from __future__ import annotations

import gzip
import importlib.util
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import Errors, SettingsError
from ..registry import Registry

__all__ = ["EvalTask", "find_shared", "load_scorer", "polnear_records", "read_jsonl", "tasks"]


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


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON-lines file (gzipped when it ends in ``.gz``), blank lines skipped;
    a missing file is WF-E030."""
    if not path.is_file():
        raise SettingsError(Errors.E030.format(path=path))
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def polnear_records(ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The PolNeAR records (``shared/data/polnear``) with these ids, by id: dev's, and train's for
    the ids dev lacks (train, large and gzipped, is read only then)."""
    wanted = set(ids)
    polnear = find_shared() / "data" / "polnear"
    found = {r["id"]: r for r in read_jsonl(polnear / "dev.jsonl") if r["id"] in wanted}
    if wanted - found.keys():
        found.update({r["id"]: r for r in read_jsonl(polnear / "train.jsonl.gz") if r["id"] in wanted})
    return found


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
