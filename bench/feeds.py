"""A feed of 10k sessions through the app, beside naive `ics` and a static file.

    python bench/feeds.py [--sessions 10000] [--rounds 20]

In one run, on a fresh SQLite file: the cold render (first request), the render
after one session changed, a warm 200 (unchanged calendar) and a 304 (conditional
request), then both again while a department posts into a month after the feed's
window once a second (through GraphQL, in the same process), all through the ASGI
app; beside the `ics` package serialising the same sessions naively
(`str(ics.Calendar)`) and Starlette serving the same bytes from a file. Requests go
straight to the ASGI app, one at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ics  # type: ignore[import-untyped]
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select, update
from starlette.applications import Starlette
from starlette.responses import FileResponse
from starlette.routing import Route

from bench.asgi import Reply, call
from bench.matching_data import generate
from bench.matching_system import _bulk_load
from server import create_app
from services.core.bumps import TOUCHES
from services.core.models import Session
from services.core.settings import Settings
from services.feeds.ics import render_calendar, render_event
from services.feeds.render import feed_event

WINDOW = "from=2026-01-01&to=2028-01-01"  # every generated session (they fall in 2027)
FEED = f"/feeds/all.ics?{WINDOW}"
ELSEWHERE = datetime(2028, 3, 1, 9, tzinfo=UTC)  # the month written meanwhile
POST = "mutation($i: PostEventInput!) { postEvent(input: $i) { userErrors { code } } }"
WHILE_WRITING = 5.0  # seconds of polling while the other month is written


async def _once(request: Callable[[], Awaitable[Reply]], status: int) -> float:
    began = time.perf_counter()
    reply = await request()
    assert reply.status == status, reply.status
    return (time.perf_counter() - began) * 1000


async def _median(request: Callable[[], Awaitable[Reply]], status: int, rounds: int) -> float:
    return statistics.median([await _once(request, status) for _ in range(rounds)])


def _writer_only(sessions: list[Session]) -> float:
    """civical's writer over the same sessions with no cache and no database: the writer's own cost."""
    began = time.perf_counter()
    render_calendar("civical", [render_event(feed_event(row, row.hosts, None)) for row in sessions])
    return (time.perf_counter() - began) * 1000


def _naive_ics(sessions: list[Session]) -> float:
    """The `ics` package serialising the same sessions, with no caching (its own limits apply)."""
    began = time.perf_counter()
    calendar = ics.Calendar()
    for row in sessions:
        calendar.events.add(ics.Event(name=row.title, begin=row.start, end=row.end, uid=row.uid,
                                      location=row.location, description=row.description))  # fmt: skip
    calendar.serialize()
    return (time.perf_counter() - began) * 1000


async def _while_writing(
    app: Starlette, token: str, request: Callable[[], Awaitable[Reply]], status: int
) -> tuple[float, int]:
    """The median of requests made every 20 ms for WHILE_WRITING seconds while a posting
    goes into another month every second; and how many postings went in."""
    posted = 0

    async def post() -> None:
        nonlocal posted
        while True:
            start = ELSEWHERE + timedelta(days=posted)
            event = {"externalId": f"elsewhere-{posted}", "kind": "TRAINING", "title": f"下一年专场 {posted}",
                     "start": start.isoformat(), "end": (start + timedelta(hours=2)).isoformat()}  # fmt: skip
            reply = await call(
                app, "POST", "/graphql", {"query": POST, "variables": {"i": event}},
                {"authorization": f"Bearer {token}"},
            )  # fmt: skip
            assert b'"userErrors":[]' in reply.body, reply.body
            posted += 1
            await asyncio.sleep(1)

    writer = asyncio.create_task(post())
    samples = []
    until = time.monotonic() + WHILE_WRITING
    while time.monotonic() < until:
        samples.append(await _once(request, status))
        await asyncio.sleep(0.02)
    writer.cancel()
    return statistics.median(samples), posted


async def _renders(app: Starlette) -> float:
    """Feeds rendered so far (not answered from the feed cache), as /metrics counts them."""
    text = (await call(app, "GET", "/metrics")).body.decode()
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "civical_feed_renders_total" and sample.labels["result"] == "RENDERED"
    )


@asynccontextmanager
async def app_with_sessions(count: int, database: Path) -> AsyncIterator[Starlette]:
    """The app started on a fresh SQLite file holding about ``count`` unmatched sessions."""
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{database}", admin_token="bench"))
    async with app.router.lifespan_context(app):
        records = generate(count, seed=8)
        await _bulk_load(app.state.database, records, {record["department"] for record in records})
        yield app


async def _writer(app: Starlette) -> str:
    """A department's token, to post into another month."""
    create = 'mutation { createDepartment(input: {slug: "writer", name: "writer"}) { token } }'
    reply = await call(
        app, "POST", "/graphql", {"query": create}, {"authorization": "Bearer bench"}
    )
    token: str = json.loads(reply.body)["data"]["createDepartment"]["token"]
    return token


async def run(count: int, rounds: int, folder: str) -> None:
    async with app_with_sessions(count, Path(folder) / "feeds.sqlite3") as app:
        token = await _writer(app)

        def get(path: str = FEED, **headers: str) -> Callable[[], Awaitable[Reply]]:
            return lambda: call(app, "GET", path, headers=headers)

        cold = await _once(get(), 200)
        first = await get()()
        warm = await _median(get(), 200, rounds)
        async with app.state.database.reading() as db:
            sessions = list((await db.scalars(select(Session))).all())
        not_modified = await _median(get(**{"if-none-match": first.headers["etag"]}), 304, rounds)
        changes = []
        for round_number in range(5):
            changed = sessions[round_number].id
            async with app.state.database.writing() as db:
                await db.execute(
                    update(Session).where(Session.id == changed)
                    .values(title=f"变更 {round_number}", sequence=Session.sequence + 1)
                    .execution_options(**{TOUCHES: [changed]})
                )  # fmt: skip
            changes.append(await _once(get(), 200))
        one_changed = statistics.median(changes)
        latest = await get()()
        renders_before = await _renders(app)
        warm_writing, posted = await _while_writing(app, token, get(), 200)
        etag = {"if-none-match": latest.headers["etag"]}
        not_modified_writing, posted_more = await _while_writing(app, token, get(**etag), 304)
        renders_while_writing = await _renders(app) - renders_before
    naive = _naive_ics(sessions)
    writer = _writer_only(sessions)
    path = Path(folder) / "feed.ics"
    path.write_bytes(first.body)
    static_app = Starlette(
        routes=[Route("/feed.ics", lambda _: FileResponse(path, media_type="text/calendar"))]
    )
    static = await _median(lambda: call(static_app, "GET", "/feed.ics"), 200, rounds)
    print(
        f"civical feed bench: {count:,} sessions, {len(first.body) / 1e6:.1f} MB feed, medians of {rounds}"
    )
    print(f"{'measure':<46}{'ms':>10}{'per second':>12}{'ratio':>10}")
    rows = [
        ("cold render (first request)", cold, "1.00 of cold"),
        ("render after one changed session", one_changed, f"{one_changed / cold:.3f} of cold"),
        ("warm 200, unchanged calendar", warm, f"{static / warm:.2f}x static"),
        ("304 for If-None-Match", not_modified, ""),
        (
            "warm 200, another month written at 1/s",
            warm_writing,
            f"{static / warm_writing:.2f}x static",
        ),
        ("304, another month written at 1/s", not_modified_writing, ""),
        ("Starlette FileResponse, same bytes (floor)", static, "1.00x static"),
        ("civical writer alone, no cache, same sessions", writer, f"{writer / cold:.2f} of cold"),
        ("ics 0.7.3 str(Calendar), same sessions", naive, f"{naive / cold:.2f} of cold"),
    ]
    for label, ms, ratio in rows:
        print(f"{label:<46}{ms:>10.2f}{1000 / ms:>12.1f}{ratio:>16}")
    print(
        f"feeds rendered while {posted + posted_more} postings went into another month: "
        f"{renders_while_writing:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args.sessions, args.rounds, folder))


if __name__ == "__main__":
    main()
