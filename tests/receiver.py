"""A webhook receiver on a loopback address of its own, as a department's system would run one.

It keeps every request it gets, can be down (nothing listening on its port), answer with
an error, or hold a request without answering (so a sender can die mid-delivery), and
tells apart what it took from the repeats a receiver drops by their delivery id.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from services.notifications.signing import DELIVERY_HEADER, SIGNATURE_HEADER, verify
from tests.feedserver import FEED_HOST


@dataclass(frozen=True)
class Received:
    path: str
    delivery_id: str
    signature: str | None
    body: bytes

    @property
    def payload(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """What arrived, and how to answer next: ``status`` (200 takes it), or ``hold`` it."""

    port: int
    received: list[Received] = field(default_factory=list)
    status: int = 200
    reply: bytes = b"ok"
    hold: bool = False
    arrived: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://{FEED_HOST}:{self.port}{path}"

    def taken(self) -> dict[str, Received]:
        """Each delivery once, as a receiver that drops repeats by delivery id keeps them;
        a repeat must be the same bytes."""
        kept: dict[str, Received] = {}
        with self.lock:
            for item in self.received:
                first = kept.setdefault(item.delivery_id, item)
                assert first.body == item.body, "a repeat of a delivery differs from the first"
        return kept

    def repeats(self) -> int:
        with self.lock:
            return len(self.received) - len({item.delivery_id for item in self.received})

    def signed(self, secrets: dict[str, str]) -> bool:
        """Whether every request carries a valid signature made with its path's secret."""
        with self.lock:
            return all(
                item.signature is not None and verify(secrets[item.path], item.body, item.signature)
                for item in self.received
            )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((FEED_HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            item = Received(self.path, self.headers.get(DELIVERY_HEADER, ""),
                            self.headers.get(SIGNATURE_HEADER), body)  # fmt: skip
            with receiver.lock:
                receiver.received.append(item)
                hold, status, reply = receiver.hold, receiver.status, receiver.reply
            receiver.arrived.set()
            if hold:  # not answered: the sender waits until it gives up, or dies
                receiver.released.wait(60)
                return
            self.send_response(status)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read ``received`` instead."""

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = (
        128  # the default 5 drops connections that arrive together (1 s SYN retries)
    )


@contextmanager
def listening(receiver: Receiver) -> Iterator[Receiver]:
    """The receiver up on its port until the block ends (then down again)."""
    server = _Server((FEED_HOST, receiver.port), _handler(receiver))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
