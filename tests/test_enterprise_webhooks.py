"""An enterprise's webhook hears of the sessions it registered for: moved, cancelled, back,
merged; signed, in the order of the changes, once each, and again after the receiver was down."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from services.notifications.delivery import FIRST_RETRY
from tests.api import ADMIN_TOKEN, CANCEL_EVENT, Api
from tests.cohosting import ADD_WEBHOOK, DELIVERIES, REMOVE_WEBHOOK
from tests.conftest import started
from tests.participation import UPDATE_EVENT, enterprise, merge, register
from tests.receiver import Receiver, free_port, listening
from tests.test_webhooks import until

pytestmark = pytest.mark.anyio

CHANGED = ["REGISTERED_SESSION_CHANGED"]
RESTORE_EVENT = """mutation($input: RestoreEventInput!) {
  restoreEvent(input: $input) { userErrors { code } } }"""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with listening(Receiver(free_port())) as listening_receiver:
        yield listening_receiver


@pytest.fixture
async def api(database_url: str) -> AsyncIterator[Api]:
    """The app sending webhooks every 50 ms, as a server does every second."""
    async with started(database_url, webhook_seconds=0.05) as app:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://civical.test") as http:
            yield Api(http)


def heard(receiver: Receiver) -> list[dict[str, Any]]:
    """What the receiver took, in the order it arrived, each delivery once."""
    return [item.payload for item in receiver.taken().values()]


async def _hooked(api: Api, receiver: Receiver, company: str, path: str = "/hook") -> str:
    """The enterprise's own webhook, told of its registered sessions; its secret."""
    payload = await api.mutate(
        "addWebhook",
        ADD_WEBHOOK,
        {"url": receiver.url(path), "format": "GENERIC", "events": CHANGED},
        company,
    )
    assert payload["userErrors"] == []
    secret: str = payload["secret"]
    return secret


async def _deliveries(api: Api, token: str) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = (await api.query(DELIVERIES, {}, token))["webhookDeliveries"][
        "nodes"
    ]
    return nodes


async def test_moves_cancellations_returns_and_merges_reach_the_enterprise_signed_in_order(
    api: Api, receiver: Receiver
) -> None:
    tax = await api.department("tax")
    company, bystander = await enterprise(api, "石湾陶瓷有限公司"), await enterprise(api, "乙公司")
    secrets = {"/hook": await _hooked(api, receiver, company)}
    secrets["/bystander"] = await _hooked(api, receiver, bystander, "/bystander")  # told nothing
    posted = await api.post(tax, capacity=20)
    event = posted["event"]["id"]
    await register(api, company, posted["session"]["id"], 3)
    moved = {"start": "2027-03-06T14:00:00+08:00", "end": "2027-03-06T16:00:00+08:00"}
    await api.mutate("updateEvent", UPDATE_EVENT, {"id": event, **moved}, tax)
    await api.mutate("updateEvent", UPDATE_EVENT, {"id": event, "title": "新标题"}, tax)
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": event}, tax)
    await api.mutate("restoreEvent", RESTORE_EVENT, {"id": event}, tax)

    await until(lambda: len(heard(receiver)) >= 3)
    first, cancelled, restored = notices = heard(receiver)
    assert [notice["change"] for notice in notices] == ["MOVED", "CANCELLED", "RESTORED"]
    assert (first["event"], first["change"], first["attendees"]) == (
        "REGISTERED_SESSION_CHANGED",
        "MOVED",
        3,
    )
    assert first["session"]["uid"] == posted["session"]["uid"]
    assert first["session"]["start"] == "2027-03-06T14:00:00+08:00"
    assert "2027-03-06 14:00–16:00" in first["summary"]["zh"]
    assert (cancelled["change"], cancelled["session"]["status"]) == ("CANCELLED", "CANCELLED")
    assert (restored["change"], restored["session"]["status"]) == ("RESTORED", "CONFIRMED")
    sequences = [notice["session"]["sequence"] for notice in notices]
    assert sequences == sorted(set(sequences)), "each notice carries the session's sequence"
    assert receiver.signed(secrets)
    assert {item.path for item in receiver.received} == {"/hook"}
    assert all(item.delivery_id == item.payload["id"] for item in receiver.received)
    await asyncio.sleep(0.3)
    assert len(receiver.received) == 3, "a new title is no news, and each notice comes once"

    older = await api.post(tax, externalId="older", title="出口退税宣讲", location="商务局",
                           start="2027-05-05T09:00:00+08:00", end="2027-05-05T11:00:00+08:00")  # fmt: skip
    newer = await api.post(tax, externalId="newer", title="外贸企业出口退税培训", location="海关",
                           start="2027-05-06T09:00:00+08:00", end="2027-05-06T11:00:00+08:00")  # fmt: skip
    await register(api, company, newer["session"]["id"], 1)
    survivor = await merge(api, older["session"]["id"], newer["session"]["id"])
    await until(lambda: len(heard(receiver)) >= 4)
    merged = heard(receiver)[-1]
    assert (merged["change"], merged["session"]["uid"], merged["mergedInto"]["uid"]) == (
        "MERGED",
        newer["session"]["uid"],
        survivor["uid"],
    )
    for _ in range(100):  # the outcome is recorded just after the receiver answered
        latest, *_ = await _deliveries(api, company)
        if latest["status"] == "DELIVERED":
            break
        await asyncio.sleep(0.05)
    assert (latest["deliveryId"], latest["event"], latest["status"]) == (
        merged["id"],
        "REGISTERED_SESSION_CHANGED",
        "DELIVERED",
    )
    assert len(await _deliveries(api, company)) == 4
    assert await _deliveries(api, bystander) == []


async def test_a_receiver_that_is_down_gets_the_notice_later(api: Api) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    receiver = Receiver(free_port())  # nobody listens yet
    await _hooked(api, receiver, company)
    posted = await api.post(tax)
    await register(api, company, posted["session"]["id"])
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": posted["event"]["id"]}, tax)
    for _ in range(100):
        (notice,) = await _deliveries(api, company)
        if notice["attempts"]:
            break
        await asyncio.sleep(0.05)
    assert notice["status"] == "PENDING"
    assert notice["lastError"]
    assert notice["nextAttemptAt"]
    with listening(receiver):
        await until(lambda: bool(receiver.taken()), seconds=2 * FIRST_RETRY + 10)
    ((delivery_id, heard_once),) = receiver.taken().items()
    assert (delivery_id, heard_once.payload["change"]) == (notice["deliveryId"], "CANCELLED")


async def test_an_enterprise_adds_and_removes_its_own_webhooks_only(
    api: Api, receiver: Receiver
) -> None:
    tax = await api.department("tax")
    company, other = await enterprise(api, "石湾陶瓷有限公司"), await enterprise(api, "乙公司")
    url = receiver.url("/hook")
    for events, department, field in ((["MERGED"], None, "events"),
                                      (CHANGED, "tax", "department")):  # fmt: skip
        refused = await api.mutate("addWebhook", ADD_WEBHOOK, {"url": url, "format": "GENERIC",
                                   "events": events, "department": department}, company)  # fmt: skip
        assert [(error["code"], error["field"]) for error in refused["userErrors"]] == [
            ("INVALID" if field == "events" else "FORBIDDEN", ["input", field])
        ]
    refused = await api.mutate(
        "addWebhook", ADD_WEBHOOK, {"url": url, "format": "GENERIC", "events": CHANGED}, tax
    )
    assert [error["code"] for error in refused["userErrors"]] == ["INVALID"]
    await _hooked(api, receiver, company)
    (webhook,) = (await api.query("{ webhooks { id events } }", {}, company))["webhooks"]
    assert webhook["events"] == CHANGED
    assert (await api.query("{ webhooks { id } }", {}, other))["webhooks"] == []
    for token, code in ((other, "NOT_FOUND"), (tax, "NOT_FOUND"), (None, "UNAUTHENTICATED")):
        kept = await api.mutate("removeWebhook", REMOVE_WEBHOOK, {"id": webhook["id"]}, token)
        assert [error["code"] for error in kept["userErrors"]] == [code]
    removed = await api.mutate("removeWebhook", REMOVE_WEBHOOK, {"id": webhook["id"]}, company)
    assert (removed["removedId"], removed["userErrors"]) == (webhook["id"], [])
    assert (await api.query("{ webhooks { id } }", {}, ADMIN_TOKEN))["webhooks"] == []


@pytest.mark.parametrize(
    ("url", "code"), [("ftp://example.org/hook", "INVALID_URL"), ("http://10.0.0.7/hook", "FORBIDDEN_ADDRESS")]
)  # fmt: skip
async def test_an_enterprise_webhook_is_an_http_url_of_a_public_address(
    api: Api, url: str, code: str
) -> None:
    company = await enterprise(api, "石湾陶瓷有限公司")
    refused = await api.mutate(
        "addWebhook", ADD_WEBHOOK, {"url": url, "format": "GENERIC", "events": CHANGED}, company
    )
    assert [(error["code"], error["field"]) for error in refused["userErrors"]] == [
        (code, ["input", "url"])
    ]
    assert (await api.query("{ webhooks { id } }", {}, company))["webhooks"] == []
