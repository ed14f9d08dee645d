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

from services.calendar import sessions
from services.calendar.reads import session_view, sessions_by_id
from services.calendar.views import SessionView
from services.core.auth import Principal
from services.core.bumps import TOUCHES
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.live import Announcement, UpdateKind, announce, happened
from services.core.models import DuplicateCandidate, Event, KeepApart, Session
from services.core.validation import MAX_TITLE, clean_line
from services.matching import placement
from services.matching.explain import say
from services.postings.post import posting_view
from services.postings.views import PostingView


def _not_found(what: Message, field: tuple[str, ...]) -> DomainError:
    return DomainError.single(
        ErrorCode.NOT_FOUND, Message(f"No such {what.en}.", f"没有这个{what.zh}。"), field
    )


def _announce(db: AsyncSession, kind: UpdateKind, session: SessionView, what: Message) -> None:
    announce(db, Announcement(kind, (session.key,), happened(session.title, what)))


async def _live_sessions(db: AsyncSession, session_ids: Sequence[int]) -> Sequence[Session]:
    found = (
        await db.scalars(
            select(Session).where(Session.id.in_(session_ids), Session.merged_into_id.is_(None))
        )
    ).all()
    if len(found) != len(set(session_ids)):
        raise _not_found(
            Message("session (or it was merged away)", "场次（或已被合并）"),
            ("input", "sessionIds"),
        )
    return found


async def merge_sessions(
    db: AsyncSession, principal: Principal, session_ids: Sequence[int]
) -> SessionView:
    """One session from several; the oldest uid survives."""
    principal.require_coordinator()
    if len(set(session_ids)) < 2:
        raise DomainError.single(
            ErrorCode.INVALID,
            Message("Name at least two sessions to merge.", "请至少指定两个要合并的场次。"),
            ("input", "sessionIds"),
        )
    found = await _live_sessions(db, session_ids)
    await placement.lock_windows(db, *((session.start, session.end) for session in found))
    survivor = await sessions.merge(db, found)
    await keep_together(db, survivor.id)
    shown = await session_view(db, survivor.id)
    _announce(db, UpdateKind.MERGED, shown, Message("sessions merged", "场次已合并"))
    return shown


async def keep_together(db: AsyncSession, session_id: int) -> None:
    """Pin every posting of the session, so automatic matching never takes one out again,
    and forget the pairs among them that were to be kept apart."""
    members = (await db.scalars(select(Event.id).where(Event.session_id == session_id))).all()
    await db.execute(
        update(Event)
        .where(Event.session_id == session_id)
        .values(pinned=True)
        .execution_options(**{TOUCHES: [session_id]})
    )
    await db.execute(
        delete(KeepApart).where(
            KeepApart.low_event_id.in_(members), KeepApart.high_event_id.in_(members)
        )
    )


async def split_off(db: AsyncSession, event: Event) -> bool:
    """Give a posting a session of its own, pinned and kept apart from the postings it shared
    one with; whether there were any (a posting alone stays where it is, pinned)."""
    await placement.lock_windows(db, (event.start, event.end))
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
    return bool(others)


async def split_event(
    db: AsyncSession, principal: Principal, event_id: int
) -> tuple[PostingView, SessionView]:
    """Give a posting a session of its own, kept apart from the postings it shared one with."""
    principal.require_coordinator()
    event = await db.get(Event, event_id, with_for_update=True)
    if event is None:
        raise _not_found(Message("event", "活动"), ("input", "eventId"))
    await split_off(db, event)
    shown = await session_view(db, event.session_id)
    _announce(db, UpdateKind.CHANGED, shown, Message("split off", "已拆分"))
    return await posting_view(db, event), shown


async def dismiss_duplicate(db: AsyncSession, principal: Principal, candidate_id: int) -> None:
    """The two postings are different sessions, and stay so."""
    principal.require_coordinator()
    candidate = await db.get(DuplicateCandidate, candidate_id)
    if candidate is None:
        raise _not_found(Message("duplicate candidate", "疑似重复"), ("input", "candidateId"))
    candidate.dismissed = True
    await db.merge(
        KeepApart(
            low_event_id=candidate.low_event_id,
            high_event_id=candidate.high_event_id,
            created_at=now(),
        )
    )
    await db.flush()


async def set_session_title(
    db: AsyncSession, principal: Principal, session_id: int, title: str | None
) -> SessionView:
    """A coordinator's title wins over the postings'; null gives the earliest posting's back."""
    principal.require_coordinator()
    (session,) = await _live_sessions(db, [session_id])
    cleaned = clean_line(title) if title else None
    if cleaned and len(cleaned) > MAX_TITLE:
        raise DomainError.single(
            ErrorCode.TOO_LONG,
            Message(f"title is at most {MAX_TITLE} characters.", f"标题最多 {MAX_TITLE} 个字符。"),
            ("input", "title"),
        )
    session.title_override = cleaned or None
    await sessions.refresh(db, [session.id])
    return await session_view(db, session.id)


@dataclass(frozen=True, slots=True)
class CandidateView:
    """A grey-band pair: its two postings and the sessions each is in now."""

    key: int
    score: float
    reasons: tuple[Message, ...]
    start: datetime
    postings: tuple[PostingView, PostingView]
    sessions: tuple[SessionView, SessionView]


@dataclass(frozen=True, slots=True)
class CandidatePage:
    candidates: list[CandidateView]
    has_next: bool


async def duplicate_candidates(
    db: AsyncSession,
    principal: Principal,
    *,
    start: datetime,
    end: datetime,
    first: int,
    after: tuple[datetime, int] | None,
) -> CandidatePage:
    """Open candidates in [start, end) whose postings are still in different sessions."""
    principal.require_coordinator()
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
    shown = rows[:first]
    by_session = await sessions_by_id(
        db, sorted({key for _, low, high in shown for key in (low, high)})
    )
    candidates = []
    for candidate, low_session, high_session in shown:
        pair = (by_session[low_session], by_session[high_session])
        postings = tuple(
            next(posting for posting in session.postings if posting.key == event_id)
            for session, event_id in zip(
                pair, (candidate.low_event_id, candidate.high_event_id), strict=True
            )
        )
        candidates.append(
            CandidateView(
                key=candidate.id,
                score=candidate.score,
                reasons=tuple(map(say, candidate.reasons)),
                start=candidate.start,
                postings=(postings[0], postings[1]),
                sessions=pair,
            )
        )
    return CandidatePage(candidates, len(rows) > first)
