"""Evaluation gate for events on real news: today's events against the people's judgements in
``tests/data/events`` (``python -m watchfloor.evaluate judged``), floors just below the measured
figures. The issue's target (event precision 0.80 on real news) is kept under ``targets``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads(Path(__file__).with_name("floors_judged.json").read_text(encoding="utf-8"))


@pytest.mark.eval
def test_judged_gate(shared_dir: Path) -> None:
    from watchfloor.evaluate._judged import run

    report = run(None, None)
    failures = []
    for group, floors in FLOORS["floors"].items():
        scores = report[group] if group in ("train_all", "dev_all") else report["groups"][group]
        assert scores["items"] == floors["items"], group
        failures += [
            f"{group} {metric}: {scores[metric]} < floor {floor}"
            for metric, floor in floors.items()
            if metric != "items" and (scores[metric] or 0.0) < floor
        ]
    assert not failures, failures
