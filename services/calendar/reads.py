"""Reading the merged calendar: sessions in a window, filtered, in keyset pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, exists, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.sessions import OPEN_TO_ALL
from services.calendar.views import SessionView
from services.core.models import Event, Session, SessionTag
from services.core.validation import MAX_DURATION, storable
from services.participation.figures import TakingPart, taking_part
from services.postings.departments import departments_by_id

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
class SessionPage:
    sessions: list[SessionView]
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
    """One page in (start, id) order; always five statements, however large the page."""
    clauses = session_conditions(start, end, wanted)
    total = (
        await db.execute(select(func.count()).select_from(Session).where(*clauses))
    ).scalar_one()
    query: Select[Session] = select(Session).where(*clauses)
    if after is not None:
        query = query.where(tuple_(Session.start, Session.id) > tuple_(*after))
    rows = (await db.scalars(query.order_by(Session.start, Session.id).limit(first + 1))).all()
    return SessionPage(
        sessions=await _views(db, rows[:first]), total=total, has_next=len(rows) > first
    )


async def _views(db: AsyncSession, sessions: Sequence[Session]) -> list[SessionView]:
    """Three statements for any number of sessions: their postings, those departments, and
    the seats and ratings enterprises gave them."""
    keys = [session.id for session in sessions]
    events = await events_of(db, keys)
    department_ids = [event.department_id for group in events.values() for event in group]
    departments = await departments_by_id(db, department_ids)
    figures = await taking_part(db, keys)
    return [
        SessionView.of(row, events[row.id], departments, figures.get(row.id, TakingPart()))
        for row in sessions
    ]


async def sessions_by_id(db: AsyncSession, session_ids: Sequence[int]) -> dict[int, SessionView]:
    """The sessions of these ids that exist, by id."""
    rows = (await db.scalars(select(Session).where(Session.id.in_(session_ids)))).all()
    return {view.key: view for view in await _views(db, rows)}


async def session_view(db: AsyncSession, session_id: int) -> SessionView:
    """One session that exists, as a payload shows it inside the transaction that changed it."""
    return (await sessions_by_id(db, [session_id]))[session_id]


async def events_of(db: AsyncSession, session_ids: Sequence[int]) -> dict[int, list[Event]]:
    """Every posting of these sessions, earliest first, in one statement."""
    grouped: dict[int, list[Event]] = {session_id: [] for session_id in session_ids}
    if session_ids:
        rows = await db.scalars(
            select(Event)
            .where(Event.session_id.in_(session_ids))
            .order_by(Event.created_at, Event.id)
        )
        for event in rows:
            grouped[event.session_id].append(event)
    return grouped
