from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "fuzz" / "fuzz_readers.py"


def test_fuzz_readers_bounded_atheris_run(tmp_path: Path) -> None:
    """A bounded atheris run over every reader and the cleaner finds no crash or hang."""
    pytest.importorskip("atheris")
    proc = subprocess.run(
        [sys.executable, str(HARNESS), "-atheris_runs=4000", f"-artifact_prefix={tmp_path}/"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Done 4000" in proc.stderr
