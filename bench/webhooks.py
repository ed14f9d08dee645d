"""What notifications cost: postEvent with and without webhooks, and the outbox's delivery rate.

    python bench/webhooks.py [--postings 300]

Postings go straight to the ASGI app, one at a time, on SQLite: pairs of departments post
the same sessions (so they merge: MERGED for both) and three sessions share each hour (so
they conflict: CONFLICT). The first run has no webhooks, the second gives every department
one for every event, so the outbox is written in each posting's transaction. Then the
outbox is emptied by the server's own delivery round into a local receiver, against a
floor of plain httpx POSTs of the same bodies to the same receiver with the same
concurrency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import func, select

from bench.asgi import call
from server import create_app
from services.core.errors import Language
from services.core.models import Notification, WebhookDelivery
from services.core.settings import Settings
from services.imports import Allowlist
from services.notifications.delivery import AT_ONCE, BATCH, deliver_due, delivery_client
from tests.feedserver import FEED_HOST
from tests.receiver import Receiver, free_port, listening

TOKEN = "civ_bench_coordinator_token"
DEPARTMENTS = 8
POST = "mutation($input: PostEventInput!) { postEvent(input: $input) { event { id } userErrors { message } } }"
ADD = "mutation($input: AddWebhookInput!) { addWebhook(input: $input) { webhook { id } userErrors { message } } }"
SUBJECTS = ["增值税留抵退税政策解读会", "安全生产责任制培训", "出口退税政策宣讲会"]


def posting(index: int) -> tuple[int, dict[str, object]]:
    """The department and input of the index-th posting: two departments per session, three
    sessions at each hour."""
    session = index // 2
    day, place = divmod(session, len(SUBJECTS))
    start = f"2027-{3 + day // 28:02}-{1 + day % 28:02}T09:00:00+08:00"
    end = start.replace("T09", "T11")
    title = SUBJECTS[place]
    return (2 * session + index % 2) % DEPARTMENTS, {
        "externalId": f"p{index}", "kind": "TRAINING", "title": title, "start": start, "end": end,
        "location": f"第{place}会议室", "topics": [title[:3]],
        "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]},
    }  # fmt: skip


async def post_all(postings: int, receiver: Receiver | None, path: Path) -> tuple[float, int, int]:
    """Postings per second, and the notifications and deliveries written."""
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{path}", admin_token=TOKEN,
                              import_allowlist=FEED_HOST))  # fmt: skip
    async with app.router.lifespan_context(app):
        tokens = []
        for number in range(DEPARTMENTS):
            mutation = f'mutation {{ createDepartment(input: {{slug: "d{number}", name: "部门{number}"}}) {{ token }} }}'
            reply = await call(
                app, "POST", "/graphql", {"query": mutation}, {"Authorization": f"Bearer {TOKEN}"}
            )
            tokens.append(json.loads(reply.body)["data"]["createDepartment"]["token"])
        if receiver is not None:
            for number, token in enumerate(tokens):
                hook = {"url": receiver.url(f"/d{number}"), "format": "GENERIC",
                        "events": ["INVITATION", "INVITATION_ANSWERED", "MERGED", "CONFLICT"]}  # fmt: skip
                await call(app, "POST", "/graphql", {"query": ADD, "variables": {"input": hook}},
                           {"Authorization": f"Bearer {token}"})  # fmt: skip
        began = time.perf_counter()
        for index in range(postings):
            department, fields = posting(index)
            reply = await call(app, "POST", "/graphql", {"query": POST, "variables": {"input": fields}},
                               {"Authorization": f"Bearer {tokens[department]}"})  # fmt: skip
            assert b'"userErrors":[]' in reply.body, reply.body
        rate = postings / (time.perf_counter() - began)
        async with app.state.database.reading() as db:
            notes = await db.scalar(select(func.count()).select_from(Notification)) or 0
            sent = await db.scalar(select(func.count()).select_from(WebhookDelivery)) or 0
        return rate, notes, sent


async def deliver_all(path: Path, receiver: Receiver) -> tuple[float, int]:
    """Deliveries per second as the server's round sends them, and how many."""
    app = create_app(Settings(database_url=f"sqlite+aiosqlite:///{path}", admin_token=TOKEN))
    sender = delivery_client(Allowlist.parse(FEED_HOST))
    async with app.router.lifespan_context(app), sender:
        began, count = time.perf_counter(), 0
        while claimed := await deliver_due(app.state.database, sender, Language.ZH):
            count += claimed
            if claimed < BATCH:
                break
        return count / (time.perf_counter() - began), count


async def floor(receiver: Receiver, count: int) -> float:
    """The same number of POSTs of the same bodies, AT_ONCE at a time, one client."""
    bodies = [item.body for item in receiver.received[:count]]
    gate = asyncio.Semaphore(AT_ONCE)
    async with httpx.AsyncClient(trust_env=False) as client:

        async def one(body: bytes) -> None:
            async with gate:
                response = await client.post(receiver.url("/floor"), content=body)
                response.raise_for_status()

        began = time.perf_counter()
        await asyncio.gather(*(one(body) for body in bodies))
        return len(bodies) / (time.perf_counter() - began)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postings", type=int, default=300)
    args = parser.parse_args()
    receiver = Receiver(free_port())
    with tempfile.TemporaryDirectory() as folder:
        plain, _, _ = await post_all(args.postings, None, Path(folder) / "plain.sqlite3")
        hooked, notes, deliveries = await post_all(
            args.postings, receiver, Path(folder) / "hooked.sqlite3"
        )
        with listening(receiver):
            sent, count = await deliver_all(Path(folder) / "hooked.sqlite3", receiver)
            assert count == deliveries == len(receiver.taken()), (count, deliveries)
            base = await floor(receiver, count)
    print(f"{args.postings} postings by {DEPARTMENTS} departments, SQLite, one at a time\n")
    print("| measure | value | ratio |")
    print("|---|---|---|")
    print(f"| postEvent, no webhooks (baseline) | {plain:.1f} postings/s | 1.00 |")
    print(
        f"| postEvent, every department with a webhook | {hooked:.1f} postings/s | {hooked / plain:.2f} |"
    )
    print(f"| notifications written (deliveries) | {notes} ({deliveries}) | |")
    print(
        f"| plain httpx POSTs of the same bodies, {AT_ONCE} at a time (floor) | {base:.0f} /s | 1.00 |"
    )
    print(f"| outbox delivered by the server's round | {sent:.0f} /s | {sent / base:.2f} |")


if __name__ == "__main__":
    asyncio.run(main())
