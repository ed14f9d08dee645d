"""Departments post, update and cancel their events."""

from __future__ import annotations

import unicodedata

import pytest

from tests.api import (
    CANCEL_EVENT,
    EVENT_FIELDS,
    SESSION_FIELDS,
    UPDATE_EVENT,
    Api,
    event_input,
)

pytestmark = pytest.mark.anyio


async def test_a_posted_event_comes_back_as_posted(api: Api) -> None:
    tax = await api.department("tax", "县税务局")
    title = "关于举办2027年度增值税留抵退税政策解读会的通知（第2期）"
    place = "佛山市南海区石湾镇政务服务中心三楼报告厅"
    decomposed = unicodedata.normalize("NFD", "Café réforme TVA")
    payload = await api.post(
        tax,
        title=title,
        location=place,
        description=f"{decomposed}\n第二行",
        timezone="Asia/Shanghai",
        onlineUrl="https://meeting.example.cn/j/123?pwd=a,b",
        capacity=120,
        registrationUrl="https://reg.example.cn/s/1",
    )
    assert payload["userErrors"] == []
    assert payload["created"] is True
    event = payload["event"]
    assert event["title"].encode() == title.encode()
    assert event["location"].encode() == place.encode()
    assert event["description"] == unicodedata.normalize("NFC", f"{decomposed}\n第二行")
    assert event["start"] == "2027-03-05T09:30:00+08:00"
    assert event["end"] == "2027-03-05T11:30:00+08:00"
    assert event["onlineUrl"] == "https://meeting.example.cn/j/123?pwd=a,b"
    assert (event["sequence"], event["status"], event["department"]) == (
        0,
        "CONFIRMED",
        {"slug": "tax"},
    )
    session = payload["session"]
    assert session["title"] == "增值税留抵退税政策解读会（第2期）", (
        "the session shows it undecorated"
    )
    assert session["hosts"] == [{"slug": "tax", "name": "县税务局"}]
    assert [e["id"] for e in session["events"]] == [event["id"]]
    node = await api.query(
        "query($id: ID!) { node(id: $id) { ... on Event { title location } } }", {"id": event["id"]}
    )
    assert node["node"] == {"title": title, "location": place}
    raw = await api.raw(
        "query($id: ID!) { node(id: $id) { ... on Event { title } } }", {"id": event["id"]}
    )
    assert title.encode() in raw.content, "UTF-8 on the wire, not \\u escapes"


async def test_times_keep_their_zone_and_naive_times_are_read_in_it(api: Api) -> None:
    tax = await api.department("tax")
    payload = await api.post(
        tax, start="2027-06-01T09:00:00", end="2027-06-01T10:00:00", timezone="Europe/Berlin"
    )
    assert payload["event"]["start"] == "2027-06-01T09:00:00+02:00"
    utc = await api.post(
        tax, externalId="e2", start="2027-06-01T01:00:00Z", end="2027-06-01T02:00:00Z"
    )
    assert utc["event"]["start"] == "2027-06-01T09:00:00+08:00"


async def test_reposting_an_external_id_updates_the_same_event(api: Api) -> None:
    tax = await api.department("tax")
    first = await api.post(tax, externalId="vat-1")
    again = await api.post(tax, externalId="vat-1")
    assert again["created"] is False
    assert again["event"]["id"] == first["event"]["id"]
    assert again["event"]["sequence"] == 0, "an identical re-post changes nothing"
    changed = await api.post(tax, externalId="vat-1", title="增值税留抵退税政策解读会（更新）")
    assert changed["event"]["id"] == first["event"]["id"]
    assert changed["event"]["sequence"] == 1
    calendar = await api.calendar()
    assert calendar["totalCount"] == 1
    assert calendar["edges"][0]["node"]["title"] == "增值税留抵退税政策解读会（更新）"


async def test_updates_refuse_a_stale_sequence(api: Api) -> None:
    tax = await api.department("tax")
    event = (await api.post(tax))["event"]
    updated = await api.mutate(
        "updateEvent",
        UPDATE_EVENT,
        {"id": event["id"], "expectedSequence": 0, "title": "新标题"},
        tax,
    )
    assert updated["userErrors"] == []
    assert (updated["event"]["title"], updated["event"]["sequence"]) == ("新标题", 1)
    assert updated["event"]["location"] == event["location"], "fields left out keep their value"
    stale = await api.mutate(
        "updateEvent",
        UPDATE_EVENT,
        {"id": event["id"], "expectedSequence": 0, "title": "lost update"},
        tax,
    )
    assert stale["event"] is None
    assert [(e["field"], e["code"]) for e in stale["userErrors"]] == [
        (["input", "expectedSequence"], "STALE_SEQUENCE")
    ]
    assert (await api.calendar())["edges"][0]["node"]["title"] == "新标题"


async def test_cancelled_events_are_kept_and_marked(api: Api) -> None:
    tax = await api.department("tax")
    event = (await api.post(tax))["event"]
    cancelled = await api.mutate("cancelEvent", CANCEL_EVENT, {"id": event["id"]}, tax)
    assert cancelled["userErrors"] == []
    assert (cancelled["event"]["status"], cancelled["event"]["sequence"]) == ("CANCELLED", 1)
    assert cancelled["session"]["status"] == "CANCELLED"
    node = (await api.calendar())["edges"][0]["node"]
    assert (node["status"], node["events"][0]["status"]) == ("CANCELLED", "CANCELLED")
    revived = await api.post(tax)
    assert (revived["event"]["status"], revived["session"]["status"]) == ("CONFIRMED", "CONFIRMED")


async def test_a_department_cannot_touch_another_departments_events(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    event = (await api.post(tax))["event"]
    for name, document, extra in (
        ("updateEvent", UPDATE_EVENT, {"title": "hijacked"}),
        ("cancelEvent", CANCEL_EVENT, {}),
    ):
        payload = await api.mutate(name, document, {"id": event["id"], **extra}, market)
        assert payload["event"] is None
        assert [e["code"] for e in payload["userErrors"]] == ["FORBIDDEN"]
    node = (await api.calendar())["edges"][0]["node"]
    assert (node["title"], node["status"]) == (event["title"], "CONFIRMED")
    posted_as_other = await api.post(market, department="tax")
    assert [e["code"] for e in posted_as_other["userErrors"]] == ["FORBIDDEN"]


async def test_anonymous_callers_cannot_write(api: Api) -> None:
    tax = await api.department("tax")
    event = (await api.post(tax))["event"]
    assert [e["code"] for e in (await api.post(None, externalId="anon"))["userErrors"]] == [
        "UNAUTHENTICATED"
    ]
    cancel = await api.mutate("cancelEvent", CANCEL_EVENT, {"id": event["id"]}, None)
    assert [e["code"] for e in cancel["userErrors"]] == ["UNAUTHENTICATED"]
    assert (await api.calendar())["totalCount"] == 1


async def test_the_coordinator_posts_on_behalf_of_a_named_department(api: Api) -> None:
    from tests.api import ADMIN_TOKEN

    await api.department("tax")
    unnamed = await api.post(ADMIN_TOKEN)
    assert [(e["field"], e["code"]) for e in unnamed["userErrors"]] == [
        (["input", "department"], "REQUIRED")
    ]
    named = await api.post(ADMIN_TOKEN, department="tax")
    assert named["event"]["department"] == {"slug": "tax"}


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"end": "2027-03-05T09:00:00+08:00"}, ["input", "end"], "END_BEFORE_START"),
        ({"timezone": "Mars/Olympus_Mons"}, ["input", "timezone"], "INVALID_TIMEZONE"),
        ({"title": "长" * 201}, ["input", "title"], "TOO_LONG"),
        ({"title": " \u0007 "}, ["input", "title"], "REQUIRED"),
        ({"description": "x" * 10_001}, ["input", "description"], "TOO_LONG"),
        ({"topics": [f"t{i}" for i in range(21)]}, ["input", "topics"], "TOO_MANY"),
        ({"registrationUrl": "javascript:alert(1)"}, ["input", "registrationUrl"], "INVALID_URL"),
        ({"onlineUrl": "ftp://example.org/x"}, ["input", "onlineUrl"], "INVALID_URL"),
        ({"capacity": -5}, ["input", "capacity"], "INVALID"),
        ({"end": "2027-05-05T09:00:00+08:00"}, ["input", "end"], "INVALID"),
        (
            {"start": "0001-01-01T00:00:00Z", "end": "0001-01-01T01:00:00Z"},
            ["input", "start"],
            "INVALID",
        ),
        ({"registrationUrl": "https://exa mple.cn/x"}, ["input", "registrationUrl"], "INVALID_URL"),
    ],
)
async def test_invalid_events_are_refused_and_store_nothing(
    api: Api, fields: dict[str, object], field: list[str], code: str
) -> None:
    tax = await api.department("tax")
    payload = await api.post(tax, **fields)
    assert payload["event"] is None
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [(field, code)]
    assert all(e["message"] for e in payload["userErrors"])
    assert (await api.calendar())["totalCount"] == 0


async def test_control_and_format_characters_are_removed_and_text_normalised(api: Api) -> None:
    """Bidirectional overrides (U+202A–U+202E, U+2066–U+2069) and zero-width characters go
    like control characters: a title must not read backwards in a calendar app."""
    tax = await api.department("tax")
    payload = await api.post(
        tax,
        title="培训\u0000会\r\nEND:VEVENT\u202e",
        location="A\u202e\u0008B\u2066C\u2069\u200b",
        description="第一行\u202d\n第二行\ufeff",
        topics=["\u202a增值税\u202c"],
    )
    assert payload["event"]["title"] == "培训会 END:VEVENT"
    assert payload["event"]["location"] == "ABC"
    assert payload["event"]["description"] == "第一行\n第二行"
    assert payload["event"]["topics"] == ["增值税"]
    feed = (
        await api.http.get("/feeds/all.ics", params={"from": "2027-01-01", "to": "2027-12-31"})
    ).text
    assert "\u202e" not in feed
    assert "\u2066" not in feed
    assert "培训会 END:VEVENT" in feed


async def test_malformed_requests_are_client_errors_not_500(api: Api) -> None:
    tax = await api.department("tax")
    bad_time = await api.raw(
        "mutation($input: PostEventInput!) { postEvent(input: $input) { userErrors { code } } }",
        {"input": event_input(start="next tuesday")},
        tax,
    )
    assert bad_time.status_code in (200, 400)
    assert "errors" in bad_time.json()
    not_json = await api.http.post(
        "/graphql", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert not_json.status_code == 400
    unknown_id = await api.mutate("cancelEvent", CANCEL_EVENT, {"id": "bm9wZQ"}, tax)
    assert [e["code"] for e in unknown_id["userErrors"]] == ["NOT_FOUND"]


RESTORE = f"""
mutation($input: RestoreEventInput!) {{
  restoreEvent(input: $input) {{
    event {{ {EVENT_FIELDS} }} session {{ {SESSION_FIELDS} }} userErrors {{ field message code }}
  }}
}}"""


async def test_a_cancelled_event_says_so_and_comes_back_with_restore(api: Api) -> None:
    tax = await api.department("tax")
    posted = (await api.post(tax))["event"]
    cancelled = await api.mutate("cancelEvent", CANCEL_EVENT, {"id": posted["id"]}, tax)
    assert cancelled["event"]["status"] == "CANCELLED"
    refused = await api.mutate(
        "updateEvent", UPDATE_EVENT, {"id": posted["id"], "title": "改名"}, tax
    )
    (error,) = refused["userErrors"]
    assert (error["code"], error["field"]) == ("CANCELLED", ["input", "id"])
    assert "restoreEvent" in error["message"]
    restored = await api.mutate("restoreEvent", RESTORE, {"id": posted["id"]}, tax)
    assert restored["userErrors"] == []
    assert restored["event"]["status"] == "CONFIRMED"
    assert restored["event"]["sequence"] > cancelled["event"]["sequence"]
    assert restored["session"]["status"] == "CONFIRMED"
    feed = await api.http.get("/feeds/all.ics?from=2027-01-01&to=2027-12-31")
    assert "STATUS:CONFIRMED" in feed.text
    updated = await api.mutate(
        "updateEvent", UPDATE_EVENT, {"id": posted["id"], "title": "增值税政策解读会"}, tax
    )
    assert updated["event"]["title"] == "增值税政策解读会"


async def test_merged_means_another_departments_posting_was_joined(api: Api) -> None:
    tax, finance = await api.department("tax"), await api.department("finance")
    first = await api.post(tax, externalId="a")
    again = await api.post(tax, externalId="b")
    assert again["session"]["id"] == first["session"]["id"]
    assert again["merged"] is False, "one department posting twice joins nobody"
    joined = await api.post(finance, externalId="c")
    assert joined["session"]["id"] == first["session"]["id"]
    assert joined["merged"] is True
