"""Properties of the merged calendar, whatever departments post, update and cancel, in any order.

Hypothesis generates sequences of postings, updates, cancellations, merges and splits by a
few departments, with titles from a small pool of near-identical Chinese and English ones
and times on a small grid, so that merges, near-merges, repeats and collisions happen. Each
sequence runs through the GraphQL API of the real app, in-process, on an empty SQLite or
PostgreSQL database of its own, and must leave a calendar:

- every posting is in exactly one live (not merged-away) session, the one it names;
- a session keeps one uid for life and no two sessions share one; a session merged away is
  never deleted but stays in the feed, under its own uid, pointing at a live session;
- ``/feeds/all.ics`` parses, with one VEVENT per uid; ``totalCount`` counts the live sessions;
- a session is cancelled exactly when every one of its postings is.

And a refused mutation (generated: bad times, zones, titles, URLs, rules, someone else's
event, a stale sequence, a coordinator's decision taken by a department …) answers
``userErrors`` and stores nothing: every table row, and the feed's bytes, are as before.

Each example builds its own app, so no cache outlives the database it describes; examples
are few and derandomized, and no example database is kept, so CI repeats the same run.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx
import icalendar
import pytest
from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from schema import ids
from services.core.db import Database
from services.core.models import DataVersion, ReadVersion
from tests.api import (
    ADMIN_TOKEN,
    CANCEL_EVENT,
    CREATE_DEPARTMENT,
    UPDATE_EVENT,
    Api,
    event_input,
)
from tests.conftest import started, stored_rows

DEPARTMENTS = ("tax", "customs", "safety")
TITLES = (
    "增值税留抵退税政策解读会",
    "关于举办增值税留抵退税政策解读会的通知",
    "增值税留抵退税政策解读会（第2期）",
    "VAT credit refund policy briefing",
    "Notice of VAT credit refund policy briefing",
    "安全生产责任制培训",
    "Work safety responsibility training",
)
STARTS = (
    "2027-03-05T09:00:00+08:00",
    "2027-03-05T09:30:00+08:00",
    "2027-03-05T10:00:00+08:00",
    "2027-03-05T14:00:00+08:00",
    "2027-03-06T09:00:00+08:00",
)

pytestmark = pytest.mark.slow
PLACES = ("石湾镇政务服务中心三楼报告厅", "Shiwan town service centre, hall 3", "龙江镇商会大楼")
TOPICS = ("增值税", "留抵退税", "安全生产")
SECTORS = ("manufacturing", "retail")
REGIONS = ("石湾镇", "龙江镇")
FEED = "/feeds/all.ics?from=2027-01-01&to=2028-01-01"
SEQUENCES = 40
REFUSALS = 40

SESSION = "session { id uid status events { id } }"
POST = f"mutation($input: PostEventInput!) {{ postEvent(input: $input) {{ event {{ id }} {SESSION} userErrors {{ field message code }} }} }}"
MERGE = f"mutation($input: MergeSessionsInput!) {{ mergeSessions(input: $input) {{ {SESSION} userErrors {{ field message code }} }} }}"
SPLIT = f"mutation($input: SplitEventInput!) {{ splitEvent(input: $input) {{ {SESSION} userErrors {{ field message code }} }} }}"
ADD_SOURCE = "mutation($input: AddFeedSourceInput!) { addFeedSource(input: $input) { userErrors { field message code } } }"
SET_TITLE = "mutation($input: SetSessionTitleInput!) { setSessionTitle(input: $input) { userErrors { field message code } } }"
CALENDAR = """query {
  calendar(from: "2027-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z", first: 500) {
    totalCount nodes { id uid status events { id status session { id } } }
  }
}"""

# hypothesis builds each example's app itself; the fixture only names the database
EXAMPLES = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _end(start: str, minutes: int) -> str:
    return (datetime.fromisoformat(start) + timedelta(minutes=minutes)).isoformat()


_TIMES = st.builds(
    lambda start, minutes: {"start": start, "end": _end(start, minutes)},
    st.sampled_from([STARTS[0], *STARTS]),
    st.sampled_from([60, 90, 120]),
)
_AUDIENCE = st.fixed_dictionaries(
    {
        "sectors": st.lists(st.sampled_from(SECTORS), max_size=2, unique=True),
        "regions": st.lists(st.sampled_from(REGIONS), max_size=2, unique=True),
    }
)
_FIELDS = {
    "kind": st.sampled_from(["TRAINING", "TRAINING", "PUBLICITY"]),
    "title": st.sampled_from(TITLES),
    "location": st.sampled_from([PLACES[0], *PLACES]),
    "topics": st.lists(st.sampled_from(TOPICS), max_size=2, unique=True),
    "audience": _AUDIENCE,
}


RESTORE = """mutation($input: RestoreEventInput!) {
  restoreEvent(input: $input) { session { id uid } userErrors { field message code } } }"""


@dataclass(frozen=True)
class Post:
    department: int
    external_id: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class Update:
    target: int
    fields: dict[str, Any]


@dataclass(frozen=True)
class Cancel:
    target: int


@dataclass(frozen=True)
class Merge:
    first: int
    second: int


@dataclass(frozen=True)
class Split:
    target: int


Step = Post | Update | Cancel | Merge | Split

_POST = st.builds(
    Post,
    st.integers(0, len(DEPARTMENTS) - 1),
    st.sampled_from(["e1", "e2", "e3"]),
    st.builds(lambda fields, times: fields | times, st.fixed_dictionaries(_FIELDS), _TIMES),
)
_UPDATE = st.builds(
    Update,
    st.integers(0, 20),
    st.builds(
        lambda fields, times: fields | (times or {}),
        st.fixed_dictionaries({}, optional=_FIELDS),
        st.none() | _TIMES,
    ),
)
# sampled_from, not one_of, so that the weights hold: postings, mostly, after a first few.
_STEP_KINDS: list[st.SearchStrategy[Step]] = [
    _POST,
    _POST,
    _POST,
    _UPDATE,
    st.builds(Cancel, st.integers(0, 20)),
    st.builds(Merge, st.integers(0, 20), st.integers(0, 20)),
    st.builds(Split, st.integers(0, 20)),
]
_STEP = st.sampled_from(_STEP_KINDS).flatmap(lambda steps: steps)
_STEPS = st.builds(
    lambda first, then: first + then,
    st.lists(_POST, min_size=2, max_size=6),
    st.lists(_STEP, max_size=10),
)


@asynccontextmanager
async def _fresh(database_url: str) -> AsyncIterator[tuple[Api, Database]]:
    """The app on an empty database, through its own client: no cache of an earlier example's
    data (feed blocks keyed by session id, say) survives into this one."""
    async with started(database_url) as app:
        database: Database = app.state.database
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://civical.test") as http:
            yield Api(http), database


async def _departments(api: Api) -> list[str]:
    return [await api.department(slug) for slug in DEPARTMENTS]


def _run(database_url: str, scenario: Callable[[Api, Database], Awaitable[None]]) -> None:
    async def main() -> None:
        async with _fresh(database_url) as (api, database):
            await scenario(api, database)

    asyncio.run(main())


@dataclass
class Run:
    """A generated sequence as it runs: the postings made (event id and department, in the
    order first posted), and the uid of every session seen, in an answer or on the calendar
    between steps, by session id."""

    api: Api
    tokens: list[str]
    postings: list[tuple[str, int]] = field(default_factory=list)
    cancelled: set[str] = field(default_factory=set)  # refused by updateEvent until restored
    uids: dict[str, str] = field(default_factory=dict)

    def saw(self, session: dict[str, Any] | None) -> None:
        if session is not None:
            assert self.uids.setdefault(session["id"], session["uid"]) == session["uid"]

    async def mutate(
        self, name: str, document: str, input: dict[str, Any], token: str
    ) -> dict[str, Any]:
        payload = await self.api.mutate(name, document, input, token)
        assert payload["userErrors"] == [], payload
        self.saw(payload.get("session"))
        return payload

    async def live(self) -> list[dict[str, Any]]:
        nodes: list[dict[str, Any]] = (await self.api.query(CALENDAR))["calendar"]["nodes"]
        for node in nodes:
            self.saw(node)
        return nodes

    async def step(self, step: Step) -> None:
        if isinstance(step, Post):
            posted = await self.mutate(
                "postEvent",
                POST,
                event_input(externalId=step.external_id, **step.fields),
                self.tokens[step.department],
            )
            identity = (posted["event"]["id"], step.department)
            self.cancelled.discard(posted["event"]["id"])  # posting it again revives it
            if identity not in self.postings:
                self.postings.append(identity)
            return
        if isinstance(step, Merge):
            sessions = await self.live()
            if len(sessions) > 1:
                chosen = {
                    sessions[step.first % len(sessions)]["id"],
                    sessions[step.second % len(sessions)]["id"],
                }
                if len(chosen) == 2:
                    await self.mutate(
                        "mergeSessions", MERGE, {"sessionIds": sorted(chosen)}, ADMIN_TOKEN
                    )
            return
        if not self.postings:
            return
        posting, owner = self.postings[step.target % len(self.postings)]
        if isinstance(step, Update):
            if posting in self.cancelled:
                await self.mutate("restoreEvent", RESTORE, {"id": posting}, self.tokens[owner])
                self.cancelled.discard(posting)
            await self.mutate(
                "updateEvent", UPDATE_EVENT, {"id": posting, **step.fields}, self.tokens[owner]
            )
        elif isinstance(step, Cancel):
            await self.mutate("cancelEvent", CANCEL_EVENT, {"id": posting}, self.tokens[owner])
            self.cancelled.add(posting)
        else:
            await self.mutate("splitEvent", SPLIT, {"eventId": posting}, ADMIN_TOKEN)

    async def check(self) -> None:
        calendar = (await self.api.query(CALENDAR))["calendar"]
        sessions = calendar["nodes"]
        for session in sessions:
            self.saw(session)
        assert calendar["totalCount"] == len(sessions)

        members = Counter(posting["id"] for session in sessions for posting in session["events"])
        assert members == Counter(posting for posting, _ in self.postings), (
            "each posting in one live session"
        )
        for session in sessions:
            assert all(posting["session"]["id"] == session["id"] for posting in session["events"])
            cancelled = all(posting["status"] == "CANCELLED" for posting in session["events"])
            assert session["status"] == ("CANCELLED" if cancelled else "CONFIRMED"), session

        assert len(set(self.uids.values())) == len(self.uids), "a uid names one session, ever"
        live = {session["uid"] for session in sessions}
        response = await self.api.http.get(FEED)
        assert response.status_code == 200, response.text
        vevents = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        in_feed = [str(vevent["UID"]) for vevent in vevents]
        assert len(in_feed) == len(set(in_feed)), "one VEVENT per uid"
        pointers = {
            str(vevent["UID"]): str(vevent["RELATED-TO"])
            for vevent in vevents
            if "RELATED-TO" in vevent
        }
        assert set(in_feed) - set(pointers) == live
        assert set(pointers.values()) <= live, "a merged-away session points at a live one"
        assert set(pointers) == set(self.uids.values()) - live, (
            "a session is never lost, only merged away"
        )
        cohosted = sum(len(session["events"]) > 1 for session in sessions)
        event(f"sessions merged away: {min(len(pointers), 3)}+")
        event(f"co-hosted sessions: {min(cohosted, 3)}+")
        target(float(len(pointers) + cohosted), label="merges")


@given(steps=_STEPS)
@settings(EXAMPLES, max_examples=SEQUENCES)
def test_any_sequence_of_postings_leaves_a_calendar(database_url: str, steps: list[Step]) -> None:
    async def scenario(api: Api, _database: Database) -> None:
        run = Run(api, await _departments(api))
        for step in steps:
            await run.step(step)
            await run.live()  # so a session a regrouping made, shown by no answer, is seen too
        await run.check()

    _run(database_url, scenario)


# Refusals. Each fault makes the input invalid on its own, with the codes it may answer;
# several faults in one input may answer any of theirs (identity is checked first).
TAX_EVENT, CUSTOMS_EVENT, SESSION_ID, OTHER_SESSION = (
    "<tax event>",
    "<customs event>",
    "<session>",
    "<other session>",
)
_TIME_FAULTS = st.one_of(
    st.builds(
        lambda start, back: {"start": start, "end": _end(start, -back)},
        st.sampled_from(STARTS),
        st.sampled_from([0, 30, 600]),
    ).map(lambda times: ("END_BEFORE_START", times)),
    st.sampled_from(
        [
            ("1969-12-31T23:00:00+08:00", 60),
            ("2200-01-01T00:00:00Z", 60),
            ("0001-01-01T00:00:00", 60),
        ]
    ).map(lambda bad: ("INVALID", {"start": bad[0], "end": _end(bad[0], bad[1])})),
    st.sampled_from(STARTS).map(
        lambda start: ("INVALID", {"start": start, "end": _end(start, 32 * 24 * 60)})
    ),
)
_FIELD_FAULTS = st.one_of(
    _TIME_FAULTS,
    st.sampled_from(["Mars/Base", "Asia/Shang hai", "+08:00", "../UTC"]).map(
        lambda zone: ("INVALID_TIMEZONE", {"timezone": zone})
    ),
    st.sampled_from(
        [
            {"title": "培" * 201},
            {"location": "室" * 501},
            {"description": "d" * 10_001},
            {"topics": ["税" * 101]},
        ]
    ).map(lambda long: ("TOO_LONG", long)),
    st.builds(
        lambda name, url: ("INVALID_URL", {name: url}),
        st.sampled_from(["onlineUrl", "registrationUrl"]),
        st.sampled_from(
            [
                "ftp://example.org/",
                "javascript:alert(1)",
                "http://",
                "example.org/a",
                "http://exa mple.org/",
            ]
        ),
    ),
    st.sampled_from([0, -5, 1_000_001]).map(lambda capacity: ("INVALID", {"capacity": capacity})),
    st.just(("TOO_MANY", {"topics": [f"主题{number}" for number in range(21)]})),
    st.sampled_from([" ", "\u0000\u0001", "\r\n"]).map(
        lambda title: ("REQUIRED", {"title": title})
    ),
)


DOCUMENTS = {
    "postEvent": POST,
    "updateEvent": UPDATE_EVENT,
    "cancelEvent": CANCEL_EVENT,
    "mergeSessions": MERGE,
    "splitEvent": SPLIT,
    "setSessionTitle": SET_TITLE,
    "createDepartment": CREATE_DEPARTMENT,
    "addFeedSource": ADD_SOURCE,
}


@dataclass(frozen=True)
class Refusal:
    """A mutation that must be refused: who sends it, its input (with placeholders for the
    baseline's ids) and the codes it may answer."""

    who: str
    mutation: str
    input: dict[str, Any]
    codes: frozenset[str]


def _refused(who: str, mutation: str, input: dict[str, Any], *codes: str) -> Refusal:
    return Refusal(who, mutation, input, frozenset(codes))


def _faulty(faults: list[tuple[str, dict[str, Any]]]) -> tuple[dict[str, Any], frozenset[str]]:
    """One input with every fault's fields, and every code they may answer."""
    changes: dict[str, Any] = {}
    for _, fields in faults:
        changes |= fields
    return changes, frozenset(code for code, _ in faults)


_FAULTS = st.lists(_FIELD_FAULTS, min_size=1, max_size=3).map(_faulty)
_POSTS = st.builds(
    lambda sender, faults, recurrence: Refusal(
        sender[0],
        "postEvent",
        event_input(externalId="new", **faults[0], **sender[1], **recurrence),
        faults[1] | sender[2] | ({"INVALID_RECURRENCE"} if recurrence else set()),
    ),
    st.sampled_from(
        [
            ("tax", {}, frozenset()),
            ("tax", {"department": "customs"}, frozenset({"FORBIDDEN"})),
            ("anonymous", {}, frozenset({"UNAUTHENTICATED"})),
            ("coordinator", {}, frozenset({"REQUIRED"})),
            ("coordinator", {"department": "nobody"}, frozenset({"NOT_FOUND"})),
        ]
    ),
    _FAULTS,
    st.sampled_from([{}, {"recurrence": {"rrule": "FREQ=SOMETIMES"}}]),
)
_OWN_UPDATES = st.builds(
    lambda faults: Refusal("tax", "updateEvent", {"id": TAX_EVENT, **faults[0]}, faults[1]),
    _FAULTS,
)
_OTHER_REFUSALS = st.sampled_from(
    [
        _refused("tax", "updateEvent", {"id": CUSTOMS_EVENT, "title": "改"}, "FORBIDDEN"),
        _refused("tax", "updateEvent", {"id": TAX_EVENT, "expectedSequence": 7}, "STALE_SEQUENCE"),
        _refused("anonymous", "updateEvent", {"id": TAX_EVENT, "title": "改"}, "UNAUTHENTICATED"),
        _refused(
            "tax", "updateEvent", {"id": ids.encode("Event", 99_999), "title": "改"}, "NOT_FOUND"
        ),
        _refused("customs", "cancelEvent", {"id": TAX_EVENT}, "FORBIDDEN"),
        _refused("tax", "cancelEvent", {"id": TAX_EVENT, "expectedSequence": 3}, "STALE_SEQUENCE"),
        _refused("tax", "mergeSessions", {"sessionIds": [SESSION_ID, OTHER_SESSION]}, "FORBIDDEN"),
        _refused(
            "coordinator", "mergeSessions", {"sessionIds": [SESSION_ID, SESSION_ID]}, "INVALID"
        ),
        _refused("customs", "splitEvent", {"eventId": CUSTOMS_EVENT}, "FORBIDDEN"),
        _refused("tax", "setSessionTitle", {"sessionId": SESSION_ID, "title": "题"}, "FORBIDDEN"),
        _refused(
            "coordinator",
            "setSessionTitle",
            {"sessionId": SESSION_ID, "title": "题" * 201},
            "TOO_LONG",
        ),
        _refused("coordinator", "createDepartment", {"slug": "tax", "name": "税务局"}, "TAKEN"),
        _refused("coordinator", "createDepartment", {"slug": "Bad Slug!", "name": "局"}, "INVALID"),
        _refused("tax", "createDepartment", {"slug": "ecology", "name": "生态环境局"}, "FORBIDDEN"),
        _refused("tax", "addFeedSource", {"url": "http://127.0.0.1/feed.ics"}, "FORBIDDEN_ADDRESS"),
    ]
)
_REFUSALS = st.one_of(_POSTS, _OWN_UPDATES, _OTHER_REFUSALS)


def _resolve(value: Any, names: dict[str, str]) -> Any:
    """The input with the baseline's ids in place of their placeholders."""
    if isinstance(value, dict):
        return {key: _resolve(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, names) for item in value]
    return names.get(value, value) if isinstance(value, str) else value


# addFeedSource learns that an address is refused only when it connects, so it stores the
# source first and removes it again: no row survives, but the data and read versions move on.
BOOKKEEPING = {"addFeedSource": frozenset({DataVersion.__tablename__, ReadVersion.__tablename__})}


@given(refusal=_REFUSALS)
@settings(EXAMPLES, max_examples=REFUSALS)
def test_a_refused_mutation_stores_nothing(database_url: str, refusal: Refusal) -> None:
    async def scenario(api: Api, database: Database) -> None:
        tax, customs, _safety = await _departments(api)
        tokens = {"tax": tax, "customs": customs, "coordinator": ADMIN_TOKEN, "anonymous": None}
        first = await api.mutate("postEvent", POST, event_input(externalId="t1"), tax)
        second = await api.mutate(
            "postEvent", POST, event_input(externalId="c1", title=TITLES[1]), customs
        )
        other = await api.mutate(
            "postEvent",
            POST,
            event_input(externalId="c2", title=TITLES[5], start=STARTS[3], end=_end(STARTS[3], 60)),
            customs,
        )
        names = {
            TAX_EVENT: first["event"]["id"],
            CUSTOMS_EVENT: second["event"]["id"],
            SESSION_ID: second["session"]["id"],
            OTHER_SESSION: other["session"]["id"],
        }
        without = BOOKKEEPING.get(refusal.mutation, frozenset())
        before = await stored_rows(database, without), (await api.http.get(FEED)).content

        payload = await api.mutate(
            refusal.mutation,
            DOCUMENTS[refusal.mutation],
            _resolve(refusal.input, names),
            tokens[refusal.who],
        )

        codes = {error["code"] for error in payload["userErrors"]}
        assert codes, payload
        assert codes <= refusal.codes, payload
        assert (await stored_rows(database, without), (await api.http.get(FEED)).content) == before

    _run(database_url, scenario)
