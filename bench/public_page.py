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
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, update

from bench.asgi import Reply, call
from bench.feeds import _median, _once, app_with_sessions
from services.core.models import Session

MONTH = "from=2027-01-04&to=2027-02-04"


async def run(count: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        await _measure(count, rounds, Path(folder) / "page.sqlite3")


async def _measure(count: int, rounds: int, database: Path) -> None:
    async with app_with_sessions(count, database) as app:
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
                after_write.append(await _once(get(path), 200))
            reply = await get(path)()
            warm = await _median(get(path), 200, rounds)
            conditional = await _median(
                get(path, **{"if-none-match": reply.headers["etag"]}), 304, rounds
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


if __name__ == "__main__":
    arguments = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    arguments.add_argument("--sessions", type=int, default=10_000, help="sessions stored")
    arguments.add_argument("--rounds", type=int, default=20, help="requests per median")
    given = arguments.parse_args()
    asyncio.run(run(given.sessions, given.rounds))
