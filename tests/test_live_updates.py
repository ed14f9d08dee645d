"""Live updates over graphql-transport-ws, against real server processes.

On SQLite one process hears its own postings; on PostgreSQL every process hears every
process's postings through LISTEN/NOTIFY, exactly once, and keeps hearing them after
its listening connection is cut.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from services.core.errors import Message
from services.core.live import (
    APPLICATION_NAME,
    PAYLOAD_LIMIT,
    Announcement,
    UpdateKind,
    decode,
    encode,
)
from tests.api import ADMIN_TOKEN, Api
from tests.conftest import fresh_deployment
from tests.feedserver import FEED_HOST, department_feed, feed_server
from tests.process import serving

pytestmark = pytest.mark.slow

SUBSCRIPTION = "subscription { calendarUpdates { kind sessionIds message at } }"
PROBE = "订阅探针"  # the title of postings that only show a subscription has started
PROBE_FIELDS = {"externalId": "probe", "title": PROBE, "topics": ["探针"],
                "start": "2031-06-02T09:00:00+08:00", "end": "2031-06-02T10:00:00+08:00"}  # fmt: skip
QUIET = 1.0  # seconds without a frame after which a socket has heard all it will


@asynccontextmanager
async def subscribed(base: str, language: str | None = None) -> AsyncIterator[ClientConnection]:
    """A graphql-transport-ws connection to ``base`` with ``calendarUpdates`` subscribed."""
    async with connect(
        base.replace("http", "ws") + "/graphql",
        subprotocols=[Subprotocol("graphql-transport-ws")],
        additional_headers={"Accept-Language": language} if language else None,
    ) as socket:
        await socket.send(json.dumps({"type": "connection_init"}))
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        await socket.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}})
        )
        yield socket


async def until_heard(sockets: Sequence[ClientConnection], api: Api, token: str) -> None:
    """Post probes until every socket has heard one.

    graphql-transport-ws does not acknowledge a subscription, and a server starts one a
    moment after the request: only a heard probe shows that nothing posted later is missed.
    """
    deaf = list(sockets)
    for _ in range(40):
        await api.post(token, **PROBE_FIELDS)
        heard = await asyncio.gather(*(_hears(socket, 0.5) for socket in deaf))
        deaf = [socket for socket, heard_one in zip(deaf, heard, strict=True) if not heard_one]
        if not deaf:
            return
    pytest.fail(f"{len(deaf)} of {len(sockets)} subscriptions never heard a probe")


async def _hears(socket: ClientConnection, seconds: float) -> bool:
    try:
        await asyncio.wait_for(socket.recv(), timeout=seconds)
    except TimeoutError:
        return False
    return True


async def updates(socket: ClientConnection) -> list[dict[str, Any]]:
    """Every update the socket hears until it has been quiet a while, probes left out."""
    heard: list[dict[str, Any]] = []
    while True:
        try:
            frame = await asyncio.wait_for(socket.recv(), timeout=QUIET)
        except TimeoutError:
            return heard
        assert isinstance(frame, str), "browsers need text frames"
        message = json.loads(frame)
        assert message["type"] == "next", message
        update: dict[str, Any] = message["payload"]["data"]["calendarUpdates"]
        if not update["message"].startswith(PROBE):
            heard.append(update)


async def _post_and_merge(base: str) -> list[dict[str, Any]]:
    async with subscribed(base) as socket, httpx.AsyncClient(base_url=base) as http:
        api = Api(http)
        tax, finance = await api.department("tax"), await api.department("finance")
        await until_heard([socket], api, tax)
        first = await api.post(tax, externalId="a")
        second = await api.post(finance, externalId="b", title="增值税留抵退税政策解读会（联合）")
        assert second["merged"] is True
        assert second["session"]["id"] == first["session"]["id"]
        return await updates(socket)


def test_dashboards_hear_of_postings_and_merges(tmp_path: Path) -> None:
    with serving(tmp_path / "live.sqlite3", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        heard = asyncio.run(_post_and_merge(base))
    assert [update["kind"] for update in heard] == ["CHANGED", "MERGED"]
    assert heard[0]["sessionIds"] == heard[1]["sessionIds"]
    assert "增值税" in heard[1]["message"]


ADD_SOURCE = """mutation($input: AddFeedSourceInput!) {
  addFeedSource(input: $input) { source { eventCount } userErrors { code } } }"""


async def _import_heard(base: str, feed_url: str) -> tuple[list[dict[str, Any]], ...]:
    async with (
        subscribed(base, "en") as english,
        subscribed(base) as chinese,
        httpx.AsyncClient(base_url=base) as http,
    ):
        api = Api(http)
        tax = await api.department("tax")
        await until_heard([english, chinese], api, tax)
        added = await api.mutate("addFeedSource", ADD_SOURCE, {"url": feed_url}, tax)
        assert added["userErrors"] == []
        assert added["source"]["eventCount"] > 0
        return await updates(english), await updates(chinese)


def test_imported_postings_are_announced_like_posted_ones(tmp_path: Path) -> None:
    """An import goes through the same announcement as a mutation, in each listener's language."""
    with (
        feed_server() as feeds,
        serving(
            tmp_path / "imports.sqlite3",
            CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN,
            CIVICAL_IMPORT_ALLOWLIST=FEED_HOST,
        ) as (base, _),  # fmt: skip
    ):
        feeds.files["/tax.ics"] = department_feed()
        english, chinese = asyncio.run(_import_heard(base, feeds.url("/tax.ics")))
    assert english
    assert any(update["message"].endswith(": imported") for update in english)
    assert any(update["message"].endswith("：已导入") for update in chinese)


async def _across(posting: str, other: str) -> tuple[list[dict[str, Any]], ...]:
    """What a subscriber on each process hears of one posting made on ``posting``."""
    async with (
        subscribed(other) as far,
        subscribed(posting) as near,
        httpx.AsyncClient(base_url=posting) as http,
    ):
        api = Api(http)
        tax = await api.department("tax")
        await until_heard([far, near], api, tax)
        await api.post(tax, externalId="a")
        return await updates(far), await updates(near)


def test_a_posting_on_one_process_is_heard_once_on_every_process(postgres_url: str) -> None:
    asyncio.run(fresh_deployment(postgres_url))
    with (
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (first, _),
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (second, _),
    ):
        far, near = asyncio.run(_across(second, first))
    assert [update["message"] for update in far] == ["增值税留抵退税政策解读会：已发布"]
    assert near == far


async def _cut_listeners(url: str) -> int:
    """Terminate every live-update connection to the database, as a network fault would."""
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        cut = await connection.fetch(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = $1 AND datname = current_database()",
            APPLICATION_NAME,
        )
        return sum(row[0] for row in cut)
    finally:
        await connection.close()


def test_listening_resumes_after_the_connection_is_cut(postgres_url: str) -> None:
    asyncio.run(fresh_deployment(postgres_url))
    with (
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (first, first_lines),
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (second, _),
    ):
        assert asyncio.run(_cut_listeners(postgres_url)) == 2
        far, near = asyncio.run(_across(second, first))
    assert [update["message"] for update in far] == ["增值税留抵退税政策解读会：已发布"]
    assert near == far
    assert any("lost the PostgreSQL connection" in line for line in first_lines)
    assert any("listening again" in line for line in first_lines)


AT = datetime(2027, 3, 5, 1, 30, tzinfo=UTC)


def test_an_announcement_travels_as_itself() -> None:
    message = Message("增值税留抵退税政策解读会：已发布", "增值税留抵退税政策解读会：已发布")
    announcement = Announcement(UpdateKind.MERGED, (3, 7), message, AT)
    assert decode(encode(announcement)) == announcement


def test_a_long_message_is_cut_between_characters_to_fit() -> None:
    announcement = Announcement(UpdateKind.CHANGED, (1, 2), Message("增" * 5000, "增" * 5000), AT)
    payload = encode(announcement).encode()
    assert PAYLOAD_LIMIT - 2 * len("增".encode()) < len(payload) <= PAYLOAD_LIMIT
    heard = decode(payload.decode())
    for text in (heard.message.en, heard.message.zh):
        assert text.endswith("增…")
        assert set(text[:-1]) == {"增"}
    assert heard.session_ids == (1, 2)


def test_a_group_too_large_keeps_the_ids_that_fit() -> None:
    ids = tuple(range(10**9, 10**9 + 2000))
    heard = decode(encode(Announcement(UpdateKind.OVERLAP, ids, Message("conflict", "冲突"), AT)))
    assert heard.message == Message("…", "…")
    assert 0 < len(heard.session_ids) < len(ids)
    assert heard.session_ids == ids[: len(heard.session_ids)]


@pytest.mark.parametrize("payload", ["", "[]", '{"kind": "CHANGED"}', '{"kind": "GONE"}'])
def test_a_foreign_notification_is_no_announcement(payload: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        decode(payload)


async def _notify(url: str, payload: str) -> None:
    connection = await asyncpg.connect(url.replace("+asyncpg", ""))
    try:
        await connection.execute("SELECT pg_notify('civical_test', $1)", payload)
    finally:
        await connection.close()


def test_postgresql_takes_the_longest_payload_and_refuses_one_byte_more(postgres_url: str) -> None:
    longest = encode(Announcement(UpdateKind.CHANGED, (1,), Message("a" * 9000, ""), AT))
    assert len(longest.encode()) == PAYLOAD_LIMIT
    asyncio.run(_notify(postgres_url, longest))
    with pytest.raises(asyncpg.InvalidParameterValueError, match="payload string too long"):
        asyncio.run(_notify(postgres_url, longest + "a"))
