"""Delivering alerts, and the watch loop's timing: the pure parts of ``watchfloor watch``.

- :func:`format_alert`: the terminal text of an alert;
- :class:`AlertLog`: a JSONL file, one alert per line, appended (never rewritten);
- :func:`post_webhook`: one JSON POST with urllib (raises :class:`WebhookError`);
- :class:`Backoff`: the exponential back-off schedule for a failing source;
- :func:`parse_interval`: ``"10m"`` → 600 seconds.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .. import __version__
from ..errors import Errors, SettingsError, WatchfloorError
from ._alerts import Alert

__all__ = ["AlertLog", "Backoff", "WebhookError", "format_alert", "parse_interval", "post_webhook"]

_INTERVAL: Final = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT: Final = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_interval(text: str) -> float:
    """Seconds in ``"90"``, ``"30s"``, ``"10m"``, ``"2h"``, ``"1d"`` (``ms`` too); raises WF-E604."""
    match = _INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise SettingsError(Errors.E604.format(value=text))
    return float(match.group(1)) * _UNIT[match.group(2) or "s"]


def format_alert(alert: Alert) -> str:
    """The terminal text of an alert: a headline and its driving events."""
    return f"ALERT score {alert.score:.1f}  " + alert.explain()


class AlertLog:
    """A JSONL alert log: each alert's JSON on one line, appended and flushed at once."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def write(self, alert: Alert) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(alert.to_json(), ensure_ascii=False, default=str) + "\n")

    def read(self) -> list[Alert]:
        """The alerts logged so far (an absent log is empty)."""
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").splitlines()
        return [Alert.from_json(json.loads(line)) for line in lines if line.strip()]


class WebhookError(WatchfloorError):
    """A webhook POST failed (network error or a non-2xx answer)."""


def post_webhook(url: str, alert: Alert, *, timeout: float = 20.0) -> int:
    """POST the alert's JSON to ``url``; returns the HTTP status, raises :class:`WebhookError`."""
    body = json.dumps({"type": "watchfloor.alert", "alert": alert.to_json()}, default=str).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": f"watchfloor/{__version__}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = int(response.status)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise WebhookError(str(exc), code="WF-W602", source=url) from None
    if not 200 <= status < 300:
        raise WebhookError(f"HTTP {status}", code="WF-W602", source=url)
    return status


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential back-off: after ``failures`` consecutive failures, wait ``initial × factor**failures``.

    With no failure the wait is ``initial`` (the poll interval); it never exceeds ``maximum``.
    """

    initial: float
    factor: float = 2.0
    maximum: float = 3600.0

    def delay(self, failures: int) -> float:
        if failures <= 0:
            return self.initial
        return float(min(self.initial * self.factor ** min(failures, 64), max(self.maximum, self.initial)))
