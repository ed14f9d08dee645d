"""Live updates over graphql-transport-ws, against a real server process."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

from tests.api import ADMIN_TOKEN, POST_EVENT, event_input
from tests.process import serving

SUBSCRIPTION = "subscription { calendarUpdates { kind sessionIds message at } }"


async def _post(http: httpx.AsyncClient, token: str, **fields: Any) -> dict[str, Any]:
    response = await http.post("/graphql", json={"query": POST_EVENT, "variables": {"input": event_input(**fields)}},
                               headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    payload: dict[str, Any] = response.json()["data"]["postEvent"]
    return payload


async def _department(http: httpx.AsyncClient, slug: str) -> str:
    response = await http.post(
        "/graphql",
        json={
            "query": f'mutation {{ createDepartment(input: {{slug: "{slug}", name: "{slug}"}}) {{ token }} }}'
        },
        headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
    )
    token: str = response.json()["data"]["createDepartment"]["token"]
    return token


async def _watch(base: str) -> list[dict[str, Any]]:
    async with connect(
        base.replace("http", "ws") + "/graphql", subprotocols=[Subprotocol("graphql-transport-ws")]
    ) as socket:
        await socket.send(json.dumps({"type": "connection_init"}))
        assert json.loads(await socket.recv())["type"] == "connection_ack"
        await socket.send(
            json.dumps({"id": "1", "type": "subscribe", "payload": {"query": SUBSCRIPTION}})
        )
        async with httpx.AsyncClient(base_url=base) as http:
            tax, finance = await _department(http, "tax"), await _department(http, "finance")
            await asyncio.sleep(0.2)
            first = await _post(http, tax, externalId="a")
            second = await _post(
                http, finance, externalId="b", title="增值税留抵退税政策解读会（联合）"
            )
            assert second["merged"] is True
            assert second["session"]["id"] == first["session"]["id"]
        updates = []
        for _ in range(2):
            frame = await asyncio.wait_for(socket.recv(), timeout=10)
            assert isinstance(frame, str), "browsers need text frames"
            message = json.loads(frame)
            assert message["type"] == "next", message
            updates.append(message["payload"]["data"]["calendarUpdates"])
        return updates


def test_dashboards_hear_of_postings_and_merges(tmp_path: Path) -> None:
    with serving(tmp_path / "live.sqlite3", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        updates = asyncio.run(_watch(base))
    assert [update["kind"] for update in updates] == ["CHANGED", "MERGED"]
    assert updates[0]["sessionIds"] == updates[1]["sessionIds"]
    assert "增值税" in updates[1]["message"]
