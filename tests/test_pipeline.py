from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from watchfloor.errors import SettingsError
from watchfloor.extract import Extractor
from watchfloor.model import (
    Extraction,
    ParsedArticle,
    RawDocument,
    Reject,
    Span,
    Speaker,
    Statement,
    StatementKind,
    stable_id,
)
from watchfloor.pipeline import Pipeline, analyze, extract_records, read_records
from watchfloor.settings import Settings
from watchfloor.store import Store


def _sentences(parsed: ParsedArticle, facts: dict[str, list[Any]], settings: Settings) -> list[Any]:
    """A test extractor: every sentence is a statement by 'Writer'; 'EXPLODE' raises."""
    text = parsed.article.text
    if "EXPLODE" in text:
        raise RuntimeError("boom")
    out = []
    if "BADSPAN" in text:  # a span whose text is not text[start:end]: caught by check_spans
        bad = Span(start=0, end=3, text="not")
        out.append(
            Statement(
                id="bad",
                source=None,
                cue=None,
                content=bad,
                kind=StatementKind.INDIRECT,
                speaker=Speaker(name="Writer"),
                sentence=bad,
            )
        )
    for sent in parsed.doc.sents:
        stripped = sent.text.strip()
        if not stripped:
            continue
        start = sent.start_char + sent.text.index(stripped)
        span = Span.of(text, start, start + len(stripped))
        out.append(
            Statement(
                id=stable_id(parsed.article.id, "s", span.start, span.end),
                source=None,
                cue=None,
                content=span,
                kind=StatementKind.INDIRECT,
                speaker=Speaker(name="Writer"),
                sentence=span,
            )
        )
    return out


CHAIN = (Extractor("sentences.test", "statements", (), _sentences),)


def _write(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


STORY = "(3 Mar 2024) The army said it moved. Officials denied it.\n"


def test_pipeline_run_ingests_and_is_idempotent(tmp_path: Path) -> None:
    folder = _write(tmp_path, {"a.txt": STORY, "b.txt": "(4 Mar 2024) Talks resumed in Vienna.\n"})
    settings = Settings(batch_size=1)
    with Store(tmp_path / "s.db") as store:
        first = Pipeline(settings, CHAIN).run([str(folder)], store)
        assert (first.seen, first.ingested, first.duplicates, first.rejected) == (2, 2, 0, 0)
        assert first.statements == 3
        counts = store.counts()
        second = Pipeline(settings, CHAIN).run([str(folder)], store)
        assert (second.ingested, second.duplicates) == (0, 2)
        assert store.counts() == counts


def test_pipeline_run_one_bad_record_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = _write(
        tmp_path,
        {
            "a.txt": STORY,
            "b.txt": "(4 Mar 2024) This one will EXPLODE in the extractor.\n",
            "c.txt": "",
            "e.txt": "(5 Mar 2024) A BADSPAN record.\n",
            "f.jsonl": '{"id": "j1", "text": "Fine text here."}\n{broken\n',
        },
    )
    (tmp_path / "d.bin").write_text("whatever")  # named explicitly: unknown type is an error
    with Store(tmp_path / "s.db") as store:
        stats = Pipeline(Settings(), CHAIN).run([str(folder), str(tmp_path / "d.bin")], store)
        assert stats.ingested == 2
        assert stats.rejects == {"WF-E090": 1, "WF-E101": 1, "WF-E106": 1, "WF-E302": 1, "WF-E104": 1}
        rejects = store.rejects()
        messages = {r["code"]: r["message"] for r in rejects}
        assert "b.txt" in messages["WF-E090"] and "RuntimeError: boom" in messages["WF-E090"]
        assert "f.jsonl" in messages["WF-E104"] and "line 2" in messages["WF-E104"]
        assert "e.txt" in messages["WF-E302"]
        run = json.loads(store.conn.execute("SELECT stats FROM runs").fetchone()[0])
        assert run["rejected"] == 5


def test_pipeline_same_story_two_formats_is_one_article(tmp_path: Path) -> None:
    body = "Officials said the talks would resume on Monday in Vienna."
    folder = _write(
        tmp_path,
        {
            "a.txt": body + "\n",
            "b.jsonl": json.dumps({"id": "x", "text": body, "published": "2024-03-01"}) + "\n",
        },
    )
    with Store(tmp_path / "s.db") as store:
        stats = Pipeline(Settings(), CHAIN).run([str(folder)], store)
        assert (stats.ingested, stats.duplicates) == (1, 1)
        origins = store.conn.execute("SELECT count(*) FROM origins").fetchone()[0]
        assert origins == 2


@pytest.mark.slow
def test_pipeline_processes_two_gives_same_result(tmp_path: Path) -> None:
    files = {
        f"{i}.txt": f"({i + 1} Mar 2024) Story number {i} said things. Another line {i}.\n" for i in range(6)
    }
    folder = _write(tmp_path, files)
    results = []
    for processes in (1, 2):
        with Store(tmp_path / f"s{processes}.db") as store:
            Pipeline(Settings(processes=processes, batch_size=2), CHAIN).run([str(folder)], store)
            results.append(sorted(json.dumps(e.to_json(), sort_keys=True) for e in store.extractions()))
    assert results[0] == results[1] and len(results[0]) == 6


def test_extract_records_one_result_per_input_in_order(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "1", "text": "Same text twice.", "published": "2024-03-01"},
        {"id": "2", "text": "Same text twice.", "published": "2024-03-01"},
        {"id": "3", "text": ""},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    results = list(extract_records(read_records([str(path)]), Settings(), CHAIN))
    assert len(results) == 3
    assert isinstance(results[0], Extraction) and isinstance(results[1], Extraction)
    assert results[0].to_json()["id"] == "1" and results[1].to_json()["id"] == "2"
    assert isinstance(results[2], Reject)


def test_extract_records_hands_on_each_batch_when_done(tmp_path: Path) -> None:
    seen: list[str] = []

    def record(parsed: ParsedArticle, facts: dict[str, list[Any]], settings: Settings) -> list[Any]:
        seen.append(parsed.article.text)
        return []

    raws = [
        RawDocument(origin="t", record=str(i), text=f"Story number {i} is here.", format="text")
        for i in range(3)
    ]
    chain = (Extractor("record.v1", "statements", (), record),)
    results = extract_records(raws, Settings(batch_size=1), chain)
    first = next(results)
    assert isinstance(first, Extraction) and first.article.text == "Story number 0 is here."
    assert seen == ["Story number 0 is here."]  # the later batches are not extracted yet
    assert [r.article.text for r in results if isinstance(r, Extraction)] == [
        "Story number 1 is here.",
        "Story number 2 is here.",
    ]


def test_pipeline_unmet_requirement_refused() -> None:
    bad = (Extractor("needs.v1", "events", ("statements",), _sentences),)
    with pytest.raises(SettingsError) as err:
        Pipeline(Settings(), bad)
    assert err.value.code == "WF-E301"


def test_analyze_offsets_index_the_input_text() -> None:
    text = "(15 Feb 2022) NATO said it had seen no signs. Russia said units were returning."
    ex = analyze(text)
    assert ex.article.published is not None and ex.article.published.isoformat() == "2022-02-15"
    for s in ex.statements:
        assert text[s.content.start : s.content.end] == s.content.text
    for t in ex.timexes:
        assert text[t.start : t.end] == t.text


def test_extract_records_reads_its_input_as_it_goes_and_keeps_the_order() -> None:
    """extract --input on a big JSONL: the first result comes before the input is read to its
    end (it was read and cleaned whole first, every text held in memory), in input order."""
    consumed: list[int] = []

    def raws() -> Any:
        for i in range(12):
            consumed.append(i)
            if i % 4 == 1:  # a reject every fourth record, between articles
                yield Reject(code="WF-E105", origin="t", record=str(i), message="bad")
            else:
                yield RawDocument(origin="t", record=str(i), text=f"Story number {i} is here.", format="text")

    results = extract_records(raws(), Settings(batch_size=2), CHAIN)
    first = next(results)
    assert isinstance(first, Extraction) and first.article.record == "0"
    assert len(consumed) < 12
    rest = list(results)
    assert [r.record if isinstance(r, Reject) else r.article.record for r in [first, *rest]] == [
        str(i) for i in range(12)
    ]


def test_worker_processes_do_their_matrix_products_on_one_thread() -> None:
    import concurrent.futures as cf
    import multiprocessing

    import numpy  # noqa: F401  (loads the BLAS library the limit applies to)
    from threadpoolctl import threadpool_info

    from watchfloor.pipeline import _one_blas_thread

    ctx = multiprocessing.get_context("fork")
    with cf.ProcessPoolExecutor(1, mp_context=ctx, initializer=_one_blas_thread) as pool:
        infos = pool.submit(threadpool_info).result()
    blas = [i for i in infos if i.get("user_api") == "blas"]
    assert blas and all(i["num_threads"] == 1 for i in blas)
