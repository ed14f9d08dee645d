"""Two server processes on one PostgreSQL, many departments posting the same sessions at once."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest

from tests.api import ADMIN_TOKEN, POST_EVENT, event_input
from tests.conftest import fresh_deployment
from tests.process import serving

pytestmark = pytest.mark.slow

SESSIONS = [
    (
        "增值税留抵退税政策解读会",
        "石湾镇政务服务中心三楼报告厅",
        "2027-03-05T09:30:00+08:00",
        ["增值税"],
    ),
    ("安全生产责任制培训", "龙江镇应急管理所二楼", "2027-03-05T09:30:00+08:00", ["安全生产"]),
    ("出口退税政策宣讲会", "桥头镇商会大楼一楼", "2027-03-05T10:00:00+08:00", ["出口退税"]),
    (
        "Data security compliance training",
        "高新区创业服务中心路演厅",
        "2027-03-05T14:00:00+08:00",
        ["数据安全"],
    ),
    ("食品经营许可宣讲会", "城关街道市场监管所", "2027-03-06T09:00:00+08:00", ["食品安全"]),
    ("社会保险费申报实务培训", "县人社局三楼会议室", "2027-03-06T14:30:00+08:00", ["社保"]),
]
POSTERS = 20


async def _poster(client: httpx.AsyncClient, bases: list[str], token: str, number: int) -> None:
    order = list(enumerate(SESSIONS))
    random.Random(number).shuffle(order)
    for index, (title, place, start, topics) in order:
        end = (
            start.replace("T09:30", "T11:30")
            .replace("T10:00", "T12:00")
            .replace("T14:", "T16:")
            .replace("T09:00", "T11:00")
        )
        fields = event_input(
            externalId=f"p{number}-s{index}",
            title=title,
            location=place,
            start=start,
            end=end,
            topics=topics,
        )
        response = await client.post(
            f"{bases[(number + index) % 2]}/graphql",
            json={"query": POST_EVENT, "variables": {"input": fields}},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 200, response.text
        assert response.json()["data"]["postEvent"]["userErrors"] == []


async def _create_departments(client: httpx.AsyncClient, base: str, count: int) -> list[str]:
    tokens = []
    for number in range(count):
        response = await client.post(
            f"{base}/graphql",
            json={"query": 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { token } }',
                  "variables": {"i": {"slug": f"dept{number}", "name": f"第{number}局"}}},
            headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
        )  # fmt: skip
        tokens.append(response.json()["data"]["createDepartment"]["token"])
    return tokens


async def _run(bases: list[str]) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=60) as client:
        tokens = await _create_departments(client, bases[0], 5)
        await asyncio.gather(*(_poster(client, bases, tokens[n % 5], n) for n in range(POSTERS)))
        response = await client.post(
            f"{bases[1]}/graphql",
            json={"query": '{ calendar(from: "2027-03-01T00:00:00Z", to: "2027-04-01T00:00:00Z", first: 100)'
                           " { totalCount nodes { title events { id } hosts { slug } } } }"},
        )  # fmt: skip
        calendar: dict[str, Any] = response.json()["data"]["calendar"]
        return calendar


def test_two_processes_and_twenty_posters_make_one_session_per_real_session(
    postgres_url: str,
) -> None:
    asyncio.run(fresh_deployment(postgres_url))
    with (
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (first, _),
        serving(postgres_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (second, _),
    ):
        calendar = asyncio.run(_run([first, second]))
    assert calendar["totalCount"] == len(SESSIONS)
    assert sorted(node["title"] for node in calendar["nodes"]) == sorted(s[0] for s in SESSIONS)
    assert all(len(node["events"]) == POSTERS for node in calendar["nodes"])
    assert all(len(node["hosts"]) == 5 for node in calendar["nodes"])
