"""``watchfloor serve --get PATH`` answers one request in-process and exits by its status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from watchfloor.cli import cli


def test_serve_get_prints_the_response(web_store: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = web_store
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/claims.json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["ok"] is True and body["claims"][0]["status"] == "disputed"


def test_serve_get_exits_1_on_an_error_status(web_store: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = web_store
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/nope.json"])
    assert result.exit_code == 1
    assert json.loads(result.output)["error"].startswith("[WF-E701]")


def test_serve_missing_store_is_a_fatal_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), "--get", "/"])
    assert result.exit_code == 3
    assert "WF-E501" in result.output


def test_serve_get_on_the_write_route_is_405(web_store: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = web_store
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/api/articles"])
    assert result.exit_code == 1
    assert json.loads(result.output)["status"] == 405
