"""The blind real-news timex references resolve against PolNeAR dev, and bad ones are named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from watchfloor.errors import SettingsError
from watchfloor.evaluate._timex import REALNEWS, load_realnews


def test_load_realnews_builds_gold_documents(shared_dir: Path) -> None:
    docs = load_realnews(shared_dir)
    assert len(docs) == 24
    assert sum(len(d["timexes"]) for d in docs) == 361
    for d in docs:
        assert d["dct"] == d["id"].split("_")[1] and len(d["dct"]) == 10
        for t in d["timexes"]:
            assert 0 <= t["start"] < t["end"] <= len(d["text"])
            assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}


def test_load_realnews_names_a_reference_that_does_not_fit(shared_dir: Path, tmp_path: Path) -> None:
    first = json.loads(REALNEWS.read_text(encoding="utf-8").splitlines()[0])
    bad = tmp_path / "refs.jsonl"
    bad.write_text(
        json.dumps(first) + "\n" + json.dumps(dict(first, text_chars=999)) + "\n", encoding="utf-8"
    )
    with pytest.raises(SettingsError) as err:
        load_realnews(shared_dir, bad)
    assert err.value.code == "WF-E032" and "line 2" in str(err.value) and first["article"] in str(err.value)
    missing = tmp_path / "missing.jsonl"
    missing.write_text(json.dumps(dict(first, article="no-such_2016-01-01_x")) + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="no such article"):
        load_realnews(shared_dir, missing)
