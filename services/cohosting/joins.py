"""A department's own decisions about sessions: join one as a co-host, or leave one.

Joining is the department's answer to a suggestion or an invitation: its posting (a new one,
or the twin it posted already, by ``externalId``) takes the session's title, time, place,
topics and audience, keeps its own seats and registration link, and stays in the session
as a coordinator's merge would (every posting pinned). A twin's own session, left empty, is
retired into the joined one, so calendars that saw it are told where it went. Leaving is a
department's own split. Both are recorded for the coordinator and the report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar import sessions
from services.calendar.reads import session_view
from services.calendar.sessions import CANCELLED, CONFIRMED
from services.calendar.views import SessionView
from services.cohosting.record import CohostingDecisionKind, record
from services.coordination.decisions import keep_together, split_off
from services.core.auth import Principal
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.live import Announcement, UpdateKind, announce
from services.core.models import Department, Event, Session
from services.core.validation import EventFields, RawEvent, validate_event, validate_external_id
from services.matching import placement
from services.postings import events
from services.postings.post import posting_view
from services.postings.views import PostingView


@dataclass(frozen=True, slots=True)
class Extras:
    """What a joining department says of its own: a note (its posting's description), its
    seats and its registration link."""

    note: str | None = None
    capacity: int | None = None
    registration_url: str | None = None


def _refused(code: ErrorCode, message: Message, field: tuple[str, ...]) -> DomainError:
    return DomainError.single(code, message, field)


async def joinable_session(
    db: AsyncSession, session_id: int, field: tuple[str, ...] = ("input", "sessionId")
) -> Session:
    """The live session of this id (its survivor, if it was merged away), locked; refused if
    there is none, or it is cancelled or has started."""
    session = await db.get(Session, session_id)
    if session is not None and session.merged_into_id is not None:
        session = await db.get(Session, session.merged_into_id)
    if session is None:
        raise _refused(ErrorCode.NOT_FOUND, Message("No such session.", "没有这个场次。"), field)
    if session.status == CANCELLED:
        raise _refused(
            ErrorCode.INVALID,
            Message("The session was cancelled.", "该场次已取消。"),
            field,
        )
    if session.start <= now():
        raise _refused(
            ErrorCode.INVALID,
            Message(
                "The session has started; it can no longer be joined.", "该场次已开始，无法再加入。"
            ),
            field,
        )
    return session


async def hosting_posting(db: AsyncSession, session_id: int, department_id: int) -> Event | None:
    """The department's posting in this session, if it hosts it."""
    found: Event | None = await db.scalar(
        select(Event)
        .where(Event.session_id == session_id, Event.department_id == department_id)
        .order_by(Event.id)
        .limit(1)
    )
    return found


def _fields(session: Session, extras: Extras, twin: Event | None) -> RawEvent:
    """The session's details, with the department's own extras (a twin keeps what it had)."""
    kept = Extras(twin.description, twin.capacity, twin.registration_url) if twin else Extras()
    return RawEvent(
        kind=session.kind,
        title=session.title,
        description=kept.note if extras.note is None else extras.note,
        start=session.start,
        end=session.end,
        timezone=session.timezone,
        location=session.location,
        online_url=session.online_url,
        topics=session.topics,
        sectors=session.sectors,
        regions=session.regions,
        capacity=kept.capacity if extras.capacity is None else extras.capacity,
        registration_url=kept.registration_url
        if extras.registration_url is None
        else extras.registration_url,
    )


async def join(
    db: AsyncSession,
    principal: Principal,
    session_id: int,
    *,
    external_id: str | None,
    extras: Extras,
    department: str | None = None,
    invitation_id: int | None = None,
) -> tuple[PostingView, SessionView]:
    """Make the department a host of the session through a posting of its own; the same
    ``external_id`` again changes nothing (or only the extras it names)."""
    owner = await events.posting_department(db, principal, department)
    external_id = validate_external_id(external_id)
    session = await joinable_session(db, session_id)
    existing = None
    if external_id is not None:
        existing = await db.scalar(
            select(Event)
            .where(Event.department_id == owner.id, Event.external_id == external_id)
            .with_for_update()
        )
    if existing is not None and (existing.series_id or existing.source_id):
        raise _refused(
            ErrorCode.INVALID,
            Message(
                "An occurrence of a series or an imported event changes with its origin; "
                "join with an externalId of its own.",
                "系列活动的场次或导入的活动会随来源变化，请用另一个 externalId 加入。",
            ),
            ("input", "externalId"),
        )
    hosting = await hosting_posting(db, session.id, owner.id)
    if hosting is not None and (existing is None or hosting.id != existing.id):
        raise _refused(
            ErrorCode.TAKEN,
            Message(
                f"{owner.name} hosts this session already (its event {hosting.external_id!r}).",
                f"{owner.name}已是该场次的主办部门（活动 {hosting.external_id!r}）。",
            ),
            ("input", "sessionId"),
        )
    fields = validate_event(_fields(session, extras, existing))
    others = [slug for slug in session.hosts if slug != owner.slug]
    await placement.lock_windows(
        db,
        (session.start, session.end),
        *(((existing.start, existing.end),) if existing is not None else ()),
    )
    if existing is None:
        event = await _new_posting(db, owner, session, external_id, fields)
    elif existing.session_id == session.id and not events.differs(existing, fields):
        event = existing
    else:
        event = await _moved_posting(db, existing, session, fields)
    if hosting is None:
        await keep_together(db, session.id)
        record(db, CohostingDecisionKind.JOINED, event, session, others, invitation_id)
    shown = await session_view(db, session.id)
    announce(
        db,
        Announcement(
            UpdateKind.MERGED,
            (shown.key,),
            Message(
                f"{shown.title}: {owner.name} joined", f"{shown.title}：{owner.name} 加入联合举办"
            ),
        ),
    )
    return await posting_view(db, event), shown


async def _new_posting(
    db: AsyncSession,
    owner: Department,
    session: Session,
    external_id: str | None,
    fields: EventFields,
) -> Event:
    moment = now()
    event = Event(
        department_id=owner.id,
        external_id=external_id or str(uuid.uuid4()),
        session_id=session.id,
        sequence=0,
        status=CONFIRMED,
        pinned=True,
        created_at=moment,
        updated_at=moment,
        **{name: getattr(fields, name) for name in events.FIELDS},
    )
    db.add(event)
    await sessions.refresh(db, [session.id])
    return event


async def _moved_posting(
    db: AsyncSession, event: Event, session: Session, fields: EventFields
) -> Event:
    """The department's twin takes the session's details and moves in; its old session, if
    nobody else is left in it, is retired into this one."""
    left = event.session_id
    events.apply(event, fields)
    events.touch(event)
    event.status = CONFIRMED
    event.pinned = True
    event.session_id = session.id
    await db.flush()
    if left != session.id:
        remaining = await db.scalar(
            select(func.count()).select_from(Event).where(Event.session_id == left)
        )
        old = await db.get(Session, left)
        assert old is not None
        if remaining:
            await sessions.refresh(db, [left])
        else:
            await sessions.retire(db, [(old, session)])
    await sessions.refresh(db, [session.id])
    return event


async def leave(
    db: AsyncSession, principal: Principal, event_id: int
) -> tuple[PostingView, SessionView]:
    """Take the department's posting out of the session it shares: a session of its own,
    never merged back automatically; the coordinator sees that it left."""
    event = await events.own_event(db, principal, event_id, ("input", "eventId"))
    left = await db.get(Session, event.session_id)
    assert left is not None
    owner = await db.get(Department, event.department_id)
    assert owner is not None
    others = [slug for slug in left.hosts if slug != owner.slug]
    if not await split_off(db, event):
        raise _refused(
            ErrorCode.INVALID,
            Message(
                "This event shares its session with no other; there is nothing to leave.",
                "该活动没有与其他活动合并，无需退出。",
            ),
            ("input", "eventId"),
        )
    record(db, CohostingDecisionKind.LEFT, event, left, others)
    shown = await session_view(db, event.session_id)
    announce(
        db,
        Announcement(
            UpdateKind.CHANGED,
            (shown.key, left.id),
            Message(
                f"{shown.title}: {owner.name} left", f"{shown.title}：{owner.name} 退出联合举办"
            ),
        ),
    )
    return await posting_view(db, event), shown
