"""The command line as its users meet it: clear errors with the documented exit codes, valid JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from watchfloor.cli import cli, render_article
from watchfloor.model import Article, Extraction, Span, Speaker, Statement, StatementKind

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link><description>d</description>
<item><title>One</title><link>https://example.org/one</link><pubDate>Tue, 15 Feb 2022 10:00:00 +0000</pubDate>
<description>Ukraine's foreign minister said Tuesday that Kyiv would not panic.</description></item>
<item><title>Two</title><link>https://example.org/two</link><pubDate>Wed, 16 Feb 2022 10:00:00 +0000</pubDate>
<description>The alliance's chief said on Wednesday there was no sign of a pullback.</description></item>
</channel></rss>
"""


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_extract_json_of_a_feed_is_one_valid_json_object_per_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(feed), "--json"])
    assert result.exit_code == 0, result.stderr
    docs = _lines(result.stdout)
    assert [d["url"] for d in docs] == ["https://example.org/one", "https://example.org/two"]


def test_cli_extract_json_of_one_article_is_one_json_document(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("(15 Feb 2022) The minister said Tuesday that talks would go on.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(story), "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["published"] == "2022-02-15"


def test_cli_extract_unwritable_output_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": "The minister said talks went on."}) + "\n")
    out = tmp_path / "missing" / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 2
    assert str(out) in result.stderr and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_extract_input_reject_lines_keep_the_record_id(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps(
            {"id": "ok", "text": "The minister said Tuesday that talks went on.", "published": "2022-02-15"}
        ),
        json.dumps({"id": "no-text", "published": "2022-02-15"}),
        json.dumps({"id": "bad-date", "text": "The minister said talks went on.", "published": "15/02/22x"}),
        "{broken",
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 1
    rows = _lines(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["ok", "no-text", "bad-date", None]
    assert [r.get("record") for r in rows[1:]] == ["line 2", "line 3", "line 4"]
    assert [r["error"]["code"] for r in rows[1:]] == ["WF-E105", "WF-E110", "WF-E104"]  # type: ignore[index]
    assert "line 3" in result.stderr


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["events", "--status", "bogus"], "--status"),
        (["escalation", "--since", "yesterday"], "--since"),
        (["escalation", "--until", "2022-13-45"], "--until"),
        (["alerts", "--stored", "--since", "2022-02-30"], "--since"),
        (["events", "--limit", "-1"], "--limit"),
        (["statements", "--limit", "-1"], "--limit"),
    ],
)
def test_cli_bad_option_values_are_usage_errors(tmp_path: Path, args: list[str], name: str) -> None:
    db = tmp_path / "s.db"
    from watchfloor.store import Store

    Store(str(db)).close()
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.stdout
    assert name in result.stderr


def test_cli_ingest_into_a_missing_folder_is_a_store_error_not_a_traceback(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("(15 Feb 2022) The minister said Tuesday that talks would go on.\n", encoding="utf-8")
    db = tmp_path / "no" / "such" / "folder" / "x.db"
    (tmp_path / "no").write_text("a file where a folder should be")
    result = CliRunner().invoke(cli, ["ingest", str(story), "--db", str(db)])
    assert result.exit_code == 3
    assert "WF-E501" in result.stderr and "Traceback" not in result.stderr


def test_render_article_does_not_repeat_a_role_that_is_the_name() -> None:
    text = '"We see more forces," a senior US official told reporters.'
    article = Article(id="a", text=text, body=((0, len(text)),))
    official = Speaker(name="senior US official", role="senior US official")
    st = Statement(
        id="s",
        source=Span.of(text, 21, 39),
        cue=Span.of(text, 40, 44),
        content=Span.of(text, 0, 20),
        kind=StatementKind.DIRECT,
        speaker=official,
        sentence=Span.of(text, 0, len(text)),
    )
    rendered = render_article(Extraction(article=article, statements=(st,)))
    assert "senior US official [direct]" in rendered
    assert "senior US official, senior US official" not in rendered


def test_cli_show_an_unknown_article_is_a_usage_error_not_a_fatal_one(tmp_path: Path) -> None:
    from watchfloor.store import Store

    db = tmp_path / "s.db"
    Store(str(db)).close()
    result = CliRunner().invoke(cli, ["show", "c8f9ae6aab54", "--db", str(db)])
    assert result.exit_code == 2  # a mistyped id, not a broken store (3)
    assert "WF-E503" in result.stderr and "c8f9ae6aab54" in result.stderr


def test_cli_extract_output_onto_its_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    content = json.dumps({"id": "a", "text": "The minister said talks went on."}) + "\n"
    source.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", "--input", str(source), "--output", str(tmp_path / "." / "in.jsonl")]
    )
    assert result.exit_code == 2 and "--output" in result.stderr
    assert source.read_text(encoding="utf-8") == content


def test_cli_extract_file_with_output_writes_the_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(feed), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert [d["url"] for d in _lines(out.read_text(encoding="utf-8"))] == [
        "https://example.org/one",
        "https://example.org/two",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["statements"],
        ["events"],
        ["escalation"],
        ["alerts"],
        ["show", "a1"],
        ["export", "--format", "gdelt", "--out", "OUT"],
    ],
)
def test_cli_a_corrupted_store_is_a_store_error_not_a_traceback(tmp_path: Path, args: list[str]) -> None:
    from watchfloor.store import Store

    db = tmp_path / "s.db"
    store = Store(str(db))
    with store.batch():
        for n in range(200):
            store.conn.execute(
                "INSERT INTO rejects(run_id, code, origin, record, message) VALUES (?,?,?,?,?)",
                (1, "WF-E101", f"f{n}.txt", None, "x" * 500),
            )
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    with db.open("r+b") as f:  # overwrite every page but the first (the schema's root)
        f.seek(4096)
        f.write(b"\xff" * (db.stat().st_size - 4096))
    args = [str(tmp_path / "out.tsv") if a == "OUT" else a for a in args]
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 3, (result.stdout, result.stderr)
    assert "WF-E501" in result.stderr and str(db) in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_extract_json_of_a_feed_or_page_carries_the_text_its_offsets_index(tmp_path: Path) -> None:
    """An HTML page or a feed is not the text the offsets index: the output carries that text."""
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("(15 Feb 2022) The minister said Tuesday that talks would go on.\n", encoding="utf-8")
    for path, has_text in ((feed, True), (story, False)):
        result = CliRunner().invoke(cli, ["extract", str(path), "--json"])
        assert result.exit_code == 0, result.stderr
        for doc in _lines(result.stdout):
            assert ("text" in doc) is has_text
            if has_text:
                text = doc["text"]
                assert isinstance(text, str)
                spans = [s["content"] for s in doc["statements"]] + [t for t in doc["timexes"]]  # type: ignore[union-attr]
                assert spans and all(text[s["start"] : s["end"]] == s["text"] for s in spans)


def test_render_article_marks_a_source_shared_by_two_statements_once() -> None:
    text = "Separatist leaders ordered a mobilisation and said civilians would leave."
    article = Article(id="a", text=text, body=((0, len(text)),))
    leaders = Speaker(name="Separatist leaders")
    source = Span.of(text, 0, 18)
    first = Statement(
        id="s1",
        source=source,
        cue=Span.of(text, 19, 26),
        content=Span.of(text, 27, 41),
        kind=StatementKind.INDIRECT,
        speaker=leaders,
        sentence=Span.of(text, 0, len(text)),
    )
    said = text.index("said")
    second = Statement(
        id="s2",
        source=source,
        cue=Span.of(text, said, said + 4),
        content=Span.of(text, said + 5, len(text) - 1),
        kind=StatementKind.INDIRECT,
        speaker=leaders,
        sentence=Span.of(text, 0, len(text)),
    )
    rendered = render_article(Extraction(article=article, statements=(first, second)))
    assert "[[Separatist leaders]] {{ordered}}" in rendered and "[[[[" not in rendered


def test_cli_extract_input_an_unexpected_cleaning_error_is_one_reject_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from watchfloor import pipeline

    source = tmp_path / "in.jsonl"
    rows = [
        {"id": "bad", "text": "Officials said talks failed."},
        {"id": "ok", "text": "Officials said talks went on."},
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    real = pipeline.clean

    def flaky(raw, *args, **kwargs):  # type: ignore[no-untyped-def]
        if raw.meta.get("id") == "bad":
            raise RuntimeError("boom")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(pipeline, "clean", flaky)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", "--input", str(source), "--output", str(out)])
    assert result.exit_code == 1, result.stderr
    lines = _lines(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in lines] == ["bad", "ok"]
    assert lines[0]["error"]["code"] == "WF-E090"  # type: ignore[index]


def test_cli_extract_input_dash_reads_jsonl_from_stdin() -> None:
    rows = [
        {"id": "a", "text": "The minister said Tuesday that talks went on.", "published": "2022-02-15"},
        {"id": "b"},
    ]
    stdin = "\n".join(json.dumps(r) for r in rows) + "\n"
    result = CliRunner().invoke(cli, ["extract", "--input", "-"], input=stdin)
    assert result.exit_code == 1, result.stderr  # one record rejected
    lines = _lines(result.stdout)
    assert [r["id"] for r in lines] == ["a", "b"]
    assert lines[0]["timexes"][0]["value"] == "2022-02-15"  # type: ignore[index]
    assert "<stdin> line 2" in result.stderr


def test_cli_runs_as_a_module() -> None:
    """`python -m watchfloor.cli …` runs the CLI (it exited 0 doing nothing)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import watchfloor

    env = {**os.environ, "PYTHONPATH": str(Path(watchfloor.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-m", "watchfloor.cli", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0 and "Usage: watchfloor" in done.stdout


def test_cli_demo_runs_the_sample_corpus_and_skips_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The README's first command: every sample article ingested, no warning about the sample's README."""
    with caplog.at_level("INFO"):
        result = CliRunner().invoke(cli, ["demo", "--db", str(tmp_path / "sample.db")])
    assert result.exit_code == 0, result.output
    assert "ingested 14," in result.output and "rejected 0" in result.output and "top claims" in result.output
    assert not [r for r in caplog.records if "WF-W104" in r.getMessage()]
