"""The only fixture file: settings, the spaCy pipeline (loaded once), the shared data folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from watchfloor.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path | None:
    env = os.environ.get("WATCHFLOOR_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared"]:
        if (cand / "data").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Any:
    from watchfloor.nlp import load_pipeline

    return load_pipeline(settings)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip cleanly without it."""
    path = _shared()
    if path is None:
        pytest.skip("../shared is not present (a user's fresh clone)")
    return path


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    files = sorted((shared_dir / "seed").glob("*.txt"))
    if not files:
        pytest.skip("seed story not present")
    return files[0]


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")
