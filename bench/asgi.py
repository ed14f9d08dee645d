"""Calling an ASGI app in-process with no client in between, so timings are the server's own."""

from __future__ import annotations

import asyncio
import json
from typing import Any, NamedTuple

from starlette.types import ASGIApp, Message


class Reply(NamedTuple):
    status: int
    body: bytes
    headers: dict[str, str]


async def call(
    app: ASGIApp, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
) -> Reply:
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
    finished = asyncio.Event()
    status = 0
    headers_out: dict[str, str] = {}
    chunks: list[bytes] = []

    async def receive() -> Message:
        """The request body once; then, as a real server does, nothing until the response ends."""
        nonlocal sent
        if sent:
            await finished.wait()
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": payload, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            headers_out.update(
                (k.decode().lower(), v.decode()) for k, v in message.get("headers", [])
            )
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                finished.set()

    await app(scope, receive, send)
    return Reply(status, b"".join(chunks), headers_out)
