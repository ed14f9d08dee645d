"""Server processes for benchmarks that measure over HTTP, as a client sees the server.

``civical`` runs ``server.py serve`` as an operator would (uvicorn with uvloop and
httptools, the collector settled after start-up); ``static`` runs a plain Starlette app
under the same uvicorn that answers every request with one fixed body: the floor an
answer of the same bytes is measured against.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ROOT = Path(__file__).resolve().parent.parent
_STATIC_BODY = "CIVICAL_BENCH_STATIC_BODY"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _until_up(base: str, process: subprocess.Popen[bytes], path: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server at {base} exited with {process.returncode}")
        try:
            if httpx.get(base + path, timeout=1).status_code < 500:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the server at {base} did not answer within 60 s")


@contextmanager
def _process(command: list[str], environment: dict[str, str], health: str) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=ROOT,
        env=os.environ | environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # one JSON log line per request: written, not kept
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _until_up(base, process, health)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def civical(database_url: str, admin_token: str) -> Iterator[str]:
    """A civical server on ``database_url`` (migrated on start); its base URL."""
    environment = {
        "CIVICAL_DATABASE_URL": database_url,
        "CIVICAL_ADMIN_TOKEN": admin_token,
        "CIVICAL_RATE_LIMIT_IP": "off",
        "CIVICAL_RATE_LIMIT_TOKEN": "off",
        "CIVICAL_IMPORT_POLL_SECONDS": "0",
    }
    with _process([sys.executable, "server.py", "serve"], environment, "/healthz") as base:
        yield base


@contextmanager
def static(body: bytes) -> Iterator[str]:
    """A Starlette app answering ``body`` as JSON to every GET or POST; its base URL."""
    with tempfile.NamedTemporaryFile(suffix=".json") as file:
        file.write(body)
        file.flush()
        command = [sys.executable, "-m", "uvicorn", "--factory", "--no-access-log"]
        command += ["--log-level", "warning", "bench.serving:static_app"]
        with _process(command, {_STATIC_BODY: file.name}, "/") as base:
            yield base


def static_app() -> Starlette:
    body = Path(os.environ[_STATIC_BODY]).read_bytes()

    async def answer(_request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/{path:path}", answer, methods=["GET", "POST"])])
