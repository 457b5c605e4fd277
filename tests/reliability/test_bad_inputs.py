"""Hostile inputs through the readers and the cleaner: each ends as an article or a clear reject, fast."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from watchfloor.ingest import ingest
from watchfloor.model import Article, Reject
from watchfloor.settings import Settings

BOUND_SECONDS = 20.0


def _run(paths: list[Path], settings: Settings | None = None) -> list[Article | Reject]:
    started = time.monotonic()
    out = list(ingest([str(p) for p in paths], settings or Settings()))
    assert time.monotonic() - started < BOUND_SECONDS
    return out


def test_bad_inputs_nul_bytes_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Officials said\x00\x00\x00 things\x00" * 50)
    [item] = _run([path])
    assert isinstance(item, Reject) and item.code == "WF-E102" and "nul.txt" in item.message


def test_bad_inputs_50mb_single_line_rejected_quickly(tmp_path: Path) -> None:
    big = "x" * (50 * 1024 * 1024)
    txt = tmp_path / "big.txt"
    txt.write_text(big)
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(
        json.dumps({"id": "huge", "text": big}) + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n"
    )
    items = _run([txt, jsonl])
    codes = [i.code if isinstance(i, Reject) else "article" for i in items]
    assert codes == ["WF-E114", "WF-E114", "article"]
    assert "big.jsonl line 1" in items[1].message  # type: ignore[union-attr]


def test_bad_inputs_50mb_line_within_a_raised_limit_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text("(1 Mar 2024) " + "word " * (10 * 1024 * 1024 // 5))
    [item] = _run([path], Settings(max_document_bytes=60 * 1024 * 1024))
    assert isinstance(item, Article)
    assert item.published is not None


@pytest.mark.parametrize("depth", [5_000, 50_000])
def test_bad_inputs_deeply_nested_html(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.html"
    body = (
        "<div>" * depth
        + "<p>Officials said the talks would resume next week in Vienna.</p>"
        + "</div>" * depth
    )
    path.write_text(f"<html><head><title>Deep</title></head><body>{body}</body></html>")
    [item] = _run([path])
    assert isinstance(item, Article | Reject)
    if isinstance(item, Reject):
        assert item.code.startswith("WF-E1") and "deep.html" in item.message


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl", "empty.xml"])
def test_bad_inputs_empty_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    [item] = _run([path])
    assert isinstance(item, Reject) and item.code == "WF-E101" and name in item.message


def test_bad_inputs_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "bp.txt"
    path.write_text(
        "(1 Mar 2024)\nTwitter: [ Ссылка ]\nFacebook: [ Ссылка ]\n"
        "You can license this story through AP Archive: [ Ссылка ]\n"
    )
    [item] = _run([path])
    assert isinstance(item, Reject) and item.code == "WF-E111" and "bp.txt" in item.message


def test_bad_inputs_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Привет".encode("utf-16-le")[:-1] + b"\xff\xfe\xfa" + "é".encode("latin-1") * 3)
    [item] = _run([path])
    assert isinstance(item, Article | Reject)
    if isinstance(item, Reject):
        assert item.code in {"WF-E102", "WF-E103"} and "mixed.txt" in item.message
