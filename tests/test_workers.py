"""``serve --workers N``: several processes behind one port, on one PostgreSQL.

Which worker accepted a connection is read from Linux's /proc (the port's sockets and
the processes holding them), so the test knows that both workers served, rather than
hoping the kernel spread the connections.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from contextlib import AsyncExitStack, suppress
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from websockets.asyncio.client import ClientConnection

from services.core.live import APPLICATION_NAME
from tests.api import Api
from tests.conftest import fresh_department
from tests.process import ROOT, environment, serving
from tests.test_live_updates import subscribed, until_heard, updates

pytestmark = pytest.mark.slow

GENERATED = "a coordinator token was generated"
MOST_CONNECTIONS, BURST = 100, 5  # to find both workers; the kernel hands connections out unevenly


def _acceptors(port: int, client_ports: set[int]) -> dict[int, int]:
    """The id of the process that accepted each client connection to ``port``, by client port."""
    sockets = {}
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = (int(address.rsplit(":", 1)[1], 16) for address in fields[1:3])
        if local == port and remote in client_ports:
            sockets[f"socket:[{fields[9]}]"] = remote
    acceptors = {}
    for descriptor in Path("/proc").glob("[0-9]*/fd/*"):
        with suppress(OSError):
            target = os.readlink(descriptor)
            if target in sockets:
                acceptors[sockets[target]] = int(descriptor.parts[2])
    return acceptors


async def _until_listening(url: str, processes: int) -> None:
    """Wait until ``processes`` processes listen for live updates: each has started serving."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        for _ in range(600):
            listening = await connection.fetchval(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE application_name = $1 AND datname = current_database()",
                APPLICATION_NAME,
            )
            if listening >= processes:
                assert listening == processes
                return
            await asyncio.sleep(0.1)
        pytest.fail(f"{listening} of {processes} processes listen for live updates")
    finally:
        await connection.close()


async def _on_both_workers(url: str, base: str, token: str) -> list[list[str]]:
    """Subscribers spread over both workers; what each hears of one posting.

    Connections come in bursts: one at a time, an idle worker tends to win every accept.
    """
    port = urlsplit(base).port
    assert port is not None
    await _until_listening(url, 2)
    async with AsyncExitStack() as stack, httpx.AsyncClient(base_url=base) as http:
        sockets: list[ClientConnection] = []
        workers: set[int] = set()
        while len(workers) < 2 and len(sockets) < MOST_CONNECTIONS:
            burst = (stack.enter_async_context(subscribed(base)) for _ in range(BURST))
            sockets += await asyncio.gather(*burst)
            workers = set(_acceptors(port, {s.local_address[1] for s in sockets}).values())
        assert len(workers) == 2, f"{len(sockets)} connections all went to one worker"
        api = Api(http)
        await until_heard(sockets, api, token)
        await api.post(token, externalId="a")
        heard = await asyncio.gather(*(updates(socket) for socket in sockets))
        return [[update["message"] for update in updates_of_one] for updates_of_one in heard]


def _feed_polls_counted(base: str, polls: int) -> list[float]:
    """Poll the feed on fresh connections (spread over the workers), then ask each of
    three fresh connections' workers how many feed polls /metrics counts."""
    for _ in range(polls):
        assert httpx.get(f"{base}/feeds/all.ics", timeout=30).status_code == 200
    counted = []
    for _ in range(3):
        text = httpx.get(f"{base}/metrics", timeout=30).text
        samples = (
            sample
            for family in text_string_to_metric_families(text)
            for sample in family.samples
            if sample.name == "civical_http_requests_total"
            and sample.labels.get("route") == "/feeds/all.ics"
        )
        counted.append(sum(sample.value for sample in samples))
    return counted


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc")
def test_two_workers_share_one_port_and_hear_each_other(postgres_url: str) -> None:
    token = asyncio.run(fresh_department(postgres_url))
    with serving(postgres_url, "--workers", "2") as (base, lines):
        heard = asyncio.run(_on_both_workers(postgres_url, base, token))
        assert _feed_polls_counted(base, polls=6) == [6, 6, 6], "every worker shows the sum"
    assert heard == [["增值税留抵退税政策解读会：已发布"]] * len(heard)
    assert sum(GENERATED in line for line in lines) == 1, "one token, shown once"


def test_sqlite_refuses_more_than_one_worker(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "server.py", "--workers", "2"],
        cwd=ROOT,
        env=environment(tmp_path / "one.sqlite3"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--workers 2 needs PostgreSQL" in done.stderr
    assert not (tmp_path / "one.sqlite3").exists(), "refused before touching the database"
