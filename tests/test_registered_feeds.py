"""An enterprise's private feeds follow its registrations: the sessions it registered for are
always there, marked, and their moves, cancellations and merges reach its calendar app."""

from __future__ import annotations

from typing import Any

import icalendar
import pytest

from tests.api import CANCEL_EVENT, Api
from tests.participation import (
    CANCEL_REGISTRATION,
    UPDATE_EVENT,
    enterprise,
    merge,
    register,
)
from tests.test_feeds import conforming, feed

pytestmark = pytest.mark.anyio

SUBSCRIBE = """mutation($input: SubscribeInput!) {
  subscribe(input: $input) { subscription { feedUrl } userErrors { code } } }"""
REGISTERED = "已报名 Registered"


async def _feed_path(api: Api, company: str) -> str:
    """A private feed showing only logistics sessions: nothing the tests post, unless registered."""
    payload = await api.mutate(
        "subscribe", SUBSCRIBE, {"filter": {"sectors": ["logistics"]}}, company
    )
    url: str = payload["subscription"]["feedUrl"]
    return url.removeprefix("http://civical.test")


async def _events(api: Api, path: str) -> dict[str, Any]:
    calendar: icalendar.Calendar = conforming((await feed(api, path)).content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def _marked(event: Any) -> bool:
    categories = [str(value) for value in event["CATEGORIES"].cats]
    return (
        REGISTERED in categories
        and str(event["SUMMARY"]).startswith("✓ ")
        and str(event["DESCRIPTION"]).startswith(f"{REGISTERED}: 3 ")
    )


async def test_a_registered_session_is_in_every_private_feed_marked_and_follows_changes(
    api: Api,
) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    path = await _feed_path(api, company)
    posted = await api.post(tax, capacity=20)
    uid = posted["session"]["uid"]
    assert await _events(api, path) == {}, "the filter alone shows nothing"

    registration = (await register(api, company, posted["session"]["id"], 3))["registration"]
    (event,) = (await _events(api, path)).values()
    assert str(event["UID"]) == uid
    assert _marked(event)
    assert str(event["STATUS"]) == "CONFIRMED"

    moved = {"start": "2027-03-06T14:00:00+08:00", "end": "2027-03-06T16:00:00+08:00"}
    await api.mutate("updateEvent", UPDATE_EVENT, {"id": posted["event"]["id"], **moved}, tax)
    (event,) = (await _events(api, path)).values()
    assert (str(event["UID"]), event["DTSTART"].dt.isoformat()) == (
        uid,
        "2027-03-06T06:00:00+00:00",
    )
    assert int(str(event["SEQUENCE"])) > 0

    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": posted["event"]["id"]}, tax)
    (event,) = (await _events(api, path)).values()
    assert (str(event["UID"]), str(event["STATUS"])) == (uid, "CANCELLED")

    other = await api.department("other")
    await api.post(other, externalId="x", title="别的活动", location="别处")
    assert set(await _events(api, path)) == {uid}, "only what is registered or filtered"
    await api.mutate(
        "cancelRegistration", CANCEL_REGISTRATION, {"registrationId": registration["id"]}, company
    )
    assert await _events(api, path) == {}


async def test_a_merge_reaches_the_feed_with_the_surviving_uid(api: Api) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    path = await _feed_path(api, company)
    older = await api.post(tax, externalId="older", title="出口退税宣讲", location="商务局",
                           start="2027-05-05T09:00:00+08:00", end="2027-05-05T11:00:00+08:00")  # fmt: skip
    newer = await api.post(tax, externalId="newer")
    await register(api, company, newer["session"]["id"], 3)
    survivor = await merge(api, older["session"]["id"], newer["session"]["id"])
    events = await _events(api, path)
    assert set(events) == {older["session"]["uid"], newer["session"]["uid"]}
    gone = events[newer["session"]["uid"]]
    assert (str(gone["STATUS"]), str(gone["RELATED-TO"])) == ("CANCELLED", survivor["uid"])
    assert _marked(events[survivor["uid"]])


async def test_a_registration_changes_the_feeds_validator(api: Api) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    path = await _feed_path(api, company)
    session_id = (await api.post(tax, capacity=20))["session"]["id"]
    await register(api, company, session_id, 3)
    first = await feed(api, path)
    await register(api, company, session_id, 4)
    second = await feed(api, path)
    assert second.headers["etag"] != first.headers["etag"]
    assert f"{REGISTERED}: 4 ".encode() in second.content.replace(b"\r\n ", b"")
    unchanged = await api.http.get(path, headers={"if-none-match": second.headers["etag"]})
    assert unchanged.status_code == 304
