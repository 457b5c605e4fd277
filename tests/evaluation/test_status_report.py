"""The status report scores the tuned and the held-out labelling batches apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.evaluate._events import LABELS
from watchfloor.evaluate._status import HELD_OUT, run, summary


@pytest.mark.eval
def test_status_report_keeps_held_out_batches_apart(shared_dir: Path, tmp_path: Path) -> None:
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    tuned = next(lab for lab in labels if int(lab.get("batch", 1)) not in HELD_OUT)
    held = [lab for lab in labels if int(lab.get("batch", 1)) in HELD_OUT][:2]
    gold = tmp_path / "labels.jsonl"
    gold.write_text("".join(json.dumps(lab) + "\n" for lab in [tuned, *held]), encoding="utf-8")
    report = run(gold, None)
    assert report["items"] == 3
    assert report["tuned"]["items"] == 1 and report["held_out"]["items"] == 2
    assert report["held_out_batches"] == sorted(HELD_OUT)
    assert sum(b["items"] for b in report["batches"].values()) == 3
    text = summary(report)
    assert "HELD OUT (batches 7" in text and "(held out)" in text and text.startswith("all: 3")
