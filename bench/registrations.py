"""What the row lock that gives the last seat once costs: registering at one session that
every enterprise wants, against registering at sessions of their own.

    python bench/registrations.py [--enterprises 200] [--concurrency 20] [--database-url URL]

Both runs send the same ``register`` mutation, ``--concurrency`` at a time, straight to the
ASGI app (no client, no network); the baseline spreads them over one session each, so the
ratio is what waiting for one session's row costs. ``--database-url`` names an empty
database (PostgreSQL, say); left out, a fresh SQLite file, whose writers are serial anyway.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.applications import Starlette

from bench.asgi import call
from server import create_app
from services.core.settings import Settings

TOKEN = "civ_bench_coordinator_token"
ZONE = ZoneInfo("Asia/Shanghai")
REGISTER = "mutation($i: RegisterInput!) { register(input: $i) { registration { id } userErrors { code } } }"


async def graphql(app: Starlette, query: str, variables: dict[str, Any], token: str | None) -> Any:
    headers = {"authorization": f"Bearer {token}"} if token else {}
    status, body, _ = await call(
        app, "POST", "/graphql", {"query": query, "variables": variables}, headers
    )
    assert status == 200, body
    answer = json.loads(body)
    assert "errors" not in answer, answer
    (result,) = answer["data"].values()
    assert not result.get("userErrors"), result
    return result


async def sessions(app: Starlette, count: int) -> list[str]:
    """``count`` sessions of one department, a day apart, with room for everyone."""
    department = (
        await graphql(
            app,
            "mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }",
            {"i": {"slug": "tax", "name": "税务局"}},
            TOKEN,
        )
    )["token"]
    made = []
    for index in range(count):
        start = datetime(2027, 3, 1, 9, tzinfo=ZONE) + timedelta(days=index)
        posted = await graphql(
            app,
            "mutation($i: PostEventInput!) { postEvent(input: $i) { session { id } userErrors { code } } }",
            {"i": {"externalId": f"s{index}", "kind": "TRAINING", "title": f"纳税人学堂第{index + 1}期",
                   "start": start.isoformat(), "end": (start + timedelta(hours=2)).isoformat(),
                   "location": f"税务局{index + 1}号会议室", "capacity": 100_000}},
            department,
        )  # fmt: skip
        made.append(posted["session"]["id"])
    return made


async def enterprises(app: Starlette, count: int) -> list[str]:
    mutation = "mutation($i: CreateEnterpriseInput!) { createEnterprise(input: $i) { token userErrors { code } } }"
    return [
        (await graphql(app, mutation, {"i": {"name": f"第{number}公司"}}, None))["token"]
        for number in range(count)
    ]


async def register_all(
    app: Starlette, pairs: list[tuple[str, str]], concurrency: int
) -> tuple[float, list[float]]:
    """Each (enterprise, session) registers once, ``concurrency`` at a time: seconds, latencies."""
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def one(token: str, session: str) -> None:
        async with gate:
            began = time.perf_counter()
            await graphql(app, REGISTER, {"i": {"sessionId": session, "attendees": 1,
                          "contactName": "王经理", "contactPhone": "0757-88881234"}}, token)  # fmt: skip
            latencies.append((time.perf_counter() - began) * 1000)

    began = time.perf_counter()
    await asyncio.gather(*(one(token, session) for token, session in pairs))
    return time.perf_counter() - began, latencies


def _p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[98]


async def run(count: int, concurrency: int, database_url: str) -> None:
    app = create_app(Settings(database_url=database_url, admin_token=TOKEN))
    async with app.router.lifespan_context(app):
        made = await sessions(app, count + 1)
        tokens = await enterprises(app, count)
        spread = await register_all(app, list(zip(tokens, made[1:], strict=True)), concurrency)
        contended = await register_all(app, [(token, made[0]) for token in tokens], concurrency)
    print(
        f"civical registration bench: {count} enterprises, {concurrency} at a time, {database_url.split(':')[0]}"
    )
    print(f"{'register':<34}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}")
    base = count / spread[0]
    for name, (seconds, latencies) in (
        ("one session each (baseline)", spread),
        ("all at one session (its row lock)", contended),
    ):
        rate = count / seconds
        print(
            f"{name:<34}{rate:>8.0f}{statistics.median(latencies):>9.1f}{_p99(latencies):>9.1f}{rate / base:>8.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--enterprises", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--database-url", help="an empty database; default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        asyncio.run(run(args.enterprises, args.concurrency, url))


if __name__ == "__main__":
    main()
