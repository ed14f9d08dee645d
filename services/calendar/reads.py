"""Reading the merged calendar: sessions in a window, filtered, in keyset pages.

Reads select the columns readers are shown, as plain rows (no ORM objects to build and
track), and a page is first only its sessions' keys and stamps: whoever shows it loads
the sessions it has no rendering of (``sessions_by_id``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.sessions import OPEN_TO_ALL
from services.calendar.views import SESSION_COLUMNS, SessionView
from services.core.models import Event, Session, SessionTag
from services.core.validation import MAX_DURATION, storable
from services.participation.figures import TakingPart, taking_part
from services.postings.departments import departments_by_id
from services.postings.views import POSTING_COLUMNS, PostingView

MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """Narrows the calendar; an empty tuple does not narrow. A session open to all sectors
    (or regions) matches every sector (or region) asked for."""

    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Member:
    """A session on a page, before anything else of it is read: ``stamp`` says which
    version of it a rendering must be of."""

    key: int
    start: datetime
    stamp: int


@dataclass(frozen=True, slots=True)
class SessionPage:
    members: list[Member]
    total: int
    has_next: bool


def _tagged(facet: str, values: tuple[str, ...], *, open_matches: bool) -> ColumnElement[bool]:
    wanted = [value for value in values if storable(value)]
    if open_matches:
        wanted.append(OPEN_TO_ALL)
    return exists().where(
        SessionTag.session_id == Session.id, SessionTag.facet == facet, SessionTag.value.in_(wanted)
    )


def session_conditions(
    start: datetime, end: datetime, wanted: CalendarFilter, *, merged_away: bool = False
) -> list[ColumnElement[bool]]:
    """Conditions for sessions that intersect [start, end) and pass the filter; sessions
    merged away are left out unless asked for."""
    return window_conditions(start, end, merged_away=merged_away) + filter_conditions(wanted)


def window_conditions(
    start: datetime, end: datetime, *, merged_away: bool = False
) -> list[ColumnElement[bool]]:
    """Sessions that intersect [start, end); the lower bound on ``start`` lets the index work."""
    clauses = [Session.start < end, Session.end > start, Session.start > start - MAX_DURATION]
    if not merged_away:
        clauses.append(Session.merged_into_id.is_(None))
    return clauses


def filter_conditions(wanted: CalendarFilter) -> list[ColumnElement[bool]]:
    """Sessions that pass the filter."""
    clauses: list[ColumnElement[bool]] = []
    if wanted.kinds:
        clauses.append(Session.kind.in_(wanted.kinds))
    if wanted.topics:
        clauses.append(_tagged("topic", wanted.topics, open_matches=False))
    if wanted.sectors:
        clauses.append(_tagged("sector", wanted.sectors, open_matches=True))
    if wanted.regions:
        clauses.append(_tagged("region", wanted.regions, open_matches=True))
    if wanted.departments:
        clauses.append(_tagged("host", wanted.departments, open_matches=False))
    return clauses


async def calendar_page(
    db: AsyncSession,
    *,
    start: datetime,
    end: datetime,
    wanted: CalendarFilter,
    first: int,
    after: tuple[datetime, int] | None,
) -> SessionPage:
    """One page's members in (start, id) order, and how many sessions all pages hold: two
    statements, however large the page."""
    clauses = session_conditions(start, end, wanted)
    total = (
        await db.execute(select(func.count()).select_from(Session).where(*clauses))
    ).scalar_one()
    query = select(Session.id, Session.start, Session.stamp).where(*clauses)
    if after is not None:
        query = query.where(tuple_(Session.start, Session.id) > tuple_(*after))
    rows = (await db.execute(query.order_by(Session.start, Session.id).limit(first + 1))).all()
    return SessionPage(
        members=[Member(key, moment, stamp) for key, moment, stamp in rows[:first]],
        total=total,
        has_next=len(rows) > first,
    )


@dataclass(frozen=True, slots=True)
class SessionsListed:
    """A page of sessions read whole, for a door that shows them all (the public page)."""

    sessions: list[SessionView]
    total: int
    has_next: bool


async def calendar_sessions(
    db: AsyncSession,
    *,
    start: datetime,
    end: datetime,
    wanted: CalendarFilter,
    first: int,
    after: tuple[datetime, int] | None,
) -> SessionsListed:
    """``calendar_page`` with its sessions read: six statements, however large the page."""
    page = await calendar_page(db, start=start, end=end, wanted=wanted, first=first, after=after)
    found = await sessions_by_id(db, [member.key for member in page.members])
    return SessionsListed([found[member.key] for member in page.members], page.total, page.has_next)


async def sessions_by_id(db: AsyncSession, session_ids: Sequence[int]) -> dict[int, SessionView]:
    """The sessions of these ids that exist, by id: four statements for any number (the
    sessions, their postings, those departments, the seats and ratings enterprises gave
    them), one ``DepartmentView`` per department."""
    rows = [
        tuple(row)
        for row in await db.execute(select(*SESSION_COLUMNS).where(Session.id.in_(session_ids)))
    ]
    keys = [row[0] for row in rows]
    events = await events_of(db, keys)
    departments = await departments_by_id(
        db, [event[2] for group in events.values() for event in group]
    )
    figures = await taking_part(db, keys)
    return {
        row[0]: SessionView.of(
            row,
            [PostingView.of_columns(event, departments[event[2]]) for event in events[row[0]]],
            figures.get(row[0], TakingPart()),
        )
        for row in rows
    }


async def session_view(db: AsyncSession, session_id: int) -> SessionView:
    """One session that exists, as a payload shows it inside the transaction that changed it."""
    return (await sessions_by_id(db, [session_id]))[session_id]


@dataclass(frozen=True, slots=True)
class Found:
    """What a session uid names now: the session, or the uid of the one it was merged into."""

    session: SessionView | None
    merged_into: str | None


async def session_by_uid(db: AsyncSession, uid: str) -> Found | None:
    """The session of this uid, or, for one merged away, the uid that survived the merges
    (followed to the last survivor); None when no session ever had this uid."""
    if not storable(uid):
        return None
    row = await db.scalar(select(Session).where(Session.uid == uid))
    if row is None:
        return None
    if row.merged_into_id is None:
        return Found(await session_view(db, row.id), None)
    seen = {row.id}
    while row.merged_into_id is not None and row.merged_into_id not in seen:
        seen.add(row.merged_into_id)
        row = await db.get_one(Session, row.merged_into_id)
    return Found(None, row.uid)


async def events_of(db: AsyncSession, session_ids: Sequence[int]) -> dict[int, list[Sequence[Any]]]:
    """Every posting of these sessions, earliest first, as values of ``POSTING_COLUMNS``, in
    one statement."""
    grouped: dict[int, list[Sequence[Any]]] = {session_id: [] for session_id in session_ids}
    if session_ids:
        rows = await db.execute(
            select(*POSTING_COLUMNS)
            .where(Event.session_id.in_(session_ids))
            .order_by(Event.created_at, Event.id)
        )
        for event in rows:
            grouped[event[1]].append(tuple(event))
    return grouped
