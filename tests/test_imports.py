"""Importing the ICS feeds departments already publish, served over real HTTP."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.api import ADMIN_TOKEN, Api
from tests.feedserver import FeedServer, feed_server
from tests.process import ROOT, environment

pytestmark = pytest.mark.anyio

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
SOURCE_FIELDS = "id url status eventCount lastError lastFetchedAt problems { key message }"
ADD = f"""mutation($input: AddFeedSourceInput!) {{
  addFeedSource(input: $input) {{ source {{ {SOURCE_FIELDS} }} userErrors {{ field message code }} }} }}"""
REFRESH = f"""mutation($input: FeedSourceInput!) {{
  refreshFeedSource(input: $input) {{ source {{ {SOURCE_FIELDS} }} userErrors {{ code }} }} }}"""
SOURCES = f"{{ feedSources {{ {SOURCE_FIELDS} }} }}"


def _day(offset: int) -> date:
    return datetime.now(UTC).date() + timedelta(days=offset)


def _stamp(day: date) -> str:
    return day.strftime("%Y%m%d")


def department_feed(
    *, title: str = "增值税留抵退税政策解读会", berlin: bool = True, events: bool = True
) -> bytes:
    """An Outlook-and-Google-flavoured feed with the hard cases, dated a few weeks from today."""
    d1, d2, d3, week, d4 = _day(40), _day(41), _day(42), _day(50), _day(43)
    body = [
        "BEGIN:VEVENT", "UID:outlook-1", f"SUMMARY:{title}", f"DTSTART;TZID=China Standard Time:{_stamp(d1)}T093000",
        f"DTEND;TZID=China Standard Time:{_stamp(d1)}T113000", "LOCATION:石湾镇政务服务中心", "END:VEVENT",
        *(["BEGIN:VEVENT", "UID:berlin-1", "SUMMARY:Export control briefing",
           f"DTSTART;TZID=W. Europe Standard Time:{_stamp(d2)}T090000",
           f"DTEND;TZID=W. Europe Standard Time:{_stamp(d2)}T100000", "END:VEVENT"] if berlin else []),
        "BEGIN:VEVENT", "UID:allday-1", "SUMMARY:企业开放日", f"DTSTART;VALUE=DATE:{_stamp(d3)}",
        f"DTEND;VALUE=DATE:{_stamp(d3 + timedelta(days=1))}", "END:VEVENT",
        "BEGIN:VEVENT", "UID:weekly-1", "SUMMARY:每周政策咨询门诊", f"DTSTART;TZID=Asia/Shanghai:{_stamp(week)}T140000",
        f"DTEND;TZID=Asia/Shanghai:{_stamp(week)}T160000", "RRULE:FREQ=WEEKLY;COUNT=4",
        f"EXDATE;TZID=Asia/Shanghai:{_stamp(week + timedelta(days=7))}T140000", "END:VEVENT",
        "BEGIN:VEVENT", "UID:weekly-1", f"RECURRENCE-ID;TZID=Asia/Shanghai:{_stamp(week + timedelta(days=14))}T140000",
        "SUMMARY:每周政策咨询门诊（改期）", f"DTSTART;TZID=Asia/Shanghai:{_stamp(week + timedelta(days=14))}T150000",
        f"DTEND;TZID=Asia/Shanghai:{_stamp(week + timedelta(days=14))}T170000", "END:VEVENT",
        "BEGIN:VEVENT", "SUMMARY:无结束时间的宣讲", f"DTSTART:{_stamp(d4)}T020000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:broken-1", "SUMMARY:坏事件", "DTSTART:notadate", "END:VEVENT",
    ]  # fmt: skip
    zone = ["BEGIN:VTIMEZONE", "TZID:China Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"]  # fmt: skip
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             *zone, *(body if events else []), "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with feed_server() as server:
        yield server


async def _add(api: Api, token: str, url: str, **extra: Any) -> dict[str, Any]:
    return await api.mutate(
        "addFeedSource", ADD, {"url": url, "defaultKind": "PUBLICITY", **extra}, token
    )


async def _imported(api: Api) -> dict[str, dict[str, Any]]:
    window = {
        "from": datetime.now(UTC).isoformat(),
        "to": (datetime.now(UTC) + timedelta(days=120)).isoformat(),
    }
    page = await api.calendar(first=500, **window)
    return {
        edge["node"]["title"] + "|" + edge["node"]["start"]: edge["node"] for edge in page["edges"]
    }


async def test_a_department_feed_arrives_with_its_wall_clock_times(
    api: Api, feeds: FeedServer
) -> None:
    tax = await api.department("tax")
    feeds.files["/tax.ics"] = department_feed()
    added = await _add(api, tax, feeds.url("/tax.ics"), defaultTopics=["税务"])
    assert added["userErrors"] == []
    source = added["source"]
    assert (source["status"], source["eventCount"]) == ("OK", 7)
    assert [p["key"] for p in source["problems"]] == ["broken-1"]
    sessions = await _imported(api)
    starts = {
        key.split("|")[0]: node["start"] for key, node in sessions.items() if "咨询门诊" not in key
    }
    assert starts["增值税留抵退税政策解读会"] == f"{_day(40)}T09:30:00+08:00"
    assert starts["Export control briefing"].startswith(f"{_day(41)}T09:00:00+0")
    assert starts["企业开放日"] == f"{_day(42)}T00:00:00+08:00"
    assert starts["无结束时间的宣讲"] == f"{_day(43)}T10:00:00+08:00"
    clinic = sorted(node["start"] for key, node in sessions.items() if "咨询门诊" in key)
    week = _day(50)
    assert clinic == [f"{week}T14:00:00+08:00", f"{week + timedelta(days=14)}T15:00:00+08:00",
                      f"{week + timedelta(days=21)}T14:00:00+08:00"]  # fmt: skip
    assert all(node["topics"][:1] == ["税务"] for node in sessions.values())


async def test_reimports_are_conditional_and_follow_edits_and_removals(
    api: Api, feeds: FeedServer
) -> None:
    tax = await api.department("tax")
    feeds.files["/tax.ics"] = department_feed()
    source = (await _add(api, tax, feeds.url("/tax.ics")))["source"]
    before = await _imported(api)
    again = await api.mutate("refreshFeedSource", REFRESH, {"id": source["id"]}, tax)
    assert again["source"]["status"] == "OK"
    assert feeds.requests[-1] == ("/tax.ics", 304)
    assert await _imported(api) == before

    feeds.files["/tax.ics"] = department_feed(
        title="增值税留抵退税政策解读会（改为线上）", berlin=False
    )
    await api.mutate("refreshFeedSource", REFRESH, {"id": source["id"]}, tax)
    after = await _imported(api)
    titles = {key.split("|")[0]: node for key, node in after.items()}
    assert "增值税留抵退税政策解读会（改为线上）" in titles
    assert "增值税留抵退税政策解读会" not in titles
    assert titles["Export control briefing"]["status"] == "CANCELLED"


async def test_a_suddenly_empty_feed_cancels_nothing_until_confirmed(
    api: Api, feeds: FeedServer
) -> None:
    tax = await api.department("tax")
    feeds.files["/tax.ics"] = department_feed()
    source = (await _add(api, tax, feeds.url("/tax.ics")))["source"]
    feeds.files["/tax.ics"] = department_feed(events=False)
    first = (await api.mutate("refreshFeedSource", REFRESH, {"id": source["id"]}, tax))["source"]
    assert first["status"] == "SUSPECT"
    assert "下次抓取" in first["lastError"]
    assert all(node["status"] == "CONFIRMED" for node in (await _imported(api)).values())
    second = (await api.mutate("refreshFeedSource", REFRESH, {"id": source["id"]}, tax))["source"]
    assert second["status"] == "OK"
    assert all(node["status"] == "CANCELLED" for node in (await _imported(api)).values())


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/feed.ics", "http://10.1.2.3/feed.ics", "http://169.254.169.254/latest/meta-data/",
     "file:///etc/passwd", "http://[::1]/feed.ics"],
)  # fmt: skip
async def test_unsafe_sources_are_refused_and_nothing_is_stored(api: Api, url: str) -> None:
    tax = await api.department("tax")
    refused = await _add(api, tax, url)
    assert refused["source"] is None
    assert refused["userErrors"][0]["field"] == ["input", "url"]
    assert refused["userErrors"][0]["code"] in ("INVALID_URL", "FORBIDDEN_ADDRESS")
    assert (await api.query(SOURCES, token=tax))["feedSources"] == []


async def test_a_redirect_to_a_private_address_is_refused(api: Api, feeds: FeedServer) -> None:
    tax = await api.department("tax")
    feeds.redirects["/moved.ics"] = "http://127.0.0.1:9/internal.ics"
    refused = await _add(api, tax, feeds.url("/moved.ics"))
    assert [e["code"] for e in refused["userErrors"]] == ["FORBIDDEN_ADDRESS"]
    assert (await api.query(SOURCES, token=tax))["feedSources"] == []


async def test_real_world_files_import_without_crashing(api: Api, feeds: FeedServer) -> None:
    tax = await api.department("tax")
    for path in sorted(FIXTURES.glob("*.ics")):
        feeds.files[f"/{path.name}"] = path.read_bytes()
        added = await _add(api, tax, feeds.url(f"/{path.name}"))
        assert added["userErrors"] == [], path.name
        assert added["source"]["status"] in ("OK", "ERROR"), path.name
        if added["source"]["status"] == "ERROR":
            assert added["source"]["lastError"], path.name


async def test_sources_belong_to_their_department(api: Api, feeds: FeedServer) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    feeds.files["/tax.ics"] = department_feed()
    source = (await _add(api, tax, feeds.url("/tax.ics")))["source"]
    assert (await api.query(SOURCES, token=market))["feedSources"] == []
    stolen = await api.mutate("refreshFeedSource", REFRESH, {"id": source["id"]}, market)
    assert [e["code"] for e in stolen["userErrors"]] == ["NOT_FOUND"]
    assert len((await api.query(SOURCES, token=ADMIN_TOKEN))["feedSources"]) == 1
    anonymous = await _add(api, "", feeds.url("/tax.ics"))
    assert [e["code"] for e in anonymous["userErrors"]] == ["UNAUTHENTICATED"]


async def test_the_import_command_pulls_sources(
    api: Api, feeds: FeedServer, database_url: str
) -> None:
    tax = await api.department("tax")
    feeds.files["/tax.ics"] = department_feed()
    source = (await _add(api, tax, feeds.url("/tax.ics")))["source"]
    feeds.files["/tax.ics"] = department_feed(title="增值税政策解读会（命令行导入）")
    result = await anyio.run_process(
        [sys.executable, "server.py", "import", "--source", source["id"]],
        cwd=ROOT,
        env=environment(database_url, CIVICAL_IMPORT_ALLOWLIST="127.0.0.2"),
        check=False,
    )
    output = (result.stdout + result.stderr).decode()
    assert result.returncode == 0, output
    assert "更新 1" in output
    assert "1 of 1 sources imported" in output
    assert any(key.startswith("增值税政策解读会（命令行导入）") for key in await _imported(api))


async def test_the_import_command_says_when_there_is_nothing_to_import(
    api: Api, database_url: str
) -> None:
    """Run on an emptied database (the `api` fixture empties it): no source at all."""
    result = await anyio.run_process(
        [sys.executable, "server.py", "import"],
        cwd=ROOT,
        env=environment(database_url, CIVICAL_LANGUAGE="en"),
        check=False,
    )
    output = (result.stdout + result.stderr).decode()
    assert result.returncode == 0, output
    assert "no feed source is registered, so there was nothing to import" in output


async def test_a_runaway_rule_is_reported_not_followed(api: Api, feeds: FeedServer) -> None:
    tax = await api.department("tax")
    day = _stamp(_day(40))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
             "BEGIN:VEVENT", "UID:zero", "SUMMARY:永不结束", f"DTSTART:{day}T010000Z", f"DTEND:{day}T020000Z",
             "RRULE:FREQ=DAILY;INTERVAL=0", "END:VEVENT",
             "BEGIN:VEVENT", "UID:fine", "SUMMARY:正常的宣讲", f"DTSTART:{day}T060000Z", f"DTEND:{day}T070000Z", "END:VEVENT",
             "END:VCALENDAR"]  # fmt: skip
    feeds.files["/odd.ics"] = ("\r\n".join(lines) + "\r\n").encode()
    source = (await _add(api, tax, feeds.url("/odd.ics")))["source"]
    assert source["eventCount"] == 1
    assert [p["key"] for p in source["problems"]] == ["zero"]
