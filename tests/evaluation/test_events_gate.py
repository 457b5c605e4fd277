"""Evaluation gates for CAMEO event coding and evidential status (floors just below the measured scores).

``events``: the CAMEO codebook examples and their PLOVER recoding (the PETRARCH2 validation
records are reported by ``python -m watchfloor.evaluate events`` but not gated: most of their
codes are WEIS codes and their actors are fictional), the team-written crisis probe
(``tests/data/events/crisis_probe_*.jsonl``) and the event-date set (``event_dates_dev.jsonl``,
gated on its date accuracy only). ``status``: the team-labelled PolNeAR dev triggers in
``tests/data/evidential/``. The issue's targets are kept in the floors file under
``targets``; the floors are a ratchet towards them, not the targets themselves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads(Path(__file__).with_name("floors_events.json").read_text(encoding="utf-8"))


@pytest.mark.eval
@pytest.mark.parametrize("name", sorted(FLOORS["events"]))
def test_events_gate(request: pytest.FixtureRequest, name: str) -> None:
    from watchfloor.evaluate._events import PROBE_SETS, run, set_path

    if name not in PROBE_SETS:
        request.getfixturevalue("shared_dir")  # the CAMEO sets are in ../shared (skips without it)
    floors = FLOORS["events"][name]
    report = run(set_path(name), None)["sets"][name]
    assert report["records"] == floors["records"]
    failures = [
        f"{metric}: {report[metric]:.4f} < floor {floor:.4f}"
        for metric, floor in floors.items()
        if metric != "records" and report[metric] < floor
    ]
    assert not failures, failures


@pytest.mark.eval
def test_status_gate(shared_dir: Path) -> None:
    from watchfloor.evaluate._events import MIN_CLASS
    from watchfloor.evaluate._status import run as run_status

    floors = FLOORS["status"]
    report = run_status(None, None)
    assert report["items"] == floors["items"]
    failures = [] if report["accuracy"] >= floors["accuracy"] else [f"accuracy {report['accuracy']}"]
    for name, scores in report["classes"].items():
        if scores["gold"] < MIN_CLASS:
            continue
        for metric in ("precision", "recall"):
            floor = floors["classes"][name][metric]
            if (scores[metric] or 0.0) < floor:
                failures.append(f"{name} {metric}: {scores[metric]} < floor {floor}")
    for split, split_floors in floors.get("splits", {}).items():
        got = report["splits"][split]
        assert got["items"] == split_floors["items"]
        for name, metrics in split_floors["classes"].items():
            for metric, floor in metrics.items():
                value = got["classes"][name][metric]
                if (value or 0.0) < floor:
                    failures.append(f"{split} {name} {metric}: {value} < floor {floor}")
    assert not failures, failures
