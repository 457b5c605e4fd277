"""Gzip-compressed inputs (``x.jsonl.gz``, ``x.txt.gz``, ``x.html.gz``…) and skipped files in folders."""

from __future__ import annotations

import gzip
import json
import logging
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from watchfloor.ingest import ingest, read_sources, reader_for
from watchfloor.ingest._registry import gzipped
from watchfloor.model import RawDocument, Reject
from watchfloor.settings import Settings

from ._loopback import serving

PAGE = (
    "<html><head><title>Talks in Geneva</title></head><body><article><h1>Talks in Geneva</h1>"
    "<p>GENEVA (15 Feb 2022) - Delegations of the two countries met in Geneva on Tuesday, officials "
    "said, and agreed to meet again next week to discuss the withdrawal of troops.</p>"
    "<p>The foreign ministry said the talks had been useful and that further rounds were planned "
    "before the end of the month.</p></article></body></html>"
)


def _jsonl(n: int) -> bytes:
    rows = [
        {"id": f"a{i}", "text": f"MOSCOW (15 Feb 2022) - Article number {i} about troop movements."}
        for i in range(n)
    ]
    return "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")


def _items(sources: list[str], settings: Settings | None = None) -> list[RawDocument | Reject]:
    return list(read_sources(sources, settings or Settings()))


@pytest.mark.parametrize(
    ("name", "reader", "compressed"),
    [
        ("c.jsonl.gz", "jsonl", True),
        ("A.TXT.GZ", "text", True),
        ("p.html.gz", "html", True),
        ("feed.xml.gz", "rss", True),
        ("x.warc.gz", "warc", False),  # warcio reads its own gzip members
        ("c.jsonl", "jsonl", False),
        ("x.gz", None, False),
        ("x.pdf.gz", None, False),
    ],
)
def test_reader_for_and_gzipped(name: str, reader: str | None, compressed: bool) -> None:
    found = reader_for(name)
    assert (found.name if found else None) == reader
    assert gzipped(name) is compressed


def test_jsonl_gz_reads_the_same_records_as_jsonl(tmp_path: Path) -> None:
    plain, packed = tmp_path / "a.jsonl", tmp_path / "a.jsonl.gz"
    plain.write_bytes(_jsonl(5))
    packed.write_bytes(gzip.compress(_jsonl(5)))
    a, b = _items([str(plain)]), _items([str(packed)])
    assert len(a) == len(b) == 5
    assert [(x.record, x.text) for x in a] == [(y.record, y.text) for y in b]  # type: ignore[union-attr]
    assert all(isinstance(y, RawDocument) and y.origin == str(packed) for y in b)


def test_jsonl_gz_bad_line_is_one_reject_the_rest_kept(tmp_path: Path) -> None:
    data = _jsonl(2) + b"{not json\n" + _jsonl(1).replace(b'"a0"', b'"z9"')
    path = tmp_path / "b.jsonl.gz"
    path.write_bytes(gzip.compress(data))
    items = _items([str(path)])
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Reject", "RawDocument"]
    bad = items[2]
    assert isinstance(bad, Reject) and bad.record == "line 3" and str(path) in bad.message


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        (
            "note.txt.gz",
            "KYIV (15 Feb 2022) - Troops were seen moving east.",
            "Troops were seen moving east.",
        ),
        ("page.html.gz", PAGE, "agreed to meet again next week"),
    ],
)
def test_single_document_gz(tmp_path: Path, name: str, data: str, text: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data.encode("utf-8")))
    (item,) = _items([str(path)])
    assert isinstance(item, RawDocument) and text in item.text


def test_gz_ingest_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(3)))
    articles = [a for a in ingest([str(path)]) if not isinstance(a, Reject)]
    assert len(articles) == 3 and all(str(a.published) == "2022-02-15" for a in articles)


@pytest.mark.parametrize(
    ("name", "data", "code", "says"),
    [
        ("garbage.txt.gz", b"this was never gzip", "WF-E109", "gzip"),
        ("garbage.jsonl.gz", b"\x1f\x8b\x08\x00garbage", "WF-E109", "gzip"),
        ("zero.jsonl.gz", b"", "WF-E101", "empty"),
        ("empty.txt.gz", gzip.compress(b""), "WF-E101", "empty"),
        ("empty.jsonl.gz", gzip.compress(b""), "WF-E101", "empty"),
    ],
)
def test_bad_gz_file_is_a_reject_naming_it(
    tmp_path: Path, name: str, data: bytes, code: str, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = _items([str(path)])
    assert isinstance(item, Reject) and item.code == code
    assert item.message.startswith(f"[{code}] {path}") and says in item.message


def test_truncated_jsonl_gz_keeps_the_records_before_the_damage(tmp_path: Path) -> None:
    noise = random.Random(7)
    rows = [
        {"id": f"r{i}", "text": f"Report {i}: " + "".join(noise.choices("abcdefgh ", k=300))}
        for i in range(400)
    ]
    packed = gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode("utf-8"))  # does not pack small
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    items = _items([str(path)])
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert 0 < len(docs) < 400
    assert isinstance(items[-1], Reject) and items[-1].code == "WF-E109" and "gzip" in items[-1].message


def test_gz_single_document_limit_applies_to_the_decompressed_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"war " * 5000))  # 20 kB of text, a few hundred bytes packed
    (item,) = _items([str(path)], Settings(max_document_bytes=10_000))
    assert isinstance(item, Reject) and item.code == "WF-E114" and "decompressed" in item.message


def test_folder_reads_gz_files_and_warns_about_skipped_ones(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_jsonl(2)))
    (tmp_path / "b.txt").write_text("KYIV (15 Feb 2022) - Shelling was reported.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("no reader", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    with caplog.at_level(logging.WARNING, logger="watchfloor"):
        items = _items([str(tmp_path)])
    assert [Path(i.origin).name for i in items] == ["a.jsonl.gz", "a.jsonl.gz", "b.txt"]
    warned = [r.getMessage() for r in caplog.records if "WF-W104" in r.getMessage()]
    assert len(warned) == 1 and "2 file(s)" in warned[0] and "notes.md" in warned[0]


@pytest.fixture()
def served() -> Iterator[str]:
    with serving({"/dump/articles.jsonl.gz": ("application/gzip", gzip.compress(_jsonl(2)))}) as base:
        yield base


def test_gz_url_is_decompressed(served: str) -> None:
    items = _items([f"{served}/dump/articles.jsonl.gz"], Settings(fetch_timeout=5.0))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument"]


def test_folder_files_lists_what_read_sources_reads(tmp_path: Path) -> None:
    from watchfloor.ingest import folder_files

    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "skip.docx").write_bytes(b"PK")
    assert [p.relative_to(tmp_path).as_posix() for p in folder_files(tmp_path)] == ["a.txt", "z/b.html.gz"]
