"""Run one HTTP request through an ASGI app in this process (``watchfloor serve --get PATH``).

No socket, no server: the request is handed to the app as ASGI messages and the response
collected. Datasette's ``--get`` idea, used by the CLI and tests.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = ["Fetched", "fetch"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: status, headers (lower-case names) and body."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.body)


def fetch(
    app: ASGIApp,
    path: str,
    *,
    method: str = "GET",
    body: bytes | Sequence[bytes] = b"",
    headers: dict[str, str] | None = None,
) -> Fetched:
    """Send ``method path`` (with query string) to ``app`` and return its response.

    ``body`` as bytes is sent whole with a ``content-length``; as a sequence of chunks it is
    streamed without one."""
    return asyncio.run(_fetch(app, path, method=method, body=body, headers=headers or {}))


async def _fetch(
    app: ASGIApp, path: str, *, method: str, body: bytes | Sequence[bytes], headers: dict[str, str]
) -> Fetched:
    raw_path, _, query = path.partition("?")
    head = [(b"host", b"localhost")] + [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    if isinstance(body, bytes):
        chunks_in = [body]
        if body:
            head.append((b"content-length", str(len(body)).encode()))
    else:
        chunks_in = list(body) or [b""]
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method.upper(),
        "scheme": "http",
        "path": unquote(raw_path),
        "raw_path": raw_path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": head,
        "client": ("127.0.0.1", 0),
        "server": ("localhost", 80),
    }
    pending: list[Message] = [
        {"type": "http.request", "body": chunk, "more_body": n < len(chunks_in) - 1}
        for n, chunk in enumerate(chunks_in)
    ]
    status = 500
    started = False
    out_headers: dict[str, str] = {}
    chunks: list[bytes] = []

    async def receive() -> Message:
        if pending:
            return pending.pop(0)
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status, started
        if message["type"] == "http.response.start":
            started = True
            status = int(message["status"])
            for k, v in message.get("headers", []):
                out_headers[k.decode("latin-1").lower()] = v.decode("latin-1")
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))

    try:
        await app(scope, receive, send)
    except Exception:
        if not started:  # the app re-raises after sending its 500 page; keep that page
            raise
    return Fetched(status=status, headers=out_headers, body=b"".join(chunks))
