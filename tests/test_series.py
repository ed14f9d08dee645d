"""Recurring series posted with an RRULE: one posting per occurrence, each matched on its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from tests.api import Api

pytestmark = pytest.mark.anyio

SERIES = """mutation($input: PostEventInput!) {
  postEvent(input: $input) { event { id } occurrences { id start externalId } userErrors { field message code } } }"""


def _first_tuesday() -> datetime:
    day = datetime.now(UTC).date() + timedelta(days=30)
    day += timedelta(days=(1 - day.weekday()) % 7)
    return datetime(day.year, day.month, day.day, 14, 0)


def _clinic(**extra: object) -> dict[str, object]:
    start = _first_tuesday()
    return {
        "externalId": "clinic", "kind": "PUBLICITY", "title": "企业税务政策咨询门诊",
        "start": start.isoformat(), "end": (start + timedelta(hours=2)).isoformat(),
        "timezone": "Asia/Shanghai", "location": "石湾镇政务服务中心一楼", "topics": ["税务咨询"],
        "recurrence": {"rrule": "FREQ=WEEKLY;COUNT=6", "exdates": [(start + timedelta(days=14)).isoformat()]},
    } | extra  # fmt: skip


async def test_a_weekly_series_shows_every_occurrence_and_merges_one(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    posted = await api.mutate("postEvent", SERIES, _clinic(), tax)
    assert posted["userErrors"] == []
    starts = [occurrence["start"] for occurrence in posted["occurrences"]]
    first = _first_tuesday()
    expected = [first + timedelta(days=7 * week) for week in (0, 1, 3, 4, 5)]
    assert starts == [f"{moment.isoformat()}+08:00" for moment in expected]

    one_off = expected[3]
    joined = await api.post(market, externalId="joint", kind="PUBLICITY", title="企业税务政策咨询门诊（市场监管局联合）",
                            start=f"{one_off.isoformat()}+08:00", end=f"{(one_off + timedelta(hours=2)).isoformat()}+08:00",
                            location="石湾镇政务服务中心一楼", topics=["税务咨询"])  # fmt: skip
    assert joined["merged"] is True
    window = {
        "from": datetime.now(UTC).isoformat(),
        "to": (datetime.now(UTC) + timedelta(days=120)).isoformat(),
    }
    sessions = (await api.calendar(first=100, **window))["edges"]
    assert len(sessions) == 5
    hosts = {edge["node"]["start"]: [h["slug"] for h in edge["node"]["hosts"]] for edge in sessions}
    assert hosts[f"{one_off.isoformat()}+08:00"] == ["tax", "market"]

    feed = await api.http.get("/feeds/departments/tax.ics")
    events = icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
    assert len(events) == 5


async def test_reposting_a_series_replaces_its_occurrences(api: Api) -> None:
    tax = await api.department("tax")
    await api.mutate("postEvent", SERIES, _clinic(), tax)
    shorter = _clinic(recurrence={"rrule": "FREQ=WEEKLY;COUNT=2"})
    again = await api.mutate("postEvent", SERIES, shorter, tax)
    assert len(again["occurrences"]) == 2
    window = {
        "from": datetime.now(UTC).isoformat(),
        "to": (datetime.now(UTC) + timedelta(days=120)).isoformat(),
    }
    statuses = sorted(
        edge["node"]["status"] for edge in (await api.calendar(first=100, **window))["edges"]
    )
    assert statuses == ["CANCELLED", "CANCELLED", "CANCELLED", "CONFIRMED", "CONFIRMED"]


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES", "FREQ=DAILY;INTERVAL=0", "FREQ=MINUTELY"])
async def test_an_invalid_rule_is_refused(api: Api, rule: str) -> None:
    tax = await api.department("tax")
    refused = await api.mutate("postEvent", SERIES, _clinic(recurrence={"rrule": rule}), tax)
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        (["input", "recurrence", "rrule"], "INVALID_RECURRENCE")
    ]
    assert (await api.calendar())["totalCount"] == 0
