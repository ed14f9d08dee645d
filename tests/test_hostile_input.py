"""What fuzzing found, pinned: each was an internal error on SQLite, PostgreSQL or both
before its fix. Run in-process on both backends; a document gets an answer or a documented
refusal, and text no database can hold is stripped or matches nothing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from schema import ids
from tests.api import ADMIN_TOKEN, CALENDAR, CREATE_DEPARTMENT, POST_EVENT, Api, event_input
from tests.hostile import NUL, REFUSALS, SURROGATE, error_code, forged_cursor

pytestmark = pytest.mark.anyio

# A forged cursor without an offset never crashed; the fix for cursors refuses it as well.
NODE = "query($id: ID!) { node(id: $id) { id } }"
CANCEL = "mutation($id: ID!) { cancelEvent(input: {id: $id}) { userErrors { code } } }"
CANDIDATES = 'query($after: String) { duplicateCandidates(from: "2027-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z", after: $after) { nodes { id } } }'
OVERLAPS = 'query($filter: CalendarFilter) { overlaps(from: "2027-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z", filter: $filter) { totalCount } }'
POST_FOR = "mutation($input: PostEventInput!) { postEvent(input: $input) { userErrors { code } } }"
ROTATE_FOR = "mutation($input: RotateDepartmentTokenInput!) { rotateDepartmentToken(input: $input) { userErrors { code } } }"
ADD_SOURCE = (
    "mutation($input: AddFeedSourceInput!) { addFeedSource(input: $input) { userErrors { code } } }"
)
WINDOW = {"from": "2027-01-01T00:00:00Z", "to": "2028-01-01T00:00:00Z"}
FOUND = [
    pytest.param(NODE, {"id": ids.encode("Event", 10**30)}, id="id-beyond-integer"),
    pytest.param(CANCEL, {"id": ids.encode("Event", 2**63)}, id="mutation-id-beyond-integer"),
    pytest.param(
        CALENDAR,
        {**WINDOW, "after": forged_cursor(f"2027-03-05T09:30:00+00:00|{2**63}")},
        id="cursor-beyond-integer",
    ),
    pytest.param(
        CALENDAR,
        {**WINDOW, "after": forged_cursor("0001-01-01T00:00:00+14:00|1")},
        id="cursor-year-0",
    ),
    pytest.param(CANDIDATES, {"after": forged_cursor("2027-03-05T09:30:00|1")}, id="cursor-naive"),
    pytest.param(
        CALENDAR, {**WINDOW, "filter": {"departments": ["tax", NUL]}}, id="nul-in-calendar-filter"
    ),
    pytest.param(
        CALENDAR, {**WINDOW, "filter": {"sectors": [SURROGATE]}}, id="surrogate-in-calendar-filter"
    ),
    pytest.param(OVERLAPS, {"filter": {"topics": [NUL]}}, id="nul-in-overlaps-filter"),
    pytest.param(POST_FOR, {"input": event_input(department=NUL)}, id="nul-department-posted-for"),
    pytest.param(
        ROTATE_FOR, {"input": {"department": SURROGATE}}, id="surrogate-department-rotated"
    ),
    pytest.param(
        ADD_SOURCE,
        {"input": {"url": "http://127.0.0.1/feed.ics", "department": NUL}},
        id="nul-department-of-source",
    ),
    pytest.param(
        CREATE_DEPARTMENT,
        {"input": {"slug": "tax", "name": f"税务局{SURROGATE}"}},
        id="surrogate-in-stored-name",
    ),
]


async def _send(api: Api, document: str, variables: dict[str, Any], token: str) -> httpx.Response:
    """``Api.raw`` through json.dumps, which escapes a lone surrogate that httpx's encoder refuses."""
    return await api.http.post(
        "/graphql",
        content=json.dumps({"query": document, "variables": variables}),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )


@pytest.mark.parametrize(("document", "variables"), FOUND)
async def test_what_the_fuzzer_found_is_answered(
    api: Api, document: str, variables: dict[str, Any]
) -> None:
    """An answer or a documented refusal; never an internal error."""
    response = await _send(api, document, variables, ADMIN_TOKEN)
    assert response.status_code == 200, response.text
    errors = response.json().get("errors", [])
    assert all(error_code(error) in REFUSALS for error in errors), response.text


async def test_text_no_database_holds_is_stripped_or_refused(api: Api) -> None:
    """Filters clean their values as postings do, so a NUL inside a topic is stripped; a value
    that is nothing once cleaned names no entry and is refused, in both doors."""
    tax = await api.department("tax")
    posted = event_input(title=f"培训{SURROGATE}会", topics=[f"增值{NUL}税"])
    answer = await _send(api, POST_EVENT, {"input": posted}, tax)
    event = answer.json()["data"]["postEvent"]["event"]
    assert (event["title"], event["topics"]) == ("培训会", ["增值税"])
    assert (await api.calendar(filter={"topics": [f"增值{NUL}税"]}))["totalCount"] == 1
    assert (await api.http.get("/feeds/departments/%00.ics")).status_code == 404
    assert (await api.http.get("/feeds/all.ics?topic=%00&sector=%00")).status_code == 200
    refused = await api.http.get("/feeds/all.ics?sector=%00x%ED%A0%80")
    assert refused.status_code == 400
    assert "GB/T 4754" in refused.text
