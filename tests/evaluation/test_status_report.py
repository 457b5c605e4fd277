"""The status report scores the tuned and the held-out labelling batches apart, and works with none
held out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.evaluate import _status
from watchfloor.evaluate._events import LABELS
from watchfloor.evaluate._status import run, summary


def _sample(tmp_path: Path) -> tuple[Path, int]:
    """Three labelled items: one of the first batch, two of the last (the one a test holds out)."""
    labels = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    last = max(int(lab.get("batch", 1)) for lab in labels)
    first = next(lab for lab in labels if int(lab.get("batch", 1)) != last)
    held = [lab for lab in labels if int(lab.get("batch", 1)) == last][:2]
    gold = tmp_path / "labels.jsonl"
    gold.write_text("".join(json.dumps(lab) + "\n" for lab in [first, *held]), encoding="utf-8")
    return gold, last


@pytest.mark.eval
def test_status_report_keeps_held_out_batches_apart(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gold, last = _sample(tmp_path)
    monkeypatch.setattr(_status, "HELD_OUT", frozenset({last}))
    report = run(gold, None)
    assert report["items"] == 3
    assert report["tuned"]["items"] == 1 and report["held_out"]["items"] == 2
    assert report["held_out_batches"] == [last]
    assert sum(b["items"] for b in report["batches"].values()) == 3
    text = summary(report)
    assert f"HELD OUT (batches {last}" in text and "(held out)" in text and text.startswith("all: 3")


@pytest.mark.eval
def test_status_report_runs_with_no_held_out_batch(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gold, last = _sample(tmp_path)
    monkeypatch.setattr(_status, "HELD_OUT", frozenset({last + 1}))  # a batch not labelled yet
    report = run(gold, None)
    assert report["held_out_batches"] == [] and report["held_out"]["items"] == 0
    assert report["tuned"]["items"] == 3
    text = summary(report)
    assert "HELD OUT" not in text and "(held out)" not in text
    assert f"held out: none labelled yet (batches {last + 1} to come)" in text
    first = min(int(b) for b in report["batches"])
    assert f"tuned on (batches {first}, {last})" in text


def test_status_held_out_batches_were_never_read() -> None:
    # batches 1-15 were read for a rule revision (11-13 in the third round of 26 Nov, 14 in the fourth,
    # 15 in the fifth) and batch 16's summary was the sixth's check; batch 17 is held out
    assert _status.HELD_OUT and not _status.HELD_OUT & set(range(1, 17))


def test_status_summary_shows_no_held_out_batch_before_it_is_labelled() -> None:
    # until the lead adds batch 17 the labels hold no held-out item: the summary says so, and scores nothing
    report = {
        "items": 1,
        "accuracy": 1.0,
        "classes": {},
        "confusion": {},
        "tuned_batches": [15],
        "held_out_batches": [],
        "tuned": {"items": 1, "accuracy": 1.0, "classes": {}, "confusion": {}},
        "held_out": {"items": 0, "accuracy": None, "classes": {}, "confusion": {}},
        "batches": {"15": {"items": 1, "accuracy": 1.0, "classes": {}, "confusion": {}}},
    }
    text = summary(report)
    assert "HELD OUT" not in text and "(held out)" not in text
    assert (
        f"held out: none labelled yet (batches {', '.join(map(str, sorted(_status.HELD_OUT)))} to come)"
        in text
    )


@pytest.mark.eval
def test_status_report_scores_items_from_train_articles(shared_dir: Path, tmp_path: Path) -> None:
    # a held-out batch drawn from PolNeAR train (draw_new_items.py --train): its articles are read too
    from watchfloor.evaluate._common import read_jsonl

    article = read_jsonl(shared_dir / "data" / "polnear" / "train.jsonl.gz")[0]
    text = article["text"]
    start = next(i for i, ch in enumerate(text) if ch.isalpha())
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    label = {
        "split": "train",
        "article": article["id"],
        "sentence_start": start,
        "sentence_end": end,
        "trigger_start": start,
        "trigger_end": end,
        "trigger_chars": end - start,
        "label": "observed",
        "batch": 99,
    }
    gold = tmp_path / "labels.jsonl"
    gold.write_text(json.dumps(label) + "\n", encoding="utf-8")
    report = run(gold, None)
    assert report["items"] == 1 and list(report["batches"]) == ["99"]
