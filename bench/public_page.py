"""The public calendar page beside the feed of the same question.

    python bench/public_page.py [--sessions 10000] [--rounds 20]

In one run, on a fresh SQLite file holding ``--sessions`` sessions: a month of the agenda
(its first page of 100 sessions) and the feed of the same month, each rendered after a
write moved the data version, again unchanged (200) and conditionally (304); and one
session's page. Requests go straight to the ASGI app, one at a time; medians.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, update

from bench.asgi import Reply, call
from bench.matching_data import generate
from bench.matching_system import _bulk_load
from server import create_app
from services.core.models import Session
from services.core.settings import Settings

MONTH = "from=2027-01-04&to=2027-02-04"


async def _timed(request: Callable[[], Awaitable[Reply]], status: int) -> float:
    began = time.perf_counter()
    reply = await request()
    assert reply.status == status, reply.status
    return (time.perf_counter() - began) * 1000


async def run(count: int, rounds: int, folder: str) -> None:
    app = create_app(
        Settings(database_url=f"sqlite+aiosqlite:///{folder}/page.sqlite3", admin_token="bench")
    )
    async with app.router.lifespan_context(app):
        records = generate(count, seed=8)
        await _bulk_load(app.state.database, records, {record["department"] for record in records})
        async with app.state.database.reading() as db:
            first = (await db.scalars(select(Session).order_by(Session.start).limit(1))).one()

        async def write(number: int) -> None:
            """Change one session, as a posting would: the data version moves."""
            async with app.state.database.writing() as db:
                await db.execute(
                    update(Session).where(Session.id == first.id)
                    .values(title=f"变更 {number}", sequence=Session.sequence + 1)
                )  # fmt: skip

        def get(path: str, **headers: str) -> Callable[[], Awaitable[Reply]]:
            return lambda: call(app, "GET", path, headers=headers)

        paths = {
            "agenda, a month (first 100 sessions)": f"/?{MONTH}",
            "feed of the same month": f"/feeds/all.ics?{MONTH}",
            "one session's page": f"/sessions/{first.uid}",
        }
        rows: list[tuple[str, float, float, float, int]] = []
        for label, path in paths.items():
            await get(path)()  # the feed keeps rendered sessions: measure it warmed, as served
            after_write = []
            for number in range(rounds):
                await write(number)
                after_write.append(await _timed(get(path), 200))
            reply = await get(path)()
            warm = statistics.median([await _timed(get(path), 200) for _ in range(rounds)])
            etag = {"if-none-match": reply.headers["etag"]}
            conditional = statistics.median(
                [await _timed(get(path, **etag), 304) for _ in range(rounds)]
            )
            rows.append((label, statistics.median(after_write), warm, conditional, len(reply.body)))
    print(f"civical public page bench: {count:,} sessions stored, medians of {rounds}")
    print(f"{'measure':<40}{'after a write':>15}{'unchanged 200':>15}{'304':>8}{'KB':>8}")
    for label, written, warm, conditional, size in rows:
        print(
            f"{label:<40}{written:>12.1f} ms{warm:>12.2f} ms{conditional:>5.2f} ms{size / 1000:>8.1f}"
        )
    agenda, feed = rows[0], rows[1]
    print(
        f"agenda / feed after a write: {agenda[1] / feed[1]:.2f}; unchanged: {agenda[2] / feed[2]:.2f}"
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
