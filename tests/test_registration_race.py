"""The last seat, raced for by many enterprises at once through real server processes: one
process on SQLite, two on one PostgreSQL. Exactly one enterprise gets it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api import ADMIN_TOKEN, CREATE_DEPARTMENT, POST_EVENT, event_input
from tests.conftest import fresh_deployment
from tests.participation import CREATE_ENTERPRISE, REGISTER, SESSION, seats
from tests.process import serving

pytestmark = pytest.mark.slow

RACERS = 60  # enough that, without the row lock, two processes sell the last seat twice


async def _call(
    client: httpx.AsyncClient, base: str, query: str, variables: dict[str, Any], token: str | None
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        f"{base}/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


async def _race(bases: list[str]) -> tuple[list[list[str]], dict[str, Any]]:
    """Five seats, four taken, then every racer asks for the last one at once, half of them
    through each server; the codes each got, and the session afterwards."""
    async with httpx.AsyncClient(timeout=60) as client:
        first = bases[0]
        created = await _call(
            client,
            first,
            CREATE_DEPARTMENT,
            {"input": {"slug": "tax", "name": "税务局"}},
            ADMIN_TOKEN,
        )
        department = created["createDepartment"]["token"]
        posted = await _call(
            client, first, POST_EVENT, {"input": event_input(capacity=5)}, department
        )
        session_id = posted["postEvent"]["session"]["id"]
        tokens = [
            (await _call(client, first, CREATE_ENTERPRISE,
                         {"input": {"name": f"第{number}公司"}}, None))["createEnterprise"]["token"]
            for number in range(RACERS + 1)
        ]  # fmt: skip
        early = await _call(client, first, REGISTER, {"input": seats(session_id, 4)}, tokens[0])
        assert early["register"]["userErrors"] == []
        answers = await asyncio.gather(
            *(
                _call(client, bases[number % len(bases)], REGISTER,
                      {"input": seats(session_id)}, token)
                for number, token in enumerate(tokens[1:])
            )
        )  # fmt: skip
        session = await _call(client, bases[-1], SESSION, {"id": session_id}, None)
    codes = [[error["code"] for error in answer["register"]["userErrors"]] for answer in answers]
    return codes, session["node"]


def _one_won(codes: list[list[str]], session: dict[str, Any]) -> None:
    assert sorted(codes) == [[]] + [["FULL"]] * (RACERS - 1)
    assert (session["registeredAttendees"], session["seatsLeft"]) == (5, 0)


def test_one_process_on_sqlite_gives_the_last_seat_once(tmp_path: Path) -> None:
    with serving(tmp_path / "race.sqlite3", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        _one_won(*asyncio.run(_race([base])))


def test_two_processes_on_postgresql_give_the_last_seat_once(postgres_url: str) -> None:
    asyncio.run(fresh_deployment(postgres_url))
    with (
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (first, _),
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (second, _),
    ):
        _one_won(*asyncio.run(_race([first, second])))
