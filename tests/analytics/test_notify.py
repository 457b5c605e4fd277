from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from watchfloor.analytics import (
    Alert,
    AlertLog,
    Backoff,
    Baseline,
    WebhookError,
    format_alert,
    parse_interval,
    post_webhook,
)
from watchfloor.errors import SettingsError


def _alert(n: int = 1) -> Alert:
    return Alert(
        id=f"a{n}",
        dyad=("NATO", "RUS"),
        day="2024-03-04",
        level="country",
        score=4.5,
        value=27.5,
        events=3,
        claimed=1,
        baselines=(
            Baseline(
                window="4w",
                start="2024-02-05",
                end="2024-03-03",
                days=28,
                mean=1.0,
                std=2.0,
                z=13.25,
                events_mean=0.5,
            ),
        ),
        drivers=(
            {
                "id": "ev1",
                "cameo": "190",
                "goldstein": -10.0,
                "bucket": "observed",
                "actor1": {"code": "RUSMIL", "name": "Russian troops"},
                "actor2": {"code": "NATO", "name": "NATO"},
                "trigger": {"start": 15, "end": 22, "text": "shelled"},
                "statement": {"id": "st1", "speaker": "Anneke Vos"},
            },
        ),
        claimed_events=(
            {
                "id": "ev2",
                "cameo": "0874",
                "goldstein": 9.0,
                "bucket": "claimed",
                "actor1": {"code": "RUSGOV", "name": "Russia"},
                "actor2": {"code": "NATO", "name": "NATO"},
                "trigger": {"start": 30, "end": 39, "text": "returning"},
            },
        ),
        statements=({"id": "st1", "speaker": "Anneke Vos"},),
    )


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90", 90.0),
        ("30s", 30.0),
        ("10m", 600.0),
        ("2h", 7200.0),
        ("1d", 86400.0),
        ("250ms", 0.25),
        (" 1.5m ", 90.0),
    ],
)
def test_parse_interval_reads_units(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "ten minutes", "0", "-5m", "5w"])
def test_parse_interval_rejects_bad_values(text):
    with pytest.raises(SettingsError) as info:
        parse_interval(text)
    assert info.value.code == "WF-E604"


def test_backoff_doubles_and_caps():
    b = Backoff(60, 2.0, 600)
    assert [b.delay(n) for n in range(6)] == [60, 120, 240, 480, 600, 600]
    assert Backoff(60, 2.0, 10).delay(3) == 60  # never below the interval


def test_format_alert_names_drivers_and_left_out_claims():
    text = format_alert(_alert())
    assert text.startswith("ALERT score 4.5")
    assert "NATO-RUS 2024-03-04" in text
    assert "'shelled' event ev1, said by Anneke Vos" in text
    assert "not counted (claimed)" in text and "ev2" in text


def test_alert_log_appends_json_lines(tmp_path):
    log = AlertLog(tmp_path / "sub" / "alerts.jsonl")
    assert log.read() == []
    log.write(_alert(1))
    log.write(_alert(2))
    lines = (tmp_path / "sub" / "alerts.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a1", "a2"]
    assert [a.id for a in log.read()] == ["a1", "a2"]


@pytest.fixture
def receiver() -> Iterator[dict[str, Any]]:
    state: dict[str, Any] = {"status": 200, "bodies": [], "headers": []}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            state["bodies"].append(body)
            state["headers"].append(dict(self.headers))
            self.send_response(state["status"])
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}/hook"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield state
    server.shutdown()
    server.server_close()


def test_post_webhook_sends_the_alert_as_json(receiver):
    assert post_webhook(receiver["url"], _alert(), timeout=5) == 200
    body = json.loads(receiver["bodies"][0])
    assert body["type"] == "watchfloor.alert" and body["alert"]["id"] == "a1"
    assert receiver["headers"][0]["Content-Type"] == "application/json"


def test_post_webhook_raises_on_an_error_status(receiver):
    receiver["status"] = 500
    with pytest.raises(WebhookError):
        post_webhook(receiver["url"], _alert(), timeout=5)


def test_post_webhook_raises_when_nothing_listens():
    with pytest.raises(WebhookError):
        post_webhook("http://127.0.0.1:9/hook", _alert(), timeout=2)
