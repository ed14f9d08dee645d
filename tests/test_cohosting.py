"""Co-hosting instead of duplicating: suggestions, joining, invitations, leaving, a department's events."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
import pytest

from tests.api import ADMIN_TOKEN, Api, event_input
from tests.cohosting import (
    DECISIONS,
    INVITE,
    JOIN,
    LEAVE,
    MARCH,
    MY_EVENTS,
    MY_INVITATIONS,
    REPORT,
    RESPOND,
    SUGGEST,
    WITHDRAW,
    county,
    post_twin,
)

pytestmark = pytest.mark.anyio


def codes(payload: dict[str, Any]) -> list[str]:
    return [error["code"] for error in payload["userErrors"]]


async def feed_events(api: Api, path: str) -> list[icalendar.cal.Component]:
    response = await api.http.get(path, params={"from": "2027-03-01", "to": "2027-04-01"})
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


async def test_a_twin_is_suggested_its_session_and_joining_leaves_one_session(api: Api) -> None:
    tax, hr = await api.department("tax", "县税务局"), await api.department("hr", "县人社局")
    hosted, twin = await post_twin(api, tax, hr)
    (suggestion,) = twin["suggestedSessions"]
    assert suggestion["session"]["uid"] == hosted["session"]["uid"]
    assert suggestion["session"]["hosts"] == [{"slug": "tax", "name": "县税务局"}]
    assert "增值税" in suggestion["reason"]
    assert suggestion["score"] > 0
    assert hosted["suggestedSessions"] == [], "the host's own session is never suggested to it"

    join = {"sessionId": suggestion["session"]["id"], "externalId": "vat-hr", "capacity": 30,
            "note": "人社局讲解社保部分"}  # fmt: skip
    joined = await api.mutate("joinSession", JOIN, join, hr)
    assert joined["userErrors"] == []
    assert joined["session"]["uid"] == hosted["session"]["uid"]
    assert [host["slug"] for host in joined["session"]["hosts"]] == ["tax", "hr"]
    assert joined["event"]["externalId"] == "vat-hr"
    assert joined["event"]["title"] == HOST_TITLE
    assert joined["event"]["capacity"] == 30
    assert joined["event"]["start"] == "2027-03-05T09:30:00+08:00"
    again = await api.mutate("joinSession", JOIN, join, hr)
    assert again["userErrors"] == []
    assert again["event"] == joined["event"], "joining again changes nothing"

    calendar = await api.calendar(**MARCH)
    assert calendar["totalCount"] == 1
    (session,) = [edge["node"] for edge in calendar["edges"]]
    assert [host["slug"] for host in session["hosts"]] == ["tax", "hr"]
    for path in ("/feeds/all.ics", "/feeds/departments/hr.ics"):
        events = await feed_events(api, path)
        live = [event for event in events if event["STATUS"] == "CONFIRMED"]
        assert [str(event["UID"]) for event in live] == [hosted["session"]["uid"]], path
    retired = [e for e in await feed_events(api, "/feeds/all.ics") if e["STATUS"] == "CANCELLED"]
    assert [str(event["UID"]) for event in retired] == [twin["session"]["uid"]]
    assert str(retired[0]["RELATED-TO"]) == hosted["session"]["uid"], (
        "calendars learn where it went"
    )


HOST_TITLE = "增值税留抵退税政策解读会"


async def test_joining_is_refused_when_it_cannot_be_done_and_stores_nothing(api: Api) -> None:
    tax, hr = await api.department("tax"), await api.department("hr")
    hosted, _ = await post_twin(api, tax, hr)
    session = hosted["session"]["id"]
    refusals = [
        (tax, {"sessionId": session, "externalId": "again"}, "TAKEN"),
        (hr, {"sessionId": "U2Vzc2lvbjo5OTk", "externalId": "x"}, "NOT_FOUND"),
        (
            hr,
            {"sessionId": session, "externalId": "x", "registrationUrl": "ftp://x"},
            "INVALID_URL",
        ),
        (None, {"sessionId": session}, "UNAUTHENTICATED"),
        (ADMIN_TOKEN, {"sessionId": session}, "REQUIRED"),
    ]
    for token, join, code in refusals:
        assert codes(await api.mutate("joinSession", JOIN, join, token)) == [code], join
    assert (await api.calendar(**MARCH))["totalCount"] == 2
    soon = datetime.now(UTC) + timedelta(seconds=2)
    started = await api.post(tax, externalId="soon", start=soon.isoformat(),
                             end=(soon + timedelta(hours=1)).isoformat())  # fmt: skip
    await asyncio.sleep(3)
    late = {"sessionId": started["session"]["id"], "externalId": "late"}
    assert codes(await api.mutate("joinSession", JOIN, late, hr)) == ["INVALID"]


async def test_invite_then_accept_makes_one_session_with_both_hosts(api: Api) -> None:
    tax, hr = await api.department("tax", "县税务局"), await api.department("hr", "县人社局")
    hosted = await api.mutate("postEvent", SUGGEST, event_input(externalId="vat"), tax)
    invite = {"sessionId": hosted["session"]["id"], "department": "hr", "message": "一起讲？"}
    sent = (await api.mutate("inviteCoHost", INVITE, invite, tax))["invitation"]
    assert sent["status"] == "PENDING"
    assert sent["message"] == "一起讲？"
    assert sent["from"] == {"slug": "tax", "name": "县税务局"}
    assert sent["to"]["slug"] == "hr"
    assert sent["session"]["uid"] == hosted["session"]["uid"]
    for token in (tax, hr):
        listed = (await api.query(MY_INVITATIONS, {"status": "PENDING"}, token))["myInvitations"]
        assert [row["id"] for row in listed] == [sent["id"]]
    answer = {"invitationId": sent["id"], "accept": True, "externalId": "vat-hr"}
    accepted = await api.mutate("respondToInvitation", RESPOND, answer, hr)
    assert accepted["userErrors"] == []
    assert accepted["invitation"]["status"] == "ACCEPTED"
    assert [host["slug"] for host in accepted["session"]["hosts"]] == ["tax", "hr"]
    assert accepted["event"]["externalId"] == "vat-hr"
    again = await api.mutate("respondToInvitation", RESPOND, answer, hr)
    assert again["userErrors"] == []
    assert again["invitation"]["status"] == "ACCEPTED"
    refused = await api.mutate("respondToInvitation", RESPOND, answer | {"accept": False}, hr)
    assert codes(refused) == ["INVALID"]
    (session,) = [edge["node"] for edge in (await api.calendar(**MARCH))["edges"]]
    assert [host["slug"] for host in session["hosts"]] == ["tax", "hr"]
    assert codes(await api.mutate("inviteCoHost", INVITE, invite, tax)) == ["INVALID"]


async def test_decline_and_withdraw_leave_the_session_alone_and_only_the_right_side_acts(
    api: Api,
) -> None:
    tax, hr, ems = (
        await api.department("tax"),
        await api.department("hr"),
        await api.department("ems"),
    )
    hosted = await api.mutate("postEvent", SUGGEST, event_input(externalId="vat"), tax)
    session = hosted["session"]["id"]

    async def invite(token: str, department: str) -> dict[str, Any]:
        payload = {"sessionId": session, "department": department}
        return await api.mutate("inviteCoHost", INVITE, payload, token)

    assert codes(await invite(hr, "ems")) == ["FORBIDDEN"], "only hosts may invite"
    assert codes(await invite(tax, "tax")) == ["INVALID"]
    assert codes(await invite(tax, "nobody")) == ["NOT_FOUND"]
    to_hr = (await invite(tax, "hr"))["invitation"]
    assert codes(await invite(tax, "hr")) == ["TAKEN"], "one pending invitation at a time"
    to_ems = (await invite(tax, "ems"))["invitation"]

    decline = {"invitationId": to_hr["id"], "accept": False}
    assert codes(await api.mutate("respondToInvitation", RESPOND, decline, tax)) == ["FORBIDDEN"]
    assert codes(await api.mutate("respondToInvitation", RESPOND, decline, ems)) == ["NOT_FOUND"]
    assert codes(await api.mutate("respondToInvitation", RESPOND, decline, None)) == [
        "UNAUTHENTICATED"
    ]
    declined = await api.mutate("respondToInvitation", RESPOND, decline, hr)
    assert declined["invitation"]["status"] == "DECLINED"
    assert declined["session"] is None

    withdraw = {"invitationId": to_ems["id"]}
    assert codes(await api.mutate("withdrawInvitation", WITHDRAW, withdraw, ems)) == ["FORBIDDEN"]
    assert codes(await api.mutate("withdrawInvitation", WITHDRAW, withdraw, hr)) == ["NOT_FOUND"]
    withdrawn = await api.mutate("withdrawInvitation", WITHDRAW, withdraw, tax)
    assert withdrawn["invitation"]["status"] == "WITHDRAWN"
    accept = {"invitationId": to_ems["id"], "accept": True}
    assert codes(await api.mutate("respondToInvitation", RESPOND, accept, ems)) == ["INVALID"]

    (only,) = [edge["node"] for edge in (await api.calendar(**MARCH))["edges"]]
    assert [host["slug"] for host in only["hosts"]] == ["tax"]
    mine = (await api.query(MY_INVITATIONS, {}, tax))["myInvitations"]
    assert {row["to"]["slug"]: row["status"] for row in mine} == {
        "hr": "DECLINED",
        "ems": "WITHDRAWN",
    }
    assert [
        row["status"] for row in (await api.query(MY_INVITATIONS, {}, ems))["myInvitations"]
    ] == ["WITHDRAWN"]
    everyone = (await api.query(MY_INVITATIONS, {}, ADMIN_TOKEN))["myInvitations"]
    assert len(everyone) == 2


async def test_an_unanswered_invitation_expires_when_the_session_starts(api: Api) -> None:
    tax, hr = await api.department("tax"), await api.department("hr")
    soon = datetime.now(UTC) + timedelta(seconds=2)
    hosted = await api.post(tax, externalId="soon", start=soon.isoformat(),
                            end=(soon + timedelta(hours=1)).isoformat())  # fmt: skip
    payload = {"sessionId": hosted["session"]["id"], "department": "hr"}
    sent = (await api.mutate("inviteCoHost", INVITE, payload, tax))["invitation"]
    await asyncio.sleep(3)
    (shown,) = (await api.query(MY_INVITATIONS, {"status": "EXPIRED"}, hr))["myInvitations"]
    assert shown["id"] == sent["id"]
    assert (await api.query(MY_INVITATIONS, {"status": "PENDING"}, hr))["myInvitations"] == []
    accept = {"invitationId": sent["id"], "accept": True}
    assert codes(await api.mutate("respondToInvitation", RESPOND, accept, hr)) == ["INVALID"]


async def test_a_department_leaves_an_automatic_merge_and_it_sticks(api: Api) -> None:
    tax, finance = await api.department("tax"), await api.department("finance")
    first = await api.post(tax, externalId="vat")
    second = await api.post(finance, externalId="vat-too", title="增值税留抵退税政策解读会（联合）")
    assert second["merged"] is True
    leave = {"eventId": second["event"]["id"]}
    assert codes(await api.mutate("leaveSession", LEAVE, leave, tax)) == ["FORBIDDEN"]
    left = await api.mutate("leaveSession", LEAVE, leave, finance)
    assert left["userErrors"] == []
    assert [host["slug"] for host in left["session"]["hosts"]] == ["finance"]
    assert left["session"]["uid"] != first["session"]["uid"]
    assert codes(await api.mutate("leaveSession", LEAVE, leave, finance)) == ["INVALID"]
    reposted = await api.post(finance, externalId="vat-too", title="增值税留抵退税政策解读会（联合）",
                              description="再发一次")  # fmt: skip
    assert reposted["merged"] is False, "a department's leave sticks, as a split does"
    assert (await api.calendar(**MARCH))["totalCount"] == 2
    decisions = (await api.query(DECISIONS, MARCH, ADMIN_TOKEN))["cohostingDecisions"]["nodes"]
    assert decisions == [{"kind": "LEFT", "department": {"slug": "finance"},
                          "event": {"externalId": "vat-too"},
                          "session": {"uid": first["session"]["uid"]}, "others": [{"slug": "tax"}]}]  # fmt: skip
    assert (await api.query(DECISIONS, MARCH, tax))["cohostingDecisions"]["nodes"] == []


async def test_my_events_lists_a_departments_postings_with_their_co_hosts(api: Api) -> None:
    tax, hr = await api.department("tax"), await api.department("hr", "县人社局")
    hosted, _ = await post_twin(api, tax, hr)
    await api.mutate(
        "joinSession", JOIN, {"sessionId": hosted["session"]["id"], "externalId": "vat-hr"}, hr
    )
    for day in (10, 11, 12):
        posted = await api.post(hr, externalId=f"own-{day}", title=f"社保政策解读第{day}期",
                                start=f"2027-03-{day}T09:00:00+08:00", end=f"2027-03-{day}T10:00:00+08:00",
                                topics=["社保"])  # fmt: skip
        assert posted["userErrors"] == []
    await api.post(tax, externalId="tax-own", start="2027-03-20T09:00:00+08:00",
                   end="2027-03-20T10:00:00+08:00", title="发票管理培训", topics=["发票"])  # fmt: skip
    page = (await api.query(MY_EVENTS, MARCH | {"first": 2}, hr))["myEvents"]
    assert [node["externalId"] for node in page["nodes"]] == ["vat-hr", "own-10"]
    assert [host["slug"] for host in page["nodes"][0]["session"]["hosts"]] == ["tax", "hr"]
    rest = await api.query(MY_EVENTS, MARCH | {"after": page["pageInfo"]["endCursor"]}, hr)
    assert [node["externalId"] for node in rest["myEvents"]["nodes"]] == ["own-11", "own-12"]
    assert (await api.query(MY_EVENTS, MARCH | {"status": "CANCELLED"}, hr))["myEvents"][
        "nodes"
    ] == []
    refused = await api.raw(MY_EVENTS, MARCH, ADMIN_TOKEN)
    assert refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_the_report_counts_invitations_joins_and_the_hours_they_saved(api: Api) -> None:
    await county(api)
    report = (await api.query(REPORT, MARCH))["coordinationReport"]
    rows = {tuple(row["departments"]): row for row in report["departments"] + report["pairs"]}
    assert rows["tax",]["invitationsSent"] == 2
    assert rows["tax",]["invitationsAccepted"] == 1
    # two hours, for manufacturing in 石湾镇: one sector in one region
    assert rows["hr",]["joins"] == 1
    assert rows["hr",]["enterpriseHoursSavedByJoins"] == 2.0
    assert rows["hr",]["names"] == ["县人社局"]
    pair = rows["hr", "tax"]
    assert (pair["invitationsSent"], pair["invitationsAccepted"], pair["joins"]) == (1, 1, 1)
    assert rows["ems", "tax"]["invitationsSent"] == 1
    assert rows["ems", "tax"]["joins"] == 0
