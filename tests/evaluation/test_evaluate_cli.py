from __future__ import annotations

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
    assert {"html", "attribution", "timex", "events", "status", "claims"} <= set(tasks.names())
