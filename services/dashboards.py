"""Overlaps, slot suggestions and the coordination report, read from storage.

The judgement lives in ``services.overlaps`` (pure functions); this module feeds it
the sessions a question needs, found through the start index: a window widened by
the redundancy window and the longest session, never the whole table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services import overlaps
from services.calendar import CalendarFilter, matching_sessions
from services.models import Session
from services.sessions import CANCELLED
from services.validation import MAX_DURATION

EVERYONE = CalendarFilter()


def info(row: Session) -> overlaps.SessionInfo:
    return overlaps.SessionInfo(
        key=row.id,
        kind=row.kind,
        title=row.title,
        start=row.start,
        end=row.end,
        topics=frozenset(row.topics),
        sectors=frozenset(row.sectors),
        regions=frozenset(row.regions),
        hosts=tuple(row.hosts),
        cancelled=row.status == CANCELLED,
    )


async def sessions_near(
    db: AsyncSession,
    start: datetime,
    end: datetime,
    wanted: CalendarFilter = EVERYONE,
    *,
    margin: timedelta,
) -> list[overlaps.SessionInfo]:
    """Live sessions that intersect [start - margin, end + margin) and pass the filter."""
    rows = await db.scalars(
        select(Session)
        .where(*matching_sessions(start - margin, end + margin, wanted))
        .order_by(Session.start, Session.id)
    )
    return [info(row) for row in rows]


async def overlaps_between(
    db: AsyncSession,
    start: datetime,
    end: datetime,
    wanted: CalendarFilter,
    *,
    types: Collection[overlaps.OverlapType],
    window: timedelta,
) -> list[overlaps.Overlap]:
    """Overlaps involving a session that intersects [start, end)."""
    nearby = await sessions_near(db, start, end, wanted, margin=window + MAX_DURATION)
    return overlaps.find_overlaps(nearby, types=types, window=window, start=start, end=end)


async def overlaps_of(db: AsyncSession, session_id: int) -> list[overlaps.Overlap]:
    """The overlaps of one session, as a department sees them right after posting.

    Only sessions that could overlap it are read: those starting within the redundancy
    window of its start, and those running at the same time.
    """
    row = await db.get(Session, session_id)
    if row is None or row.merged_into_id is not None:
        return []
    window = overlaps.DEFAULT_WINDOW
    rows = await db.scalars(
        select(Session).where(
            Session.merged_into_id.is_(None),
            Session.id != row.id,
            or_(
                Session.start.between(row.start - window, row.start + window),
                and_(
                    Session.start < row.end,
                    Session.end > row.start,
                    Session.start > row.start - MAX_DURATION,
                ),
            ),
        )
    )
    return overlaps.overlaps_with(info(row), [info(other) for other in rows])


@dataclass(frozen=True, slots=True)
class SlotQuestion:
    kind: str | None
    topics: Sequence[str]
    sectors: Sequence[str]
    regions: Sequence[str]
    duration: timedelta
    start: datetime
    end: datetime
    working_hours: tuple[time, time]
    zone: ZoneInfo


async def suggest_slots(
    db: AsyncSession, question: SlotQuestion, count: int
) -> list[overlaps.Slot]:
    existing = await sessions_near(
        db, question.start, question.end, margin=overlaps.DEFAULT_WINDOW + MAX_DURATION
    )
    return overlaps.suggest_slots(
        existing,
        kind=question.kind,
        topics=question.topics,
        sectors=frozenset(question.sectors),
        regions=frozenset(question.regions),
        duration=question.duration,
        start=question.start,
        end=question.end,
        working_hours=question.working_hours,
        zone=question.zone,
        count=count,
    )


async def coordination_report(
    db: AsyncSession, start: datetime, end: datetime
) -> list[overlaps.ReportRow]:
    """Per department and department pair; a merge is a session whose postings came from several departments."""
    in_window = await sessions_near(db, start, end, margin=timedelta(0))
    found = await overlaps_between(
        db, start, end, EVERYONE, types=tuple(overlaps.OverlapType), window=overlaps.DEFAULT_WINDOW
    )
    merges: Counter[str] = Counter(
        host for session in in_window if len(session.hosts) > 1 for host in session.hosts
    )
    return overlaps.coordination_report(in_window, found, merges)
