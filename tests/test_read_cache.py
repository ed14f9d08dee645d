"""Reads answered from kept bytes, retired exactly by the writes that change them.

Every case runs on SQLite and PostgreSQL through the GraphQL and feed URLs; what the
server did (answered from the cache, computed, rendered) is read from ``/metrics`` and
from the statements it sent.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from services.core.db import Database
from services.core.models import Event
from tests.api import ADMIN_TOKEN, Api
from tests.cohosting import ADD_WEBHOOK
from tests.conftest import counting_statements
from tests.feedserver import FEED_HOST
from tests.participation import enterprise, file_complaint, register

pytestmark = pytest.mark.anyio

MARCH = {"from": "2027-03-01T00:00:00+08:00", "to": "2027-04-01T00:00:00+08:00"}
PAGE = """query($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to, first: 100) {
    totalCount
    nodes { id uid title sequence hosts { slug name }
      events { id title capacity sequence department { slug name } } }
  }
}"""


async def _counts(http: httpx.AsyncClient, series: str) -> dict[str, float]:
    """A series of ``/metrics`` by its first label's value (the process's totals so far)."""
    text = (await http.get("/metrics")).text
    return {
        next(iter(sample.labels.values())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name in (f"{series}_total", series)
    }


async def _change(http: httpx.AsyncClient, series: str, before: dict[str, float]) -> dict[str, int]:
    after = await _counts(http, series)
    return {label: int(after[label] - before.get(label, 0)) for label in after} | {
        label: 0 for label in before if label not in after
    }


async def _march(api: Api) -> str:
    """Three sessions in March from one department; its token."""
    tax = await api.department("tax", "县税务局")
    for day in (3, 10, 17):
        await api.post(
            tax,
            externalId=f"march-{day}",
            title=f"增值税培训 {day} 日",
            start=f"2027-03-{day:02d}T09:00:00+08:00",
            end=f"2027-03-{day:02d}T11:00:00+08:00",
            capacity=30,
        )
    return tax


async def test_a_repeated_read_asks_storage_nothing(api: Api, app: Any) -> None:
    await _march(api)
    first = await api.query(PAGE, MARCH)
    before = await _counts(api.http, "civical_read_cache")
    with counting_statements(app) as statements:
        assert await api.query(PAGE, MARCH) == first
    assert statements == []
    assert (await _change(api.http, "civical_read_cache", before))["HIT"] == 1


async def test_readers_asking_at_once_share_one_computation(api: Api, app: Any) -> None:
    await _march(api)
    with counting_statements(app) as statements:
        pages = await asyncio.gather(*(api.query(PAGE, MARCH) for _ in range(20)))
    assert all(page == pages[0] for page in pages)
    assert pages[0]["calendar"]["totalCount"] == 3
    assert len(statements) <= 6, "one page computed (two statements) and built (four), not twenty"


async def test_a_write_into_another_month_keeps_the_answer(api: Api, app: Any) -> None:
    await _march(api)
    first = await api.query(PAGE, MARCH)
    market = await api.department("market", "县市场监管局")
    await api.post(
        market,
        externalId="may",
        title="食品安全宣讲",
        start="2027-05-06T09:00:00+08:00",
        end="2027-05-06T11:00:00+08:00",
    )
    with counting_statements(app) as statements:
        assert await api.query(PAGE, MARCH) == first
    assert statements == []


async def test_a_write_inside_the_window_rebuilds_only_the_session_it_changed(api: Api) -> None:
    tax = await _march(api)
    first = (await api.query(PAGE, MARCH))["calendar"]["nodes"]
    await api.post(
        tax,
        externalId="march-10",
        title="增值税培训 10 日",
        start="2027-03-10T09:00:00+08:00",
        end="2027-03-10T11:00:00+08:00",
        capacity=80,  # a posting's own field: the session's fields and SEQUENCE stay as they were
    )
    before = await _counts(api.http, "civical_renderings")
    after = (await api.query(PAGE, MARCH))["calendar"]["nodes"]
    assert await _change(api.http, "civical_renderings", before) == {"HIT": 2, "MISS": 1}
    assert [node["events"][0]["capacity"] for node in after] == [30, 80, 30]
    assert [node["sequence"] for node in after] == [node["sequence"] for node in first]
    assert [after[0], after[2]] == [first[0], first[2]]


async def test_a_session_moved_to_another_month_leaves_the_kept_answer(api: Api) -> None:
    tax = await _march(api)
    assert (await api.query(PAGE, MARCH))["calendar"]["totalCount"] == 3
    await api.post(
        tax,
        externalId="march-10",
        title="增值税培训 10 日",
        start="2027-04-07T09:00:00+08:00",
        end="2027-04-07T11:00:00+08:00",
        capacity=30,
    )
    after = (await api.query(PAGE, MARCH))["calendar"]
    assert after["totalCount"] == 2
    assert [node["title"] for node in after["nodes"]] == ["增值税培训 3 日", "增值税培训 17 日"]


async def test_answers_the_same_for_every_caller_are_kept_once(api: Api) -> None:
    tax = await _march(api)
    anonymous = await api.query(PAGE, MARCH)
    before = await _counts(api.http, "civical_read_cache")
    assert await api.query(PAGE, MARCH, token=tax) == anonymous
    assert await api.query(PAGE, MARCH, token=ADMIN_TOKEN) == anonymous
    assert (await _change(api.http, "civical_read_cache", before))["HIT"] == 2
    me = "{ me { role department { slug } } }"
    assert (await api.query(me))["me"] == {"role": "ANONYMOUS", "department": None}
    assert (await api.query(me, token=tax))["me"] == {
        "role": "DEPARTMENT",
        "department": {"slug": "tax"},
    }
    assert (await api.query(me))["me"]["role"] == "ANONYMOUS"


async def test_errors_are_never_kept(api: Api) -> None:
    backwards = {"from": "2027-04-01T00:00:00+08:00", "to": "2027-03-01T00:00:00+08:00"}
    before = await _counts(api.http, "civical_read_cache")
    messages = []
    for language in ("zh", "en", "zh"):
        response = await api.http.post(
            "/graphql",
            json={"query": PAGE, "variables": backwards},
            headers={"Accept-Language": language},
        )
        messages.append(response.json()["errors"][0]["message"])
    assert messages[0] == messages[2] != messages[1]
    assert "from" in messages[1]
    counted = await _change(api.http, "civical_read_cache", before)
    assert counted["MISS"] == 3
    assert counted["HIT"] == 0


async def test_a_write_drops_the_answers_it_retires(api: Api) -> None:
    tax = await _march(api)
    await api.query(PAGE, MARCH)
    kept = (await _counts(api.http, "civical_cached_bytes"))["answers"]
    assert kept > 0
    await api.post(
        tax,
        externalId="march-24",
        title="增值税培训 24 日",
        start="2027-03-24T09:00:00+08:00",
        end="2027-03-24T11:00:00+08:00",
    )
    assert (await _counts(api.http, "civical_cached_bytes"))["answers"] < kept
    assert (await api.query(PAGE, MARCH))["calendar"]["totalCount"] == 4


async def test_a_bulk_write_that_names_no_sessions_retires_every_window(api: Api, app: Any) -> None:
    await _march(api)
    await api.query(PAGE, MARCH)
    database: Database = app.state.database
    async with database.writing() as db:
        await db.execute(update(Event).values(capacity=7))
    page = (await api.query(PAGE, MARCH))["calendar"]["nodes"]
    assert [node["events"][0]["capacity"] for node in page] == [7, 7, 7]


async def test_department_changes_retire_what_shows_departments(api: Api) -> None:
    await api.department("tax")
    listed = "{ departments { slug } }"
    assert (await api.query(listed))["departments"] == [{"slug": "tax"}]
    await api.department("customs")
    assert (await api.query(listed))["departments"] == [{"slug": "customs"}, {"slug": "tax"}]


async def test_a_page_built_from_kept_renderings_shows_what_node_shows(api: Api) -> None:
    """The executor's shortcut for plain fields answers exactly as graphql-core does."""
    tax = await _march(api)
    await api.post(tax, externalId="march-10b", start="2027-03-10T09:00:00+08:00")
    selection = """uid title description start end timezone location onlineUrl topics
      audience { sectors regions } status sequence __typename hosts { slug name }
      events { id externalId kind start end capacity registrationUrl createdAt
        department { id slug } } alias: title"""
    page = await api.query(
        f"query($from: DateTime!, $to: DateTime!) {{ calendar(from: $from, to: $to) "
        f"{{ nodes {{ id {selection} }} }} }}",
        MARCH,
    )
    for node in page["calendar"]["nodes"]:
        alone = await api.query(
            f'{{ node(id: "{node["id"]}") {{ id ... on Session {{ {selection} }} }} }}'
        )
        assert alone["node"] == node


async def test_feed_polls_render_nothing_while_another_month_is_written(api: Api) -> None:
    await _march(api)
    march_feed = "/feeds/all.ics?from=2027-03-01&to=2027-04-01"
    first = await api.http.get(march_feed)
    market = await api.department("market")
    before = await _counts(api.http, "civical_feed_renders")
    for day in (5, 6, 7):
        await api.post(
            market,
            externalId=f"may-{day}",
            title="食品安全宣讲",
            start=f"2027-05-{day:02d}T09:00:00+08:00",
            end=f"2027-05-{day:02d}T11:00:00+08:00",
        )
        polled = await api.http.get(march_feed, headers={"If-None-Match": first.headers["etag"]})
        assert polled.status_code == 304
    assert (await api.http.get(march_feed)).content == first.content
    counted = await _change(api.http, "civical_feed_renders", before)
    assert (counted["CACHED"], counted.get("RENDERED", 0)) == (4, 0)


async def test_a_feed_fetch_shows_in_my_subscriptions_at_once(api: Api) -> None:
    created = await api.mutate(
        "createEnterprise",
        "mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) "
        "{ token userErrors { code } } }",
        {"name": "石湾陶瓷有限公司", "sectors": ["manufacturing"], "regions": ["石湾镇"]},
        None,
    )
    company = created["token"]
    subscribed = await api.mutate(
        "subscribe",
        "mutation($input: SubscribeInput!) { subscribe(input: $input) "
        "{ subscription { feedUrl } userErrors { code } } }",
        {"filter": {}},
        company,
    )
    mine = "{ mySubscriptions { lastFetchedAt } }"
    assert (await api.query(mine, token=company))["mySubscriptions"] == [{"lastFetchedAt": None}]
    feed = httpx.URL(subscribed["subscription"]["feedUrl"])
    assert (await api.http.get(feed.raw_path.decode())).status_code == 200
    fetched = (await api.query(mine, token=company))["mySubscriptions"]
    assert fetched[0]["lastFetchedAt"] is not None


SEATS = """query($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to) { nodes { uid capacity registeredAttendees seatsLeft } } }"""


_IDS = "calendar(from: $from, to: $to) { nodes { id uid } }"
_IDS_QUERY = f"query($from: DateTime!, $to: DateTime!) {{ {_IDS} }}"


async def test_a_registration_changes_seats_left_on_a_kept_page_at_once(api: Api) -> None:
    await _march(api)
    first = (await api.query(SEATS, MARCH))["calendar"]["nodes"]
    assert [node["seatsLeft"] for node in first] == [30, 30, 30]
    company = await enterprise(api, "石湾陶瓷有限公司")
    nodes = (await api.query(_IDS_QUERY, MARCH))["calendar"]["nodes"]
    assert (await register(api, company, nodes[1]["id"], 3))["userErrors"] == []
    before = await _counts(api.http, "civical_renderings")
    after = (await api.query(SEATS, MARCH))["calendar"]["nodes"]
    assert [(node["registeredAttendees"], node["seatsLeft"]) for node in after] == [
        (0, 30),
        (3, 27),
        (0, 30),
    ]
    assert await _change(api.http, "civical_renderings", before) == {"HIT": 2, "MISS": 1}


async def test_an_enterprises_private_feed_shows_its_registration_at_once(api: Api) -> None:
    await _march(api)
    company = await enterprise(api, "石湾陶瓷有限公司")
    subscribed = await api.mutate(
        "subscribe",
        "mutation($input: SubscribeInput!) { subscribe(input: $input) "
        "{ subscription { feedUrl } userErrors { code } } }",
        {
            "filter": {"kinds": ["PUBLICITY"]}
        },  # none of March's sessions: only what it registers for
        company,
    )
    path = httpx.URL(subscribed["subscription"]["feedUrl"]).raw_path.decode()
    first = await api.http.get(path)
    assert b"BEGIN:VEVENT" not in first.content
    before = await _counts(api.http, "civical_feed_renders")
    assert (await api.http.get(path)).content == first.content
    assert (await _change(api.http, "civical_feed_renders", before))["CACHED"] == 1, "kept"
    nodes = (await api.query(_IDS_QUERY, MARCH))["calendar"]["nodes"]
    assert (await register(api, company, nodes[1]["id"], 2))["userErrors"] == []
    polled = await api.http.get(path, headers={"If-None-Match": first.headers["etag"]})
    assert polled.status_code == 200
    assert f"UID:{nodes[1]['uid']}".encode() in polled.content
    assert "已报名 Registered: 2 人".encode() in polled.content


async def test_webhook_writes_keep_windowed_answers(api: Api, app: Any) -> None:
    tax = await _march(api)
    first = await api.query(PAGE, MARCH)
    added = await api.mutate(
        "addWebhook",
        ADD_WEBHOOK,
        {"url": f"http://{FEED_HOST}:9/hook", "format": "GENERIC", "events": ["MERGED"]},
        tax,
    )
    assert added["userErrors"] == []
    with counting_statements(app) as statements:
        assert await api.query(PAGE, MARCH) == first
    assert statements == [], "no page shows webhooks"
    assert len((await api.query("{ webhooks { id } }", token=tax))["webhooks"]) == 1


async def test_a_complaint_retires_the_report_and_keeps_the_calendar(api: Api, app: Any) -> None:
    await _march(api)
    report = """query($from: DateTime!, $to: DateTime!) { coordinationReport(from: $from, to: $to) {
      departments { departments complaintsReceived } } }"""
    now = {"from": "2026-01-01T00:00:00+08:00", "to": "2028-01-01T00:00:00+08:00"}
    assert (await api.query(report, now))["coordinationReport"]["departments"] == [
        {"departments": ["tax"], "complaintsReceived": 0}
    ]
    page = await api.query(PAGE, MARCH)
    company = await enterprise(api, "石湾陶瓷有限公司")
    assert (await file_complaint(api, company, department="tax"))["userErrors"] == []
    with counting_statements(app) as statements:
        assert await api.query(PAGE, MARCH) == page
    assert statements == [], "no page shows complaints"
    assert (await api.query(report, now))["coordinationReport"]["departments"] == [
        {"departments": ["tax"], "complaintsReceived": 1}
    ]
