"""Overlaps, slot suggestions and the coordination report, read from storage.

The judgement lives in the pure modules beside this one; this module feeds them the
sessions a question needs, found through the start index: a window widened by the
redundancy window and the longest session, never the whole table.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services import overlaps
from services.calendar.reads import CalendarFilter, session_conditions, sessions_by_id
from services.calendar.sessions import CANCELLED
from services.calendar.views import SessionView
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Session
from services.core.validation import (
    MAX_AUDIENCE_VALUES,
    MAX_DURATION,
    MAX_TOPICS,
    Collector,
    zone,
)
from services.vocabularies.checks import canons as vocabulary_canons

EVERYONE = CalendarFilter()


@dataclass(frozen=True, slots=True)
class OverlapView:
    """An overlap with the sessions it names, as readers see them."""

    overlap: overlaps.Overlap
    sessions: tuple[SessionView, ...]


@dataclass(frozen=True, slots=True)
class OverlapPage:
    overlaps: list[OverlapView]
    total: int


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
    return await _infos(db, *session_conditions(start - margin, end + margin, wanted))


def margin(window: timedelta) -> timedelta:
    """How far around a window overlap questions read: a session that could be redundant
    with one inside may start ``window`` away and last ``MAX_DURATION``."""
    return window + MAX_DURATION


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
    nearby = await sessions_near(db, start, end, wanted, margin=margin(window))
    return overlaps.find_overlaps(nearby, types=types, window=window, start=start, end=end)


async def with_sessions(db: AsyncSession, found: Sequence[overlaps.Overlap]) -> list[OverlapView]:
    """The overlaps with their sessions, read in one go."""
    by_key = await sessions_by_id(db, sorted({key for item in found for key in item.keys}))
    return [
        OverlapView(item, tuple(by_key[key] for key in item.keys if key in by_key))
        for item in found
    ]


async def overlap_page(
    db: AsyncSession,
    start: datetime,
    end: datetime,
    wanted: CalendarFilter,
    *,
    types: Collection[overlaps.OverlapType],
    window: timedelta,
    offset: int,
    limit: int,
) -> OverlapPage:
    """``limit`` overlaps from ``offset`` of those involving a session in [start, end)."""
    found = await overlaps_between(db, start, end, wanted, types=types, window=window)
    return OverlapPage(await with_sessions(db, found[offset : offset + limit]), len(found))


async def worst_overlaps_of(db: AsyncSession, session_id: int, count: int) -> list[OverlapView]:
    """The ``count`` most wasteful overlaps of one session, worst first."""
    found = sorted(await overlaps_of(db, session_id), key=lambda overlap: -overlap.score)
    return await with_sessions(db, found[:count])


async def overlaps_of(
    db: AsyncSession,
    session_id: int,
    types: Collection[overlaps.OverlapType] = tuple(overlaps.OverlapType),
) -> list[overlaps.Overlap]:
    """The overlaps of one session, as a department sees them right after posting.

    Only sessions that could overlap it are read: those of any kind running at the same
    time and, when redundancies are asked for, those of its kind starting within the
    redundancy window of its start.
    """
    found = await _infos(db, Session.id == session_id, Session.merged_into_id.is_(None))
    if not found:
        return []
    (target,) = found
    window = overlaps.DEFAULT_WINDOW
    concurrent = and_(Session.start < target.end, Session.end > target.start)
    alike = and_(Session.kind == target.kind, Session.start >= target.start - window)
    others = await _infos(
        db,
        Session.merged_into_id.is_(None),
        Session.id != session_id,
        Session.start.between(target.start - MAX_DURATION, target.start + window),
        or_(alike, concurrent) if overlaps.OverlapType.REDUNDANT in types else concurrent,
    )
    return overlaps.overlaps_with(target, others, types=types)


MAX_WINDOW_DAYS = 90
MAX_SLOT_SPAN = timedelta(days=92)
MAX_SLOTS = 50


def redundancy_window(days: int) -> timedelta:
    if not 0 < days <= MAX_WINDOW_DAYS:
        raise _refused(
            Message(
                f"`windowDays` must be between 1 and {MAX_WINDOW_DAYS}.",
                f"`windowDays` 须在 1 到 {MAX_WINDOW_DAYS} 之间。",
            )
        )
    return timedelta(days=days)


def _refused(message: Message) -> DomainError:
    return DomainError.single(ErrorCode.BAD_USER_INPUT, message)


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
    count: int


def _time(text: str, field: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError as error:
        raise _refused(
            Message(
                f"`{field}` must be a time such as 09:00.", f"`{field}` 须为 09:00 这样的时间。"
            )
        ) from error


def slot_question(
    *,
    kind: str | None,
    topics: Sequence[str],
    sectors: Sequence[str],
    regions: Sequence[str],
    duration_minutes: int,
    window: tuple[datetime, datetime],
    working_hours: tuple[str, str],
    timezone: str,
    count: int,
) -> SlotQuestion:
    """A slot question within what ``suggest_slots`` answers, or a refusal saying why not."""
    tz = zone(timezone)
    if tz is None:
        raise _refused(
            Message(f"{timezone!r} is not an IANA time zone.", f"{timezone!r} 不是 IANA 时区名。")
        )
    if not 15 <= duration_minutes <= 24 * 60 or not 1 <= count <= MAX_SLOTS:
        raise _refused(
            Message(
                f"`durationMinutes` is 15 to 1440 and `count` 1 to {MAX_SLOTS}.",
                f"`durationMinutes` 须在 15 到 1440 之间，`count` 须在 1 到 {MAX_SLOTS} 之间。",
            )
        )
    start, end = window
    if end - start > MAX_SLOT_SPAN:
        raise _refused(
            Message(
                f"Ask for at most {MAX_SLOT_SPAN.days} days at a time.",
                f"一次最多查询 {MAX_SLOT_SPAN.days} 天。",
            )
        )
    return SlotQuestion(
        kind=kind,
        topics=topics,
        sectors=sectors,
        regions=regions,
        duration=timedelta(minutes=duration_minutes),
        start=start,
        end=end,
        working_hours=(
            _time(working_hours[0], "workingHours.start"),
            _time(working_hours[1], "workingHours.end"),
        ),
        zone=tz,
        count=count,
    )


async def checked_question(db: AsyncSession, question: SlotQuestion) -> SlotQuestion:
    """The question's topics and audience made canonical as a posting's would be (a topic
    nobody posted yet is a fine thing to plan for); unknown sectors and regions are refused."""
    _, canons = await vocabulary_canons(db)
    check = Collector(("input",))
    topics = check.terms("topics", question.topics, MAX_TOPICS, canons.topics)
    sectors = check.terms("audience.sectors", question.sectors, MAX_AUDIENCE_VALUES, canons.sectors)
    regions = check.terms("audience.regions", question.regions, MAX_AUDIENCE_VALUES, canons.regions)
    check.raise_if_any()
    return dataclasses.replace(question, topics=topics, sectors=sectors, regions=regions)


async def suggest_slots(db: AsyncSession, question: SlotQuestion) -> list[overlaps.Slot]:
    existing = await sessions_near(
        db, question.start, question.end, margin=margin(overlaps.DEFAULT_WINDOW)
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
        count=question.count,
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
