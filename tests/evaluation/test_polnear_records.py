"""``polnear_records`` finds PolNeAR records by id in dev, and reads train only for ids dev lacks."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from watchfloor.evaluate._common import polnear_records


def _shared(tmp_path: Path, train_readable: bool) -> Path:
    polnear = tmp_path / "data" / "polnear"
    polnear.mkdir(parents=True)
    dev = [{"id": "d1", "text": "a"}, {"id": "d2", "text": "b"}]
    (polnear / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in dev), encoding="utf-8")
    if train_readable:
        with gzip.open(polnear / "train.jsonl.gz", "wt", encoding="utf-8") as fh:
            fh.write(json.dumps({"id": "t1", "text": "c"}) + "\n")
    else:
        (polnear / "train.jsonl.gz").write_bytes(b"not gzip")  # reading it would fail
    return tmp_path


def test_polnear_records_dev_only_never_reads_train(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHFLOOR_SHARED", str(_shared(tmp_path, train_readable=False)))
    assert sorted(polnear_records(["d2"])) == ["d2"]


def test_polnear_records_reads_train_for_missing_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHFLOOR_SHARED", str(_shared(tmp_path, train_readable=True)))
    found = polnear_records(iter(["d1", "t1"]))
    assert sorted(found) == ["d1", "t1"] and found["t1"]["text"] == "c"
