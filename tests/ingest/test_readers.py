from __future__ import annotations

import codecs
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from watchfloor.errors import SettingsError
from watchfloor.ingest import (
    BUILTIN_READERS,
    clean,
    decode_text,
    fetch_url,
    html_fragment_text,
    ingest,
    read_sources,
    reader_for,
    readers,
)
from watchfloor.model import Article, RawDocument, Reject
from watchfloor.settings import Settings

from ._loopback import serving

STORY = [
    "The German government said on Friday it would send more air-defence systems to the region, "
    "officials confirmed in Berlin.",
    "Chancellor Olaf Scholz told reporters the decision had been agreed with allies after weeks of talks.",
    "The opposition called the move overdue and demanded a debate in parliament next week.",
]


def _page(title: str = "More air defence", paragraphs: list[str] = STORY) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='article:published_time' content='2023-03-03'>"
        "<link rel='canonical' href='https://news.example.org/air-defence'></head>"
        f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Imprint</footer></body></html>"
    )


def _items(sources: list[str], settings: Settings | None = None) -> list[RawDocument | Reject]:
    return list(read_sources(sources, settings or Settings()))


def _only_reject(items: list[RawDocument | Reject]) -> Reject:
    assert len(items) == 1 and isinstance(items[0], Reject), items
    return items[0]


# -- registry ------------------------------------------------------------------------------------


def test_readers_registry_holds_builtins() -> None:
    assert readers.names() == ["html", "jsonl", "rss", "text", "warc"]
    assert [r.name for r in BUILTIN_READERS] == ["text", "html", "jsonl", "rss", "warc"]
    with pytest.raises(SettingsError) as err:
        readers.get("pdf")
    assert err.value.code == "WF-E004"


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("a.txt", "text"),
        ("A.HTML", "html"),
        ("b.htm", "html"),
        ("c.jsonl", "jsonl"),
        ("feed.xml", "rss"),
        ("f.atom", "rss"),
        ("x.warc", "warc"),
        ("x.warc.gz", "warc"),
        ("x.gz", None),
        ("x.pdf", None),
    ],
)
def test_reader_for_extension(name: str, reader: str | None) -> None:
    found = reader_for(name)
    assert (found.name if found else None) == reader


# -- bad input: every case is a Reject naming the file and the reason -----------------------------


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "WF-E101"),
        ("blank.txt", b"  \n\n ", "WF-E101"),
        ("nul.txt", b"text\x00with\x00nul", "WF-E102"),
        ("controls.txt", bytes(range(1, 32)) * 20, "WF-E102"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "WF-E103"),
        ("doc.pdf", b"%PDF-1.4", "WF-E106"),
        ("feed.xml", b"this is not a feed at all", "WF-E107"),
        ("empty.html", b"<html><body></body></html>", "WF-E108"),
        ("broken.warc", b"WARC/1.0\r\nnonsense\r\n\r\n", "WF-E113"),
        ("random.warc.gz", b"\x1f\x8b\x08\x00garbage", "WF-E113"),
    ],
)
def test_read_sources_bad_file_rejected(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    rejected = _only_reject(_items([str(path)]))
    assert rejected.code == code
    assert rejected.origin == str(path)
    assert rejected.message.startswith(f"[{code}] {path}")


def test_read_sources_missing_path_rejected(tmp_path: Path) -> None:
    rejected = _only_reject(_items([str(tmp_path / "nope.txt")]))
    assert rejected.code == "WF-E020"


def test_read_sources_impossible_path_rejected() -> None:
    rejected = _only_reject(_items(["bad\x00name.txt"]))
    assert rejected.code in {"WF-E020", "WF-E109"}


def test_read_sources_crlf_same_article_as_lf(tmp_path: Path) -> None:
    text = "(15 Feb 2022) NATO said it saw no pullback.\nOfficials were cautious.\nTwitter: [link]\n"
    (tmp_path / "lf.txt").write_text(text, encoding="utf-8", newline="")
    (tmp_path / "crlf.txt").write_text(text.replace("\n", "\r\n"), encoding="utf-8", newline="")
    raws = [
        r
        for r in _items([str(tmp_path / "lf.txt"), str(tmp_path / "crlf.txt")])
        if isinstance(r, RawDocument)
    ]
    lf, crlf = (clean(r) for r in raws)
    assert lf.id == crlf.id and lf.published == crlf.published
    assert crlf.text[crlf.body[-1][1] - 1] == "."


def test_read_sources_oversize_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    rejected = _only_reject(_items([str(path)], Settings(max_document_bytes=100)))
    assert rejected.code == "WF-E114" and "500 bytes" in rejected.message


def test_read_sources_oversize_jsonl_record_rejected_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    lines = [json.dumps({"id": "a", "text": "short text"}), json.dumps({"id": "b", "text": "long " * 50})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items([str(path)], Settings(max_document_bytes=100))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[1], Reject) and items[1].code == "WF-E114" and items[1].record == "line 2"


def test_read_sources_never_raises_on_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "dir.txt"  # a directory named like a file is walked, not read
    folder.mkdir()
    (folder / "x.txt").write_text("inside", encoding="utf-8")
    items = _items([str(folder)])
    assert [type(i) for i in items] == [RawDocument]


# -- decoding ----------------------------------------------------------------------------------------

RUSSIAN = "Министерство обороны России заявило, что часть подразделений возвращается на базы после учений."


@pytest.mark.parametrize(
    "data",
    [
        RUSSIAN.encode("utf-8"),
        codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"),
        codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + RUSSIAN.encode("utf-16-be"),
        RUSSIAN.encode("cp1251"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "cp1251"],
)
def test_read_text_decodes_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "ru.txt"
    path.write_bytes(data)
    (doc,) = _items([str(path)])
    assert isinstance(doc, RawDocument) and doc.text == RUSSIAN


def test_decode_text_latin1_fallback() -> None:
    text = "Der Außenminister äußerte sich am Dienstag über die Lage an der Grenze."
    assert decode_text(text.encode("latin-1"), "x") == text


def test_read_html_declared_cp1251(tmp_path: Path) -> None:
    paragraphs = [
        "Министерство обороны России заявило во вторник, что часть подразделений возвращается в места "
        "постоянной дислокации после завершения учений.",
        "Представитель ведомства не уточнил, о каких подразделениях и о каком количестве войск идёт речь.",
        "В НАТО заявили, что пока не видят признаков деэскалации на земле.",
    ]
    page = _page("Отвод войск", paragraphs).replace("charset='utf-8'", "charset='windows-1251'")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    (doc,) = _items([str(path)])
    assert isinstance(doc, RawDocument)
    assert "возвращается в места" in doc.text


# -- text / html -----------------------------------------------------------------------------------


def test_read_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(), encoding="utf-8")
    (doc,) = _items([str(path)])
    assert isinstance(doc, RawDocument) and doc.format == "html"
    assert STORY[1] in doc.text and "Home | World" not in doc.text
    assert doc.meta["title"] == "More air defence"
    assert doc.meta["published"] == "2023-03-03"
    assert doc.meta["url"] == "https://news.example.org/air-defence"


def test_ingest_same_story_txt_jsonl_html_one_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n".join(STORY) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x", "text": " ".join(STORY)}) + "\n", encoding="utf-8"
    )
    (tmp_path / "c.html").write_text(_page(), encoding="utf-8")
    raws = [r for r in _items([str(tmp_path)]) if isinstance(r, RawDocument)]
    assert [r.format for r in raws] == ["text", "jsonl", "html"]
    assert len({clean(r).id for r in raws}) == 1
    articles = list(ingest([str(tmp_path)]))
    assert len(articles) == 1 and isinstance(articles[0], Article)


# -- jsonl -------------------------------------------------------------------------------------------


def test_read_jsonl_line_numbers_in_rejects(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "1", "text": "Good record.", "published": "2022-02-15", "title": "T", "url": "u"}),
        "",
        "{not json",
        json.dumps({"id": "3"}),
        json.dumps({"id": "4", "text": "Dated.", "published": "15/02/22x"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 6, "text": "Integer id, RFC date.", "published": "Tue, 15 Feb 2022 10:00:00 GMT"}),
        json.dumps({"id": "7", "text": 42}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items([str(path)])
    got = [(i.record, i.code if isinstance(i, Reject) else "ok") for i in items]
    assert got == [
        ("line 1", "ok"),
        ("line 3", "WF-E104"),
        ("line 4", "WF-E105"),
        ("line 5", "WF-E110"),
        ("line 6", "WF-E105"),
        ("line 7", "ok"),
        ("line 8", "WF-E105"),
    ]
    bad = items[1]
    assert isinstance(bad, Reject) and bad.message.startswith(f"[WF-E104] {path} line 3:")
    first, seventh = items[0], items[5]
    assert isinstance(first, RawDocument) and first.meta == {
        "id": "1",
        "published": "2022-02-15",
        "title": "T",
        "url": "u",
    }
    assert isinstance(seventh, RawDocument) and seventh.meta == {"id": "6", "published": "2022-02-15"}


def test_read_jsonl_e110_message_names_value(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps({"text": "x", "published": "soon"}) + "\n", encoding="utf-8")
    rejected = _only_reject(_items([str(path)]))
    assert "'soon'" in rejected.message and "line 1" in rejected.message


# -- rss -------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Desk</title><link>https://news.example.org/</link>
<item><title>Talks resume</title><link>https://news.example.org/1</link><guid>n-1</guid>
<pubDate>Tue, 15 Feb 2022 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Diplomats said talks would &lt;b&gt;resume&lt;/b&gt; on Friday.&lt;/p&gt;
&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>No text</title><link>https://news.example.org/2</link><description></description></item>
<item><title>Bad date</title><pubDate>someday</pubDate><description>Some text.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2022-02-16T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:e1</id><link href="https://news.example.org/a"/>
<published>2022-02-16T08:00:00Z</published><updated>2022-02-16T09:00:00Z</updated>
<content type="html">&lt;p&gt;The ministry said the convoy arrived.&lt;/p&gt;</content></entry></feed>"""


def test_read_rss_local_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    items = _items([str(path)])
    first = items[0]
    assert isinstance(first, RawDocument) and first.record == "entry 1" and first.format == "rss"
    assert first.text == "Diplomats said talks would resume on Friday.\nSecond paragraph."
    assert first.meta == {
        "published": "2022-02-15",
        "url": "https://news.example.org/1",
        "title": "Talks resume",
        "id": "n-1",
    }
    assert [(i.record, i.code) for i in items[1:] if isinstance(i, Reject)] == [
        ("entry 2", "WF-E101"),
        ("entry 3", "WF-E110"),
    ]


def test_read_rss_atom_content(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    (doc,) = _items([str(path)])
    assert isinstance(doc, RawDocument)
    assert doc.text == "The ministry said the convoy arrived."
    assert doc.meta["published"] == "2022-02-16" and doc.meta["url"] == "https://news.example.org/a"


@pytest.fixture()
def loopback() -> Iterator[str]:
    """An http.server on 127.0.0.1 serving a feed, a page and a 404; yields its base URL."""
    pages = {
        "/feed": ("application/rss+xml", RSS.encode("utf-8")),
        "/page.html": ("text/html; charset=utf-8", _page().encode("utf-8")),
        "/big": ("text/plain", b"x" * 5000),
    }

    with serving(pages) as base:
        yield base


def test_read_sources_rss_from_loopback_url(loopback: str) -> None:
    settings = Settings(fetch_timeout=5.0)
    items = _items([f"{loopback}/feed"], settings)
    first = items[0]
    assert isinstance(first, RawDocument) and first.origin == f"{loopback}/feed"
    assert first.meta["url"] == "https://news.example.org/1"
    assert len(items) == 3


def test_read_sources_html_from_loopback_url(loopback: str) -> None:
    (doc,) = _items([f"{loopback}/page.html"], Settings(fetch_timeout=5.0))
    assert isinstance(doc, RawDocument) and doc.format == "html" and STORY[0] in doc.text


def test_read_sources_url_errors_rejected(loopback: str) -> None:
    rejected = _only_reject(_items([f"{loopback}/missing"], Settings(fetch_timeout=5.0)))
    assert rejected.code == "WF-E112" and "404" in rejected.message
    big = _only_reject(_items([f"{loopback}/big"], Settings(fetch_timeout=5.0, max_document_bytes=100)))
    assert big.code == "WF-E114"


def test_fetch_url_refused_port_is_e112() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    from watchfloor.errors import IngestError

    with pytest.raises(IngestError) as err:
        fetch_url(f"http://127.0.0.1:{port}/feed", Settings(fetch_timeout=2.0))
    assert err.value.code == "WF-E112"


# -- warc --------------------------------------------------------------------------------------------


def _warc(compress: bool) -> bytes:
    """A WARC of three responses: an article page, an image, an empty page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    records = [
        ("https://news.example.org/air-defence", "text/html; charset=utf-8", _page().encode("utf-8")),
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG...."),
        ("https://news.example.org/empty", "text/html", b"<html><body></body></html>"),
    ]
    for uri, ctype, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), length=len(payload), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_read_warc_html_responses(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(_warc(compress))
    items = _items([str(path)])
    assert len(items) == 2
    doc, bad = items
    assert isinstance(doc, RawDocument) and doc.format == "warc" and doc.record == "record 1"
    assert doc.meta["url"] == "https://news.example.org/air-defence" and STORY[2] in doc.text
    assert isinstance(bad, Reject) and bad.code == "WF-E108" and bad.record == "record 3"


def test_read_warc_truncated_keeps_earlier_records(tmp_path: Path) -> None:
    data = _warc(False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 40])
    items = _items([str(path)])
    assert isinstance(items[0], RawDocument)
    assert all(isinstance(i, Reject) for i in items[1:])


def _no_whole_file_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Big files must be streamed: make reading a file whole fail, and every file count as big."""
    from watchfloor.ingest import _reader

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(_reader, "STREAM_BYTES", 0)
    monkeypatch.setattr(Path, "read_bytes", refuse)


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
def test_read_sources_streams_big_warc_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compress: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(_warc(compress))
    whole = _items([str(path)])
    _no_whole_file_reads(monkeypatch)
    streamed = _items([str(path)])
    assert streamed == whole and len(streamed) == 2


def test_read_sources_streams_big_jsonl_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Officials said {i} convoys left."}) for i in range(50)]
    path.write_bytes(("\n".join([*lines[:20], "{broken", *lines[20:]]) + "\n").encode())
    whole = _items([str(path)])
    _no_whole_file_reads(monkeypatch)
    streamed = _items([str(path)])
    assert streamed == whole and len(streamed) == 51
    assert isinstance(streamed[20], Reject) and streamed[20].record == "line 21"


def test_read_sources_streamed_utf16_jsonl_decodes_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """UTF-16 cannot be split on b"\\n", so a big UTF-16 file is decoded whole, with the same records."""
    path = tmp_path / "wide.jsonl"
    text = "\n".join(
        json.dumps({"id": f"w{i}", "text": f"Строка {i}."}, ensure_ascii=False) for i in range(3)
    )
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    whole = _items([str(path)])
    _no_whole_file_reads(monkeypatch)
    assert _items([str(path)]) == whole and len(whole) == 3


def test_read_sources_stream_failure_is_a_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader bug while streaming is an internal-error reject after the records read so far."""
    from watchfloor.ingest import _jsonl

    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Fine."}\n{"id": "b", "text": "Boom."}\n')
    calls = iter([False, True])
    real = _jsonl._read_line

    def flaky(line: str, origin: str, record: str, settings: Settings) -> RawDocument | Reject:
        if next(calls):
            raise RuntimeError("boom")
        return real(line, origin, record, settings)

    _no_whole_file_reads(monkeypatch)
    monkeypatch.setattr(_jsonl, "_read_line", flaky)
    first, second = _items([str(path)])
    assert isinstance(first, RawDocument)
    assert isinstance(second, Reject) and second.code == "WF-E090" and "boom" in second.message


# -- directories ---------------------------------------------------------------------------------------


def test_read_sources_directory_recursive_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("zed", encoding="utf-8")
    (tmp_path / "a.txt").write_text("alpha", encoding="utf-8")
    (tmp_path / "c.txt").write_text("gamma", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped: no reader", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped: hidden", encoding="utf-8")
    items = _items([str(tmp_path)])
    assert [Path(i.origin).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/z.txt", "c.txt"]


def test_html_fragment_text_blocks_and_entities() -> None:
    assert html_fragment_text("<p>One &amp; two</p><script>x()</script><ul><li>three</li></ul>") == (
        "One & two\nthree"
    )
    assert html_fragment_text("plain  text") == "plain text"


# -- fuzz: arbitrary bytes never raise -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["text", "html", "jsonl", "rss", "warc"])
@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_reader_arbitrary_bytes_yield_records_or_rejects(name: str, data: bytes) -> None:
    reader = readers.get(name)
    for item in reader("fuzz.bin", data, Settings()):
        assert isinstance(item, RawDocument | Reject)
        if isinstance(item, Reject):
            assert item.code.startswith("WF-E1") and item.message.startswith(f"[{item.code}] fuzz.bin")


@pytest.mark.parametrize("name", ["html", "rss", "warc"])
@hsettings(max_examples=40, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from([*"<>/=\"' &;#xa1\n", "<p>", "</p>", "<rss>", "<item>", "WARC/1.0\r\n", "é"]),
        max_size=60,
    )
)
def test_reader_markup_like_bytes_yield_records_or_rejects(name: str, parts: list[str]) -> None:
    for item in readers.get(name)("fuzz", "".join(parts).encode("utf-8"), Settings()):
        assert isinstance(item, RawDocument | Reject)


def test_reader_gzip_of_garbage_is_rejected() -> None:
    items = list(readers.get("warc")("g.warc.gz", gzip.compress(b"not a warc record"), Settings()))
    assert [i.code for i in items if isinstance(i, Reject)] == ["WF-E113"]


def test_read_sources_reader_bug_becomes_e090(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.ingest import Reader, _sources

    def broken(origin: str, data: bytes, settings: Settings) -> Iterator[RawDocument | Reject]:
        yield RawDocument(origin=origin, record="1", text="first", format="text")
        raise RuntimeError("boom")

    monkeypatch.setattr(_sources, "reader_for", lambda name: Reader("broken", (".txt",), broken))
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    first, second = _items([str(path)])
    assert isinstance(first, RawDocument)
    assert isinstance(second, Reject) and second.code == "WF-E090" and "boom" in second.message


def test_read_jsonl_streaming_path_equals_whole_file_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Big files are decoded line by line; on UTF-8 input the records and rejects are the same."""
    from watchfloor.ingest import _jsonl, _reader

    lines = [
        json.dumps({"id": "a", "text": "Officials said troops left.", "published": "2024-03-01"}).encode(),
        b"",
        b"{broken",
        json.dumps({"id": "b", "text": "Москва заявила об отводе войск."}, ensure_ascii=False).encode(),
        json.dumps({"id": "c", "text": "Line\u2028separator inside."}, ensure_ascii=False).encode(),
        json.dumps({"id": "d"}).encode(),
    ]
    data = codecs.BOM_UTF8 + b"\n".join(lines) + b"\n"
    whole = list(_jsonl.read_jsonl("f.jsonl", data, Settings()))
    monkeypatch.setattr(_reader, "STREAM_BYTES", 0)
    streamed = list(_jsonl.read_jsonl("f.jsonl", data, Settings()))
    assert streamed == whole
    assert [x.record for x in streamed] == ["line 1", "line 3", "line 4", "line 5", "line 6"]


def test_read_jsonl_streaming_path_decodes_each_line_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A legacy-encoded line in a big file is decoded on its own; the other lines are unaffected."""
    from watchfloor.ingest import _jsonl, _reader

    russian = json.dumps({"id": "b", "text": "Москва заявила об отводе войск."}, ensure_ascii=False)
    data = b"\n".join([json.dumps({"id": "a", "text": "Fine."}).encode(), russian.encode("cp1251")])
    monkeypatch.setattr(_reader, "STREAM_BYTES", 0)
    items = list(_jsonl.read_jsonl("f.jsonl", data, Settings()))
    assert [type(x).__name__ for x in items] == ["RawDocument", "RawDocument"]
    assert items[1].text == "Москва заявила об отводе войск."  # type: ignore[union-attr]


def test_read_jsonl_streaming_path_rejects_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.ingest import _jsonl, _reader

    monkeypatch.setattr(_reader, "STREAM_BYTES", 0)
    [item] = list(_jsonl.read_jsonl("bin.jsonl", b"\x00\x01\x02" * 1000, Settings()))
    assert isinstance(item, Reject) and item.code == "WF-E102"


@pytest.mark.parametrize("other", ["ascii", "ascii-long", "cyrillic"])
def test_read_jsonl_one_legacy_encoded_line_does_not_reject_the_file(other: str) -> None:
    """A small UTF-8 JSONL file with one Latin-1 line: the other lines are read, that one alone."""
    from watchfloor.ingest import _jsonl

    text = {
        "ascii": "Officials said troops left.",
        "ascii-long": "Officials said troops left. " * 3000,  # the bad line lies past a 64 KiB sample
        "cyrillic": "Москва заявила об отводе войск.",
    }[other]
    good = [json.dumps({"id": f"g{n}", "text": text}, ensure_ascii=False).encode() for n in range(3)]
    latin = json.dumps({"id": "latin", "text": "Café owners said they would stay."}, ensure_ascii=False)
    data = b"\n".join([good[0], latin.encode("latin-1"), good[1], good[2]]) + b"\n"
    items = list(_jsonl.read_jsonl("f.jsonl", data, Settings()))
    assert [x.record for x in items] == ["line 1", "line 2", "line 3", "line 4"]
    docs = [x for x in items if isinstance(x, RawDocument)]
    assert [d.text for d in docs if d.meta["id"] != "latin"] == [text] * 3
    rest = [x for x in items if not (isinstance(x, RawDocument) and x.meta["id"] != "latin")]
    assert len(rest) == 1 and rest[0].record == "line 2"
    if isinstance(rest[0], RawDocument):
        assert rest[0].text == "Café owners said they would stay."
    else:
        assert rest[0].code == "WF-E103"


def test_read_jsonl_whole_file_in_a_legacy_encoding_still_decodes() -> None:
    from watchfloor.ingest import _jsonl

    lines = [
        json.dumps({"id": str(n), "text": "Москва заявила об отводе войск от границы."}, ensure_ascii=False)
        for n in range(4)
    ]
    data = "\n".join(lines).encode("cp1251")
    items = list(_jsonl.read_jsonl("f.jsonl", data, Settings()))
    assert all(isinstance(x, RawDocument) for x in items) and len(items) == 4
    assert {x.text for x in items} == {"Москва заявила об отводе войск от границы."}  # type: ignore[union-attr]


def test_read_jsonl_reject_keeps_the_record_id() -> None:
    from watchfloor.ingest import _jsonl

    data = (json.dumps({"id": "no-text"}) + "\n" + json.dumps({"id": 7, "text": ""}) + "\n{broken\n").encode()
    items = list(_jsonl.read_jsonl("f.jsonl", data, Settings()))
    assert all(isinstance(x, Reject) for x in items)
    assert [x.external_id for x in items] == ["no-text", "7", None]  # type: ignore[union-attr]


def test_read_jsonl_oversize_record_reject_keeps_a_leading_id() -> None:
    from watchfloor.ingest import _jsonl

    big = "The minister said talks went on. " * 100
    lines = [json.dumps({"id": "huge", "text": big}), json.dumps({"text": big, "id": "late"})]
    items = list(_jsonl.read_jsonl("f.jsonl", "\n".join(lines).encode(), Settings(max_document_bytes=1000)))
    assert [(x.code, x.external_id) for x in items] == [("WF-E114", "huge"), ("WF-E114", None)]  # type: ignore[union-attr]


def test_read_jsonl_duplicate_id_warns_naming_both_lines(caplog: pytest.LogCaptureFixture) -> None:
    from watchfloor.ingest import _jsonl

    lines = [
        json.dumps({"id": "r1", "text": "The minister said talks went on."}),
        json.dumps({"id": "r2", "text": "The envoy said talks failed."}),
        json.dumps({"id": "r1", "text": "Another story that reuses the id."}),
    ]
    with caplog.at_level("WARNING"):
        items = list(_jsonl.read_jsonl("f.jsonl", "\n".join(lines).encode(), Settings()))
    assert [x.meta["id"] for x in items] == ["r1", "r2", "r1"]  # type: ignore[union-attr]  # both kept
    warned = [r.getMessage() for r in caplog.records if "WF-W103" in r.getMessage()]
    assert len(warned) == 1 and "line 3" in warned[0] and "line 1" in warned[0] and "'r1'" in warned[0]


def test_read_jsonl_unpaired_surrogate_is_one_reject_naming_the_field() -> None:
    """A JSON escape \\ud800 decodes to a string UTF-8 cannot hold: it crashed the whole run."""
    from watchfloor.ingest import _jsonl

    lines = [
        '{"id": "s1", "text": "The minister said \\ud800 talks went on."}',
        '{"id": "s2", "text": "The envoy said talks failed.", "title": "T\\udfff"}',
        '{"id": "s3", "text": "The envoy said talks failed."}',
    ]
    items = list(_jsonl.read_jsonl("f.jsonl", "\n".join(lines).encode(), Settings()))
    assert [type(x).__name__ for x in items] == ["Reject", "Reject", "RawDocument"]
    assert [x.code for x in items[:2]] == ["WF-E105", "WF-E105"]  # type: ignore[union-attr]
    assert "'text'" in items[0].message and "'title'" in items[1].message  # type: ignore[union-attr]
    assert items[0].external_id == "s1"  # type: ignore[union-attr]
