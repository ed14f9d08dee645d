"""`overlaps` for one month through GraphQL, with 10k and with 20k sessions stored.

    python bench/overlaps_api.py [--span-months 24]

Both stores span the same months, so the month asked for holds twice as many
sessions at 20k (the harder reading of "10k and 20k sessions"). Sessions come from
the labelled generator of `bench/overlaps_data.py`, stored straight into the
tables; each figure is the median of 5 requests straight to the ASGI app.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from bench.asgi import call
from bench.overlaps_data import generate
from bench.overlaps_quality import month_of
from server import create_app
from services.calendar.sessions import tags_of
from services.core.clock import now
from services.core.models import Session, SessionTag
from services.core.settings import Settings
from services.overlaps import SessionInfo

QUERY = """query($from: DateTime!, $to: DateTime!) { overlaps(from: $from, to: $to, first: 500) {
  totalCount nodes { type score reason sessions { id } } } }"""


def _row(session: SessionInfo) -> dict[str, object]:
    return {
        "id": session.key, "uid": f"{uuid.uuid4()}@civical", "kind": session.kind, "title": session.title,
        "description": None, "start": session.start, "end": session.end, "timezone": "Asia/Shanghai",
        "location": None, "online_url": None, "registration_url": None, "topics": sorted(session.topics),
        "sectors": sorted(session.sectors), "regions": sorted(session.regions), "hosts": list(session.hosts),
        "status": "CANCELLED" if session.cancelled else "CONFIRMED", "sequence": 0, "title_override": None,
        "merged_into_id": None, "created_at": now(), "updated_at": now(),
    }  # fmt: skip


async def _measure(stored: int, span: int, folder: str) -> tuple[int, int, float]:
    sessions, _ = generate(stored, months=span, seed=4)
    app = create_app(
        Settings(database_url=f"sqlite+aiosqlite:///{folder}/o{stored}.sqlite3", admin_token="b")
    )
    async with app.router.lifespan_context(app):
        async with app.state.database.writing() as db:
            rows = [_row(session) for session in sessions]
            for offset in range(0, len(rows), 5000):
                await db.execute(insert(Session), rows[offset : offset + 5000])
            tags = [tag for row in rows for tag in tags_of(int(str(row["id"])), row)]
            for offset in range(0, len(tags), 5000):
                await db.execute(insert(SessionTag), tags[offset : offset + 5000])
        start, end = month_of(span)
        variables = {"from": start.isoformat(), "to": end.isoformat()}
        samples = []
        for attempt in range(6):
            variables["to"] = (
                end + timedelta(seconds=attempt)
            ).isoformat()  # miss the response cache
            began = time.perf_counter()
            reply = await call(app, "POST", "/graphql", {"query": QUERY, "variables": variables})
            samples.append(time.perf_counter() - began)
            body = json.loads(reply.body)
            assert "errors" not in body, body
        in_month = sum(1 for s in sessions if s.start < end and s.end > start)
        return in_month, body["data"]["overlaps"]["totalCount"], statistics.median(samples[1:])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--span-months", type=int, default=24)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = {
            stored: asyncio.run(_measure(stored, args.span_months, folder))
            for stored in (10_000, 20_000)
        }
    print(f"overlaps for one month via GraphQL; both stores span {args.span_months} months")
    print(f"{'stored':>8} {'in month':>9} {'overlaps':>9} {'seconds':>9}")
    for stored, (in_month, found, seconds) in results.items():
        print(f"{stored:>8} {in_month:>9} {found:>9} {seconds:>9.3f}")
    print(f"ratio 20k / 10k: {results[20_000][2] / results[10_000][2]:.2f}")


if __name__ == "__main__":
    main()
