from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.evaluate.__main__ import main


def test_evaluate_unknown_task_is_a_numbered_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nosuchtask"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("[WF-E031]") and "attribution" in err


def test_evaluate_lists_every_builtin_task() -> None:
    from watchfloor.evaluate import tasks
    from watchfloor.evaluate._tasks import BUILTIN, register_all

    register_all()
    assert set(tasks.names()) == {name for name, _ in BUILTIN}
    assert {"html", "attribution", "timex", "events", "status", "claims", "judged"} <= set(tasks.names())


def test_read_jsonl_reads_plain_and_gzipped_and_names_a_missing_file(tmp_path: Path) -> None:
    import gzip

    from watchfloor.errors import SettingsError
    from watchfloor.evaluate._common import read_jsonl

    plain = tmp_path / "a.jsonl"
    plain.write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    packed = tmp_path / "a.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write('{"id": 1}\n{"id": 2}\n')
    assert read_jsonl(plain) == read_jsonl(packed) == [{"id": 1}, {"id": 2}]
    with pytest.raises(SettingsError) as err:
        read_jsonl(tmp_path / "missing.jsonl")
    assert err.value.code == "WF-E030" and "missing.jsonl" in str(err.value)
