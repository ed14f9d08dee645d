"""Sessions derived from their postings.

The rule, in the words the README uses: the earliest posting that is not cancelled
gives the session its kind, times and place; its title is the cleanest of its postings'
titles, decorations stripped (a coordinator may set the title instead); later postings
only fill what the earliest left empty. Topics are the union of all
postings' topics; an audience that one posting leaves open (no sectors, or no regions)
makes the session open too. Hosts are all posting departments. A session is
cancelled only when every posting is. When sessions merge, the oldest survives with
its uid; the others are retired, pointing at it, so feeds can tell calendars. A session
that gains a host tells every host (``notifications``), whichever way it happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from services.core import bumps
from services.core.bumps import TOUCHES
from services.core.clock import now
from services.core.db import chunked
from services.core.kinds import Status
from services.core.models import Department, Event, Session, SessionTag
from services.matching.titles import title_features
from services.notifications import messages
from services.participation import following, merges

CONFIRMED = Status.CONFIRMED.value
CANCELLED = Status.CANCELLED.value
OPEN_TO_ALL = "*"
_DERIVED = (
    "kind", "title", "description", "start", "end", "timezone", "location",
    "online_url", "registration_url", "topics", "sectors", "regions", "hosts", "status",
)  # fmt: skip


def _first(values: Iterable[Any]) -> Any:
    return next((value for value in values if value), None)


def _union(lists: Iterable[list[str]]) -> list[str]:
    return list(dict.fromkeys(value for values in lists for value in values))


def _audience(lists: Sequence[list[str]]) -> list[str]:
    return [] if any(not values for values in lists) else _union(lists)


def derive(
    events: Sequence[Event], slugs: Mapping[int, str], title_override: str | None = None
) -> dict[str, Any]:
    """The session's fields from its postings (see the module docstring for the rule)."""
    ordered = sorted(events, key=lambda event: (event.created_at, event.id or 0))
    active = [event for event in ordered if event.status != CANCELLED]
    basis = active or ordered
    head = basis[0]
    return {
        "kind": head.kind,
        "title": title_override or display_title(basis),
        "description": _first(event.description for event in basis),
        "start": head.start,
        "end": head.end,
        "timezone": head.timezone,
        "location": _first(event.location for event in basis),
        "online_url": _first(event.online_url for event in basis),
        "registration_url": _first(event.registration_url for event in basis),
        "topics": _union(event.topics for event in basis),
        "sectors": _audience([event.sectors for event in basis]),
        "regions": _audience([event.regions for event in basis]),
        "hosts": list(dict.fromkeys(slugs[event.department_id] for event in ordered)),
        "status": CONFIRMED if active else CANCELLED,
    }


def display_title(events: Sequence[Event]) -> str:
    """The cleanest of the postings' titles, decorations stripped ("【报名】２０２７年度纳税人学堂
    第５期" shows as "纳税人学堂第5期"): the one that lost least to cleaning, earliest first."""
    cleaned = [
        (len(event.title) - len(display), display)
        for event in events
        for display in (title_features(event.title).display,)
    ]
    return min(cleaned, key=lambda item: item[0])[1]


def tags_of(session_id: int, fields: dict[str, Any]) -> list[dict[str, object]]:
    """The session_tags rows of a session with these fields."""
    facets = [("topic", fields["topics"]), ("host", fields["hosts"])]
    facets += [
        ("sector", fields["sectors"] or [OPEN_TO_ALL]),
        ("region", fields["regions"] or [OPEN_TO_ALL]),
    ]
    return [
        {"session_id": session_id, "facet": facet, "value": value}
        for facet, values in facets
        for value in values
    ]


async def _insert_tags(db: AsyncSession, rows: list[dict[str, object]]) -> None:
    if rows:
        await db.execute(insert(SessionTag), rows)


async def _slugs(db: AsyncSession, events: Iterable[Event]) -> dict[int, str]:
    ids = {event.department_id for event in events}
    rows = await db.execute(select(Department.id, Department.slug).where(Department.id.in_(ids)))
    return {department_id: slug for department_id, slug in rows}  # noqa: C416 - rows are Row objects


async def new_session(db: AsyncSession, events: Sequence[Event]) -> Session:
    """A fresh session with a new uid for these postings, which are moved (or added) into it."""
    fields = derive(events, await _slugs(db, events))
    moment = now()
    session = Session(
        uid=f"{uuid.uuid4()}@civical", sequence=0, created_at=moment, updated_at=moment, **fields
    )
    db.add(session)
    await db.flush()
    for event in events:
        event.session_id = session.id
    db.add_all(events)
    await _insert_tags(db, tags_of(session.id, fields))
    await db.flush()
    if len(fields["hosts"]) > 1:
        await messages.merged(db, session, fields["hosts"][1:])
    return session


async def refresh(db: AsyncSession, session_ids: Iterable[int]) -> None:
    """Re-derive these sessions after their postings changed.

    Two transactions changing postings of one session (one department cancels while
    another joins) would each derive it from the other's old postings, and the last to
    commit would win with a session that matches neither. So the sessions are locked
    first, in id order, and their postings read afresh once the lock is held: whoever
    derives last sees every committed change (PostgreSQL; SQLite's writers are serial).
    """
    ids = sorted(set(session_ids))
    if not ids:
        return
    await db.flush()
    fresh = {"populate_existing": True}  # not the copies this transaction loaded before the lock
    sessions = (
        await db.scalars(
            select(Session)
            .where(Session.id.in_(ids))
            .order_by(Session.id)
            .with_for_update()
            .execution_options(**fresh)
        )
    ).all()
    events = (
        await db.scalars(select(Event).where(Event.session_id.in_(ids)).execution_options(**fresh))
    ).all()
    by_session: dict[int, list[Event]] = {session_id: [] for session_id in ids}
    for event in events:
        by_session[event.session_id].append(event)
    await rederive(db, sessions, by_session, await _slugs(db, events))


async def rederive(
    db: AsyncSession,
    sessions: Iterable[Session],
    members: Mapping[int, Sequence[Event]],
    slugs: Mapping[int, str],
) -> None:
    """Store each session's fields as its postings now give them; a change raises the SEQUENCE
    and is told to the enterprises registered for the session."""
    changed: list[tuple[Session, dict[str, Any]]] = []
    grown: list[tuple[Session, list[str]]] = []  # sessions that gained hosts, and those hosts
    told: list[tuple[Session, following.Before]] = []
    for session in sessions:
        fields = derive(members[session.id], slugs, session.title_override)
        if any(getattr(session, name) != fields[name] for name in _DERIVED):
            joined = [slug for slug in fields["hosts"] if slug not in session.hosts]
            if joined and len(fields["hosts"]) > 1:
                grown.append((session, joined))
            told.append((session, following.Before.of(session)))
            changed.append((session, fields))
    await _write(db, changed)
    for chunk in chunked([session.id for session, _ in changed]):
        await db.execute(
            delete(SessionTag).where(SessionTag.session_id.in_(chunk)),
            execution_options={"synchronize_session": False},  # tags are never loaded as objects
        )
    await _insert_tags(
        db, [tag for session, fields in changed for tag in tags_of(session.id, fields)]
    )
    await db.flush()
    for session, joined in grown:
        await messages.merged(db, session, joined)
    await following.changed(db, told)


async def _write(db: AsyncSession, changed: Sequence[tuple[Session, dict[str, Any]]]) -> None:
    """Write re-derived sessions in one prepared statement, their SEQUENCE raised.

    The ORM would flush each session with its own set of changed columns, one statement
    apiece, which is most of a rematch's time; here every row sets every derived column,
    and the loaded objects take the written values as committed.
    """
    if not changed:
        return
    moment = now()
    table = cast(Table, Session.__table__)
    columns = (*_DERIVED, "sequence", "updated_at")
    rows = []
    for session, fields in changed:
        if (session.start, session.end) != (fields["start"], fields["end"]):
            bumps.note_days(db, session.start, session.end)  # the days it leaves
        values = fields | {"sequence": session.sequence + 1, "updated_at": moment}
        for name in columns:
            set_committed_value(session, name, values[name])
        rows.append({"session_id": session.id} | {f"new_{name}": values[name] for name in columns})
    await db.execute(
        update(table)
        .where(table.c.id == bindparam("session_id"))
        .values({name: bindparam(f"new_{name}", type_=table.c[name].type) for name in columns})
        .execution_options(**{TOUCHES: [session.id for session, _ in changed]}),
        rows,
    )


async def retire(db: AsyncSession, retirements: Sequence[tuple[Session, Session]]) -> None:
    """Merged-away sessions stay as CANCELLED pointers to their survivors, for feeds to publish.

    Takes (retired, survivor) pairs; sessions retired earlier into a retired one are
    re-pointed at its survivor, so every pointer leads to a live session in one step.
    Enterprises' registrations, ratings and complaints move to the survivor, and the
    enterprises registered are told.
    """
    if not retirements:
        return
    moment = now()
    for session, survivor in retirements:
        session.merged_into_id = survivor.id
        session.status = CANCELLED
        session.sequence += 1
        session.updated_at = moment
    table = cast(Table, Session.__table__)
    pointing = await db.scalars(
        select(Session.id).where(
            Session.merged_into_id.in_([session.id for session, _ in retirements])
        )
    )
    await db.execute(
        update(table)
        .where(table.c.merged_into_id == bindparam("retired"))
        .values(merged_into_id=bindparam("survivor"))
        .execution_options(**{TOUCHES: pointing.all()}),  # their feeds name the new survivor
        [{"retired": session.id, "survivor": survivor.id} for session, survivor in retirements],
    )
    await following.merged(db, retirements)
    await merges.follow(db, {session.id: survivor.id for session, survivor in retirements})


async def merge(db: AsyncSession, sessions: Sequence[Session]) -> Session:
    """Merge sessions into the oldest, whose uid survives; the others are retired."""
    ordered = sorted(sessions, key=lambda session: (session.created_at, session.id))
    survivor, merged = ordered[0], ordered[1:]
    if merged:
        await db.execute(
            update(Event)
            .where(Event.session_id.in_([session.id for session in merged]))
            .values(session_id=survivor.id)
            .execution_options(
                synchronize_session="fetch", **{TOUCHES: [session.id for session in sessions]}
            )
        )
        await retire(db, [(session, survivor) for session in merged])
        await refresh(db, [survivor.id])
    return survivor
