"""A coordinator's decisions about sessions. They stick: automatic matching never undoes them.

A merge pins every posting of the surviving session; a split pins the posting it
moves out and keeps it apart from the postings it left; dismissing a duplicate
candidate keeps its two postings apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from services import placement, sessions
from services.auth import Principal
from services.clock import now
from services.errors import DomainError, ErrorCode
from services.models import DuplicateCandidate, Event, KeepApart, Session
from services.validation import MAX_TITLE, clean_line


def _not_found(what: str, field: tuple[str, ...]) -> DomainError:
    return DomainError.single(ErrorCode.NOT_FOUND, f"No such {what}.", field)


async def _live_sessions(db: AsyncSession, session_ids: Sequence[int]) -> Sequence[Session]:
    found = (
        await db.scalars(
            select(Session).where(Session.id.in_(session_ids), Session.merged_into_id.is_(None))
        )
    ).all()
    if len(found) != len(set(session_ids)):
        raise _not_found("session (or it was merged away)", ("input", "sessionIds"))
    return found


async def merge_sessions(
    db: AsyncSession, principal: Principal, session_ids: Sequence[int]
) -> Session:
    """One session from several; the oldest uid survives."""
    principal.require_coordinator()
    if len(set(session_ids)) < 2:
        raise DomainError.single(
            ErrorCode.INVALID, "Name at least two sessions to merge.", ("input", "sessionIds")
        )
    found = await _live_sessions(db, session_ids)
    await placement.lock_windows(db, *(session.start for session in found))
    survivor = await sessions.merge(db, found)
    members = (await db.scalars(select(Event.id).where(Event.session_id == survivor.id))).all()
    await db.execute(update(Event).where(Event.session_id == survivor.id).values(pinned=True))
    await db.execute(
        delete(KeepApart).where(
            KeepApart.low_event_id.in_(members), KeepApart.high_event_id.in_(members)
        )
    )
    return survivor


async def split_event(db: AsyncSession, principal: Principal, event_id: int) -> Event:
    """Give a posting a session of its own, kept apart from the postings it shared one with."""
    principal.require_coordinator()
    event = await db.get(Event, event_id, with_for_update=True)
    if event is None:
        raise _not_found("event", ("input", "eventId"))
    await placement.lock_windows(db, event.start)
    others = (
        await db.scalars(
            select(Event.id).where(Event.session_id == event.session_id, Event.id != event.id)
        )
    ).all()
    event.pinned = True
    if others:
        left = event.session_id
        await sessions.new_session(db, [event])
        await sessions.refresh(db, [left])
        moment = now()
        for other in others:
            low, high = sorted((event.id, other))
            await db.merge(KeepApart(low_event_id=low, high_event_id=high, created_at=moment))
    await db.flush()
    return event


async def dismiss_duplicate(
    db: AsyncSession, principal: Principal, candidate_id: int
) -> DuplicateCandidate:
    """The two postings are different sessions, and stay so."""
    principal.require_coordinator()
    candidate = await db.get(DuplicateCandidate, candidate_id)
    if candidate is None:
        raise _not_found("duplicate candidate", ("input", "candidateId"))
    candidate.dismissed = True
    await db.merge(
        KeepApart(
            low_event_id=candidate.low_event_id,
            high_event_id=candidate.high_event_id,
            created_at=now(),
        )
    )
    await db.flush()
    return candidate


async def set_session_title(
    db: AsyncSession, principal: Principal, session_id: int, title: str | None
) -> Session:
    """A coordinator's title wins over the postings'; null gives the earliest posting's back."""
    principal.require_coordinator()
    (session,) = await _live_sessions(db, [session_id])
    cleaned = clean_line(title) if title else None
    if cleaned and len(cleaned) > MAX_TITLE:
        raise DomainError.single(
            ErrorCode.TOO_LONG, f"title is at most {MAX_TITLE} characters.", ("input", "title")
        )
    session.title_override = cleaned or None
    await sessions.refresh(db, [session.id])
    return session


@dataclass(frozen=True, slots=True)
class CandidatePage:
    candidates: Sequence[DuplicateCandidate]
    session_of: dict[int, int]  # event id -> its session id now
    has_next: bool


async def duplicate_candidates(
    db: AsyncSession,
    *,
    start: datetime,
    end: datetime,
    first: int,
    after: tuple[datetime, int] | None,
) -> CandidatePage:
    """Open candidates in [start, end) whose postings are still in different sessions."""
    low_event, high_event = Event.__table__.alias("low_event"), Event.__table__.alias("high_event")
    query = (
        select(DuplicateCandidate, low_event.c.session_id, high_event.c.session_id)
        .join(low_event, low_event.c.id == DuplicateCandidate.low_event_id)
        .join(high_event, high_event.c.id == DuplicateCandidate.high_event_id)
        .where(
            DuplicateCandidate.start >= start,
            DuplicateCandidate.start < end,
            DuplicateCandidate.dismissed.is_(False),
            low_event.c.session_id != high_event.c.session_id,
        )
    )
    if after is not None:
        query = query.where(
            tuple_(DuplicateCandidate.start, DuplicateCandidate.id) > tuple_(*after)
        )
    rows = (
        await db.execute(
            query.order_by(DuplicateCandidate.start, DuplicateCandidate.id).limit(first + 1)
        )
    ).all()
    session_of: dict[int, int] = {}
    for candidate, low_session, high_session in rows[:first]:
        session_of[candidate.low_event_id] = low_session
        session_of[candidate.high_event_id] = high_session
    return CandidatePage([row[0] for row in rows[:first]], session_of, len(rows) > first)
