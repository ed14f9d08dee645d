"""Load on loopback: one and two server processes on one PostgreSQL, driven by wrk.

    python bench/load.py [--duration 10] [--connections 50]

Needs `wrk` (Debian's package, installed with apt-get when run as root on Debian)
and a PostgreSQL server (CIVICAL_BENCH_POSTGRES_URL, default: the local one as user
postgres); a fresh database is made for the run and dropped after it. The sample county is loaded
and 8 departments are made; then, for 1 and for 2 processes (`server.py serve
--workers N`, one address), each operation runs alone with 50 connections:
anonymous calendar reads (a page of 50 sessions), feed polls with the ETag the
feed gave (304 while unchanged), and departments posting new events (reads and
polls three times, the median run shown); then all three together (10 posting, 25
reading, 15 polling). Rate limits are off: every
request comes from one address. wrk is a light C client, so the server gets the cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
WRK = Path(__file__).resolve().parent / "wrk"
ADMIN_TOKEN = "civ_load_coordinator_" + uuid.uuid4().hex
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
OPERATIONS = {"read": "/graphql", "feed": "/feeds/all.ics", "post": "/graphql"}
MIXED = {"post": 10, "read": 25, "feed": 15}


@dataclass(frozen=True, slots=True)
class Figures:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    non_2xx_3xx: int
    socket_errors: int
    bad_bodies: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds

    @property
    def errors(self) -> int:
        return self.non_2xx_3xx + self.socket_errors + self.bad_bodies


async def _admin(url: str, statement: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    name = f"civical_load_{uuid.uuid4().hex[:10]}"
    asyncio.run(_admin(admin_url, f'CREATE DATABASE "{name}"'))
    base = admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        asyncio.run(_admin(admin_url, f'DROP DATABASE "{name}" WITH (FORCE)'))


def _environment(database_url: str, **extra: str) -> dict[str, str]:
    return os.environ | {
        "CIVICAL_DATABASE_URL": database_url,
        "CIVICAL_ADMIN_TOKEN": ADMIN_TOKEN,
        "CIVICAL_RATE_LIMIT_IP": "off",
        "CIVICAL_RATE_LIMIT_TOKEN": "off",
        "CIVICAL_IMPORT_POLL_SECONDS": "0",
        "CIVICAL_WRK_DIR": str(WRK),
        **extra,
    }


@contextmanager
def serving(database_url: str, workers: int) -> Iterator[None]:
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "server.py", "--port", str(PORT), "--workers", str(workers)],
            cwd=ROOT,
            env=_environment(database_url),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{BASE}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    sys.exit(f"the server did not start:\n{log.read().decode()}")
                time.sleep(0.2)
            yield
        finally:
            process.terminate()
            process.wait(timeout=60)


def _graphql(query: str, variables: dict[str, object], token: str) -> dict[str, object]:
    answer = httpx.post(
        f"{BASE}/graphql",
        json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    answer.raise_for_status()
    body: dict[str, object] = answer.json()
    return body


def _departments(count: int) -> list[str]:
    tokens = []
    for number in range(count):
        body = _graphql(
            "mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { token } }",
            {"input": {"slug": f"load-{number}", "name": f"负载测试部门{number}"}},
            ADMIN_TOKEN,
        )
        data = body["data"]
        assert isinstance(data, dict), body
        tokens.append(data["createDepartment"]["token"])
    return tokens


def _wrk(
    operation: str, connections: int, seconds: int, extra: dict[str, str]
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(WRK / f"{operation}.lua"),
            BASE + OPERATIONS[operation],
        ],
        env=os.environ | {"CIVICAL_WRK_DIR": str(WRK)} | extra,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _figures(process: subprocess.Popen[str]) -> Figures:
    output, _ = process.communicate()
    line = next((line for line in output.splitlines() if line.startswith('{"requests"')), None)
    if process.returncode != 0 or line is None:
        sys.exit(f"wrk failed:\n{output}")
    return Figures(**json.loads(line))


def _feed_etag() -> str:
    return httpx.get(f"{BASE}/feeds/all.ics", timeout=60).headers["etag"]


def _run(
    seconds: int, connections: int, repeats: int, env: dict[str, str], run: str
) -> dict[str, Figures]:
    """Each operation alone (reads and polls ``repeats`` times, the median run kept: one
    run on a shared machine can be off by a fifth), then all three together."""
    results: dict[str, Figures] = {}
    _figures(_wrk("read", connections, 2, env))  # warm caches and connection pools
    for operation in OPERATIONS:
        extra = env | {"CIVICAL_FEED_ETAG": _feed_etag(), "CIVICAL_RUN": f"{run}-{operation}"}
        runs = [
            _figures(_wrk(operation, connections, seconds, extra))
            for _ in range(1 if operation == "post" else repeats)
        ]
        results[operation] = sorted(runs, key=lambda figures: figures.rate)[len(runs) // 2]
    extra = env | {"CIVICAL_FEED_ETAG": _feed_etag(), "CIVICAL_RUN": f"{run}-mixed"}
    together = [_wrk(operation, count, seconds, extra) for operation, count in MIXED.items()]
    for operation, process in zip(MIXED, together, strict=True):
        results[f"{operation} (mixed)"] = _figures(process)
    return results


def _print(table: dict[int, dict[str, Figures]], stored: int, acknowledged: int) -> None:
    print("| processes | operation | requests | req/s | p50 ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|")
    for workers, results in table.items():
        for operation, f in results.items():
            print(f"| {workers} | {operation} | {f.requests} | {f.rate:.0f} | "
                  f"{f.p50_ms:.1f} | {f.p99_ms:.1f} | {f.errors} |")  # fmt: skip
    print()
    for operation in ("read", "feed", "post"):
        one, two = table[1][operation].rate, table[2][operation].rate
        print(f"{operation}: 2 processes / 1 process = {two / one:.2f}×")
    print(f"postings acknowledged by the server: {acknowledged}; stored: {stored}")


def _ensure_wrk() -> None:
    """wrk from Debian's packages, installed here if this is a Debian machine we administer."""
    if shutil.which("wrk") is not None:
        return
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        sys.exit("wrk is needed: apt-get install wrk (or your system's package of it)")
    print("installing wrk from Debian's packages", flush=True)
    environment = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "wrk"]
    if subprocess.run(install, stdout=subprocess.DEVNULL, env=environment).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=environment)
        subprocess.run(install, check=True, stdout=subprocess.DEVNULL, env=environment)


async def _settle(url: str) -> None:
    """Vacuum, analyse and checkpoint before each process count's runs, so PostgreSQL's own
    upkeep after the previous runs' postings does not land in the middle of these."""
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await connection.execute("VACUUM ANALYZE")
        await connection.execute("CHECKPOINT")
    finally:
        await connection.close()


async def _count_load_postings(url: str) -> int:
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        count: int = await connection.fetchval(
            "SELECT count(*) FROM events WHERE external_id LIKE 'load-%'"
        )
        return count
    finally:
        await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3, help="runs of reads and of polls")
    args = parser.parse_args()
    _ensure_wrk()
    admin_url = os.environ.get(
        "CIVICAL_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
    )
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    window = {
        "CIVICAL_READ_FROM": today.isoformat().replace("+00:00", "Z"),
        "CIVICAL_READ_TO": (today + timedelta(days=60)).isoformat().replace("+00:00", "Z"),
    }
    try:
        asyncio.run(_admin(admin_url, "SELECT 1"))
    except (OSError, asyncpg.PostgresError) as error:
        sys.exit(f"no PostgreSQL at {admin_url} ({error}); set CIVICAL_BENCH_POSTGRES_URL")
    with fresh_database(admin_url) as url:
        subprocess.run(
            [sys.executable, "server.py", "demo"],
            cwd=ROOT, env=_environment(url), check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        table: dict[int, dict[str, Figures]] = {}
        tokens: list[str] = []
        for workers in (1, 2):
            asyncio.run(_settle(url))
            with serving(url, workers):
                tokens = tokens or _departments(8)
                env = window | {"CIVICAL_DEPARTMENT_TOKENS": ",".join(tokens)}
                table[workers] = _run(
                    args.duration, args.connections, args.repeats, env, f"w{workers}"
                )
        stored = asyncio.run(_count_load_postings(url))
    acknowledged = sum(
        f.requests - f.errors for results in table.values() for op, f in results.items()
        if op.startswith("post")
    )  # fmt: skip
    _print(table, stored, acknowledged)


if __name__ == "__main__":
    main()
