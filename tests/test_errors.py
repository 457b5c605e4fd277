from __future__ import annotations

import re
from pathlib import Path

import pytest

from watchfloor.errors import Errors, IngestError, Message, Warnings, WatchfloorError, record_context

SRC = Path(__file__).resolve().parents[1] / "src" / "watchfloor"


def _messages() -> list[tuple[str, Message]]:
    out = []
    for cls in (Errors, Warnings):
        out += [(k, v) for k, v in vars(cls).items() if isinstance(v, Message)]
    return out


def test_errors_codes_unique_and_equal_to_names() -> None:
    codes = [m.code for _, m in _messages()]
    assert len(codes) == len(set(codes))
    for name, msg in _messages():
        assert msg.code == f"WF-{name}"
        assert re.fullmatch(r"WF-[EW]\d{3}", msg.code)


def test_errors_message_format_prefixes_code() -> None:
    assert Errors.E101.format(where="a.txt").startswith("[WF-E101] a.txt")


def test_errors_exception_takes_code_from_message() -> None:
    exc = IngestError(Errors.E101.format(where="x"))
    assert exc.code == "WF-E101"
    assert isinstance(exc, WatchfloorError)


def test_record_context_fills_source_and_record() -> None:
    with pytest.raises(IngestError) as err, record_context("f.jsonl", "line 3"):
        raise IngestError(Errors.E104.format(where="f.jsonl line 3", reason="x"))
    assert (err.value.source, err.value.record) == ("f.jsonl", "line 3")


def test_errors_every_error_is_used_in_src() -> None:
    text = "\n".join(p.read_text() for p in SRC.rglob("*.py") if p.name != "errors.py")
    unused = [name for name, _ in _messages() if f".{name}" not in text]
    assert unused == [], f"messages declared but never used: {unused}"
