"""Enterprises rate the sessions they registered for, after they ended; everyone sees the
average from three ratings on, hosts read the comments without names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import ADMIN_TOKEN, CANCEL_EVENT, Api
from tests.participation import EVALUATE, EVALUATIONS, codes, end_it, enterprise, register, session

pytestmark = pytest.mark.anyio


async def _ended_session_with(api: Api, tax: str, count: int) -> tuple[str, list[str]]:
    """A session ``count`` enterprises registered for, which has since ended."""
    posted = await api.post(tax, capacity=50)
    companies = [await enterprise(api, f"第{number}公司") for number in range(count)]
    for company in companies:
        assert (await register(api, company, posted["session"]["id"]))["userErrors"] == []
    await end_it(api, tax, posted["event"]["id"])
    return posted["session"]["id"], companies


async def _evaluate(api: Api, token: str | None, session_id: str, **fields: Any) -> dict[str, Any]:
    input = {"sessionId": session_id, "rating": 4, "usefulness": 3} | fields
    return await api.mutate("evaluateSession", EVALUATE, input, token)


async def test_the_average_shows_from_the_third_rating_on(api: Api) -> None:
    tax = await api.department("tax")
    session_id, companies = await _ended_session_with(api, tax, 3)
    for number, (company, rating) in enumerate(zip(companies, (5, 4, 2), strict=True)):
        answer = await _evaluate(api, company, session_id, rating=rating, usefulness=rating)
        assert answer["userErrors"] == []
        assert answer["evaluation"]["rating"] == rating
        shown = (await session(api, session_id))["evaluation"]
        if number < 2:
            assert shown is None, "one or two ratings could be traced"
    assert (await session(api, session_id))["evaluation"] == {
        "count": 3,
        "averageRating": 3.67,
        "averageUsefulness": 3.67,
    }
    again = await _evaluate(api, companies[2], session_id, rating=5, usefulness=5)
    assert again["userErrors"] == []
    assert (await session(api, session_id))["evaluation"] == {
        "count": 3,
        "averageRating": 4.67,
        "averageUsefulness": 4.67,
    }, "rating again replaces, it does not add"


async def test_only_registered_enterprises_rate_and_only_after_the_end(api: Api) -> None:
    tax = await api.department("tax")
    upcoming = await api.post(tax, externalId="soon", capacity=9)
    company, stranger = await enterprise(api, "甲公司"), await enterprise(api, "乙公司")
    await register(api, company, upcoming["session"]["id"])
    assert codes(await _evaluate(api, company, upcoming["session"]["id"])) == ["TOO_EARLY"]
    assert codes(await _evaluate(api, stranger, upcoming["session"]["id"])) == ["FORBIDDEN"]
    for token in (None, tax, ADMIN_TOKEN):
        assert codes(await _evaluate(api, token, upcoming["session"]["id"])) == ["UNAUTHENTICATED"]
    await end_it(api, tax, upcoming["event"]["id"])
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": upcoming["event"]["id"]}, tax)
    assert codes(await _evaluate(api, company, upcoming["session"]["id"])) == ["CLOSED"]


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"rating": 0}, "INVALID", "rating"),
        ({"usefulness": 6}, "INVALID", "usefulness"),
        ({"comment": "讲得好<script>alert(1)</script>"}, "INVALID", "comment"),
        ({"comment": "好" * 1001}, "TOO_LONG", "comment"),
    ],
)
async def test_bad_ratings_are_refused(
    api: Api, fields: dict[str, Any], code: str, field: str
) -> None:
    tax = await api.department("tax")
    session_id, (company,) = await _ended_session_with(api, tax, 1)
    refused = await _evaluate(api, company, session_id, **fields)
    assert [(error["code"], error["field"]) for error in refused["userErrors"]] == [
        (code, ["input", field])
    ]


async def test_hosts_read_comments_without_names_the_coordinator_with(api: Api) -> None:
    tax, customs = await api.department("tax"), await api.department("customs")
    session_id, companies = await _ended_session_with(api, tax, 2)
    await _evaluate(api, companies[0], session_id, comment="讲解清楚，案例实用")
    await _evaluate(api, companies[1], session_id, rating=2, comment="时间太短")
    hosts = (await api.query(EVALUATIONS, {"sessionId": session_id}, tax))["evaluations"]
    assert hosts["totalCount"] == 2
    assert [
        (node["comment"], node["enterprise"], node["evaluatedAt"]) for node in hosts["nodes"]
    ] == [
        ("讲解清楚，案例实用", None, None),
        ("时间太短", None, None),
    ]
    coordinator = (await api.query(EVALUATIONS, {"sessionId": session_id}, ADMIN_TOKEN))[
        "evaluations"
    ]
    assert [node["enterprise"]["name"] for node in coordinator["nodes"]] == ["第0公司", "第1公司"]
    assert all(node["evaluatedAt"] for node in coordinator["nodes"])
    for token, code in (
        (customs, "FORBIDDEN"),
        (companies[0], "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ):
        (error,) = (await api.raw(EVALUATIONS, {"sessionId": session_id}, token)).json()["errors"]
        assert error["extensions"]["code"] == code
