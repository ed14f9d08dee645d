"""Importing the ICS feeds departments already publish, served over real HTTP."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest

from tests.api import ADMIN_TOKEN, Api
from tests.feedserver import FeedServer, day_from_now, department_feed, feed_server, ics_date
from tests.process import ROOT, environment

pytestmark = pytest.mark.anyio

FIXTURES = Path(__file__).parent / "fixtures" / "ics"
SOURCE_FIELDS = "id url status eventCount lastError lastFetchedAt problems { key message }"
ADD = f"""mutation($input: AddFeedSourceInput!) {{
  addFeedSource(input: $input) {{ source {{ {SOURCE_FIELDS} }} userErrors {{ field message code }} }} }}"""
REFRESH = f"""mutation($input: FeedSourceInput!) {{
  refreshFeedSource(input: $input) {{ source {{ {SOURCE_FIELDS} }} userErrors {{ code }} }} }}"""
SOURCES = f"{{ feedSources {{ {SOURCE_FIELDS} }} }}"


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
    assert starts["增值税留抵退税政策解读会"] == f"{day_from_now(40)}T09:30:00+08:00"
    assert starts["Export control briefing"].startswith(f"{day_from_now(41)}T09:00:00+0")
    assert starts["企业开放日"] == f"{day_from_now(42)}T00:00:00+08:00"
    assert starts["无结束时间的宣讲"] == f"{day_from_now(43)}T10:00:00+08:00"
    clinic = sorted(node["start"] for key, node in sessions.items() if "咨询门诊" in key)
    week = day_from_now(50)
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
    (error,) = refused["userErrors"]  # one fault, one error
    assert error["field"] == ["input", "url"]
    assert error["code"] in ("INVALID_URL", "FORBIDDEN_ADDRESS")
    assert (await api.query(SOURCES, token=tax))["feedSources"] == []


async def test_import_problems_are_told_in_the_callers_language(
    api: Api, feeds: FeedServer
) -> None:
    """What the importer could not read reaches the department in its language, and never
    as a library's exception text."""
    tax = await api.department("tax")
    day = ics_date(day_from_now(40))
    feeds.files["/odd.ics"] = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:no-title\r\nDTSTART:{day}T010000Z\r\nDTEND:{day}T020000Z\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:bad-start\r\nSUMMARY:x\r\nDTSTART:{day}T01\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()
    source = (await _add(api, tax, feeds.url("/odd.ics")))["source"]
    chinese = {p["key"]: p["message"] for p in source["problems"]}
    assert "没有 SUMMARY" in chinese["no-title"]
    response = await api.http.post(
        "/graphql",
        json={"query": SOURCES},
        headers={"Authorization": f"Bearer {tax}", "Accept-Language": "en"},
    )
    english = {
        p["key"]: p["message"] for p in response.json()["data"]["feedSources"][0]["problems"]
    }
    assert english["no-title"].startswith("No SUMMARY")
    assert english.keys() == chinese.keys()
    for message in (*english.values(), *chinese.values()):
        assert "Error" not in message
        assert "invalid literal" not in message


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
    day = ics_date(day_from_now(40))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
             "BEGIN:VEVENT", "UID:zero", "SUMMARY:永不结束", f"DTSTART:{day}T010000Z", f"DTEND:{day}T020000Z",
             "RRULE:FREQ=DAILY;INTERVAL=0", "END:VEVENT",
             "BEGIN:VEVENT", "UID:fine", "SUMMARY:正常的宣讲", f"DTSTART:{day}T060000Z", f"DTEND:{day}T070000Z", "END:VEVENT",
             "END:VCALENDAR"]  # fmt: skip
    feeds.files["/odd.ics"] = ("\r\n".join(lines) + "\r\n").encode()
    source = (await _add(api, tax, feeds.url("/odd.ics")))["source"]
    assert source["eventCount"] == 1
    assert [p["key"] for p in source["problems"]] == ["zero"]
