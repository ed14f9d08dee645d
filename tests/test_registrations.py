"""Enterprises register for sessions: seats from the hosts' capacities, the last seat to one
enterprise only, refusals by code, and who comes for the hosts' eyes only."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.api import ADMIN_TOKEN, CANCEL_EVENT, Api
from tests.conftest import stored_rows
from tests.participation import (
    CANCEL_REGISTRATION,
    MY_REGISTRATIONS,
    REGISTER,
    REGISTRATIONS,
    codes,
    enterprise,
    merge,
    register,
    seats,
    session,
)

pytestmark = pytest.mark.anyio


async def test_an_enterprise_registers_changes_its_seats_and_cancels(api: Api) -> None:
    tax = await api.department("tax")
    posted = await api.post(tax, capacity=40)
    company = await enterprise(api, "石湾陶瓷有限公司")
    first = await register(api, company, posted["session"]["id"], 3)
    assert first["userErrors"] == []
    registration = first["registration"]
    assert registration["status"] == "REGISTERED"
    assert registration["attendees"] == 3
    assert registration["session"]["uid"] == posted["session"]["uid"]
    assert registration["session"]["title"] == "增值税留抵退税政策解读会"
    assert registration["session"]["start"] == "2027-03-05T09:30:00+08:00"
    assert registration["session"]["seatsLeft"] == 37

    again = await register(api, company, posted["session"]["id"], 5)
    assert again["registration"]["id"] == registration["id"], "again updates, never a second"
    assert (await session(api, posted["session"]["id"]))["registeredAttendees"] == 5
    (mine,) = (await api.query(MY_REGISTRATIONS, token=company))["myRegistrations"]
    assert (mine["id"], mine["attendees"], mine["contactPhone"]) == (
        registration["id"],
        5,
        "+86 757-8888 1234",
    )

    cancelled = await api.mutate(
        "cancelRegistration", CANCEL_REGISTRATION, {"registrationId": registration["id"]}, company
    )
    assert cancelled["registration"]["status"] == "CANCELLED"
    shown = await session(api, posted["session"]["id"])
    assert (shown["capacity"], shown["registeredAttendees"], shown["seatsLeft"]) == (40, 0, 40)
    back = await register(api, company, posted["session"]["id"], 2)
    assert (back["registration"]["id"], back["registration"]["status"]) == (
        registration["id"],
        "REGISTERED",
    )


async def test_capacity_is_the_largest_hosts_give_and_none_means_no_limit(api: Api) -> None:
    tax, finance = await api.department("tax"), await api.department("finance")
    first = await api.post(tax, externalId="a", capacity=30)
    joined = await api.post(
        finance, externalId="b", capacity=50, title="增值税留抵退税政策解读会（联合）"
    )
    assert joined["merged"] is True
    shown = await session(api, first["session"]["id"])
    assert (shown["capacity"], shown["seatsLeft"]) == (50, 50)

    open_ = await api.post(tax, externalId="c", title="出口退税政策宣讲", location="高新区",
                           start="2027-04-01T09:00:00+08:00", end="2027-04-01T10:00:00+08:00")  # fmt: skip
    company = await enterprise(api, "石湾陶瓷有限公司")
    assert (await register(api, company, open_["session"]["id"], 100))["userErrors"] == []
    shown = await session(api, open_["session"]["id"])
    assert (shown["capacity"], shown["registeredAttendees"], shown["seatsLeft"]) == (
        None,
        100,
        None,
    )


async def test_no_more_seats_than_are_left(api: Api) -> None:
    tax = await api.department("tax")
    session_id = (await api.post(tax, capacity=5))["session"]["id"]
    first, second = await enterprise(api, "甲公司"), await enterprise(api, "乙公司")
    assert (await register(api, first, session_id, 3))["userErrors"] == []
    refused = await register(api, second, session_id, 3)
    assert codes(refused) == ["FULL"]
    assert refused["userErrors"][0]["field"] == ["input", "attendees"]
    assert "2" in refused["userErrors"][0]["message"]
    assert (await register(api, second, session_id, 2))["userErrors"] == []
    assert (await session(api, session_id))["seatsLeft"] == 0
    assert (await register(api, first, session_id, 1))["userErrors"] == [], "fewer always fits"
    assert codes(await register(api, first, session_id, 4)) == ["FULL"]
    assert (await register(api, first, session_id, 3))["userErrors"] == []


async def test_a_session_that_is_off_merged_away_or_started_takes_no_registrations(
    api: Api,
) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    cancelled = await api.post(tax, externalId="off")
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": cancelled["event"]["id"]}, tax)
    started = await api.post(tax, externalId="past", title="安全生产培训", location="应急管理局",
                             start="2026-01-05T09:00:00+08:00", end="2026-01-05T11:00:00+08:00")  # fmt: skip
    older = await api.post(tax, externalId="older", title="出口退税宣讲", location="商务局",
                           start="2027-05-05T09:00:00+08:00", end="2027-05-05T11:00:00+08:00")  # fmt: skip
    newer = await api.post(tax, externalId="newer", title="外贸企业出口退税培训", location="海关",
                           start="2027-05-06T09:00:00+08:00", end="2027-05-06T11:00:00+08:00")  # fmt: skip
    await merge(api, older["session"]["id"], newer["session"]["id"])
    for gone in (cancelled, started, newer):
        refused = await register(api, company, gone["session"]["id"])
        assert codes(refused) == ["CLOSED"], gone["event"]["id"]
    assert (await api.query(MY_REGISTRATIONS, token=company))["myRegistrations"] == []


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({"attendees": 0}, "INVALID", "attendees"),
        ({"attendees": 1001}, "INVALID", "attendees"),
        ({"contactPhone": "call me"}, "INVALID", "contactPhone"),
        ({"contactPhone": "123"}, "INVALID", "contactPhone"),
        ({"contactName": "<b>王经理</b>"}, "INVALID", "contactName"),
        ({"contactName": "  "}, "REQUIRED", "contactName"),
        ({"contactName": "王" * 101}, "TOO_LONG", "contactName"),
    ],
)
async def test_bad_registrations_are_refused_and_store_nothing(
    api: Api, app: Any, fields: dict[str, Any], code: str, field: str
) -> None:
    tax = await api.department("tax")
    session_id = (await api.post(tax, capacity=5))["session"]["id"]
    company = await enterprise(api, "石湾陶瓷有限公司")
    before = await stored_rows(app.state.database, frozenset({"data_version"}))
    refused = await api.mutate("register", REGISTER, seats(session_id, **fields), company)
    assert [(error["code"], error["field"]) for error in refused["userErrors"]] == [
        (code, ["input", field])
    ]
    assert await stored_rows(app.state.database, frozenset({"data_version"})) == before


async def test_only_enterprises_register_and_only_for_a_session_that_exists(api: Api) -> None:
    tax = await api.department("tax")
    session_id = (await api.post(tax))["session"]["id"]
    for token in (None, tax, ADMIN_TOKEN):
        assert codes(await register(api, token, session_id)) == ["UNAUTHENTICATED"]
    company = await enterprise(api, "石湾陶瓷有限公司")
    missing = await register(api, company, "U2Vzc2lvbjo5OTk5")  # Session:9999
    assert (codes(missing), missing["userErrors"][0]["field"]) == (
        ["NOT_FOUND"],
        ["input", "sessionId"],
    )


async def test_the_last_seat_goes_to_one_enterprise_of_many_asking_at_once(api: Api) -> None:
    tax = await api.department("tax")
    session_id = (await api.post(tax, capacity=1))["session"]["id"]
    companies = [await enterprise(api, f"第{number}公司") for number in range(8)]
    answers = await asyncio.gather(*(register(api, token, session_id) for token in companies))
    assert sorted(tuple(codes(answer)) for answer in answers) == [()] + [("FULL",)] * 7
    shown = await session(api, session_id)
    assert (shown["registeredAttendees"], shown["seatsLeft"]) == (1, 0)


async def test_hosts_and_the_coordinator_see_who_comes_nobody_else_does(api: Api) -> None:
    tax, customs = await api.department("tax"), await api.department("customs")
    session_id = (await api.post(tax, capacity=9))["session"]["id"]
    names = ["甲公司", "乙公司", "丙公司"]
    for name in names:
        await register(api, await enterprise(api, name), session_id, 2)
    for token in (tax, ADMIN_TOKEN):
        page = (await api.query(REGISTRATIONS, {"sessionId": session_id, "first": 2}, token))[
            "registrations"
        ]
        assert page["totalCount"] == 3
        assert [node["enterprise"]["name"] for node in page["nodes"]] == names[:2]
        assert page["nodes"][0]["contactName"] == "王经理"
        rest = (
            await api.query(
                REGISTRATIONS,
                {"sessionId": session_id, "after": page["pageInfo"]["endCursor"]},
                token,
            )
        )["registrations"]
        assert [node["enterprise"]["name"] for node in rest["nodes"]] == names[2:]
    company = await enterprise(api, "丁公司")
    refusals: list[tuple[str | None, str]] = [
        (customs, "FORBIDDEN"),
        (company, "FORBIDDEN"),
        (None, "UNAUTHENTICATED"),
    ]
    for caller, code in refusals:
        response = await api.raw(REGISTRATIONS, {"sessionId": session_id}, caller)
        (error,) = response.json()["errors"]
        assert error["extensions"]["code"] == code
        assert "甲公司" not in response.text


async def test_registrations_follow_a_merge_to_the_surviving_session(api: Api) -> None:
    tax = await api.department("tax")
    older = await api.post(tax, externalId="older", capacity=10)
    newer = await api.post(tax, externalId="newer", title="出口退税宣讲", location="商务局",
                           start="2027-05-06T09:00:00+08:00", end="2027-05-06T11:00:00+08:00")  # fmt: skip
    both, one = await enterprise(api, "甲公司"), await enterprise(api, "乙公司")
    await register(api, both, older["session"]["id"], 2)
    await register(api, both, newer["session"]["id"], 4)
    await register(api, one, newer["session"]["id"], 1)
    survivor = await merge(api, older["session"]["id"], newer["session"]["id"])
    assert survivor["uid"] == older["session"]["uid"]
    (kept,) = (await api.query(MY_REGISTRATIONS, token=both))["myRegistrations"]
    assert (kept["session"]["uid"], kept["attendees"]) == (survivor["uid"], 4)
    (moved,) = (await api.query(MY_REGISTRATIONS, token=one))["myRegistrations"]
    assert moved["session"]["uid"] == survivor["uid"]
    assert (await session(api, survivor["id"]))["registeredAttendees"] == 5
