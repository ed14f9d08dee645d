"""Webhooks: signed deliveries of invitations, merges and conflicts, retried until they arrive."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from services.notifications.delivery import FIRST_RETRY
from tests.api import ADMIN_TOKEN, Api, event_input
from tests.cohosting import ADD_WEBHOOK, DELIVERIES, INVITE, REMOVE_WEBHOOK, RESPOND, SUGGEST
from tests.conftest import started, stored_rows
from tests.receiver import Receiver, free_port, listening

pytestmark = pytest.mark.anyio

EVERYTHING = ["INVITATION", "INVITATION_ANSWERED", "MERGED", "CONFLICT"]


@pytest.fixture
async def api(database_url: str) -> AsyncIterator[Api]:
    """The app with its webhook worker running, as a served one has it."""
    async with started(database_url, webhook_seconds=0.1) as application:
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://civical.test") as http:
            yield Api(http)


async def until(check: Callable[[], bool], seconds: float = 20) -> None:
    for _ in range(int(seconds * 10)):
        if check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


async def add_webhook(api: Api, token: str, url: str, **fields: Any) -> dict[str, Any]:
    payload = await api.mutate(
        "addWebhook",
        ADD_WEBHOOK,
        {"url": url, "format": "GENERIC", "events": EVERYTHING} | fields,
        token,
    )
    assert payload["userErrors"] == [], payload
    return payload


async def invite_and_accept(api: Api, tax: str, hr: str) -> None:
    hosted = await api.mutate("postEvent", SUGGEST, event_input(externalId="vat"), tax)
    sent = await api.mutate(
        "inviteCoHost", INVITE, {"sessionId": hosted["session"]["id"], "department": "hr"}, tax
    )
    answer = {"invitationId": sent["invitation"]["id"], "accept": True, "externalId": "vat-hr"}
    assert (await api.mutate("respondToInvitation", RESPOND, answer, hr))["userErrors"] == []


def told(receiver: Receiver) -> list[tuple[str, str]]:
    """(path, event) of each delivery the receiver took, sorted."""
    return sorted((item.path, item.payload["event"]) for item in receiver.taken().values())


EXPECTED = [
    ("/hr", "INVITATION"),
    ("/hr", "MERGED"),
    ("/tax", "INVITATION_ANSWERED"),
    ("/tax", "MERGED"),
]


async def test_each_event_arrives_once_signed_even_after_the_receiver_was_down(api: Api) -> None:
    tax, hr = await api.department("tax", "县税务局"), await api.department("hr", "县人社局")
    receiver = Receiver(free_port())
    secrets = {
        path: (await add_webhook(api, token, receiver.url(path)))["secret"]
        for path, token in (("/tax", tax), ("/hr", hr))
    }
    assert all(secret.startswith("whsec_") for secret in secrets.values())
    await invite_and_accept(api, tax, hr)

    async def failed_attempts() -> list[dict[str, Any]]:
        page = (await api.query(DELIVERIES, {}, tax))["webhookDeliveries"]["nodes"]
        return [node for node in page if node["attempts"] >= 1]

    for _ in range(100):  # nobody listens yet: attempts fail and are tried again later
        if len(found := await failed_attempts()) == 2:
            break
        await asyncio.sleep(0.1)
    assert {node["status"] for node in found} == {"PENDING"}
    assert all(node["lastError"] and node["nextAttemptAt"] for node in found)

    with listening(receiver):
        await until(lambda: told(receiver) == EXPECTED, seconds=4 * FIRST_RETRY + 10)
        await asyncio.sleep(FIRST_RETRY)  # nothing more arrives
    assert told(receiver) == EXPECTED
    assert receiver.repeats() == 0
    assert receiver.signed(secrets)
    invitation = next(item.payload for item in receiver.taken().values() if item.path == "/hr"
                      and item.payload["event"] == "INVITATION")  # fmt: skip
    assert invitation["invitation"]["from"]["name"] == "县税务局"
    assert invitation["summary"]["zh"].startswith("县税务局邀请县人社局共同主办")
    assert invitation["id"] == next(
        item.delivery_id for item in receiver.taken().values() if item.payload == invitation
    )
    delivered = (await api.query(DELIVERIES, {}, tax))["webhookDeliveries"]["nodes"]
    assert {(node["event"], node["status"]) for node in delivered} == {
        ("INVITATION_ANSWERED", "DELIVERED"),
        ("MERGED", "DELIVERED"),
    }
    assert all(node["attempts"] >= 2 and node["lastStatusCode"] == 200 for node in delivered)


async def test_a_conflicting_posting_tells_the_other_host_once(api: Api) -> None:
    tax, ems = await api.department("tax"), await api.department("ems", "县应急管理局")
    receiver = Receiver(free_port())
    with listening(receiver):
        secret = (await add_webhook(api, tax, receiver.url("/tax"), events=["CONFLICT"]))["secret"]
        await api.post(tax, externalId="vat")
        safety = event_input(externalId="safety", title="安全生产责任制培训", location="龙江镇应急管理所",
                             topics=["安全生产"])  # fmt: skip
        for description in ("第一次", "第二次"):  # the same conflict again tells nobody again
            assert (await api.post(ems, **safety, description=description))["userErrors"] == []
        await until(lambda: len(receiver.received) == 1)
        await asyncio.sleep(0.5)
    (conflict,) = receiver.taken().values()
    assert receiver.signed({"/tax": secret})
    assert conflict.payload["event"] == "CONFLICT"
    assert conflict.payload["by"]["name"] == "县应急管理局"
    assert conflict.payload["conflictsWith"]["title"] == "安全生产责任制培训"
    assert "县应急管理局" in conflict.payload["summary"]["zh"]


async def test_robots_get_their_own_message_format_and_their_errcode_counts(api: Api) -> None:
    tax, hr = await api.department("tax", "县税务局"), await api.department("hr", "县人社局")
    receiver = Receiver(
        free_port(), reply=json.dumps({"errcode": 93000, "errmsg": "invalid webhook url"}).encode()
    )
    with listening(receiver):
        robot = await add_webhook(api, hr, receiver.url("/wecom?key=693a91f6-7e8b-4d3c-b0a9-1f2e3d4c5b6a"),
                                  format="WECOM", events=["INVITATION"])  # fmt: skip
        assert robot["secret"] is None
        assert robot["webhook"]["url"].endswith("/wecom?key=…5b6a"), "a robot's key is not shown"
        await add_webhook(
            api, tax, receiver.url("/ding"), format="DINGTALK", events=["INVITATION_ANSWERED"]
        )
        await invite_and_accept(api, tax, hr)
        await until(lambda: len(receiver.received) >= 2)
        for _ in range(50):
            (refused,) = (await api.query(DELIVERIES, {}, hr))["webhookDeliveries"]["nodes"]
            if refused["attempts"]:
                break
            await asyncio.sleep(0.1)
        assert refused["status"] == "PENDING", "a robot that says no has not taken it"
        assert refused["lastError"] == "errcode 93000: invalid webhook url"
        receiver.reply = b'{"errcode":0,"errmsg":"ok"}'
        for _ in range(int(40 * FIRST_RETRY)):
            (taken,) = (await api.query(DELIVERIES, {}, hr))["webhookDeliveries"]["nodes"]
            if taken["status"] != "PENDING":
                break
            await asyncio.sleep(0.1)
    assert taken["status"] == "DELIVERED"
    wecom = next(item.payload for item in receiver.received if item.path.startswith("/wecom"))
    assert wecom["msgtype"] == "markdown"
    assert "县税务局邀请县人社局共同主办" in wecom["markdown"]["content"]
    ding = next(item.payload for item in receiver.received if item.path == "/ding")
    assert ding["markdown"]["title"] == "civical · 邀请已答复"
    assert "县人社局已接受邀请" in ding["markdown"]["text"]


async def test_unsafe_webhook_addresses_are_refused_and_nothing_is_stored(api: Api) -> None:
    tax = await api.department("tax")
    before = await stored_rows_of(api)
    for url, code in (
        ("http://127.0.0.1:9/hook", "FORBIDDEN_ADDRESS"),
        ("http://169.254.169.254/latest/meta-data", "FORBIDDEN_ADDRESS"),
        ("http://[::1]/hook", "FORBIDDEN_ADDRESS"),
        ("ftp://example.com/hook", "INVALID_URL"),
        ("http://user:pass@example.com/hook", "INVALID_URL"),
    ):
        payload = await api.mutate(
            "addWebhook", ADD_WEBHOOK, {"url": url, "format": "GENERIC", "events": ["MERGED"]}, tax
        )
        assert [error["code"] for error in payload["userErrors"]] == [code], url
    empty = {"url": "http://127.0.0.2/hook", "format": "GENERIC", "events": []}
    assert (await api.mutate("addWebhook", ADD_WEBHOOK, empty, tax))["userErrors"][0][
        "code"
    ] == "REQUIRED"
    assert await stored_rows_of(api) == before


async def stored_rows_of(api: Api) -> Any:
    transport = api.http._transport
    assert isinstance(transport, httpx.ASGITransport)
    return await stored_rows(transport.app.state.database, frozenset({"data_version"}))  # type: ignore[attr-defined]


async def test_webhooks_belong_to_their_department(api: Api) -> None:
    tax, hr = await api.department("tax"), await api.department("hr")
    receiver = Receiver(free_port())
    added = await add_webhook(api, tax, receiver.url("/tax"))
    listed = (await api.query("{ webhooks { id url events } }", token=tax))["webhooks"]
    assert [row["id"] for row in listed] == [added["webhook"]["id"]]
    assert (await api.query("{ webhooks { id } }", token=hr))["webhooks"] == []
    assert len((await api.query("{ webhooks { id } }", token=ADMIN_TOKEN))["webhooks"]) == 1
    remove = {"id": added["webhook"]["id"]}
    refused = await api.mutate("removeWebhook", REMOVE_WEBHOOK, remove, hr)
    assert [error["code"] for error in refused["userErrors"]] == ["NOT_FOUND"]
    await api.post(tax, externalId="vat")
    await api.post(hr, externalId="vat-too", title="增值税留抵退税政策解读会（联合）")
    assert len((await api.query(DELIVERIES, {}, tax))["webhookDeliveries"]["nodes"]) == 1
    removed = await api.mutate("removeWebhook", REMOVE_WEBHOOK, remove, tax)
    assert removed["removedId"] == remove["id"]
    assert (await api.query(DELIVERIES, {}, tax))["webhookDeliveries"]["nodes"] == []
    assert receiver.received == [], "nobody listened, and the pending delivery went with it"
