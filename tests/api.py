"""GraphQL documents and a small client, shared by the tests."""

from __future__ import annotations

from typing import Any

import httpx

ADMIN_TOKEN = "civ_test_coordinator_token_0123456789abcdef"

# Two postings (title, location, topic) that, posted at one hour by two departments into a
# fresh store, the shipped model can neither merge nor keep apart: the coordinator's queue.
UNDECIDED_PAIR: tuple[dict[str, Any], ...] = (
    {"title": "食品安全法规培训", "location": "桥头镇市场监管所", "topics": ["食品安全"]},
    {"title": "特种设备安全宣讲", "location": None, "topics": ["特种设备"], "kind": "PUBLICITY"},
)

EVENT_FIELDS = """
  id externalId kind title description start end timezone location onlineUrl topics
  audience { sectors regions } capacity registrationUrl sequence status
  department { slug }
"""
SESSION_FIELDS = """
  id uid kind title description start end timezone location topics
  audience { sectors regions } status hosts { slug name }
  events { id externalId title sequence status department { slug } }
"""
CREATE_DEPARTMENT = """
mutation($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    department { id slug name } token userErrors { field message code }
  }
}"""
POST_EVENT = f"""
mutation($input: PostEventInput!) {{
  postEvent(input: $input) {{
    created merged event {{ {EVENT_FIELDS} }} session {{ {SESSION_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}"""
UPDATE_EVENT = f"""
mutation($input: UpdateEventInput!) {{
  updateEvent(input: $input) {{
    event {{ {EVENT_FIELDS} }} session {{ {SESSION_FIELDS} }} userErrors {{ field message code }}
  }}
}}"""
CANCEL_EVENT = f"""
mutation($input: CancelEventInput!) {{
  cancelEvent(input: $input) {{
    event {{ {EVENT_FIELDS} }} session {{ {SESSION_FIELDS} }} userErrors {{ field message code }}
  }}
}}"""
CALENDAR = f"""
query($from: DateTime!, $to: DateTime!, $filter: CalendarFilter, $first: Int, $after: String) {{
  calendar(from: $from, to: $to, filter: $filter, first: $first, after: $after) {{
    totalCount pageInfo {{ hasNextPage endCursor }}
    edges {{ cursor node {{ {SESSION_FIELDS} }} }}
  }}
}}"""


class Api:
    """Talks to the app as a client would, and fails loudly on anything but a 200."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def raw(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    async def query(
        self, query: str, variables: dict[str, Any] | None = None, token: str | None = None
    ) -> dict[str, Any]:
        response = await self.raw(query, variables, token)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        assert "errors" not in body, body["errors"]
        return body["data"]  # type: ignore[no-any-return]

    async def mutate(
        self, name: str, document: str, input: dict[str, Any], token: str | None
    ) -> dict[str, Any]:
        payload: dict[str, Any] = (await self.query(document, {"input": input}, token))[name]
        return payload

    async def department(self, slug: str, name: str | None = None) -> str:
        """Create a department as the coordinator; its token."""
        payload = await self.mutate(
            "createDepartment", CREATE_DEPARTMENT, {"slug": slug, "name": name or slug}, ADMIN_TOKEN
        )
        assert payload["userErrors"] == []
        token: str = payload["token"]
        return token

    async def post(self, token: str | None, **fields: Any) -> dict[str, Any]:
        return await self.mutate("postEvent", POST_EVENT, event_input(**fields), token)

    async def calendar(self, **variables: Any) -> dict[str, Any]:
        variables.setdefault("from", "2027-01-01T00:00:00+08:00")
        variables.setdefault("to", "2028-01-01T00:00:00+08:00")
        result: dict[str, Any] = (await self.query(CALENDAR, variables))["calendar"]
        return result


def event_input(**fields: Any) -> dict[str, Any]:
    """A valid PostEventInput, with the given fields replaced."""
    return {
        "externalId": "e1",
        "kind": "TRAINING",
        "title": "增值税留抵退税政策解读会",
        "start": "2027-03-05T09:30:00+08:00",
        "end": "2027-03-05T11:30:00+08:00",
        "location": "石湾镇政务服务中心三楼报告厅",
        "topics": ["增值税"],
        "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]},
    } | fields
