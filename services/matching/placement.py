"""Placing one posting on the merged calendar: the database side of matching.

Candidates come from the events index by start time (never a scan of the table);
``services.matching.decide`` scores them. Deciding and writing happen in the
caller's transaction, under locks on the hours the candidate window touches, so two
processes placing postings of the same session at the same moment take turns and
end with one session.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services import matching
from services.calendar import sessions
from services.core.clock import now
from services.core.metrics import MATCHES
from services.core.models import Department, DuplicateCandidate, Event, KeepApart, Session

_LOCK_NAMESPACE = 0x6369  # first key of every matching lock: PostgreSQL's two-int advisory locks
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a posting landed: ``merged`` when it shares its session with other postings."""

    session_id: int
    merged: bool


def _hours(start: datetime) -> range:
    window = matching.CANDIDATE_WINDOW
    first = (start - window - _EPOCH) // timedelta(hours=1)
    last = (start + window - _EPOCH) // timedelta(hours=1)
    return range(first, last + 1)


async def lock_windows(db: AsyncSession, *starts: datetime) -> None:
    """Serialise matching around these times across processes (SQLite's writers are serial anyway)."""
    if db.get_bind().dialect.name != "postgresql":
        return
    for hour in sorted({hour for start in starts for hour in _hours(start)}):
        await db.execute(
            text("SELECT pg_advisory_xact_lock(:namespace, :hour)"),
            {"namespace": _LOCK_NAMESPACE, "hour": hour},
        )


def features(event: Event, slug: str) -> matching.Posting:
    return matching.posting(
        key=event.id or 0,
        department=slug,
        kind=event.kind,
        title=event.title,
        start=event.start,
        end=event.end,
        location=event.location,
        online_url=event.online_url,
        topics=event.topics,
        sectors=event.sectors,
        regions=event.regions,
    )


async def _kept_apart(db: AsyncSession, event_id: int | None) -> set[int]:
    if event_id is None:
        return set()
    rows = await db.execute(
        select(KeepApart.low_event_id, KeepApart.high_event_id).where(
            or_(KeepApart.low_event_id == event_id, KeepApart.high_event_id == event_id)
        )
    )
    return {low if high == event_id else high for low, high in rows}


async def _candidates(db: AsyncSession, event: Event) -> dict[int, list[matching.Posting]]:
    """Whole sessions with a posting near the event's start, less those it is kept apart from.

    Found through the start index; every member of such a session is scored, since a
    member far from the event contradicts it just as a batch rematch would judge.
    """
    window = matching.CANDIDATE_WINDOW
    nearby = select(Event.session_id).where(
        Event.start.between(event.start - window, event.start + window)
    )
    if event.id is not None:
        nearby = nearby.where(Event.id != event.id)
    rows = await db.execute(
        select(Event, Department.slug)
        .join(Department, Department.id == Event.department_id)
        .where(Event.session_id.in_(nearby.scalar_subquery()))
    )
    apart = await _kept_apart(db, event.id)
    groups: dict[int, list[matching.Posting]] = defaultdict(list)
    excluded: set[int] = set()
    for other, slug in rows:
        if other.id == event.id:
            continue
        if other.id in apart:
            excluded.add(other.session_id)
        groups[other.session_id].append(features(other, slug))
    return {session_id: group for session_id, group in groups.items() if session_id not in excluded}


async def _record_candidate(
    db: AsyncSession, event: Event, session_id: int, decision: matching.Decision
) -> None:
    """A grey-band pair for a coordinator: this posting and the earliest posting of the session."""
    other = await db.scalar(
        select(Event.id)
        .where(Event.session_id == session_id)
        .order_by(Event.created_at, Event.id)
        .limit(1)
    )
    if other is None or other == event.id:
        return
    low, high = sorted((event.id, other))
    existing = await db.scalar(
        select(DuplicateCandidate).where(
            DuplicateCandidate.low_event_id == low, DuplicateCandidate.high_event_id == high
        )
    )
    if existing is None:
        db.add(
            DuplicateCandidate(
                low_event_id=low,
                high_event_id=high,
                score=decision.score,
                reasons=list(decision.reasons),
                start=event.start,
                dismissed=False,
                created_at=now(),
            )
        )
    elif not existing.dismissed:
        existing.score, existing.reasons, existing.start = (
            decision.score,
            list(decision.reasons),
            event.start,
        )


async def _members(db: AsyncSession, session_id: int) -> int:
    count: int = (
        await db.scalar(
            select(func.count()).select_from(Event).where(Event.session_id == session_id)
        )
        or 0
    )
    return count


async def shares_session(db: AsyncSession, event: Event) -> bool:
    await db.flush()
    return await _members(db, event.session_id) > 1


async def place(
    db: AsyncSession, event: Event, slug: str, *, previous_start: datetime | None = None
) -> Placement:
    """Put a new or changed posting in its session; ``previous_start`` is set for a changed one."""
    starts = (event.start,) if previous_start is None else (event.start, previous_start)
    await lock_windows(db, *starts)
    is_new = event.id is None
    if event.pinned:
        await sessions.refresh(db, [event.session_id])
        return Placement(event.session_id, await shares_session(db, event))
    decision = matching.decide(features(event, slug), await _candidates(db, event))
    MATCHES.labels(decision.verdict.value).inc()
    target = decision.session_id if decision.verdict is matching.Verdict.MERGE else None
    if is_new:
        if target is None:
            await sessions.new_session(db, [event])
        else:
            event.session_id = target
            db.add(event)
            await sessions.refresh(db, [target])
    else:
        await _move(db, event, target)
    if decision.verdict is matching.Verdict.CANDIDATE and decision.session_id is not None:
        await db.flush()
        await _record_candidate(db, event, decision.session_id, decision)
    return Placement(event.session_id, await shares_session(db, event))


async def _move(db: AsyncSession, event: Event, target: int | None) -> None:
    """A changed posting stays, joins ``target``, or leaves for a session of its own."""
    current = event.session_id
    alone = await _members(db, current) == 1
    if target == current or (target is None and alone):
        await sessions.refresh(db, [current])
    elif target is None:
        await sessions.new_session(db, [event])
        await sessions.refresh(db, [current])
    elif alone:
        both = (await db.scalars(select(Session).where(Session.id.in_([current, target])))).all()
        await sessions.merge(db, both)
    else:
        event.session_id = target
        await sessions.refresh(db, [current, target])
