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


def test_html_body_of_drops_boilerplate_lines() -> None:
    from watchfloor.evaluate._html import body_of

    text = "The talks resumed in Geneva on Friday.\nOfficials were upbeat.\nShare this: [link]"
    assert body_of("u", text) == "The talks resumed in Geneva on Friday.\nOfficials were upbeat."
    assert body_of("u", None) is None
    assert body_of("u", "Twitter: [link]") is None


def test_html_summary_renders_both_figures() -> None:
    from watchfloor.evaluate._html import summary

    figures = {
        "tp": 3,
        "fp": 1,
        "fn": 0,
        "tn": 2,
        "precision": 0.75,
        "recall": 1.0,
        "accuracy": 5 / 6,
        "f1": 6 / 7,
    }
    report = {**figures, "pages": 2, "pages_per_s": 9.0, "pages_per_cpu_s": 10.0, "reader": figures}
    text = summary({**report, "reference_trafilatura": {"precision": 0.883, "recall": 0.952, "f1": 0.916}})
    assert "article body" in text and "reader text" in text and "P 0.750" in text and "F1 0.916" in text
