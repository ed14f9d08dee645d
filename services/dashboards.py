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

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services import overlaps
from services.calendar import CalendarFilter, matching_sessions
from services.models import Session
from services.sessions import CANCELLED
from services.validation import MAX_DURATION

EVERYONE = CalendarFilter()


_COLUMNS = (
    Session.id, Session.kind, Session.title, Session.start, Session.end, Session.topics,
    Session.sectors, Session.regions, Session.hosts, Session.status,
)  # fmt: skip


async def _infos(db: AsyncSession, *conditions: ColumnElement[bool]) -> list[overlaps.SessionInfo]:
    """Only the columns overlaps need, without ORM objects: this runs on every post."""
    rows = await db.execute(
        select(*_COLUMNS).where(*conditions).order_by(Session.start, Session.id)
    )
    return [
        overlaps.SessionInfo(
            key=key,
            kind=kind,
            title=title,
            start=start,
            end=end,
            topics=frozenset(topics),
            sectors=frozenset(sectors),
            regions=frozenset(regions),
            hosts=tuple(hosts),
            cancelled=status == CANCELLED,
        )
        for key, kind, title, start, end, topics, sectors, regions, hosts, status in rows
    ]


async def sessions_near(
    db: AsyncSession,
    start: datetime,
    end: datetime,
    wanted: CalendarFilter = EVERYONE,
    *,
    margin: timedelta,
) -> list[overlaps.SessionInfo]:
    """Live sessions that intersect [start - margin, end + margin) and pass the filter."""
    return await _infos(db, *matching_sessions(start - margin, end + margin, wanted))


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

    Only sessions that could overlap it are read: those of its kind starting within the
    redundancy window of its start, and those of any kind running at the same time.
    """
    found = await _infos(db, Session.id == session_id, Session.merged_into_id.is_(None))
    if not found:
        return []
    (target,) = found
    window = overlaps.DEFAULT_WINDOW
    others = await _infos(
        db,
        Session.merged_into_id.is_(None),
        Session.id != session_id,
        Session.start.between(target.start - MAX_DURATION, target.start + window),
        or_(
            and_(Session.kind == target.kind, Session.start >= target.start - window),
            and_(Session.start < target.end, Session.end > target.start),
        ),
    )
    return overlaps.overlaps_with(target, others)


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
