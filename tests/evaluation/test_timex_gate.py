"""Evaluation gate for time expressions: TempEval-3 train, every document, floors per part.

The rules have been tuned on both parts of TempEval-3 train (TimeBank and AQUAINT), so none of
these figures is held out; the gate guards the ``all`` row and each part, and the AQUAINT halves
(its development half and the half that was only checked) against regressions. One parse of the
256 documents (entity recogniser off) takes ~25 s of CPU. ``python -m watchfloor.evaluate timex``
prints the same table.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).with_name("floors_timex.json")


@pytest.mark.eval
def test_timex_gate_all_parts(shared_dir: Path) -> None:
    from watchfloor.evaluate._timex import evaluate, load_gold

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    gold = load_gold(shared_dir / "data" / "tempeval3" / "train.jsonl.gz")
    report = evaluate(gold)
    failures = []
    for part, expected in floors["parts"].items():
        rep = report[part]
        assert (rep["n_docs"], rep["n_gold"]) == (expected["n_docs"], expected["n_gold"]), part
        for metric, floor in expected["f1"].items():
            score = rep[metric]["f1"]
            if score < floor:
                failures.append(f"{part} {metric}: {score:.4f} < floor {floor:.4f}")
    assert not failures, failures


@pytest.mark.eval
def test_timex_gate_realnews_blind(shared_dir: Path) -> None:
    """The held-out row: 361 expressions in 24 PolNeAR dev articles, annotated blind (~15 s)."""
    from watchfloor.evaluate._timex import evaluate, load_realnews

    expected = json.loads(FLOORS.read_text(encoding="utf-8"))["held_out"]["PolNeAR-blind"]
    rep = evaluate(load_realnews(shared_dir))["all"]
    assert (rep["n_docs"], rep["n_gold"]) == (expected["n_docs"], expected["n_gold"])
    low = {m: rep[m]["f1"] for m, floor in expected["f1"].items() if rep[m]["f1"] < floor}
    assert not low, low
