from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_docs_reference_pages_are_current() -> None:
    """docs/settings.md, errors.md and cli.md are generated from the code and must match it."""
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_docs_evaluation_tasks_documented() -> None:
    from watchfloor.evaluate._tasks import BUILTIN

    text = (REPO / "docs" / "evaluation.md").read_text(encoding="utf-8")
    for name, _module in BUILTIN:
        assert f"evaluate {name}" in text, f"docs/evaluation.md does not document task {name!r}"
