"""An enterprise's webhook hears of the sessions it registered for: moved, cancelled, merged;
signed, once each, and again after the receiver was down."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.api import ADMIN_TOKEN, CANCEL_EVENT, Api
from tests.conftest import started
from tests.feedserver import FeedServer, feed_server
from tests.participation import UPDATE_EVENT, enterprise, merge, register

pytestmark = pytest.mark.anyio

SET = """mutation($input: SetEnterpriseWebhookInput!) { setEnterpriseWebhook(input: $input) {
  webhook { url deliveries { deliveryId status } } secret userErrors { field code } } }"""
MINE = "{ myWebhook { url deliveries { deliveryId event status attempts lastStatusCode lastError deliveredAt } } }"


@pytest.fixture
def receiver() -> Iterator[FeedServer]:
    with feed_server() as server:
        yield server


@pytest.fixture
async def api(database_url: str) -> AsyncIterator[Api]:
    """The app sending webhooks every 50 ms, as a server does every second."""
    async with started(database_url, webhook_seconds=0.05) as app:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://civical.test") as http:
            yield Api(http)


async def _heard(receiver: FeedServer, count: int) -> list[dict[str, Any]]:
    for _ in range(200):
        if len(receiver.posted) >= count:
            break
        await asyncio.sleep(0.05)
    return [json.loads(body) for _, _, body in receiver.posted]


async def _hooked(api: Api, receiver: FeedServer, company: str) -> str:
    payload = await api.mutate("setEnterpriseWebhook", SET, {"url": receiver.url("/hook")}, company)
    assert payload["userErrors"] == []
    secret: str = payload["secret"]
    return secret


async def test_moves_cancellations_and_merges_reach_the_enterprise_signed(
    api: Api, receiver: FeedServer
) -> None:
    tax = await api.department("tax")
    company, bystander = await enterprise(api, "石湾陶瓷有限公司"), await enterprise(api, "乙公司")
    secret = await _hooked(api, receiver, company)
    await _hooked(api, receiver, bystander)  # registered for nothing: told nothing
    posted = await api.post(tax, capacity=20)
    await register(api, company, posted["session"]["id"], 3)
    moved = {"start": "2027-03-06T14:00:00+08:00", "end": "2027-03-06T16:00:00+08:00"}
    await api.mutate("updateEvent", UPDATE_EVENT, {"id": posted["event"]["id"], **moved}, tax)
    await api.mutate(
        "updateEvent", UPDATE_EVENT, {"id": posted["event"]["id"], "title": "新标题"}, tax
    )
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": posted["event"]["id"]}, tax)

    first, cancelled = await _heard(receiver, 2)
    assert (first["event"], first["change"], first["attendees"]) == (
        "REGISTERED_SESSION_CHANGED",
        "MOVED",
        3,
    )
    assert first["session"]["uid"] == posted["session"]["uid"]
    assert first["session"]["start"] == "2027-03-06T14:00:00+08:00"
    assert "2027-03-06 14:00–16:00" in first["summary"]["zh"]
    assert (cancelled["change"], cancelled["session"]["status"]) == ("CANCELLED", "CANCELLED")
    assert cancelled["session"]["sequence"] > first["session"]["sequence"], "in order of changes"
    path, headers, body = receiver.posted[0]
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert (path, headers["X-Civical-Signature"]) == ("/hook", expected)
    assert headers["X-Civical-Delivery"] == first["id"]
    await asyncio.sleep(0.3)
    assert len(receiver.posted) == 2, "a new title is no news, and each notice comes once"

    older = await api.post(tax, externalId="older", title="出口退税宣讲", location="商务局",
                           start="2027-05-05T09:00:00+08:00", end="2027-05-05T11:00:00+08:00")  # fmt: skip
    newer = await api.post(tax, externalId="newer", title="外贸企业出口退税培训", location="海关",
                           start="2027-05-06T09:00:00+08:00", end="2027-05-06T11:00:00+08:00")  # fmt: skip
    await register(api, company, newer["session"]["id"], 1)
    survivor = await merge(api, older["session"]["id"], newer["session"]["id"])
    *_, merged = await _heard(receiver, 3)
    assert (merged["change"], merged["session"]["uid"], merged["mergedInto"]["uid"]) == (
        "MERGED",
        newer["session"]["uid"],
        survivor["uid"],
    )
    (delivered, *_) = (await api.query(MINE, token=company))["myWebhook"]["deliveries"]
    assert (delivered["deliveryId"], delivered["status"]) == (merged["id"], "DELIVERED")


async def test_a_receiver_that_is_down_gets_the_notice_later(
    api: Api, receiver: FeedServer
) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    await _hooked(api, receiver, company)
    posted = await api.post(tax)
    await register(api, company, posted["session"]["id"])
    receiver.post_status = 503
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": posted["event"]["id"]}, tax)
    for _ in range(100):
        (notice,) = (await api.query(MINE, token=company))["myWebhook"]["deliveries"]
        if notice["attempts"]:
            break
        await asyncio.sleep(0.05)
    assert (notice["status"], notice["lastStatusCode"], notice["lastError"]) == (
        "PENDING",
        503,
        "HTTP 503",
    )
    receiver.post_status = 200
    (heard,) = await _heard(receiver, 1)  # the first retry comes about 2 s later
    assert (heard["id"], heard["change"]) == (notice["deliveryId"], "CANCELLED")


@pytest.mark.parametrize(
    ("url", "code"),
    [("ftp://example.org/hook", "INVALID_URL"), ("http://10.0.0.7/hook", "FORBIDDEN_ADDRESS"),
     ("https://user:pw@example.org/hook", "INVALID_URL")],
)  # fmt: skip
async def test_a_webhook_is_an_http_url_of_a_public_address(api: Api, url: str, code: str) -> None:
    company = await enterprise(api, "石湾陶瓷有限公司")
    refused = await api.mutate("setEnterpriseWebhook", SET, {"url": url}, company)
    assert [(error["code"], error["field"]) for error in refused["userErrors"]] == [
        (code, ["input", "url"])
    ]
    assert (await api.query(MINE, token=company))["myWebhook"] is None


async def test_only_an_enterprise_has_a_webhook_and_removes_it(
    api: Api, receiver: FeedServer
) -> None:
    tax = await api.department("tax")
    for token in (None, tax, ADMIN_TOKEN):
        refused = await api.mutate("setEnterpriseWebhook", SET, {"url": receiver.url("/x")}, token)
        assert [error["code"] for error in refused["userErrors"]] == ["UNAUTHENTICATED"]
    company = await enterprise(api, "石湾陶瓷有限公司")
    await _hooked(api, receiver, company)
    removed = await api.mutate("setEnterpriseWebhook", SET, {"url": None}, company)
    assert (removed["webhook"], removed["userErrors"]) == (None, [])
    assert (await api.query(MINE, token=company))["myWebhook"] is None
