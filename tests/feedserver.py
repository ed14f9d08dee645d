"""A small HTTP server on a loopback address of its own, publishing ICS feeds as departments do."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FEED_HOST = "127.0.0.2"  # allowlisted in the tests' settings; 127.0.0.1 stays forbidden


class FeedServer:
    """Serves ``files`` (path -> bytes) with ETags; ``redirects`` (path -> URL) answer 302."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.redirects: dict[str, str] = {}
        self.requests: list[tuple[str, int]] = []

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{path}"


def _handler(feeds: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in feeds.redirects:
                self._answer(302, b"", {"Location": feeds.redirects[self.path]})
                return
            body = feeds.files.get(self.path)
            if body is None:
                self._answer(404, b"not found", {})
                return
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if self.headers.get("If-None-Match") == etag:
                self._answer(304, b"", {"ETag": etag})
                return
            self._answer(200, body, {"ETag": etag, "Content-Type": "text/calendar"})

        def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            feeds.requests.append((self.path, status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read ``requests`` instead."""

    return Handler


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    server = ThreadingHTTPServer((FEED_HOST, 0), BaseHTTPRequestHandler)
    feeds = FeedServer(server)
    server.RequestHandlerClass = _handler(feeds)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield feeds
    finally:
        server.shutdown()
        server.server_close()
