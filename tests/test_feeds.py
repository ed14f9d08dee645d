"""ICS feeds as calendar apps read them: parsed by an independent reader, byte rules checked."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import icalendar
import pytest

from tests.api import ADMIN_TOKEN, CANCEL_EVENT, Api

pytestmark = pytest.mark.anyio

MERGE = "mutation($input: MergeSessionsInput!) { mergeSessions(input: $input) { session { uid } userErrors { code } } }"
SPLIT = "mutation($input: SplitEventInput!) { splitEvent(input: $input) { session { uid } userErrors { code } } }"
ENTERPRISE = """mutation($input: CreateEnterpriseInput!) {
  createEnterprise(input: $input) { enterprise { id name } token userErrors { field code } } }"""
SUBSCRIBE = """mutation($input: SubscribeInput!) {
  subscribe(input: $input) { subscription { id feedUrl webcalUrl filter { sectors regions kinds } } userErrors { field code } } }"""
REVOKE = """mutation($input: RevokeSubscriptionInput!) {
  revokeSubscription(input: $input) { subscription { revokedAt } userErrors { code } } }"""
MINE = "{ mySubscriptions { id lastFetchedAt lastUserAgent revokedAt } }"


def conforming(body: bytes) -> icalendar.Calendar:
    """Check the octet-level rules calendar apps trip on, then parse with icalendar."""
    assert body.endswith(b"\r\n")
    lines = body[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines), "bare CR or LF"
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    for line in lines:
        line.decode("utf-8")  # a fold that split a character would not decode on its own
    calendar = icalendar.Calendar.from_ical(body)
    events = calendar.walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids)), "UIDs repeat"
    assert all("DTSTAMP" in event for event in events)
    return calendar


async def feed(api: Api, path: str, **headers: str) -> httpx.Response:
    response = await api.http.get(path, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    return response


def events_of(calendar: icalendar.Calendar) -> dict[str, Any]:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


async def test_feeds_carry_what_was_posted_byte_for_byte(api: Api) -> None:
    tax = await api.department("tax", "县税务局")
    title = "关于举办2027年度增值税留抵退税政策解读会的通知（面向石湾镇陶瓷制造企业，请提前十五分钟签到）"
    place = "佛山市南海区石湾镇政务服务中心三楼报告厅; 东侧入口, 凭证入场 \\ 停车场B2"
    description = "第一行：政策要点；第二点, 逗号\n第二行 \\ 反斜杠\n\nEND:VEVENT\nBEGIN:VEVENT"
    await api.post(tax, title=title, location=place, description=description,
                   registrationUrl="https://reg.example.cn/s?id=1,2;x=3")  # fmt: skip
    await api.post(tax, externalId="en", title="Export tax refund briefing, Q&A; bring invoices",
                   start="2027-03-06T14:00:00+08:00", end="2027-03-06T15:30:00+08:00", location="高新区")  # fmt: skip
    calendar = conforming((await feed(api, "/feeds/all.ics")).content)
    assert str(calendar["X-WR-CALNAME"]) == "civical"
    # no METHOD: a feed is a published calendar, not an iTIP message (see README, Calendar feeds)
    assert "METHOD" not in calendar
    assert all("ORGANIZER" not in event for event in calendar.walk("VEVENT"))
    events = events_of(calendar)
    shown = "增值税留抵退税政策解读会（面向石湾镇陶瓷制造企业，请提前十五分钟签到）"  # undecorated
    assert set(events) == {shown, "Export tax refund briefing, Q&A; bring invoices"}
    briefing = events[shown]
    assert str(briefing["LOCATION"]) == place
    assert description in str(briefing["DESCRIPTION"])
    assert "县税务局" in str(briefing["DESCRIPTION"])
    assert str(briefing["URL"]) == "https://reg.example.cn/s?id=1,2;x=3"
    assert briefing["DTSTART"].dt == datetime(2027, 3, 5, 1, 30, tzinfo=UTC)
    assert briefing["DTEND"].dt == datetime(2027, 3, 5, 3, 30, tzinfo=UTC)
    assert str(briefing["STATUS"]) == "CONFIRMED"


async def test_a_feed_answers_calendar_whatever_accept_says(api: Api) -> None:
    tax = await api.department("tax")
    await api.post(tax)
    for accept in ("application/xml", "text/html", "*/*"):
        await feed(api, "/feeds/all.ics", accept=accept)
    assert (await api.http.get("/feeds/all.ics", headers={"accept": ""})).status_code == 200


async def test_a_merged_session_appears_once_and_uids_follow_merges(api: Api) -> None:
    tax = await api.department("tax")
    finance = await api.department("finance")
    first = await api.post(tax, externalId="a")
    second = await api.post(finance, externalId="b", title="增值税留抵退税政策解读会（联合）")
    assert second["merged"] is True
    (only,) = conforming((await feed(api, "/feeds/all.ics")).content).walk("VEVENT")
    assert str(only["UID"]) == first["session"]["uid"]
    for path in ("/feeds/departments/tax.ics", "/feeds/departments/finance.ics"):
        assert [
            str(e["UID"]) for e in conforming((await feed(api, path)).content).walk("VEVENT")
        ] == [first["session"]["uid"]]

    split = (
        await api.mutate("splitEvent", SPLIT, {"eventId": second["event"]["id"]}, ADMIN_TOKEN)
    )["session"]
    uids = {
        str(e["UID"])
        for e in conforming((await feed(api, "/feeds/all.ics")).content).walk("VEVENT")
    }
    assert uids == {first["session"]["uid"], split["uid"]}

    sessions = [first["session"]["id"], (await api.calendar())["edges"][1]["node"]["id"]]
    merged = await api.mutate("mergeSessions", MERGE, {"sessionIds": sessions}, ADMIN_TOKEN)
    assert merged["session"]["uid"] == first["session"]["uid"]
    events = {
        str(e["UID"]): e
        for e in conforming((await feed(api, "/feeds/all.ics")).content).walk("VEVENT")
    }
    assert str(events[first["session"]["uid"]]["STATUS"]) == "CONFIRMED"
    gone = events[split["uid"]]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert str(gone["RELATED-TO"]) == first["session"]["uid"]


async def test_sequence_rises_and_cancelled_sessions_stay_in_the_feed(api: Api) -> None:
    tax = await api.department("tax")
    event = (await api.post(tax))["event"]
    (before,) = conforming((await feed(api, "/feeds/all.ics")).content).walk("VEVENT")
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": event["id"]}, tax)
    (after,) = conforming((await feed(api, "/feeds/all.ics")).content).walk("VEVENT")
    assert str(after["UID"]) == str(before["UID"])
    assert int(str(after["SEQUENCE"])) > int(str(before["SEQUENCE"]))
    assert str(after["STATUS"]) == "CANCELLED"


async def test_unchanged_feeds_answer_304_and_changes_a_new_etag(api: Api) -> None:
    tax = await api.department("tax")
    await api.post(tax)
    first = await feed(api, "/feeds/all.ics")
    again = await feed(api, "/feeds/all.ics")
    assert again.content == first.content
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('"')
    assert "max-age" in first.headers["cache-control"]
    assert (
        await api.http.get("/feeds/all.ics", headers={"if-none-match": etag})
    ).status_code == 304
    assert (
        await api.http.get("/feeds/all.ics", headers={"if-modified-since": modified})
    ).status_code == 304
    assert (
        await api.http.get("/feeds/all.ics", headers={"if-none-match": '"other"'})
    ).status_code == 200
    await api.post(tax, externalId="second", start="2027-04-01T09:00:00+08:00", end="2027-04-01T10:00:00+08:00",
                   title="第二场", location="别处")  # fmt: skip
    changed = await api.http.get("/feeds/all.ics", headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert len(conforming(changed.content).walk("VEVENT")) == 2


async def test_query_parameters_narrow_a_feed(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    await api.post(
        tax,
        externalId="a",
        title="制造业增值税",
        audience={"sectors": ["manufacturing"], "regions": ["石湾镇"]},
    )
    await api.post(market, externalId="b", kind="PUBLICITY", title="零售业食品安全", topics=["食品安全"], location="龙江镇",
                   audience={"sectors": ["retail"], "regions": ["龙江镇"]})  # fmt: skip
    await api.post(
        market,
        externalId="c",
        title="面向所有企业",
        location="城关",
        topics=["消防"],
        audience={"sectors": [], "regions": []},
    )

    async def titles(path: str) -> set[str]:
        return set(events_of(conforming((await feed(api, path)).content)))

    assert await titles("/feeds/all.ics?sector=manufacturing&region=石湾镇") == {
        "制造业增值税",
        "面向所有企业",
    }
    assert await titles("/feeds/all.ics?kind=publicity") == {"零售业食品安全"}
    assert await titles("/feeds/all.ics?topic=食品安全&topic=消防") == {
        "零售业食品安全",
        "面向所有企业",
    }
    assert await titles("/feeds/departments/market.ics?sector=retail") == {
        "零售业食品安全",
        "面向所有企业",
    }
    assert await titles("/feeds/all.ics?from=2027-03-06&to=2027-04-01") == set()
    assert (await api.http.get("/feeds/all.ics?kind=party")).status_code == 400
    assert (await api.http.get("/feeds/all.ics?from=yesterday")).status_code == 400
    assert (await api.http.get("/feeds/departments/nobody.ics")).status_code == 404


async def test_the_default_window_is_thirty_days_back_to_a_year_ahead(api: Api) -> None:
    tax = await api.department("tax")
    today = datetime.now(UTC).date()
    inside = f"{today.year + 1}-{today.month:02d}-01"
    await api.post(
        tax,
        externalId="near",
        title="近期",
        start=f"{inside}T09:00:00+08:00",
        end=f"{inside}T10:00:00+08:00",
    )
    await api.post(tax, externalId="far", title="很远", location="远处", start=f"{today.year + 2}-06-01T09:00:00+08:00",
                   end=f"{today.year + 2}-06-01T10:00:00+08:00")  # fmt: skip
    assert set(events_of(conforming((await feed(api, "/feeds/all.ics")).content))) == {"近期"}
    wide = f"/feeds/all.ics?to={today.year + 3}-01-01"
    assert set(events_of(conforming((await feed(api, wide)).content))) == {"近期", "很远"}


async def test_an_enterprise_subscribes_sees_its_sessions_and_can_revoke(api: Api) -> None:
    tax = await api.department("tax")
    created = await api.mutate(
        "createEnterprise",
        ENTERPRISE,
        {"name": "石湾陶瓷有限公司", "sectors": ["manufacturing"], "regions": ["石湾镇"]},
        None,
    )
    assert created["userErrors"] == []
    company = created["token"]
    subscribed = (
        await api.mutate("subscribe", SUBSCRIBE, {"filter": {"kinds": ["TRAINING"]}}, company)
    )["subscription"]
    assert subscribed["filter"] == {
        "sectors": ["C"],
        "regions": ["石湾镇"],
        "kinds": ["TRAINING"],
    }
    url = subscribed["feedUrl"]
    assert url.startswith("http://civical.test/feeds/s/")
    assert url.endswith(".ics")
    assert subscribed["webcalUrl"] == "webcal://" + url.removeprefix("http://")
    path = url.removeprefix("http://civical.test")

    await api.post(
        tax,
        externalId="yes",
        title="陶瓷企业增值税培训",
        audience={"sectors": ["manufacturing"], "regions": ["石湾镇"]},
    )
    await api.post(
        tax,
        externalId="no",
        title="物流企业宣讲",
        location="龙江镇",
        audience={"sectors": ["logistics"], "regions": ["龙江镇"]},
    )
    response = await feed(api, path, **{"user-agent": "Microsoft Outlook 16.0"})
    assert set(events_of(conforming(response.content))) == {"陶瓷企业增值税培训"}
    assert response.headers["cache-control"].startswith("private")
    (mine,) = (await api.query(MINE, token=company))["mySubscriptions"]
    assert mine["lastUserAgent"] == "Microsoft Outlook 16.0"
    assert mine["lastFetchedAt"] is not None

    revoked = await api.mutate("revokeSubscription", REVOKE, {"id": subscribed["id"]}, company)
    assert revoked["userErrors"] == []
    assert (await api.http.get(path)).status_code == 410
    assert (await api.http.get("/feeds/s/civ_not_a_token.ics")).status_code == 404


async def test_subscriptions_belong_to_their_enterprise(api: Api) -> None:
    first = (await api.mutate("createEnterprise", ENTERPRISE, {"name": "甲公司"}, None))["token"]
    second = (await api.mutate("createEnterprise", ENTERPRISE, {"name": "乙公司"}, None))["token"]
    subscription = (await api.mutate("subscribe", SUBSCRIBE, {}, first))["subscription"]
    stolen = await api.mutate("revokeSubscription", REVOKE, {"id": subscription["id"]}, second)
    assert [e["code"] for e in stolen["userErrors"]] == ["NOT_FOUND"]
    anonymous = await api.mutate("subscribe", SUBSCRIBE, {}, None)
    assert [e["code"] for e in anonymous["userErrors"]] == ["UNAUTHENTICATED"]
    refused = await api.raw(MINE)
    assert refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    nameless = await api.mutate("createEnterprise", ENTERPRISE, {"name": " "}, None)
    assert [(e["field"], e["code"]) for e in nameless["userErrors"]] == [
        (["input", "name"], "REQUIRED")
    ]


ROTATE_FEED = """mutation($input: RotateFeedTokenInput!) {
  rotateFeedToken(input: $input) { subscription { feedUrl filter { kinds } } userErrors { code } } }"""


async def test_a_feed_gets_a_new_url_and_the_old_one_is_gone(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    company = (await api.mutate("createEnterprise", ENTERPRISE, {"name": "丙公司"}, None))["token"]
    filter = {"filter": {"kinds": ["TRAINING"]}}
    subscribed = (await api.mutate("subscribe", SUBSCRIBE, filter, company))["subscription"]
    rotated = await api.mutate("rotateFeedToken", ROTATE_FEED, {"id": subscribed["id"]}, company)
    assert rotated["userErrors"] == []
    assert rotated["subscription"]["filter"]["kinds"] == ["TRAINING"]
    old, new = (httpx.URL(s["feedUrl"]).path for s in (subscribed, rotated["subscription"]))
    assert old != new
    assert (await api.http.get(new)).status_code == 200
    with caplog.at_level(logging.WARNING, logger="civical.feeds"):
        gone = await api.http.get(old)
    assert gone.status_code == 410
    assert any("refused a replaced URL of feed" in r.getMessage() for r in caplog.records)
    await api.mutate("revokeSubscription", REVOKE, {"id": subscribed["id"]}, company)
    again = await api.mutate("rotateFeedToken", ROTATE_FEED, {"id": subscribed["id"]}, company)
    assert [e["code"] for e in again["userErrors"]] == ["INVALID"]


async def test_feeds_refuse_parameters_they_do_not_know_in_both_languages(api: Api) -> None:
    """A typo must not silently show everything (``?departement=tax``)."""
    await api.department("tax")
    english = await api.http.get(
        "/feeds/all.ics?departement=tax", headers={"Accept-Language": "en"}
    )
    assert english.status_code == 400
    assert "departement" in english.text
    assert "kind, topic, sector, region, department, from, to" in english.text
    chinese = await api.http.get("/feeds/departments/tax.ics?colour=red")
    assert chinese.status_code == 400
    assert "未知参数 colour" in chinese.text
    assert chinese.headers["content-language"] == "zh-CN"
    kinds = await api.http.get("/feeds/all.ics?kind=webinar", headers={"Accept-Language": "en"})
    assert kinds.status_code == 400
    assert "TRAINING" in kinds.text


async def test_feed_refusals_speak_the_callers_language(api: Api) -> None:
    for language, words in (("en", "No department 'nope'"), ("zh-CN", "没有部门 'nope'")):
        missing = await api.http.get(
            "/feeds/departments/nope.ics", headers={"Accept-Language": language}
        )
        assert missing.status_code == 404
        assert words in missing.text
    unknown = await api.http.get("/feeds/s/civ_nothing.ics", headers={"Accept-Language": "en"})
    assert (unknown.status_code, unknown.text) == (404, "No such feed.")
    assert (await api.http.get("/feeds/s/civ_nothing.ics")).text == "没有这个日历。"
