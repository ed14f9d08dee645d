"""The command line, as a new user runs it: a real process, a real port, a real SQLite file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _environment(database: Path) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k != "CIVICAL_ADMIN_TOKEN"}
    environment["CIVICAL_DATABASE_URL"] = f"sqlite+aiosqlite:///{database}"
    return environment


@contextmanager
def serving(database: Path, *args: str) -> Iterator[tuple[str, list[str]]]:
    """A running ``python server.py``; yields its base URL and, after it stops, its output lines."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "server.py", "--port", str(port), *args],
        cwd=ROOT,
        env=_environment(database),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                time.sleep(0.1)
        else:
            pytest.fail("server did not become healthy within 60 s")
        yield base, lines
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
        lines += output.splitlines()


def _graphql(base: str, query: str, token: str | None = None) -> dict[str, object]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{base}/graphql", json={"query": query}, headers=headers, timeout=10)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def test_first_start_migrates_and_prints_a_coordinator_token_once(tmp_path: Path) -> None:
    database = tmp_path / "civical.sqlite3"
    with serving(database) as (base, first_output):
        assert (
            httpx.get(f"{base}/graphql", headers={"accept": "text/html"})
            .text.lower()
            .count("graphiql")
            > 0
        )
    tokens = [line.rsplit(" ", 1)[-1] for line in first_output if "shown this once" in line]
    assert len(tokens) == 1
    with serving(database) as (base, second_output):
        created = _graphql(
            base,
            'mutation { createDepartment(input: {slug: "tax", name: "税务局"}) { department { slug } userErrors { code } } }',
            tokens[0],
        )
        assert created == {
            "data": {"createDepartment": {"department": {"slug": "tax"}, "userErrors": []}}
        }
    assert not [line for line in second_output if "shown this once" in line]


def test_demo_loads_a_sample_county_once(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    for _ in range(2):
        subprocess.run(
            [sys.executable, "server.py", "demo"],
            cwd=ROOT,
            env=_environment(database),
            check=True,
            capture_output=True,
        )
    with serving(database) as (base, _):
        body = _graphql(
            base,
            '{ departments { slug } calendar(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", first: 500)'
            " { totalCount nodes { title start hosts { slug } } } }",
        )
    data = body["data"]
    assert isinstance(data, dict)
    assert len(data["departments"]) >= 12
    sessions = data["calendar"]["nodes"]
    assert data["calendar"]["totalCount"] == len(sessions) >= 40
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in s["title"]) for s in sessions)
    assert any(s["title"].isascii() for s in sessions)
    hosts_by_occurrence: dict[tuple[str, str], set[str]] = {}
    for session in sessions:
        hosts_by_occurrence.setdefault((session["title"], session["start"]), set()).update(
            host["slug"] for host in session["hosts"]
        )
    assert any(len(hosts) > 1 for hosts in hosts_by_occurrence.values()), (
        "some sessions are co-hosted"
    )
