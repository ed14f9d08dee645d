"""Real server processes for tests that run civical as a user would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def environment(database: Path | str, **extra: str) -> dict[str, str]:
    """The test's environment for a server: a database (an SQLite path or a URL) and extras."""
    url = database if isinstance(database, str) else f"sqlite+aiosqlite:///{database}"
    variables = {k: v for k, v in os.environ.items() if k != "CIVICAL_ADMIN_TOKEN"}
    return variables | {"CIVICAL_DATABASE_URL": url} | extra


@dataclass
class Server:
    """A running ``python server.py``: its base URL, its process, and its output once stopped."""

    base: str
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    def kill(self) -> None:
        """SIGKILL, as a crash would: no shutdown hooks, no flushing, no closing connections."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)


@contextmanager
def running(database: Path | str, *args: str, **extra: str) -> Iterator[Server]:
    """A running ``python server.py`` that the test may also kill; stopped (if alive) on exit."""
    port = _free_port()
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(
            [sys.executable, "server.py", "--port", str(port), *args],
            cwd=ROOT,
            env=environment(database, **extra),
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
        server = Server(f"http://127.0.0.1:{port}", process)
        try:
            _wait_until_healthy(server.base, process, output)
            yield server
        finally:
            process.terminate()
            process.wait(timeout=30)
            output.seek(0)
            server.lines += output.read().splitlines()


@contextmanager
def serving(database: Path | str, *args: str, **extra: str) -> Iterator[tuple[str, list[str]]]:
    """A running ``python server.py``; yields its base URL and, after it stops, its output lines."""
    with running(database, *args, **extra) as server:
        yield server.base, server.lines


def _wait_until_healthy(base: str, process: subprocess.Popen[str], output: IO[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            if process.poll() is not None:
                output.seek(0)
                pytest.fail(f"server exited: {output.read()}")
            time.sleep(0.1)
    pytest.fail("server did not become healthy within 60 s")


def graphql(
    base: str, query: str, token: str | None = None, variables: dict[str, Any] | None = None
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    document = {"query": query, "variables": variables or {}}
    response = httpx.post(f"{base}/graphql", json=document, headers=headers, timeout=10)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
