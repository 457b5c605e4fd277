"""Evaluation gate: the html reader's main text and the cleaned body on shared/data/html_eval.

All 200 pages are scored (about 10 s of CPU on the 2-core machine); floors in floors_html.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.evaluate._html import run

FLOORS = json.loads((Path(__file__).parent / "floors_html.json").read_text(encoding="utf-8"))


@pytest.mark.eval
def test_html_gate_scores_above_floors(shared_dir: Path) -> None:
    report = run(shared_dir / "data" / "html_eval" / "evaldata.json", None)
    assert report["pages"] == FLOORS["pages"]
    failures = []
    for part, figures in (("body", report), ("reader", report["reader"])):
        for measure, floor in FLOORS[part].items():
            if figures[measure] < floor:
                failures.append(f"{part} {measure}: {figures[measure]:.4f} < floor {floor}")
    assert not failures, "; ".join(failures)
    # cleaning only removes lines: it must not lose a 'with' snippet the reader found, nor add leaks
    assert report["tp"] == report["reader"]["tp"]
    assert report["fp"] <= report["reader"]["fp"]
