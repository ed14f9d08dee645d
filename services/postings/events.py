"""Posting, updating and cancelling events: the departments' side of civical."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar import sessions
from services.calendar.sessions import CANCELLED, CONFIRMED
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Department, Event
from services.core.validation import EventFields, RawEvent, validate_event, validate_external_id
from services.matching import placement
from services.postings import departments
from services.vocabularies import store as vocabularies
from services.vocabularies.checks import canons

FIELDS = tuple(field.name for field in dataclasses.fields(EventFields))


@dataclass(frozen=True, slots=True)
class Posted:
    event: Event
    created: bool
    merged: bool


async def posting_department(
    db: AsyncSession, principal: Principal, slug: str | None
) -> Department:
    """The department a post is for: the caller's own, or any one the coordinator names."""
    field = ("input", "department")
    if principal.role is Role.DEPARTMENT:
        own = await db.get(Department, principal.department_id)
        assert own is not None
        if slug is not None and slug != own.slug:
            raise DomainError.single(
                ErrorCode.FORBIDDEN,
                Message("A department posts only its own events.", "部门只能发布本部门的活动。"),
                field,
            )
        return own
    if principal.role is Role.COORDINATOR:
        if slug is None:
            raise DomainError.single(
                ErrorCode.REQUIRED,
                Message(
                    "The coordinator names the department it posts for.",
                    "协调员代为发布时须写明部门。",
                ),
                field,
            )
        named = await departments.by_slug(db, slug)
        if named is None:
            raise DomainError.single(
                ErrorCode.NOT_FOUND,
                Message(f"No department {slug!r}.", f"没有部门 {slug!r}。"),
                field,
            )
        return named
    raise DomainError.single(
        ErrorCode.UNAUTHENTICATED,
        Message("Posting needs a department token.", "发布活动需要部门令牌。"),
    )


async def checked(db: AsyncSession, raw: RawEvent) -> EventFields:
    """An event's fields validated, its topics and audience made canonical; topics (and,
    before the county registered any, regions) no entry knows are kept for review."""
    vocabulary, event_canons = await canons(db)
    fields = validate_event(raw, canons=event_canons)
    await vocabularies.remember(db, vocabulary, topics=fields.topics, regions=fields.regions)
    return fields


def differs(event: Event, fields: EventFields) -> bool:
    """Whether storing these fields would change the event."""
    return any(getattr(event, name) != getattr(fields, name) for name in FIELDS)


def apply(event: Event, fields: EventFields) -> bool:
    """Copy validated fields onto the event; whether anything changed."""
    if not differs(event, fields):
        return False
    for name in FIELDS:
        setattr(event, name, getattr(fields, name))
    return True


def touch(event: Event) -> None:
    event.sequence += 1
    event.updated_at = now()


async def _slug(db: AsyncSession, event: Event) -> str:
    department = await db.get(Department, event.department_id)
    assert department is not None
    return department.slug


async def _changed(db: AsyncSession, event: Event, fields: EventFields) -> bool:
    """Apply fields to a stored event and, if they changed it, match it again."""
    previous = (event.start, event.end)
    if not apply(event, fields):
        return False
    touch(event)
    await placement.place(db, event, await _slug(db, event), previous=previous)
    return True


async def post_event(
    db: AsyncSession,
    principal: Principal,
    raw: RawEvent,
    *,
    external_id: str | None,
    department: str | None = None,
    source_id: int | None = None,
    series_id: int | None = None,
) -> Posted:
    """Store a posting and match it; the same ``external_id`` again updates (and revives) that event."""
    owner = await posting_department(db, principal, department)
    external_id = validate_external_id(external_id)
    fields = await checked(db, raw)
    existing = None
    if external_id is not None:
        existing = await db.scalar(
            select(Event)
            .where(Event.department_id == owner.id, Event.external_id == external_id)
            .with_for_update()
        )
    if existing is not None:
        revived = existing.status != CONFIRMED
        existing.status = CONFIRMED
        if not await _changed(db, existing, fields) and revived:
            touch(existing)
            await sessions.refresh(db, [existing.session_id])
        return Posted(existing, created=False, merged=await joined_another_department(db, existing))
    moment = now()
    event = Event(
        department_id=owner.id,
        external_id=external_id or str(uuid.uuid4()),
        sequence=0,
        status=CONFIRMED,
        pinned=False,
        source_id=source_id,
        series_id=series_id,
        created_at=moment,
        updated_at=moment,
        **{name: getattr(fields, name) for name in FIELDS},
    )
    await placement.place(db, event, owner.slug)
    return Posted(event, created=True, merged=await joined_another_department(db, event))


async def joined_another_department(db: AsyncSession, event: Event) -> bool:
    """Whether the posting shares its session with another department's: what ``merged``
    tells a poster. Its own department's other postings in that session do not count."""
    await db.flush()
    other = await db.scalar(
        select(Event.id)
        .where(
            Event.session_id == event.session_id,
            Event.department_id != event.department_id,
            Event.status != CANCELLED,
        )
        .limit(1)
    )
    return other is not None


async def own_event(
    db: AsyncSession,
    principal: Principal,
    event_id: int,
    field: tuple[str, ...] = ("input", "id"),
) -> Event:
    """The caller's event, locked for a change; the coordinator may change any."""
    if principal.role not in (Role.DEPARTMENT, Role.COORDINATOR):
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message("Changing an event needs a department token.", "修改活动需要部门令牌。"),
        )
    event = await db.get(Event, event_id, with_for_update=True)
    if event is None:
        raise DomainError.single(
            ErrorCode.NOT_FOUND, Message("No such event.", "没有这个活动。"), field
        )
    if principal.role is Role.DEPARTMENT and event.department_id != principal.department_id:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message("This event belongs to another department.", "这个活动属于其他部门。"),
            field,
        )
    return event


def _check_sequence(event: Event, expected: int | None) -> None:
    if expected is not None and expected != event.sequence:
        raise DomainError.single(
            ErrorCode.STALE_SEQUENCE,
            Message(
                f"The event changed since you read it (sequence {event.sequence}, not {expected}); "
                "read it again and retry.",
                f"读取之后活动已被修改（版本 {event.sequence}，而非 {expected}），请重新读取后再试。",
            ),
            ("input", "expectedSequence"),
        )


async def update_event(
    db: AsyncSession,
    principal: Principal,
    event_id: int,
    changes: dict[str, object],
    *,
    expected_sequence: int | None,
) -> Event:
    """Change some fields of an event; refused when ``expected_sequence`` is stale."""
    event = await own_event(db, principal, event_id)
    _check_sequence(event, expected_sequence)
    if event.status == CANCELLED:
        raise DomainError.single(
            ErrorCode.CANCELLED,
            Message(
                "This event is cancelled; restoreEvent brings it back, then it can be changed.",
                "此活动已取消；请先用 restoreEvent 恢复，再修改。",
            ),
            ("input", "id"),
        )
    current = {name: getattr(event, name) for name in FIELDS}
    await _changed(db, event, await checked(db, RawEvent(**{**current, **changes})))
    return event


async def cancel_event(
    db: AsyncSession, principal: Principal, event_id: int, *, expected_sequence: int | None = None
) -> Event:
    """Mark an event cancelled: kept, so feeds can tell subscribers it is off."""
    event = await own_event(db, principal, event_id)
    _check_sequence(event, expected_sequence)
    if event.status != CANCELLED:
        event.status = CANCELLED
        touch(event)
        await sessions.refresh(db, [event.session_id])
    return event


async def restore_event(
    db: AsyncSession, principal: Principal, event_id: int, *, expected_sequence: int | None = None
) -> Event:
    """Bring a cancelled event back: its sequence rises, so feeds and calendars show it again."""
    event = await own_event(db, principal, event_id)
    _check_sequence(event, expected_sequence)
    if event.status == CANCELLED:
        event.status = CONFIRMED
        touch(event)
        await sessions.refresh(db, [event.session_id])
    return event
