from __future__ import annotations

import importlib

import pytest

import watchfloor


def test_public_api_all_sorted_and_exported() -> None:
    names = [n for n in watchfloor.__all__ if n != "__version__"]
    assert names == sorted(names)
    for name in watchfloor.__all__:
        assert hasattr(watchfloor, name)


@pytest.mark.parametrize(
    "module",
    ["ingest", "nlp", "extract", "link", "store", "analytics", "web", "scale", "model", "errors", "settings"],
)
def test_public_api_stage_all_names_exist(module: str) -> None:
    mod = importlib.import_module(f"watchfloor.{module}")
    for name in getattr(mod, "__all__", []):
        assert hasattr(mod, name), f"watchfloor.{module}.__all__ lists missing {name}"
