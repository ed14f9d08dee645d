"""The merged calendar: windows, filters, cursor pages, and a constant number of statements."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import Api
from tests.conftest import counting_statements

pytestmark = pytest.mark.anyio


async def _post_days(api: Api, token: str, days: range, hour: int = 9, **fields: Any) -> None:
    for day in days:
        await api.post(
            token,
            externalId=f"{fields.get('title', 'd')}-{day}",
            start=f"2027-03-{day:02d}T{hour:02d}:00:00+08:00",
            end=f"2027-03-{day:02d}T{hour + 1:02d}:00:00+08:00",
            **fields,
        )


async def test_pages_cover_every_session_once_in_start_order(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    await _post_days(api, tax, range(1, 12), title="增值税培训", location="县税务局")
    await _post_days(api, market, range(5, 15), title="食品安全宣讲", location="县市场监管局")
    seen: list[tuple[str, str]] = []
    after = None
    pages = 0
    while True:
        page = await api.calendar(first=4, after=after)
        assert page["totalCount"] == 21
        seen += [(edge["node"]["start"], edge["node"]["id"]) for edge in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert pages == 6
    assert len(seen) == len({node_id for _, node_id in seen}) == 21
    assert seen == sorted(seen, key=lambda item: item[0])


async def test_the_window_is_honoured(api: Api) -> None:
    tax = await api.department("tax")
    await _post_days(api, tax, range(1, 11))
    page = await api.calendar(
        **{"from": "2027-03-03T00:00:00+08:00", "to": "2027-03-06T00:00:00+08:00"}
    )
    assert [edge["node"]["start"][:10] for edge in page["edges"]] == [
        "2027-03-03",
        "2027-03-04",
        "2027-03-05",
    ]


async def test_filters_narrow_and_open_audiences_match_every_filter(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    await api.post(
        tax,
        externalId="a",
        title="制造业增值税",
        audience={"sectors": ["manufacturing"], "regions": ["石湾镇"]},
    )
    await api.post(
        tax,
        externalId="b",
        title="零售业宣讲",
        kind="PUBLICITY",
        topics=["消费"],
        location="龙江镇政府会议室",
        audience={"sectors": ["retail"], "regions": ["龙江镇"]},
    )
    await api.post(
        market,
        externalId="c",
        title="面向所有企业",
        audience={"sectors": [], "regions": []},
        topics=["食品安全"],
        location="县市场监管局",
    )

    async def titles(**filter_: Any) -> list[str]:
        page = await api.calendar(filter=filter_)
        return sorted(edge["node"]["title"] for edge in page["edges"])

    assert await titles(kinds=["PUBLICITY"]) == ["零售业宣讲"]
    assert await titles(topics=["增值税"]) == ["制造业增值税"]
    assert await titles(sectors=["manufacturing"]) == ["制造业增值税", "面向所有企业"]
    assert await titles(regions=["龙江镇"]) == ["零售业宣讲", "面向所有企业"]
    assert await titles(departments=["market"]) == ["面向所有企业"]
    assert await titles(sectors=["manufacturing"], regions=["龙江镇"]) == ["面向所有企业"]
    assert await titles(sectors=["mining"], departments=["tax"]) == []


async def test_first_is_capped_and_arguments_checked(api: Api) -> None:
    for variables in (
        {"first": 501},
        {"first": -1},
        {"after": "garbage"},
        {"to": "2026-01-01T00:00:00Z"},
        {"from": "0001-01-01T00:00:00Z"},
    ):
        response = await api.raw(
            "query($from: DateTime!, $to: DateTime!, $first: Int, $after: String) {"
            " calendar(from: $from, to: $to, first: $first, after: $after) { totalCount } }",
            {"from": "2027-01-01T00:00:00Z", "to": "2028-01-01T00:00:00Z"} | variables,
        )
        assert response.status_code == 200
        assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_the_calendar_costs_the_same_statements_for_1_or_60_sessions(
    api: Api, app: Any
) -> None:
    departments = [await api.department(f"d{i}") for i in range(3)]
    await api.post(departments[0], externalId="only")
    with counting_statements(app) as few:
        await api.calendar(first=100)
    subjects = (
        ("增值税培训", "税务大厅"),
        ("食品安全宣讲", "市场监管局"),
        ("消防安全演练", "消防站"),
    )
    for hour, (token, (title, place)) in enumerate(zip(departments, subjects, strict=True)):
        await _post_days(
            api, token, range(1, 21), hour=9 + 2 * hour, title=title, location=place, topics=[title]
        )
    with counting_statements(app) as many:
        page = await api.calendar(first=100)
    assert page["totalCount"] == 61
    assert sum(len(edge["node"]["events"]) for edge in page["edges"]) == 61
    assert len(many) == len(few) <= 6
