"""Calling an ASGI app in-process with no client in between, so timings are the server's own."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message


async def call(
    app: ASGIApp, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    payload = json.dumps(body).encode() if body is not None else b""
    raw_headers = [(b"content-type", b"application/json")] + [
        (k.lower().encode(), v.encode()) for k, v in (headers or {}).items()
    ]
    path_only, _, query = path.partition("?")
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
        "scheme": "http", "path": path_only, "raw_path": path_only.encode(), "query_string": query.encode(),
        "root_path": "", "headers": raw_headers, "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
        "app": app,
    }  # fmt: skip
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": payload, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)
