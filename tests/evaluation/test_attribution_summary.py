"""The attribution task's printed report says which optional stages ran (no ../shared needed)."""

from __future__ import annotations

from typing import Any

from watchfloor.evaluate._attribution import summary


def _report(**switches: bool) -> dict[str, Any]:
    scores = {"f1": 0.5, "source_acc": 0.9, "n_gold": 10}
    kind = {"exact": scores, "overlap": scores}
    return {
        "summary": "content_f1_overlap=0.500",
        "by_kind": {k: kind for k in ("direct", "indirect", "mixed")},
        "content": kind,
        "n_gold": 30,
        "seconds": {"parse": 1.0, "extract": 0.2},
        "throughput_ratio": 0.833,
        **switches,
    }


def test_summary_names_the_stages_at_their_defaults() -> None:
    lines = summary(_report()).splitlines()
    assert lines[1] == "span tagger: on (WATCHFLOOR_ATTRIBUTION_TAGGER=0 turns it off)"
    assert lines[2] == "reranker: on (WATCHFLOOR_ATTRIBUTION_RERANKER=0 turns it off)"
    assert lines[3] == "edge refiner: on (WATCHFLOOR_ATTRIBUTION_EDGES=0 turns it off)"


def test_summary_names_the_stages_switched() -> None:
    text = summary(_report(attribution_tagger=False, attribution_reranker=False, attribution_edges=False))
    assert text.splitlines()[1:4] == ["span tagger: off", "reranker: off", "edge refiner: off"]
    assert "all           0.500       0.500       0.900      30" in text
