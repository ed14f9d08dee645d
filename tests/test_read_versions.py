"""Two real server processes on one database: a write in one retires the answers it changed
in the other, keeps the ones it did not, and no page from before a write is served once
the write is acknowledged. Each process answers from its own memory: what each did is
read from its own ``/metrics``.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import asyncpg
import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from services.core.watch import APPLICATION_NAME, SEEN_TIMEOUT
from tests.api import POST_EVENT, event_input
from tests.conftest import fresh_department
from tests.process import Server, running

pytestmark = pytest.mark.slow

MARCH = {"from": "2027-03-01T00:00:00+08:00", "to": "2027-04-01T00:00:00+08:00"}
MAY = {"from": "2027-05-01T00:00:00+08:00", "to": "2027-06-01T00:00:00+08:00"}
PAGE = """query($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to) { totalCount nodes { title hosts { name } events { capacity } } }
}"""
ROTATE = "mutation { rotateDepartmentToken(input: {}) { token userErrors { code } } }"
ROUNDS = 40


class Process:
    """One server process, as a client on a keep-alive connection sees it."""

    def __init__(self, server: Server, http: httpx.Client) -> None:
        self.server = server
        self.http = http

    def graphql(self, query: str, variables: dict[str, Any], token: str | None = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = self.http.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )
        assert response.status_code == 200, response.text
        body = response.json()
        assert "errors" not in body, body
        return body["data"]

    def post(self, token: str, **fields: Any) -> None:
        payload = self.graphql(POST_EVENT, {"input": event_input(**fields)}, token)["postEvent"]
        assert payload["userErrors"] == [], payload

    def page(self, window: dict[str, str]) -> dict[str, Any]:
        found: dict[str, Any] = self.graphql(PAGE, window)["calendar"]
        return found

    def answers(self) -> dict[str, float]:
        text = self.http.get("/metrics").text
        return {
            sample.labels["result"]: sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
            if sample.name == "civical_read_cache_total"
        }

    def counted(self, action: Callable[[], object]) -> dict[str, int]:
        """What this process's read cache did while ``action`` ran (what it did at all)."""
        before = self.answers()
        action()
        after = self.answers()
        counts = {key: int(after[key] - before.get(key, 0)) for key in after}
        return {key: count for key, count in counts.items() if count}


@contextmanager
def two_processes(database_url: str) -> Iterator[tuple[Process, Process]]:
    with (
        running(database_url) as first,
        running(database_url) as second,
        httpx.Client(base_url=first.base, timeout=30) as one,
        httpx.Client(base_url=second.base, timeout=30) as other,
    ):
        yield Process(first, one), Process(second, other)


def _in(day: int, month: int = 3, **fields: Any) -> dict[str, Any]:
    return {
        "externalId": f"{month}-{day}",
        "title": f"培训 {month} 月 {day} 日",
        "start": f"2027-{month:02d}-{day:02d}T09:00:00+08:00",
        "end": f"2027-{month:02d}-{day:02d}T11:00:00+08:00",
    } | fields


def test_a_write_in_one_process_retires_the_right_answers_in_another(database_url: str) -> None:
    token = asyncio.run(fresh_department(database_url))
    with two_processes(database_url) as (writer, reader):
        for day in (3, 10):
            writer.post(token, **_in(day))
        writer.post(token, **_in(6, month=5))
        march, may = reader.page(MARCH), reader.page(MAY)
        assert reader.counted(lambda: reader.page(MARCH)) == {"HIT": 1}

        writer.post(token, **_in(20, month=5))  # May changes; March does not
        assert reader.counted(lambda: reader.page(MARCH)) == {"HIT": 1}
        assert reader.page(MARCH) == march
        assert reader.counted(lambda: reader.page(MAY))["MISS"] == 1
        assert reader.page(MAY)["totalCount"] == may["totalCount"] + 1

        for capacity in range(1, ROUNDS + 1):  # read at once in the other process, each time
            writer.post(token, **_in(10, capacity=capacity))
            shown = reader.page(MARCH)["nodes"][1]["events"][0]["capacity"]
            assert shown == capacity, f"a page from before write {capacity} was served"
            writer, reader = reader, writer


def test_a_rotated_token_stops_at_once_in_every_process(database_url: str) -> None:
    token = asyncio.run(fresh_department(database_url))
    with two_processes(database_url) as (one, other):
        me = "{ me { role } }"
        assert other.graphql(me, {}, token)["me"] == {"role": "DEPARTMENT"}
        new = one.graphql(ROTATE, {}, token)["rotateDepartmentToken"]["token"]
        refused = other.http.post(
            "/graphql", json={"query": me}, headers={"Authorization": f"Bearer {token}"}
        )
        assert refused.status_code == 401
        assert other.graphql(me, {}, new)["me"] == {"role": "DEPARTMENT"}


def test_a_write_waits_for_every_listening_process_to_learn_it(postgres_url: str) -> None:
    """On PostgreSQL a write is acknowledged only once the other processes confirm they know
    it: one that cannot answer (stopped here) holds writes up for SEEN_TIMEOUT, no longer,
    and is told of the write when it runs again."""
    token = asyncio.run(fresh_department(postgres_url))
    with two_processes(postgres_url) as (writer, stopped):
        writer.post(token, **_in(3))
        before = stopped.page(MARCH)
        server = stopped.server
        os.kill(server.process.pid, signal.SIGSTOP)
        try:
            began = time.monotonic()
            writer.post(token, **_in(4))
            waited = time.monotonic() - began
        finally:
            os.kill(server.process.pid, signal.SIGCONT)
        assert SEEN_TIMEOUT <= waited < SEEN_TIMEOUT + 5
        for _ in range(100):
            if stopped.page(MARCH) != before:
                break
            time.sleep(0.1)
        assert stopped.page(MARCH)["totalCount"] == 2
        began = time.monotonic()
        writer.post(token, **_in(5))
        assert time.monotonic() - began < SEEN_TIMEOUT, "confirmed again once it runs"


async def _listening(url: str, *, cut: bool = False) -> int:
    """How many processes listen for read versions; with ``cut``, cut them off first, as a
    network fault would, and say how many were."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        found = await connection.fetch(
            f"SELECT {'pg_terminate_backend(pid)' if cut else 'pid'} FROM pg_stat_activity"
            " WHERE application_name = $1 AND datname = current_database()",
            APPLICATION_NAME,
        )
        return len(found)
    finally:
        await connection.close()


def test_a_process_cut_off_catches_up_with_the_writes_made_meanwhile(postgres_url: str) -> None:
    token = asyncio.run(fresh_department(postgres_url))
    with two_processes(postgres_url) as (writer, reader):
        writer.post(token, **_in(3))
        assert reader.page(MARCH)["totalCount"] == 1
        assert asyncio.run(_listening(postgres_url, cut=True)) == 2
        writer.post(token, **_in(4))  # while nobody listens
        for _ in range(100):
            if asyncio.run(_listening(postgres_url)) == 2:
                break
            time.sleep(0.1)
        assert reader.page(MARCH)["totalCount"] == 2
        writer.post(token, **_in(5))
        assert reader.page(MARCH)["totalCount"] == 3
    assert any("read versions: listening again" in line for line in reader.server.lines)
