"""Crash safety: kill -9 the server while departments post, restart it, and lose nothing.

Ten departments post, re-post, update and cancel through a real ``python server.py``;
pairs of them post the same session at the same moment. After enough answers the
process is SIGKILLed with requests in flight, then started again on the same database.
Every answered change must be stored (an unanswered one may or may not be), and the
stored calendar must be one that civical could have built: no half-written posting,
session or merge.
"""

from __future__ import annotations

import asyncio
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select

from services.calendar import sessions
from services.calendar.sessions import CANCELLED, CONFIRMED
from services.core.db import Database
from services.core.models import Department, Event, Session, SessionTag
from tests.api import ADMIN_TOKEN, CANCEL_EVENT, POST_EVENT, UPDATE_EVENT, Api, event_input
from tests.conftest import fresh_deployment
from tests.process import Server, running

pytestmark = pytest.mark.slow

SEED = 20270305
POSTERS = 10  # departments crash0 … crash9; crash(2k) and crash(2k+1) post the same sessions
KILL_AFTER = 60  # answered changes before the kill: enough that the crash lands mid-stream
CHANGES = ("cancel", "update", "repost")
MAX_STEPS = 400  # a bound on each poster should the kill never come
FIRST_START = datetime(2031, 4, 1, 8, tzinfo=ZoneInfo("Asia/Shanghai"))
SUBJECTS = [
    ("增值税留抵退税政策解读会", "增值税"),
    ("安全生产责任制培训", "安全生产"),
    ("出口退税政策宣讲会", "出口退税"),
    ("Data security compliance training", "数据安全"),
    ("食品经营许可宣讲会", "食品安全"),
    ("社会保险费申报实务培训", "社保"),
]
TOWNS = ["石湾镇", "龙江镇", "桥头镇", "城关街道"]

Key = tuple[str, str]  # (department slug, externalId): a posting as its department knows it


@dataclass(frozen=True, slots=True)
class State:
    """What a posting holds; a test compares only what the posters change."""

    title: str
    description: str | None
    sequence: int
    status: str


@dataclass
class Ledger:
    """What the posters were told, and what their unanswered requests would have stored."""

    acked: dict[Key, State] = field(default_factory=dict)
    pending: dict[Key, State] = field(default_factory=dict)
    ids: dict[Key, str] = field(default_factory=dict)
    uids: dict[Key, str] = field(default_factory=dict)
    slots: dict[Key, str] = field(default_factory=dict)
    inputs: dict[Key, dict[str, Any]] = field(default_factory=dict)
    paired: set[Key] = field(default_factory=set)
    answers: int = 0
    in_flight: int = 0
    in_flight_at_kill: int = -1
    enough: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class Slots:
    """Each named slot gets its own start, three hours from any other, so only a pair's
    two postings are ever candidates for one session."""

    starts: dict[str, int] = field(default_factory=dict)

    def fields(self, name: str, variant: bool) -> dict[str, Any]:
        index = self.starts.setdefault(name, len(self.starts))
        subject, topic = SUBJECTS[index % len(SUBJECTS)]
        if variant:  # the partner department words its notice its own way
            subject = f"Notice of {subject}" if subject.isascii() else f"关于举办{subject}的通知"
        start = FIRST_START + timedelta(days=index // 4, hours=3 * (index % 4))
        return event_input(
            externalId=name,
            title=subject,
            start=start.isoformat(),
            end=(start + timedelta(hours=2)).isoformat(),
            location=f"{TOWNS[index % len(TOWNS)]}政务服务中心三楼报告厅",
            topics=[topic],
        )


@dataclass(frozen=True, slots=True)
class Change:
    """One request a poster sends, and what it stores if it is carried out."""

    key: Key
    expected: State
    document: str
    variables: dict[str, Any]


def _new_posting(ledger: Ledger, slots: Slots, key: Key, *, paired: bool, variant: bool) -> Change:
    fields = slots.fields(key[1], variant=variant)
    ledger.slots[key], ledger.inputs[key] = key[1], fields
    if paired:
        ledger.paired.add(key)
    return Change(key, State(fields["title"], None, 0, CONFIRMED), POST_EVENT, {"input": fields})


def _changed_posting(ledger: Ledger, key: Key, action: str, step: int) -> Change:
    """A cancel, an update, or a re-post (which also revives a cancelled posting) of an
    acknowledged posting; a paired posting changes only its description, so it stays merged."""
    acked, id_ = ledger.acked[key], ledger.ids[key]
    if action == "cancel" and acked.status == CONFIRMED:
        expected = replace(acked, sequence=acked.sequence + 1, status=CANCELLED)
        return Change(key, expected, CANCEL_EVENT, {"input": {"id": id_}})
    first = ledger.inputs[key]["title"]
    title = first if key in ledger.paired else f"{first}·{step}"
    changes = {"title": title, "description": f"第{step}步"}
    if action == "update" and acked.status == CONFIRMED:  # a cancelled one is re-posted instead
        expected = State(title, changes["description"], acked.sequence + 1, acked.status)
        update = {"id": id_, "expectedSequence": acked.sequence} | changes
        return Change(key, expected, UPDATE_EVENT, {"input": update})
    expected = State(title, changes["description"], acked.sequence + 1, CONFIRMED)
    return Change(key, expected, POST_EVENT, {"input": ledger.inputs[key] | changes})


async def _send(api: Api, ledger: Ledger, change: Change) -> bool:
    """Whether the server answered: the change is pending until then, and acknowledged after.

    Anything but a clean answer from a live server fails the test.
    """
    ledger.pending[change.key] = change.expected
    ledger.in_flight += 1
    try:
        response = await api.raw(change.document, change.variables)
    except httpx.TransportError:
        return False
    finally:
        ledger.in_flight -= 1
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    assert payload["userErrors"] == [], payload
    event = payload["event"]
    ledger.acked[change.key] = State(
        event["title"], event["description"], event["sequence"], event["status"]
    )
    ledger.ids[change.key], ledger.uids[change.key] = event["id"], payload["session"]["uid"]
    del ledger.pending[change.key]
    ledger.answers += 1
    if ledger.answers >= KILL_AFTER:
        ledger.enough.set()
    return True


async def _poster(
    base: str, token: str, slug: str, number: int, ledger: Ledger, slots: Slots
) -> None:
    """Three steps in turn: post this pair's next shared session, at the moment the partner
    does; change this department's posting of a shared session, which the partner changes
    at the same moment too; post or change a session of this department's own."""
    rng, pair = random.Random(SEED + number), number // 2
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
        api, own = Api(http), list[Key]()
        for step in range(MAX_STEPS):
            if step % 3 == 0:
                key = (slug, f"pair{pair}-{step // 3}")
                change = _new_posting(ledger, slots, key, paired=True, variant=number % 2 == 1)
            elif step % 3 == 1:
                shared = random.Random(SEED + 1000 * pair + step).randrange(step // 3 + 1)
                key = (slug, f"pair{pair}-{shared}")
                change = _changed_posting(ledger, key, rng.choice(CHANGES), step)
            elif own and (action := rng.choice(["new", *CHANGES])) != "new":
                change = _changed_posting(ledger, rng.choice(own), action, step)
            else:
                key = (slug, f"{slug}-{step}")
                change = _new_posting(ledger, slots, key, paired=False, variant=False)
                own.append(key)
            if not await _send(api, ledger, change):
                return


async def _crash_while_posting(server: Server, tokens: dict[str, str]) -> Ledger:
    """Post from every department at once and SIGKILL the server mid-stream."""
    ledger, slots = Ledger(), Slots()

    async def kill_when_enough() -> None:
        await ledger.enough.wait()
        await asyncio.sleep(random.Random(SEED).uniform(0, 0.05))
        ledger.in_flight_at_kill = ledger.in_flight
        server.kill()

    posters = [
        _poster(server.base, token, slug, number, ledger, slots)
        for number, (slug, token) in enumerate(tokens.items())
    ]
    await asyncio.gather(kill_when_enough(), *posters)
    return ledger


@dataclass(frozen=True, slots=True)
class Stored:
    """The calendar as the database holds it, read beneath the API so nothing is hidden."""

    events: dict[Key, Event]
    slugs: dict[int, str]
    sessions: dict[int, Session]
    tags: dict[int, set[tuple[str, str]]]


async def _read(url: str) -> Stored:
    database = Database(url)
    try:
        async with database.reading() as db:
            slugs = {row.id: row.slug for row in await db.scalars(select(Department))}
            events = {
                (slugs[e.department_id], e.external_id): e for e in await db.scalars(select(Event))
            }
            rows = await db.scalars(select(Session))
            tags: dict[int, set[tuple[str, str]]] = defaultdict(set)
            for tag in await db.scalars(select(SessionTag)):
                tags[tag.session_id].add((tag.facet, tag.value))
            return Stored(events, slugs, {row.id: row for row in rows}, tags)
    finally:
        await database.dispose()


def _state(event: Event) -> State:
    return State(event.title, event.description, event.sequence, event.status)


def _problems(stored: Stored, ledger: Ledger) -> list[str]:
    """Everything wrong with the stored calendar, given what the posters were told."""
    return _untold(stored, ledger) + _half_stored(stored) + _mismatched(stored, ledger)


def _untold(stored: Stored, ledger: Ledger) -> list[str]:
    """Postings lost, or stored in a state no request asked for."""
    problems = []
    for key, acked in ledger.acked.items():
        event = stored.events.get(key)
        if event is None:
            problems.append(f"acknowledged posting {key} is lost")
        elif _state(event) not in (acked, ledger.pending.get(key)):
            problems.append(f"{key} is {_state(event)}, acknowledged as {acked}")
    for key, event in stored.events.items():
        if key not in ledger.acked and _state(event) != ledger.pending.get(key):
            problems.append(f"{key} is stored as {_state(event)} but was never posted so")
    return problems


def _half_stored(stored: Stored) -> list[str]:
    """Sessions that their postings do not make: every posting in one live session, every
    live session made of postings, and its fields and tags derived from exactly those."""
    problems = []
    live = {id_: row for id_, row in stored.sessions.items() if row.merged_into_id is None}
    members: dict[int, list[Event]] = defaultdict(list)
    for key, event in stored.events.items():
        if event.session_id not in live:
            problems.append(f"{key} belongs to session {event.session_id}, which is not live")
        members[event.session_id].append(event)
    for session_id, session in live.items():
        if not members[session_id]:
            problems.append(f"live session {session.uid} has no postings")
            continue
        derived = sessions.derive(members[session_id], stored.slugs, session.title_override)
        stale = {
            name: (getattr(session, name), value)
            for name, value in derived.items()
            if getattr(session, name) != value
        }
        if stale:
            problems.append(f"session {session.uid} has (stored, derived) {stale}")
        tags = {(tag["facet"], tag["value"]) for tag in sessions.tags_of(session_id, derived)}
        if stored.tags[session_id] != tags:
            problems.append(f"session {session.uid} has tags {stored.tags[session_id]}, not {tags}")
    return problems


def _mismatched(stored: Stored, ledger: Ledger) -> list[str]:
    """Sessions joining postings of different slots, and pairs left in two sessions."""
    slots: dict[int, set[str]] = defaultdict(set)
    pairs: dict[str, set[int]] = defaultdict(set)
    for key, event in stored.events.items():
        slot = ledger.slots.get(key, "never posted")
        slots[event.session_id].add(slot)
        if key in ledger.paired:
            pairs[slot].add(event.session_id)
    return [
        *(
            f"session {id_} merges slots {sorted(names)}"
            for id_, names in slots.items()
            if len(names) > 1
        ),
        *(
            f"pair {name} is split over sessions {ids}"
            for name, ids in pairs.items()
            if len(ids) > 1
        ),
    ]


async def _departments(base: str) -> dict[str, str]:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        api = Api(http)
        return {f"crash{n}": await api.department(f"crash{n}") for n in range(POSTERS)}


async def _duplicate_after_restart(base: str, ledger: Ledger) -> None:
    """A new department posts a session that one department posted before the crash."""
    key = next(
        key
        for key, state in ledger.acked.items()
        if key not in ledger.paired and key not in ledger.pending and state.status == CONFIRMED
    )
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        api = Api(http)
        late = await api.department("late")
        title = ledger.acked[key].title
        payload = await api.post(
            late, **(ledger.inputs[key] | {"title": title, "externalId": "late"})
        )
    assert payload["userErrors"] == [], payload
    assert payload["merged"], payload
    assert payload["session"]["uid"] == ledger.uids[key]
    assert {host["slug"] for host in payload["session"]["hosts"]} == {key[0], "late"}
    ledger.acked["late", "late"] = State(title, None, 0, CONFIRMED)
    ledger.slots["late", "late"], ledger.ids["late", "late"] = key[1], payload["event"]["id"]


async def _served(base: str) -> dict[str, State]:
    """Every posting the restarted server shows on its calendar, by its id."""
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        window = {
            "from": FIRST_START.isoformat(),
            "to": (FIRST_START + timedelta(days=365)).isoformat(),
        }
        page = await Api(http).calendar(**window, first=500)
    assert not page["pageInfo"]["hasNextPage"]
    return {
        event["id"]: State(event["title"], None, event["sequence"], event["status"])
        for edge in page["edges"]
        for event in edge["node"]["events"]
    }


def _unserved(served: dict[str, State], ledger: Ledger) -> list[Key]:
    """Acknowledged postings the calendar does not show as told (the calendar omits descriptions)."""

    def told(key: Key) -> set[State]:
        states = (ledger.acked[key], ledger.pending.get(key))
        return {replace(state, description=None) for state in states if state is not None}

    return [key for key in ledger.acked if served.get(ledger.ids[key]) not in told(key)]


def test_a_killed_server_keeps_every_acknowledged_posting(database_url: str) -> None:
    asyncio.run(fresh_deployment(database_url))
    with running(database_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as server:
        tokens = asyncio.run(_departments(server.base))
        ledger = asyncio.run(_crash_while_posting(server, tokens))
    assert ledger.in_flight_at_kill > 0, "the kill came between requests, so it tested nothing"
    with running(database_url, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as server:
        assert _problems(asyncio.run(_read(database_url)), ledger) == []
        assert _unserved(asyncio.run(_served(server.base)), ledger) == []
        asyncio.run(_duplicate_after_restart(server.base, ledger))
        assert _problems(asyncio.run(_read(database_url)), ledger) == []
