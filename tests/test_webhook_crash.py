"""Webhooks survive a crash: kill -9 the server between commit and delivery, and with a
delivery in flight; after a restart the receiver has every event exactly once, signed.

The receiver is down at first (attempts fail and are retried), then comes up holding the
next request unanswered; the server is killed while it waits, right after committing more
changes. The restarted server sends what was never sent, and again (same delivery id, same
bytes) what was in flight once its lease ran out; the receiver drops that repeat by its id.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from services.notifications.delivery import LEASE
from tests.api import ADMIN_TOKEN, CREATE_DEPARTMENT, event_input
from tests.cohosting import ADD_WEBHOOK, DELIVERIES, INVITE, RESPOND, SUGGEST
from tests.conftest import fresh_deployment
from tests.feedserver import FEED_HOST
from tests.process import running
from tests.receiver import Receiver, free_port, listening

pytestmark = pytest.mark.slow

SETTINGS = {
    "CIVICAL_ADMIN_TOKEN": ADMIN_TOKEN,
    "CIVICAL_IMPORT_ALLOWLIST": FEED_HOST,
    "CIVICAL_WEBHOOK_POLL_SECONDS": "0.2",
}
EXPECTED = [("/hr", "INVITATION"), ("/hr", "MERGED"), ("/tax", "INVITATION_ANSWERED"),
            ("/tax", "MERGED")]  # fmt: skip


def call(base: str, document: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
    response = httpx.post(f"{base}/graphql", json={"query": document, "variables": variables},
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)  # fmt: skip
    assert response.status_code == 200, response.text
    (payload,) = response.json()["data"].values()
    assert not isinstance(payload, dict) or not payload.get("userErrors"), payload
    return payload  # type: ignore[no-any-return]


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} did not happen within {seconds} s")


def told(receiver: Receiver) -> list[tuple[str, str]]:
    return sorted((item.path, item.payload["event"]) for item in receiver.taken().values())


def test_each_event_arrives_exactly_once_after_the_server_was_killed(database_url: str) -> None:
    asyncio.run(fresh_deployment(database_url))
    receiver = Receiver(free_port())
    with running(database_url, **SETTINGS) as server:
        tokens = {
            slug: call(server.base, CREATE_DEPARTMENT, {"input": {"slug": slug, "name": slug}},
                       ADMIN_TOKEN)["token"]
            for slug in ("tax", "hr")
        }  # fmt: skip
        secrets = {
            f"/{slug}": call(server.base, ADD_WEBHOOK, {"input": {
                "url": receiver.url(f"/{slug}"), "format": "GENERIC",
                "events": ["INVITATION", "INVITATION_ANSWERED", "MERGED", "CONFLICT"]}}, token)["secret"]
            for slug, token in tokens.items()
        }  # fmt: skip
        hosted = call(server.base, SUGGEST, {"input": event_input(externalId="vat")}, tokens["tax"])
        invitation = call(server.base, INVITE, {"input": {
            "sessionId": hosted["session"]["id"], "department": "hr"}}, tokens["tax"])["invitation"]  # fmt: skip

        def tried() -> bool:
            page = call(server.base, DELIVERIES, {}, tokens["hr"])["nodes"]
            return bool(page) and page[0]["attempts"] >= 1 and page[0]["status"] == "PENDING"

        wait_for(tried, 20, "a failed attempt while the receiver is down")
        receiver.hold = True
        with listening(receiver):
            wait_for(receiver.arrived.is_set, 30, "the retry reaching the receiver")
            answer = {"invitationId": invitation["id"], "accept": True, "externalId": "vat-hr"}
            call(server.base, RESPOND, {"input": answer}, tokens["hr"])
            server.kill()  # one delivery in flight, three committed and not yet sent
            receiver.hold = False
            receiver.released.set()
    assert told(receiver) == [("/hr", "INVITATION")]
    with running(database_url, **SETTINGS), listening(receiver):
        wait_for(lambda: told(receiver) == EXPECTED, LEASE.total_seconds() + 40, "every delivery")
        wait_for(lambda: receiver.repeats() >= 1, LEASE.total_seconds() + 10, "the held one again")
        time.sleep(1)  # nothing else arrives
    assert told(receiver) == EXPECTED
    assert receiver.repeats() == 1, "only the delivery in flight at the kill came twice"
    assert receiver.signed(secrets)
