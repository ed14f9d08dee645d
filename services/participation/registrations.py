"""Enterprises' seats at sessions: registering (again, to change it), cancelling, and who comes.

The last seat goes to one enterprise only, however many processes register at once: the
session's row is locked before its seats are counted (``SELECT … FOR UPDATE`` on
PostgreSQL; SQLite's writers take the database's write lock at BEGIN), so whoever counts
second counts the first one's seats too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import sessions_by_id
from services.calendar.sessions import CANCELLED
from services.calendar.views import SessionView, capacity_of
from services.core.auth import Principal, Role, require_owner
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Enterprise, Event, Registration, Session
from services.core.validation import Collector
from services.enterprises.accounts import EnterpriseView
from services.participation.access import enterprise_of, no_session, require_host
from services.participation.kinds import RegistrationStatus

MAX_ATTENDEES = 1000  # a capacity says how many fit; this keeps uncapped sessions sane
MAX_CONTACT_NAME = 100
_PHONE = re.compile(r"\+?[0-9][0-9 ()\-]*")
_PHONE_DIGITS = (5, 20)
REGISTERED = RegistrationStatus.REGISTERED.value


@dataclass(frozen=True, slots=True)
class RegistrationView:
    key: int
    status: RegistrationStatus
    attendees: int
    contact_name: str
    contact_phone: str
    enterprise: EnterpriseView
    session: SessionView
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class RegistrationPage:
    registrations: list[RegistrationView]
    total: int
    has_next: bool


def _phone(check: Collector, value: str) -> str:
    """A phone number as written, if it is one: digits, spaces, dashes, brackets, a leading +."""
    cleaned = " ".join(value.split())
    digits = sum(character.isdigit() for character in cleaned)
    if not _PHONE.fullmatch(cleaned) or not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
        check.add(
            "contactPhone",
            ErrorCode.INVALID,
            Message(
                "contactPhone must be a phone number: 5 to 20 digits, spaces, dashes, brackets, a leading +.",
                "contactPhone 须为电话号码：5 到 20 位数字，可含空格、连字符、括号和开头的 +。",
            ),
        )
    return cleaned


def _checked(attendees: int, contact_name: str, contact_phone: str) -> tuple[str, str]:
    check = Collector(("input",))
    if not 1 <= attendees <= MAX_ATTENDEES:
        check.add(
            "attendees",
            ErrorCode.INVALID,
            Message(
                f"attendees must be between 1 and {MAX_ATTENDEES}.",
                f"attendees 须在 1 到 {MAX_ATTENDEES} 之间。",
            ),
        )
    name = check.plain_line("contactName", contact_name, MAX_CONTACT_NAME, required=True)
    phone = _phone(check, contact_phone)
    check.raise_if_any()
    assert name is not None
    return name, phone


def _closed(session: Session) -> DomainError | None:
    """Why the session takes no registrations now, if it does not."""
    if session.merged_into_id is not None:
        reason = Message(
            "This session was merged into another; register for that one.",
            "此活动已并入另一场活动，请报名那一场。",
        )
    elif session.status == CANCELLED:
        reason = Message("This session was cancelled.", "此活动已取消。")
    elif session.start <= now():
        reason = Message(
            "This session has started; registration is closed.", "此活动已开始，报名已截止。"
        )
    else:
        return None
    return DomainError.single(ErrorCode.CLOSED, reason, ("input", "sessionId"))


async def _locked_session(db: AsyncSession, session_id: int) -> Session:
    """The session, its row locked until the transaction ends: seats are counted one at a time."""
    session = await db.scalar(
        select(Session)
        .where(Session.id == session_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if session is None:
        raise no_session()
    return session


async def _seats_taken(db: AsyncSession, session_id: int, *, besides: int) -> int:
    """Attendees registered for the session by every enterprise but ``besides``."""
    taken = await db.scalar(
        select(func.coalesce(func.sum(Registration.attendees), 0)).where(
            Registration.session_id == session_id,
            Registration.status == REGISTERED,
            Registration.enterprise_id != besides,
        )
    )
    return int(taken or 0)


def _full(left: int) -> DomainError:
    return DomainError.single(
        ErrorCode.FULL,
        Message(f"Only {left} seats are left at this session.", f"此活动只剩 {left} 个座位。"),
        ("input", "attendees"),
    )


async def register(
    db: AsyncSession,
    principal: Principal,
    session_id: int,
    *,
    attendees: int,
    contact_name: str,
    contact_phone: str,
) -> RegistrationView:
    """Seats for the calling enterprise; registering again for the session changes its seats
    and contact (fewer seats are always granted, more only while seats are left)."""
    enterprise_id = enterprise_of(principal)
    name, phone = _checked(attendees, contact_name, contact_phone)
    session = await _locked_session(db, session_id)
    closed = _closed(session)
    if closed is not None:
        raise closed
    mine = await db.scalar(
        select(Registration).where(
            Registration.enterprise_id == enterprise_id, Registration.session_id == session.id
        )
    )
    held = mine.attendees if mine is not None and mine.status == REGISTERED else 0
    events = (await db.scalars(select(Event).where(Event.session_id == session.id))).all()
    capacity = capacity_of(events)
    if capacity is not None and attendees > held:
        left = max(capacity - await _seats_taken(db, session.id, besides=enterprise_id), 0)
        if attendees > left:
            raise _full(left)
    moment = now()
    if mine is None:
        mine = Registration(session_id=session.id, enterprise_id=enterprise_id, created_at=moment)
        db.add(mine)
    mine.attendees, mine.contact_name, mine.contact_phone = attendees, name, phone
    mine.status, mine.updated_at = REGISTERED, moment
    await db.flush()
    return (await _views(db, [mine]))[0]


async def cancel(db: AsyncSession, principal: Principal, registration_id: int) -> RegistrationView:
    """Give the seats back (the enterprise's, or any the coordinator names), before the session starts."""
    registration = await db.get(Registration, registration_id)
    require_owner(
        principal,
        registration.enterprise_id if registration else None,
        owner_role=Role.ENTERPRISE,
        what=Message("registration", "报名"),
        field=("input", "registrationId"),
    )
    assert registration is not None
    session = await db.get(Session, registration.session_id)
    assert session is not None
    if session.start <= now():
        raise DomainError.single(
            ErrorCode.CLOSED,
            Message(
                "This session has started; its registrations stay.",
                "此活动已开始，报名不能再取消。",
            ),
            ("input", "registrationId"),
        )
    if registration.status != RegistrationStatus.CANCELLED.value:
        registration.status = RegistrationStatus.CANCELLED.value
        registration.updated_at = now()
    return (await _views(db, [registration]))[0]


async def mine(db: AsyncSession, principal: Principal) -> list[RegistrationView]:
    """The calling enterprise's registrations, cancelled ones too, latest session first."""
    enterprise_id = enterprise_of(principal)
    rows = (
        await db.scalars(
            select(Registration)
            .join(Session, Session.id == Registration.session_id)
            .where(Registration.enterprise_id == enterprise_id)
            .order_by(Session.start.desc(), Registration.id.desc())
        )
    ).all()
    return await _views(db, rows)


async def of_session(
    db: AsyncSession, principal: Principal, session_id: int, *, first: int, after: int | None
) -> RegistrationPage:
    """Who registered for a session, with their contacts, for its hosts and the coordinator."""
    await require_host(db, principal, session_id, ("sessionId",))
    query = select(Registration).where(Registration.session_id == session_id)
    total = await db.scalar(select(func.count()).select_from(query.subquery()))
    if after is not None:
        query = query.where(Registration.id > after)
    rows = (await db.scalars(query.order_by(Registration.id).limit(first + 1))).all()
    return RegistrationPage(await _views(db, rows[:first]), total or 0, len(rows) > first)


async def registered_sessions(db: AsyncSession, enterprise_id: int) -> dict[int, int]:
    """The sessions an enterprise holds seats at, with how many."""
    rows = await db.execute(
        select(Registration.session_id, Registration.attendees).where(
            Registration.enterprise_id == enterprise_id, Registration.status == REGISTERED
        )
    )
    return {session_id: attendees for session_id, attendees in rows}  # noqa: C416 - rows are Row objects


async def _views(db: AsyncSession, rows: Sequence[Registration]) -> list[RegistrationView]:
    """Registrations with their enterprises and sessions, in three statements whatever their number."""
    sessions = await sessions_by_id(db, list({row.session_id for row in rows}))
    enterprises = {
        row.id: EnterpriseView.of(row)
        for row in await db.scalars(
            select(Enterprise).where(Enterprise.id.in_([row.enterprise_id for row in rows]))
        )
    }
    return [
        RegistrationView(
            key=row.id,
            status=RegistrationStatus(row.status),
            attendees=row.attendees,
            contact_name=row.contact_name,
            contact_phone=row.contact_phone,
            enterprise=enterprises[row.enterprise_id],
            session=sessions[row.session_id],
            created_at=row.created_at,
            updated_at=row.updated_at,
        )
        for row in rows
    ]
