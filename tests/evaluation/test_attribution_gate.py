"""Evaluation gate for attributed statements: PolNeAR dev (84 articles, 2,192 attributions).

Runs the same code as ``python -m watchfloor.evaluate attribution`` (parse in batches, extract,
score with ``shared/eval/score_attributions.py``) and fails if a figure falls below its floor in
``floors_attribution.json`` (set a little below the measured figures). The cue table was mined
from PolNeAR train only; dev is the measuring split.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).with_name("floors_attribution.json")


@pytest.mark.eval
def test_attribution_gate_polnear_dev(shared_dir: Path) -> None:
    from watchfloor.evaluate._attribution import run

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    report = run(shared_dir / "data" / "polnear" / "dev.jsonl", None)
    assert report["n_gold"] == floors["n_gold"]
    content = report["content"]
    scores = {
        "overlap_f1": content["overlap"]["f1"],
        "exact_f1": content["exact"]["f1"],
        "source_acc": content["overlap"]["source_acc"],
        "direct_overlap_f1": report["by_kind"]["direct"]["overlap"]["f1"],
        "indirect_overlap_f1": report["by_kind"]["indirect"]["overlap"]["f1"],
        "mixed_overlap_f1": report["by_kind"]["mixed"]["overlap"]["f1"],
    }
    failures = [
        f"{name}: {scores[name]:.4f} < floor {floor:.4f}"
        for name, floor in floors["floors"].items()
        if scores[name] < floor
    ]
    assert not failures, failures
