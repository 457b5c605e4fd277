"""Evaluation gate for time expressions: TempEval-3 train, AQUAINT part (held out from rule tuning).

The rules were tuned on the TimeBank part only; the gate scores the AQUAINT part (73 documents,
579 TIMEX3) so that it stays under a minute on a shared 2-core machine (parsing all 256 documents
takes longer there). ``python -m watchfloor.evaluate timex`` reports all three parts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = Path(__file__).with_name("floors_timex.json")


@pytest.mark.eval
def test_timex_gate_aquaint_held_out(shared_dir: Path) -> None:
    from watchfloor.evaluate._timex import HELD_OUT, evaluate, load_gold

    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    gold = load_gold(shared_dir / "data" / "tempeval3" / "train.jsonl.gz")
    docs = [d for d in gold if d["corpus"] == HELD_OUT]
    assert len(docs) == floors["n_docs"]
    report = evaluate(docs)[HELD_OUT]
    assert report["n_gold"] == floors["n_gold"]
    failures = []
    for metric, floor in floors["f1"].items():
        score = report[metric]["f1"]
        if score < floor:
            failures.append(f"{metric}: {score:.4f} < floor {floor:.4f}")
    assert not failures, failures
