"""The README's "Who may do what" table, enforced: every operation, as every kind of caller.

The table is what a department head or an auditor reads to learn who may do what, so
the test reads it too: every cell is performed over HTTP against the real app on a
real database and its outcome compared with the cell. A GraphQL field or a route with
no row fails, so nothing reaches the API undocumented; a row with no way to perform
it here fails too, so nothing is documented unchecked.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql import build_schema
from starlette.applications import Starlette
from starlette.types import Message

from schema import schema
from services.core.db import Database
from services.core.models import DataVersion, ReadVersion
from tests.api import ADMIN_TOKEN, UNDECIDED_PAIR, Api, event_input
from tests.conftest import stored_rows
from tests.feedserver import FEED_HOST, FeedServer, feed_server

pytestmark = pytest.mark.anyio

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = "## Who may do what"
CALLERS = (
    "anonymous",
    "department A",
    "department B",
    "enterprise",
    "revoked token",
    "coordinator",
)
WORDS = frozenset({"yes", "own", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "401"})
GRAPHQL_KINDS = ("query", "mutation", "subscription")
# GraphQL is one route serving every field, so its rows are the fields, not the route.
GRAPHQL_PATH = "/graphql"
_OPERATION = re.compile(r"(query|mutation|subscription) `(\w+)`|`(GET|POST) (/\S*)`")

Operation = tuple[str, str]  # ("query", "calendar"), ("GET", "/healthz")
Table = dict[Operation, dict[str, str]]

WINDOW = {"from": "2027-01-01T00:00:00+08:00", "to": "2028-01-01T00:00:00+08:00"}
# Each department's own ICS calendar on the feed server: its path and its one event's title.
FEED_PATHS = {"department A": "/a.ics", "department B": "/b.ics"}
FEED_TITLES = {"department A": "增值税政策宣讲会", "department B": "安全生产月专题培训"}


def _cells(line: str) -> list[str]:
    """The cells of a markdown table row."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def read_table() -> Table:
    """The table of the README's section, by operation and caller; malformed rows fail here."""
    text = README.read_text(encoding="utf-8")
    assert SECTION in text, f"README.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header = _cells(lines[0])
    missing = [caller for caller in CALLERS if caller not in header]
    assert not missing, f"the table has no column for {missing}"
    table: Table = {}
    for line in lines[2:]:
        cells = _cells(line)
        assert len(cells) == len(header), (
            f"row has {len(cells)} cells, header {len(header)}: {line}"
        )
        match = _OPERATION.fullmatch(cells[0])
        assert match, f"cannot read the operation {cells[0]!r}"
        kind, name = (match[1], match[2]) if match[1] else (match[3], match[4])
        row = {caller: cells[header.index(caller)].strip("`") for caller in CALLERS}
        unknown = {word for word in row.values() if word not in WORDS}
        assert not unknown, f"{cells[0]}: {unknown} are not words of the table's vocabulary"
        assert (kind, name) not in table, f"{cells[0]} has two rows"
        table[kind, name] = row
    return table


def outcome(response: httpx.Response, name: str) -> tuple[str, Any]:
    """The table's word for a GraphQL answer, and the field's data when the operation was done.

    A refusal's word is its code: a query's in ``errors[].extensions.code``, a
    mutation's in ``userErrors[].code``; several different codes are joined with ``+``.
    """
    if response.status_code != 200:
        return str(response.status_code), None
    body: dict[str, Any] = response.json()
    if body.get("errors"):
        codes = {error.get("extensions", {}).get("code", "ERROR") for error in body["errors"]}
        return "+".join(sorted(codes)), None
    data = body["data"][name]
    if isinstance(data, dict) and data.get("userErrors"):
        return "+".join(sorted({error["code"] for error in data["userErrors"]})), None
    return "yes", data


def listing(shown: set[str], mine: set[str], everyone: set[str]) -> str:
    """``yes`` when a list shows every owner's records, ``own`` when only the caller's."""
    if shown >= everyone:
        return "yes"
    if shown == mine:
        return "own"
    return f"a list of {len(shown)} neither all nor only its own"


def ics_feed(uid: str, title: str) -> bytes:
    """A department's own ICS calendar of one event, dated where imports look (weeks ahead)."""
    day = (datetime.now(UTC) + timedelta(days=40)).strftime("%Y%m%d")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//civical tests//EN", "BEGIN:VEVENT",
             f"UID:{uid}", f"SUMMARY:{title}", f"DTSTART:{day}T010000Z", f"DTEND:{day}T030000Z",
             "END:VEVENT", "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode()


@dataclass
class World:
    """One small county: departments A and B, two enterprises with a feed each, A's event,
    a duplicate candidate, and a feed source of each department. ``tokens`` is each caller's
    bearer token, kept current when a cell rotates one."""

    api: Api
    app: Starlette
    feeds: FeedServer
    tokens: dict[str, str | None]
    event: str = ""
    session: str = ""
    session_uid: str = ""
    candidate: str = ""
    enterprise: str = ""
    feed_token: str = ""
    region: str = ""
    topic: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    subscriptions: dict[str, str] = field(default_factory=dict)
    invitations: dict[str, set[str]] = field(default_factory=dict)  # id -> the callers it is of
    webhooks: dict[str, str] = field(default_factory=dict)  # id -> the caller it is of
    registrations: dict[str, str] = field(default_factory=dict)  # id -> the enterprise's
    complaints: dict[str, str] = field(default_factory=dict)  # by the department assigned
    filed: dict[str, str] = field(default_factory=dict)  # by the enterprise that filed it
    serial: Iterator[int] = field(default_factory=itertools.count)

    @property
    def database(self) -> Database:
        database: Database = self.app.state.database
        return database

    def unique(self, prefix: str) -> str:
        return f"{prefix}{next(self.serial)}"

    async def call(
        self, caller: str, document: str, variables: dict[str, Any] | None = None
    ) -> httpx.Response:
        return await self.api.raw(document, variables, self.tokens[caller])

    async def done(self, caller: str, name: str, document: str, input: dict[str, Any]) -> Any:
        """A mutation that setting up the world needs: it must succeed."""
        word, data = outcome(await self.call(caller, document, {"input": input}), name)
        assert word == "yes", f"setting up, {name} as {caller}: {word}"
        return data

    async def post(self, caller: str = "department A", **fields: Any) -> dict[str, Any]:
        """A new event of a department (A's unless named) on a day of its own, so it starts a
        session of its own."""
        day = date_of(next(self.serial))
        data: dict[str, Any] = await self.done(
            caller,
            "postEvent",
            POST,
            event_input(externalId=self.unique("event"), start=f"{day}T09:30:00+08:00",
                        end=f"{day}T11:30:00+08:00", **fields),
        )  # fmt: skip
        return data

    async def invite(self, caller: str, invited: str) -> str:
        """An invitation from a department to co-host a new session of its own."""
        session = (await self.post(caller))["session"]["id"]
        payload = {"sessionId": session, "department": invited}
        data = await self.done(caller, "inviteCoHost", INVITE, payload)
        invitation: str = data["invitation"]["id"]
        return invitation

    async def join(self, caller: str) -> str:
        """A department joins a new session of department C's; the id of its posting there."""
        session = (await self.post("department C"))["session"]["id"]
        payload = {"sessionId": session, "externalId": self.unique("join")}
        event: str = (await self.done(caller, "joinSession", JOIN, payload))["event"]["id"]
        return event

    async def add_webhook(self, caller: str) -> str:
        """A webhook of the caller's own, told of everything its kind can be told of."""
        events = (["REGISTERED_SESSION_CHANGED"] if caller in ENTERPRISES
                  else ["INVITATION", "INVITATION_ANSWERED", "MERGED", "CONFLICT"])  # fmt: skip
        payload = {"url": f"http://{FEED_HOST}:9/{self.unique('hook')}", "format": "GENERIC",
                   "events": events}  # fmt: skip
        webhook: str = (await self.done(caller, "addWebhook", ADD_WEBHOOK, payload))["webhook"][
            "id"
        ]
        self.webhooks[webhook] = caller
        return webhook

    async def add_source(self, caller: str) -> str:
        url = self.feeds.url(FEED_PATHS[caller])
        payload = await self.done(caller, "addFeedSource", ADD_SOURCE, {"url": url})
        source: str = payload["source"]["id"]
        return source

    async def complaint(
        self, *, by: str | None = None, assigned_to: str | None = None, answered: bool = False
    ) -> str:
        """A complaint about department A, by ``by`` (a new enterprise of its own if left out:
        an enterprise files ten a day at most), assigned and answered as asked."""
        filer = by or await self.new_enterprise()
        filed = await self.done(filer, "fileComplaint", FILE_COMPLAINT,
                                {"department": "a", "category": "OTHER", "text": "通知太晚"})  # fmt: skip
        complaint: str = filed["complaint"]["id"]
        if assigned_to:
            await self.done("coordinator", "assignComplaint", ASSIGN_COMPLAINT,
                            {"complaintId": complaint, "department": assigned_to})  # fmt: skip
        if answered:
            await self.done("department A", "answerComplaint", ANSWER_COMPLAINT,
                            {"complaintId": complaint, "text": "已改进"})  # fmt: skip
        return complaint

    async def new_enterprise(self) -> str:
        """A new enterprise, known to ``call`` by a name of its own; that name."""
        created = await self.done("anonymous", "createEnterprise", CREATE_ENTERPRISE,
                                  {"name": self.unique("投诉企业")})  # fmt: skip
        caller = self.unique("enterprise ")
        self.tokens[caller] = created["token"]
        return caller

    async def subscribe(self, caller: str) -> tuple[str, str]:
        """A new private feed of an enterprise: its id, and the token in its URL."""
        subscription = (await self.done(caller, "subscribe", SUBSCRIBE, {}))["subscription"]
        token = subscription["feedUrl"].rsplit("/feeds/s/", 1)[1].removesuffix(".ics")
        return subscription["id"], token


def date_of(serial: int) -> str:
    """A distinct day of 2027 for each serial number."""
    return (datetime(2027, 6, 1) + timedelta(days=serial)).date().isoformat()


# GraphQL documents. Mutations ask for their result and userErrors, queries for little.
POST = "mutation($input: PostEventInput!) { postEvent(input: $input) { event { id } session { id uid } userErrors { code } } }"
ADD_SOURCE = "mutation($input: AddFeedSourceInput!) { addFeedSource(input: $input) { source { id } userErrors { code } } }"
SUBSCRIBE = "mutation($input: SubscribeInput!) { subscribe(input: $input) { subscription { id feedUrl } userErrors { code } } }"
CREATE_ENTERPRISE = "mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { enterprise { id } token userErrors { code } } }"
ROTATE_DEPARTMENT = "mutation($input: RotateDepartmentTokenInput!) { rotateDepartmentToken(input: $input) { department { id } token userErrors { code } } }"
CREATE_REGION = "mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id } userErrors { code } } }"
CREATE_TOPIC = "mutation($input: CreateTopicInput!) { createTopic(input: $input) { topic { id } userErrors { code } } }"
CANCEL = "mutation($input: CancelEventInput!) { cancelEvent(input: $input) { event { id } userErrors { code } } }"
CANDIDATES = "query($from: DateTime!, $to: DateTime!) { duplicateCandidates(from: $from, to: $to) { nodes { id } } }"
INVITE = "mutation($input: InviteCoHostInput!) { inviteCoHost(input: $input) { invitation { id } userErrors { code } } }"
JOIN = "mutation($input: JoinSessionInput!) { joinSession(input: $input) { event { id } userErrors { code } } }"
ADD_WEBHOOK = "mutation($input: AddWebhookInput!) { addWebhook(input: $input) { webhook { id } userErrors { code } } }"
REGISTER = "mutation($input: RegisterInput!) { register(input: $input) { registration { id } userErrors { code } } }"
FILE_COMPLAINT = "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { complaint { id } userErrors { code } } }"
ASSIGN_COMPLAINT = "mutation($input: AssignComplaintInput!) { assignComplaint(input: $input) { complaint { id } userErrors { code } } }"
ANSWER_COMPLAINT = "mutation($input: AnswerComplaintInput!) { answerComplaint(input: $input) { complaint { id } userErrors { code } } }"
UPDATE = "mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } userErrors { code } } }"
ENTERPRISES = ("enterprise", "other enterprise")


def seats(session: str) -> dict[str, Any]:
    return {
        "sessionId": session,
        "attendees": 2,
        "contactName": "王经理",
        "contactPhone": "0757-88881234",
    }


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with feed_server() as server:
        for caller, path in FEED_PATHS.items():
            server.files[path] = ics_feed(f"{caller}-1", FEED_TITLES[caller])
        yield server


@pytest.fixture
async def world(api: Api, app: Starlette, feeds: FeedServer) -> World:
    """Everything the cells act on, made through the API as its users would make it."""
    a, b = await api.department("a"), await api.department("b")
    world = World(api, app, feeds, {"anonymous": None, "department A": a, "department B": b,
                                    "revoked token": a, "coordinator": ADMIN_TOKEN})  # fmt: skip
    # the county's vocabulary, so that a new region or topic in a cell changes no other cell
    world.region = (await world.done("coordinator", "createRegion", CREATE_REGION,
                                     {"name": "石湾镇"}))["region"]["id"]  # fmt: skip
    world.topic = (await world.done("coordinator", "createTopic", CREATE_TOPIC,
                                    {"name": "增值税"}))["topic"]["id"]  # fmt: skip
    world.tokens["department A"] = (
        await world.done("department A", "rotateDepartmentToken", ROTATE_DEPARTMENT, {})
    )["token"]
    feed_tokens: dict[str, str] = {}
    for caller in ("enterprise", "other enterprise"):
        created = await world.done("anonymous", "createEnterprise", CREATE_ENTERPRISE,
                                   {"name": f"{caller} 有限公司", "sectors": ["manufacturing"]})  # fmt: skip
        world.tokens[caller] = created["token"]
        world.subscriptions[caller], feed_tokens[caller] = await world.subscribe(caller)
        if caller == "enterprise":
            world.enterprise = created["enterprise"]["id"]
    world.feed_token = feed_tokens["enterprise"]
    posted = await world.post()
    world.event, world.session = posted["event"]["id"], posted["session"]["id"]
    world.session_uid = posted["session"]["uid"]
    grey_band = {"start": "2027-05-10T09:00:00+08:00", "end": "2027-05-10T11:00:00+08:00"}
    for caller, fields in zip(("department A", "department B"), UNDECIDED_PAIR, strict=True):
        await world.done(
            caller, "postEvent", POST, event_input(externalId="grey", **fields, **grey_band)
        )
    found = await world.call("coordinator", CANDIDATES, WINDOW)
    (candidate,) = found.json()["data"]["duplicateCandidates"]["nodes"]
    world.candidate = candidate["id"]
    for caller in FEED_PATHS:
        world.sources[caller] = await world.add_source(caller)
    await cohosting_world(world)
    await participation_world(world)
    return world


async def participation_world(world: World) -> None:
    """Both enterprises registered for A's session, each with a complaint (about A, assigned
    to A and to B) and a webhook that was told of another registered session's cancellation."""
    for caller in ENTERPRISES:
        registered = await world.done(caller, "register", REGISTER, seats(world.session))
        world.registrations[registered["registration"]["id"]] = caller
    for filer, department, slug in (("enterprise", "department A", "a"),
                                    ("other enterprise", "department B", "b")):  # fmt: skip
        complaint = await world.complaint(by=filer, assigned_to=slug)
        world.complaints[department] = world.filed[filer] = complaint
        await world.add_webhook(filer)
    called_off = await world.post()
    for caller in ENTERPRISES:
        registered = await world.done(
            caller, "register", REGISTER, seats(called_off["session"]["id"])
        )
        world.registrations[registered["registration"]["id"]] = caller
    await world.done("department A", "cancelEvent", CANCEL, {"id": called_off["event"]["id"]})


async def cohosting_world(world: World) -> None:
    """Webhooks of A and B; invitations from A to B, B to C and C to A, so each of A and B
    has some but not all; and one session of C's joined by A, another by B."""
    world.tokens["department C"] = await world.api.department("c")
    for caller in ("department A", "department B"):
        await world.add_webhook(caller)
    for sender, invited, slug in (("department A", "department B", "b"),
                                  ("department B", "department C", "c"),
                                  ("department C", "department A", "a")):  # fmt: skip
        world.invitations[await world.invite(sender, slug)] = {sender, invited}
    for caller in ("department A", "department B"):
        await world.join(caller)


# Queries: each performs its field as a caller and names the outcome.
Read = Callable[[World, str], Awaitable[str]]


def read(name: str, document: str, variables: dict[str, Any] | None = None) -> Read:
    """A query whose outcome is all there is to check: open to some callers, refused to others."""

    async def perform(world: World, caller: str) -> str:
        word, _ = outcome(await world.call(caller, document, variables), name)
        return word

    return perform


async def read_node(world: World, caller: str) -> str:
    """Department A's event by its id: ``yes`` only if it is really that event that comes back."""
    query = "query($id: ID!) { node(id: $id) { id } }"
    word, data = outcome(await world.call(caller, query, {"id": world.event}), "node")
    return word if data is None or data["id"] == world.event else "another node"


async def read_feed_sources(world: World, caller: str) -> str:
    """Both departments have a source, so ``own`` and ``yes`` differ for each of them."""
    word, data = outcome(await world.call(caller, "{ feedSources { id } }"), "feedSources")
    if word != "yes":
        return word
    mine = {world.sources[caller]} if caller in world.sources else set()
    return listing({row["id"] for row in data}, mine, set(world.sources.values()))


async def read_subscriptions(world: World, caller: str) -> str:
    """Two enterprises have a feed, so an enterprise that saw the other's would show ``yes``."""
    word, data = outcome(await world.call(caller, "{ mySubscriptions { id } }"), "mySubscriptions")
    if word != "yes":
        return word
    mine = {world.subscriptions[caller]} if caller in world.subscriptions else set()
    return listing({row["id"] for row in data}, mine, set(world.subscriptions.values()))


Owners = Callable[[World], Awaitable[dict[str, set[str]]]]  # record id -> the callers it is of
SLUGS = {"a": "department A", "b": "department B", "c": "department C"}


def owned(
    name: str, document: str, owners: Owners, variables: dict[str, Any] | None = None
) -> Read:
    """A list each department should see only its own part of (and the coordinator all of):
    ``owners`` says whose each record is, the field's ``nodes`` (or list) what was shown."""

    async def perform(world: World, caller: str) -> str:
        word, data = outcome(await world.call(caller, document, variables), name)
        if word != "yes":
            return word
        rows = data["nodes"] if isinstance(data, dict) else data
        whose = await owners(world)
        mine = {key for key, callers in whose.items() if caller in callers}
        return listing({row["id"] for row in rows}, mine, set(whose))

    return perform


async def read_my_registrations(world: World, caller: str) -> str:
    """Two enterprises registered, so an enterprise that saw the other's would show ``yes``."""
    word, data = outcome(await world.call(caller, "{ myRegistrations { id } }"), "myRegistrations")
    if word != "yes":
        return word
    mine = {key for key, whose in world.registrations.items() if whose == caller}
    return listing({row["id"] for row in data}, mine, set(world.registrations))


def of_a_session(name: str) -> Read:
    """Who registered for, or rated, department A's session: its hosts' and the coordinator's."""
    document = f"query($id: ID!) {{ {name}(sessionId: $id) {{ totalCount }} }}"

    async def perform(world: World, caller: str) -> str:
        word, _ = outcome(await world.call(caller, document, {"id": world.session}), name)
        return word

    return perform


async def invitation_owners(world: World) -> dict[str, set[str]]:
    return world.invitations


async def webhook_owners(world: World) -> dict[str, set[str]]:
    return {key: {caller} for key, caller in world.webhooks.items()}


async def delivery_owners(world: World) -> dict[str, set[str]]:
    query = "{ webhookDeliveries(first: 500) { nodes { id webhook { id } } } }"
    nodes = (await world.call("coordinator", query)).json()["data"]["webhookDeliveries"]["nodes"]
    return {node["id"]: {world.webhooks[node["webhook"]["id"]]} for node in nodes}


async def decision_owners(world: World) -> dict[str, set[str]]:
    query = "query($from: DateTime!, $to: DateTime!) { cohostingDecisions(from: $from, to: $to) { nodes { id department { slug } } } }"
    data = (await world.call("coordinator", query, WINDOW)).json()["data"]
    return {
        node["id"]: {SLUGS[node["department"]["slug"]]}
        for node in data["cohostingDecisions"]["nodes"]
    }


async def event_owners(world: World) -> dict[str, set[str]]:
    query = "query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to, first: 500) { nodes { events { id department { slug } } } } }"
    sessions = (await world.call("anonymous", query, WINDOW)).json()["data"]["calendar"]["nodes"]
    return {
        event["id"]: {SLUGS[event["department"]["slug"]]}
        for session in sessions
        for event in session["events"]
    }


async def read_complaints(world: World, caller: str) -> str:
    """A complaint is assigned to each department, so ``own`` and ``yes`` differ for each."""
    word, data = outcome(await world.call(caller, "{ complaints { nodes { id } } }"), "complaints")
    if word != "yes":
        return word
    mine = {world.complaints[caller]} if caller in world.complaints else set()
    return listing({row["id"] for row in data["nodes"]}, mine, set(world.complaints.values()))


async def read_my_complaints(world: World, caller: str) -> str:
    """Two enterprises filed one each, so an enterprise that saw the other's would show ``yes``."""
    word, data = outcome(await world.call(caller, "{ myComplaints { id } }"), "myComplaints")
    if word != "yes":
        return word
    mine = {world.filed[caller]} if caller in world.filed else set()
    return listing({row["id"] for row in data}, mine, set(world.filed.values()))


SLOTS = {"from": "2027-06-07T00:00:00+08:00", "to": "2027-06-14T00:00:00+08:00"}
READS: dict[str, Read] = {
    "calendar": read("calendar", "query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) { totalCount } }", WINDOW),
    "departments": read("departments", "{ departments { slug } }"),
    "me": read("me", "{ me { role } }"),
    "node": read_node,
    "overlaps": read("overlaps", "query($from: DateTime!, $to: DateTime!) { overlaps(from: $from, to: $to) { totalCount } }", WINDOW),
    "suggestSlots": read("suggestSlots", "query($input: SuggestSlotsInput!) { suggestSlots(input: $input) { start } }", {"input": SLOTS}),
    "coordinationReport": read("coordinationReport", "query($from: DateTime!, $to: DateTime!) { coordinationReport(from: $from, to: $to) { departments { sessions } } }", WINDOW),
    "duplicateCandidates": read("duplicateCandidates", CANDIDATES, WINDOW),
    "feedSources": read_feed_sources,
    "mySubscriptions": read_subscriptions,
    "sectors": read("sectors", "{ sectors { code } }"),
    "regions": read("regions", "{ regions { name } }"),
    "topics": read("topics", "{ topics { name } }"),
    "enterprises": read("enterprises", "{ enterprises { totalCount } }"),
    "myInvitations": owned("myInvitations", "{ myInvitations { id } }", invitation_owners),
    "myEvents": owned("myEvents", "query($from: DateTime!, $to: DateTime!) { myEvents(from: $from, to: $to, first: 500) { nodes { id } } }", event_owners, WINDOW),
    "cohostingDecisions": owned("cohostingDecisions", "query($from: DateTime!, $to: DateTime!) { cohostingDecisions(from: $from, to: $to) { nodes { id } } }", decision_owners, WINDOW),
    "webhooks": owned("webhooks", "{ webhooks { id } }", webhook_owners),
    "webhookDeliveries": owned("webhookDeliveries", "{ webhookDeliveries(first: 500) { nodes { id } } }", delivery_owners),
    "myRegistrations": read_my_registrations,
    "registrations": of_a_session("registrations"),
    "evaluations": of_a_session("evaluations"),
    "complaints": read_complaints,
    "myComplaints": read_my_complaints,
}  # fmt: skip


# Mutations: the input a caller sends (making a fresh record where a success would use up
# the world's), the payload field that must be there when it is done, and what a success
# changes in the world (a rotated token).
@dataclass(frozen=True)
class Write:
    document: str
    result: str
    target: Callable[[World, str], Awaitable[dict[str, Any]]]
    after: Callable[[World, dict[str, Any]], None] | None = None


def fixed(
    make: Callable[[World], dict[str, Any]],
) -> Callable[[World, str], Awaitable[dict[str, Any]]]:
    """An input that does not depend on the caller and needs nothing new made."""

    async def target(world: World, _caller: str) -> dict[str, Any]:
        return make(world)

    return target


async def fresh_event(world: World, _caller: str) -> dict[str, Any]:
    """An event of A's to cancel: a cancelled one would not show whether the next cell cancels."""
    return {"id": (await world.post())["event"]["id"]}


async def cancelled_event(world: World, _caller: str) -> dict[str, Any]:
    """An event of A's, cancelled, for a cell to bring back."""
    event = (await world.post())["event"]["id"]
    await world.done("department A", "cancelEvent", CANCEL, {"id": event})
    return {"id": event}


async def fresh_topics(world: World, _caller: str) -> dict[str, Any]:
    """Two new topics, the first to fold into the second."""
    made = []
    for _ in range(2):
        created = await world.done(
            "coordinator", "createTopic", CREATE_TOPIC, {"name": world.unique("主题")}
        )
        made.append(created["topic"]["id"])
    return {"topics": [made[0]], "into": made[1]}


async def fresh_sessions(world: World, _caller: str) -> dict[str, Any]:
    """Two sessions of A's to merge: merged ones cannot be merged again."""
    first, second = await world.post(), await world.post(title="安全生产标准化培训")
    return {"sessionIds": [first["session"]["id"], second["session"]["id"]]}


async def fresh_subscription(world: World, _caller: str) -> dict[str, Any]:
    """A feed of the enterprise to revoke or give a new URL, leaving the world's own feed readable."""
    return {"id": (await world.subscribe("enterprise"))[0]}


async def fresh_source(world: World, _caller: str) -> dict[str, Any]:
    """A source of A's to remove, leaving the world's own for refreshFeedSource."""
    return {"id": await world.add_source("department A")}


async def fresh_session_of_c(world: World, _caller: str) -> dict[str, Any]:
    """A session of C's for A to join: one A has joined cannot be joined again."""
    session = (await world.post("department C"))["session"]["id"]
    return {"sessionId": session, "externalId": world.unique("join"), "department": "a"}


async def fresh_joined_event(world: World, _caller: str) -> dict[str, Any]:
    """A's posting in a session it shares with C: one that left has nothing left to leave."""
    return {"eventId": await world.join("department A")}


async def fresh_session_of_a(world: World, _caller: str) -> dict[str, Any]:
    """A session of A's to invite C to: one invitation of C to a session at a time."""
    return {"sessionId": (await world.post())["session"]["id"], "department": "c"}


async def fresh_invitation_to_a(world: World, _caller: str) -> dict[str, Any]:
    """B's invitation to A, to accept: an answered one shows no more whether the next cell may."""
    invitation = await world.invite("department B", "a")
    return {"invitationId": invitation, "accept": True, "externalId": world.unique("accept")}


async def fresh_invitation_from_a(world: World, _caller: str) -> dict[str, Any]:
    """A's invitation to B, to withdraw."""
    return {"invitationId": await world.invite("department A", "b")}


async def webhook_for_a(_world: World, caller: str) -> dict[str, Any]:
    """A webhook for A, told of merges; an enterprise's is its own, told of its sessions."""
    url = f"http://{FEED_HOST}:9/added"
    if caller in ENTERPRISES:
        return {"url": url, "format": "GENERIC", "events": ["REGISTERED_SESSION_CHANGED"]}
    return {"url": url, "format": "GENERIC", "events": ["MERGED"], "department": "a"}


async def fresh_webhook(world: World, _caller: str) -> dict[str, Any]:
    """A webhook of A's to remove."""
    return {"id": await world.add_webhook("department A")}


async def fresh_registration(world: World, _caller: str) -> dict[str, Any]:
    """The enterprise's seats at a new session of A's, to give back."""
    session = (await world.post())["session"]["id"]
    registered = await world.done("enterprise", "register", REGISTER, seats(session))
    return {"registrationId": registered["registration"]["id"]}


async def ended_registered_session(world: World, _caller: str) -> dict[str, Any]:
    """A session of A's the enterprise registered for, since moved into the past by A."""
    posted = await world.post()
    await world.done("enterprise", "register", REGISTER, seats(posted["session"]["id"]))
    day = (datetime(2026, 6, 1) - timedelta(days=next(world.serial))).date().isoformat()
    await world.done("department A", "updateEvent", UPDATE, {"id": posted["event"]["id"],
                     "start": f"{day}T09:30:00+08:00", "end": f"{day}T11:30:00+08:00"})  # fmt: skip
    return {"sessionId": posted["session"]["id"], "rating": 4, "usefulness": 5}


def complaint_input(
    assigned: bool = False, answered: bool = False, by: str | None = None, **more: str
) -> Callable[[World, str], Awaitable[dict[str, Any]]]:
    """A new complaint at the stage a step needs, by ``by`` (else an enterprise of its own)."""

    async def target(world: World, _caller: str) -> dict[str, Any]:
        assignee = "a" if assigned else None
        made = await world.complaint(by=by, assigned_to=assignee, answered=answered)
        return {"complaintId": made, **more}

    return target


def new_token(caller: str) -> Callable[[World, dict[str, Any]], None]:
    """After a rotation the caller's old token is dead; later cells use the new one."""

    def remember(world: World, payload: dict[str, Any]) -> None:
        world.tokens[caller] = payload["token"]

    return remember


def mutation(name: str, input_type: str, selection: str) -> str:
    """A mutation's document in the API's one shape: one input, a result and userErrors."""
    return f"mutation($input: {input_type}!) {{ {name}(input: $input) {{ {selection} userErrors {{ code }} }} }}"


WRITES: dict[str, Write] = {
    "createDepartment": Write(
        mutation("createDepartment", "CreateDepartmentInput", "department { id }"), "department",
        fixed(lambda world: {"slug": world.unique("dept"), "name": "新部门"})),
    "rotateDepartmentToken": Write(ROTATE_DEPARTMENT, "token",
        fixed(lambda _: {"department": "a"}), new_token("department A")),
    "postEvent": Write(POST, "event",
        fixed(lambda world: event_input(externalId=world.unique("post"), department="a"))),
    "updateEvent": Write(
        mutation("updateEvent", "UpdateEventInput", "event { id }"), "event",
        fixed(lambda world: {"id": world.event, "title": world.unique("增值税政策解读会第")})),
    "cancelEvent": Write(
        mutation("cancelEvent", "CancelEventInput", "event { id }"), "event", fresh_event),
    "mergeSessions": Write(
        mutation("mergeSessions", "MergeSessionsInput", "session { id }"), "session", fresh_sessions),
    "splitEvent": Write(
        mutation("splitEvent", "SplitEventInput", "event { id }"), "event",
        fixed(lambda world: {"eventId": world.event})),
    "dismissDuplicate": Write(
        mutation("dismissDuplicate", "DismissDuplicateInput", "candidateId"), "candidateId",
        fixed(lambda world: {"candidateId": world.candidate})),
    "setSessionTitle": Write(
        mutation("setSessionTitle", "SetSessionTitleInput", "session { id }"), "session",
        fixed(lambda world: {"sessionId": world.session, "title": world.unique("联合解读会")})),
    "createEnterprise": Write(CREATE_ENTERPRISE, "enterprise",
        fixed(lambda world: {"name": world.unique("新企业")})),
    "rotateEnterpriseToken": Write(
        mutation("rotateEnterpriseToken", "RotateEnterpriseTokenInput", "token"), "token",
        fixed(lambda world: {"enterpriseId": world.enterprise}), new_token("enterprise")),
    "subscribe": Write(SUBSCRIBE, "subscription", fixed(lambda _: {})),
    "revokeSubscription": Write(
        mutation("revokeSubscription", "RevokeSubscriptionInput", "subscription { id }"),
        "subscription", fresh_subscription),
    "rotateFeedToken": Write(
        mutation("rotateFeedToken", "RotateFeedTokenInput", "subscription { id }"),
        "subscription", fresh_subscription),
    "addFeedSource": Write(ADD_SOURCE, "source",
        fixed(lambda world: {"url": world.feeds.url(FEED_PATHS["department A"]), "department": "a"})),
    "refreshFeedSource": Write(
        mutation("refreshFeedSource", "FeedSourceInput", "source { id }"), "source",
        fixed(lambda world: {"id": world.sources["department A"]})),
    "removeFeedSource": Write(
        mutation("removeFeedSource", "FeedSourceInput", "removedId"), "removedId", fresh_source),
    "restoreEvent": Write(
        mutation("restoreEvent", "RestoreEventInput", "event { id }"), "event", cancelled_event),
    "updateDepartment": Write(
        mutation("updateDepartment", "UpdateDepartmentInput", "department { id }"), "department",
        fixed(lambda world: {"slug": "a", "name": world.unique("县部门A")})),
    "updateEnterprise": Write(
        mutation("updateEnterprise", "UpdateEnterpriseInput", "enterprise { id }"), "enterprise",
        fixed(lambda world: {"id": world.enterprise, "name": world.unique("企业有限公司")})),
    "addSectorSynonym": Write(
        mutation("addSectorSynonym", "AddSectorSynonymInput", "sector { code }"), "sector",
        fixed(lambda world: {"sector": "C", "synonym": world.unique("electronics")})),
    "createRegion": Write(CREATE_REGION, "region", fixed(lambda world: {"name": world.unique("镇")})),
    "updateRegion": Write(
        mutation("updateRegion", "UpdateRegionInput", "region { id }"), "region",
        fixed(lambda world: {"id": world.region, "synonyms": [world.unique("石湾")]})),
    "createTopic": Write(CREATE_TOPIC, "topic", fixed(lambda world: {"name": world.unique("主题")})),
    "updateTopic": Write(
        mutation("updateTopic", "UpdateTopicInput", "topic { id }"), "topic",
        fixed(lambda world: {"id": world.topic, "synonyms": [world.unique("VAT")]})),
    "mergeTopics": Write(
        mutation("mergeTopics", "MergeTopicsInput", "topic { id }"), "topic", fresh_topics),
    "joinSession": Write(JOIN, "event", fresh_session_of_c),
    "leaveSession": Write(
        mutation("leaveSession", "LeaveSessionInput", "event { id }"), "event", fresh_joined_event),
    "inviteCoHost": Write(INVITE, "invitation", fresh_session_of_a),
    "respondToInvitation": Write(
        mutation("respondToInvitation", "RespondToInvitationInput", "invitation { id }"),
        "invitation", fresh_invitation_to_a),
    "withdrawInvitation": Write(
        mutation("withdrawInvitation", "WithdrawInvitationInput", "invitation { id }"),
        "invitation", fresh_invitation_from_a),
    "addWebhook": Write(ADD_WEBHOOK, "webhook", webhook_for_a),
    "removeWebhook": Write(
        mutation("removeWebhook", "RemoveWebhookInput", "removedId"), "removedId", fresh_webhook),
    "register": Write(REGISTER, "registration", fixed(lambda world: seats(world.session))),
    "cancelRegistration": Write(
        mutation("cancelRegistration", "CancelRegistrationInput", "registration { id }"),
        "registration", fresh_registration),
    "evaluateSession": Write(
        mutation("evaluateSession", "EvaluateSessionInput", "evaluation { rating }"),
        "evaluation", ended_registered_session),
    "fileComplaint": Write(FILE_COMPLAINT, "complaint",
        fixed(lambda _: {"department": "a", "category": "CONDUCT", "text": "态度生硬"})),
    "assignComplaint": Write(ASSIGN_COMPLAINT, "complaint", complaint_input(department="a")),
    "answerComplaint": Write(ANSWER_COMPLAINT, "complaint", complaint_input(assigned=True, text="已处理")),
    "reopenComplaint": Write(
        mutation("reopenComplaint", "ReopenComplaintInput", "complaint { id }"), "complaint",
        complaint_input(assigned=True, answered=True, by="enterprise", text="仍未解决")),
    "closeComplaint": Write(
        mutation("closeComplaint", "CloseComplaintInput", "complaint { id }"), "complaint",
        complaint_input(assigned=True, answered=True)),
    "rejectComplaint": Write(
        mutation("rejectComplaint", "RejectComplaintInput", "complaint { id }"), "complaint",
        complaint_input(reason="不属本县")),
}  # fmt: skip


# The data and read versions are bookkeeping, not data: a refusal may leave them moved.
DATA = frozenset({DataVersion.__tablename__, ReadVersion.__tablename__})


async def write(world: World, name: str, caller: str) -> str:
    """Perform a mutation as a caller; a refusal that stored anything is a failure of its own."""
    spec = WRITES[name]
    input = await spec.target(world, caller)
    before = await stored_rows(world.database, DATA)
    word, data = outcome(await world.call(caller, spec.document, {"input": input}), name)
    if word != "yes":
        after = await stored_rows(world.database, DATA)
        changed = sorted(table for table in before if before[table] != after[table])
        return word if not changed else f"{word}, yet it stored {changed}"
    if data.get(spec.result) is None:
        return f"done without {spec.result}"
    if spec.after is not None:
        spec.after(world, data)
    return "yes"


# The subscription travels over a WebSocket, which httpx cannot speak: a small
# graphql-transport-ws client drives the app's ASGI interface in this process instead.
@dataclass
class Socket:
    """The client's end of one connection: what it sends the app, what the app sent, and the
    app's own run, watched so that an app that ends without answering is not waited for."""

    to_app: asyncio.Queue[Message]
    from_app: asyncio.Queue[Message]
    app: asyncio.Task[None]

    async def receive(self, seconds: float = 5) -> Message | None:
        """The app's next message; None when the app ended (or went quiet) without one."""
        getter = asyncio.ensure_future(self.from_app.get())
        done, _ = await asyncio.wait(
            {getter, self.app}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
        )
        if getter in done:
            return getter.result()
        getter.cancel()
        return None

    async def send(self, message: dict[str, Any]) -> None:
        await self.to_app.put({"type": "websocket.receive", "text": json.dumps(message)})

    async def protocol_message(self, seconds: float = 5) -> dict[str, Any] | None:
        """The next graphql-transport-ws message; None when the app sent anything else or nothing."""
        message = await self.receive(seconds)
        if message is None or message["type"] != "websocket.send":
            return None
        decoded: dict[str, Any] = json.loads(message["text"])
        return decoded


@asynccontextmanager
async def websocket(app: Starlette, token: str | None) -> AsyncIterator[Socket]:
    """A WebSocket handshake on /graphql as a server offering the denial-response extension makes it."""
    headers = [(b"host", b"civical.test"), (b"sec-websocket-protocol", b"graphql-transport-ws")]
    if token:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope = {"type": "websocket", "asgi": {"version": "3.0", "spec_version": "2.4"},
             "http_version": "1.1", "scheme": "ws", "server": ("civical.test", 80),
             "client": ("127.0.0.1", 50000), "root_path": "", "path": GRAPHQL_PATH,
             "raw_path": GRAPHQL_PATH.encode(), "query_string": b"", "headers": headers,
             "subprotocols": ["graphql-transport-ws"],
             "extensions": {"websocket.http.response": {}}}  # fmt: skip
    to_app: asyncio.Queue[Message] = asyncio.Queue()
    from_app: asyncio.Queue[Message] = asyncio.Queue()
    await to_app.put({"type": "websocket.connect"})
    task = asyncio.create_task(app(scope, to_app.get, from_app.put))
    try:
        yield Socket(to_app, from_app, task)
    finally:
        await to_app.put({"type": "websocket.disconnect", "code": 1000})
        try:
            await asyncio.wait_for(task, timeout=5)
        except Exception:  # the outcome was read from the messages; how the app ended is not
            task.cancel()


async def hears_updates(world: World, caller: str) -> str:
    """Subscribe to calendarUpdates as the caller, then post until an update arrives."""
    async with websocket(world.app, world.tokens[caller]) as socket:
        handshake = await socket.receive()
        if handshake is None:
            return "no answer to the handshake"
        if handshake["type"] == "websocket.http.response.start":
            return str(handshake["status"])
        if handshake["type"] == "websocket.close":
            return "403"  # a close before accepting: servers answer the handshake with 403
        await socket.send({"type": "connection_init"})
        acknowledged = await socket.protocol_message()
        if acknowledged is None or acknowledged["type"] != "connection_ack":
            return f"no connection_ack but {acknowledged}"
        await socket.send({"id": "1", "type": "subscribe", "payload": {
            "query": "subscription { calendarUpdates { kind sessionIds } }"}})  # fmt: skip
        for _ in range(10):  # the listener may register only after the first post
            await world.post()
            update = await socket.protocol_message(seconds=0.5)
            if update is not None:
                if update["type"] != "next":
                    return f"{update['type']} instead of an update"
                await socket.send({"id": "1", "type": "complete"})
                return "yes"
        return "no update arrived"


SUBSCRIPTIONS: dict[str, Read] = {"calendarUpdates": hears_updates}


async def get_route(world: World, path: str, caller: str) -> str:
    """GET a route as the caller (its token in the header), with the world's values in the path."""
    token = world.tokens[caller]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    url = path.format(
        slug="a", token=world.feed_token, name="graphiql.min.js", uid=world.session_uid
    )
    response = await world.api.http.get(url, headers=headers)
    return "yes" if response.status_code == 200 else str(response.status_code)


async def post_route(world: World, path: str, caller: str) -> str:
    """POST a page's form as the caller: a form carries its token in the body, as a reader
    types it, not in a header."""
    token = world.tokens[caller] or ""
    url = path.format(uid=world.session_uid)
    form = {
        "token": token,
        "attendees": "1",
        "contact_name": "王经理",
        "contact_phone": "0757-88881234",
    }
    response = await world.api.http.post(url, data=form)
    return "yes" if response.status_code == 200 else str(response.status_code)


def mismatches(table: Table, kind: str, observed: dict[Operation, dict[str, str]]) -> list[str]:
    """Every cell whose outcome differs from the README, all at once: one flipped cell is
    seldom the only one, and a full list says at a glance whether the table or the code moved."""
    return [
        f"{kind} {name}, {caller}: the README says {table[kind, name][caller]}, observed {word}"
        for (kind, name), row in observed.items()
        for caller, word in row.items()
        if word != table[kind, name][caller]
    ]


def rows_of(table: Table, kind: str) -> list[str]:
    """The names of the table's rows of one kind, in the README's order."""
    return [name for row_kind, name in table if row_kind == kind]


def test_every_row_can_be_performed() -> None:
    """A row this file cannot perform would be documentation nobody checks."""
    table = read_table()
    for kind, performers in (
        ("query", READS),
        ("mutation", WRITES),
        ("subscription", SUBSCRIPTIONS),
    ):
        assert sorted(rows_of(table, kind)) == sorted(performers), kind


async def test_every_operation_and_route_has_a_row(app: Starlette) -> None:
    """A new field or URL cannot ship without saying who may use it."""
    served = build_schema(schema.as_str())
    operations: set[Operation] = set()
    for kind, root in zip(
        GRAPHQL_KINDS,
        (served.query_type, served.mutation_type, served.subscription_type),
        strict=True,
    ):
        operations |= {(kind, name) for name in (root.fields if root else {})}
    for route in app.routes:
        path: str = getattr(route, "path", "")
        if path != GRAPHQL_PATH:
            methods = getattr(route, "methods", None) or {"GET"}
            operations |= {(method, path) for method in methods if method != "HEAD"}
    table = read_table()
    assert sorted(operations - table.keys()) == [], "operations without a row in the README"
    assert sorted(table.keys() - operations) == [], "rows in the README for no operation"


async def test_queries_answer_as_the_table_says(world: World) -> None:
    """Reads change nothing, so all of them share one world."""
    table = read_table()
    observed = {
        ("query", name): {caller: await READS[name](world, caller) for caller in CALLERS}
        for name in rows_of(table, "query")
    }
    problems = mismatches(table, "query", observed)
    assert not problems, "\n".join(problems)


async def test_mutations_answer_as_the_table_says_and_refusals_store_nothing(
    world: World,
) -> None:
    """In the README's order, each row's callers left to right; successes change the world
    (a rotated token, a new event) and later cells act on the world as it is then."""
    table = read_table()
    observed = {
        ("mutation", name): {caller: await write(world, name, caller) for caller in CALLERS}
        for name in rows_of(table, "mutation")
    }
    problems = mismatches(table, "mutation", observed)
    assert not problems, "\n".join(problems)


async def test_subscriptions_and_routes_answer_as_the_table_says(world: World) -> None:
    """A route's row is performed by GET with the world's values in its path parameters: a new
    route needs no code here unless it has a parameter the world has no value for."""
    table = read_table()
    observed = {
        ("subscription", name): {
            caller: await SUBSCRIPTIONS[name](world, caller) for caller in CALLERS
        }
        for name in rows_of(table, "subscription")
    }
    performers = {"GET": get_route, "POST": post_route}
    routes = {
        (kind, path): {caller: await performers[kind](world, path, caller) for caller in CALLERS}
        for kind, path in table
        if kind in performers
    }
    problems = (
        mismatches(table, "subscription", observed)
        + mismatches(table, "GET", routes)
        + mismatches(table, "POST", routes)
    )
    assert not problems, "\n".join(problems)
