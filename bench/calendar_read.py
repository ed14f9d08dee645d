"""How much GraphQL costs over the floor: posting speed, and a 500-session calendar page.

    python bench/calendar_read.py [--events 1000] [--rounds 30] [--database-url URL]

The floor is a plain Starlette JSON endpoint returning the same rows through the same
service call, so the ratios measure the GraphQL layer alone. Requests go straight to
the ASGI app (no client, no network), one at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bench.asgi import Reply, call
from server import create_app
from services.calendar import reads
from services.core.settings import Settings

TOKEN = "civ_bench_coordinator_token"
ZONE = ZoneInfo("Asia/Shanghai")
WINDOW = ("2027-01-01T00:00:00+08:00", "2028-01-01T00:00:00+08:00")
PAGE = """query($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to, first: 500) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id uid kind title description start end timezone location topics
      audience { sectors regions } status hosts { slug name }
      events { id externalId title sequence status department { slug } } }
  }
}"""


def floor_endpoint(app: Starlette) -> Callable[[Request], Awaitable[JSONResponse]]:
    """The same rows as the GraphQL page, as plain JSON."""
    from schema.ids import encode

    async def page(request: Request) -> JSONResponse:
        start, end = (datetime.fromisoformat(request.query_params[k]) for k in ("from", "to"))
        async with app.state.database.reading() as db:
            result = await reads.calendar_page(
                db, start=start, end=end, wanted=reads.CalendarFilter(), first=500, after=None
            )
        nodes = []
        for view in result.sessions:
            zone = ZoneInfo(view.timezone)
            nodes.append({
                "id": encode("Session", view.key), "uid": view.uid, "kind": view.kind, "title": view.title,
                "description": view.description, "start": view.start.astimezone(zone).isoformat(),
                "end": view.end.astimezone(zone).isoformat(), "timezone": view.timezone, "location": view.location,
                "topics": view.topics, "audience": {"sectors": view.sectors, "regions": view.regions},
                "status": view.status, "hosts": [{"slug": d.slug, "name": d.name} for d in view.hosts],
                "events": [
                    {"id": encode("Event", p.key), "externalId": p.external_id, "title": p.title,
                     "sequence": p.sequence, "status": p.status, "department": {"slug": p.department.slug}}
                    for p in view.postings
                ],
            })  # fmt: skip
        return JSONResponse({"totalCount": result.total, "nodes": nodes})

    return page


async def post_events(app: Starlette, count: int) -> float:
    tokens = []
    for index in range(6):
        status, body, _ = await call(
            app, "POST", "/graphql",
            {"query": 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }',
             "variables": {"i": {"slug": f"dept{index}", "name": f"第{index}局"}}},
            {"authorization": f"Bearer {TOKEN}"},
        )  # fmt: skip
        tokens.append(json.loads(body)["data"]["createDepartment"]["token"])
    mutation = "mutation($i: PostEventInput!) { postEvent(input: $i) { event { id } userErrors { code } } }"
    began = time.perf_counter()
    for index in range(count):
        start = datetime(2027, 3, 1, 9, tzinfo=ZONE) + timedelta(hours=3 * (index // 2))
        event = {
            "externalId": f"b{index}", "kind": "TRAINING", "title": f"增值税留抵退税政策解读会 第{index}期",
            "start": start.isoformat(), "end": (start + timedelta(hours=2)).isoformat(),
            "location": "石湾镇政务服务中心三楼报告厅", "topics": ["增值税", "留抵退税"],
            "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]},
            "description": "面向企业的政策说明与现场答疑。",
        }  # fmt: skip
        status, body, _ = await call(
            app,
            "POST",
            "/graphql",
            {"query": mutation, "variables": {"i": event}},
            {"authorization": f"Bearer {tokens[index % 6]}"},
        )
        assert status == 200, body
        assert b'"userErrors":[]' in body, body
    return count / (time.perf_counter() - began)


async def timed(request: Callable[[int], Awaitable[Reply]], rounds: int) -> float:
    """Median milliseconds of ``rounds`` requests, after one warm-up."""
    await request(-1)
    samples = []
    for round_number in range(rounds):
        began = time.perf_counter()
        status, _, _ = await request(round_number)
        samples.append((time.perf_counter() - began) * 1000)
        assert status == 200
    return statistics.median(samples)


async def run(events: int, rounds: int, database_url: str) -> None:
    app = create_app(Settings(database_url=database_url, admin_token=TOKEN))
    app.router.routes.append(Route("/floor", floor_endpoint(app)))
    async with app.router.lifespan_context(app):
        rate = await post_events(app, events)

        def graphql(varying: bool) -> Callable[[int], Awaitable[Reply]]:
            def request(round_number: int) -> Awaitable[Reply]:
                end = datetime.fromisoformat(WINDOW[1]) + timedelta(
                    seconds=round_number + 1 if varying else 0
                )
                return call(
                    app,
                    "POST",
                    "/graphql",
                    {"query": PAGE, "variables": {"from": WINDOW[0], "to": end.isoformat()}},
                )

            return request

        def floor(_round: int) -> Awaitable[Reply]:
            return call(
                app,
                "GET",
                f"/floor?from={WINDOW[0].replace('+', '%2B')}&to={WINDOW[1].replace('+', '%2B')}",
            )

        floor_ms = await timed(floor, rounds)
        first_ms = await timed(graphql(varying=True), rounds)
        repeat_ms = await timed(graphql(varying=False), rounds)
    print(
        f"civical calendar bench: {events} events posted, pages of 500 sessions, {rounds} rounds, {database_url.split(':')[0]}"
    )
    print(f"{'measure':<44}{'value':>12}{'ratio to floor':>16}")
    print(f"{'postEvent throughput (events/s)':<44}{rate:>12.0f}{'':>16}")
    print(f"{'plain Starlette JSON, same rows (floor, ms)':<44}{floor_ms:>12.2f}{1:>16.2f}")
    print(f"{'GraphQL calendar, first read (ms)':<44}{first_ms:>12.2f}{first_ms / floor_ms:>16.2f}")
    print(
        f"{'GraphQL calendar, repeated read (ms)':<44}{repeat_ms:>12.2f}{repeat_ms / floor_ms:>16.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        asyncio.run(run(args.events, args.rounds, url))


if __name__ == "__main__":
    main()
