from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "fuzz" / "fuzz_readers.py"
RSS_HEADROOM_MB = 2048  # libFuzzer's default limit, counted above what the child starts with


def _rss_limit_mb() -> int:
    """libFuzzer's RSS limit for a child of this process.

    Linux carries a process's peak RSS (``ru_maxrss``) over fork and exec, so the harness starts
    with the peak of the pytest process that spawned it (spaCy and the knowledge tables loaded by
    earlier tests: about 2 GB in a full run); libFuzzer reads that peak as its own and would report
    an out-of-memory at once. The limit is set that much above the inherited peak.
    """
    inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return inherited + RSS_HEADROOM_MB


def test_fuzz_readers_bounded_atheris_run(tmp_path: Path) -> None:
    """A bounded atheris run over every reader and the cleaner finds no crash or hang."""
    pytest.importorskip("atheris")
    proc = subprocess.run(
        [
            sys.executable,
            str(HARNESS),
            "-atheris_runs=4000",
            f"-rss_limit_mb={_rss_limit_mb()}",
            f"-malloc_limit_mb={RSS_HEADROOM_MB}",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Done 4000" in proc.stderr
