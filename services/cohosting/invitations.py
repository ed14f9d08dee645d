"""Invitations: a host asks another department to co-host instead of running a twin.

Only a host of the session may invite, only the invited department may answer, and only
the inviting one may withdraw. Accepting joins the session (``joins.join``); an invitation
still pending when the session starts has EXPIRED. Both sides are told by webhook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import sessions_by_id
from services.calendar.views import SessionView
from services.cohosting import joins
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Invitation, Session
from services.core.validation import clean_text
from services.notifications import messages
from services.postings import departments
from services.postings.departments import departments_by_id
from services.postings.views import DepartmentView, PostingView

MAX_MESSAGE = 1_000
SHOWN = 500  # the newest, in a list


class InvitationStatus(StrEnum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"
    WITHDRAWN = "WITHDRAWN"
    EXPIRED = "EXPIRED"  # still pending when the session started


@dataclass(frozen=True, slots=True)
class InvitationView:
    key: int
    status: InvitationStatus
    message: str | None
    session: SessionView  # the live session (the survivor, if it was merged away)
    sender: DepartmentView
    invited: DepartmentView
    created_at: datetime
    answered_at: datetime | None


@dataclass(frozen=True, slots=True)
class Answer:
    invitation: InvitationView
    posting: PostingView | None  # the invited department's posting, when it accepted
    session: SessionView | None


def _department_only(principal: Principal, what: Message) -> int:
    if principal.role is not Role.DEPARTMENT or principal.department_id is None:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(f"{what.en} needs a department token.", f"{what.zh}需要部门令牌。"),
        )
    return principal.department_id


def status_of(row: Invitation, start: datetime, moment: datetime) -> InvitationStatus:
    """The stored status, or EXPIRED for one still pending once its session started."""
    if row.status == InvitationStatus.PENDING and start <= moment:
        return InvitationStatus.EXPIRED
    return InvitationStatus(row.status)


async def _live(db: AsyncSession, session_id: int) -> Session:
    session = await db.get(Session, session_id)
    assert session is not None
    if session.merged_into_id is not None:
        survivor = await db.get(Session, session.merged_into_id)
        assert survivor is not None
        return survivor
    return session


async def invite(
    db: AsyncSession, principal: Principal, session_id: int, *, invited: str, message: str | None
) -> InvitationView:
    """A host invites a department to co-host the session; the department is told."""
    sender = _department_only(principal, Message("Inviting a co-host", "邀请共同主办"))
    session = await joins.joinable_session(db, session_id)
    if await joins.hosting_posting(db, session.id, sender) is None:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message("Only a host of the session may invite.", "只有该场次的主办部门可以邀请。"),
            ("input", "sessionId"),
        )
    guest = await departments.by_slug(db, invited)
    if guest is None:
        raise DomainError.single(
            ErrorCode.NOT_FOUND,
            Message(f"No department {invited!r}.", f"没有部门 {invited!r}。"),
            ("input", "department"),
        )
    if await joins.hosting_posting(db, session.id, guest.id) is not None:
        raise DomainError.single(
            ErrorCode.INVALID,
            Message(
                f"{guest.name} hosts this session already.", f"{guest.name}已是该场次的主办部门。"
            ),
            ("input", "department"),
        )
    pending = await db.scalar(
        select(Invitation.id).where(
            Invitation.session_id == session.id,
            Invitation.to_department_id == guest.id,
            Invitation.status == InvitationStatus.PENDING.value,
        )
    )
    if pending is not None:
        raise DomainError.single(
            ErrorCode.TAKEN,
            Message(
                f"{guest.name} has a pending invitation to this session.",
                f"{guest.name}已有该场次的待答复邀请。",
            ),
            ("input", "department"),
        )
    text = clean_text(message) if message else None
    if text and len(text) > MAX_MESSAGE:
        raise DomainError.single(
            ErrorCode.TOO_LONG,
            Message(
                f"message is at most {MAX_MESSAGE} characters.", f"附言最多 {MAX_MESSAGE} 个字符。"
            ),
            ("input", "message"),
        )
    row = Invitation(
        session_id=session.id,
        from_department_id=sender,
        to_department_id=guest.id,
        message=text or None,
        status=InvitationStatus.PENDING.value,
        created_at=now(),
    )
    db.add(row)
    await db.flush()
    await messages.invitation(db, row, session)
    return await _view(db, row)


async def _own(
    db: AsyncSession, principal: Principal, invitation_id: int, *, answering: bool
) -> Invitation:
    """The invitation, locked; to answer it the caller must be the invited department, to
    withdraw it the inviting one. The other side is FORBIDDEN, anyone else learns nothing."""
    me = _department_only(
        principal,
        Message("Answering an invitation", "答复邀请")
        if answering
        else Message("Withdrawing an invitation", "撤回邀请"),
    )
    row = await db.get(Invitation, invitation_id, with_for_update=True)
    if row is None or me not in (row.from_department_id, row.to_department_id):
        raise DomainError.single(
            ErrorCode.NOT_FOUND,
            Message("No such invitation of yours.", "没有属于你的这个邀请。"),
            ("input", "invitationId"),
        )
    mine = row.to_department_id if answering else row.from_department_id
    if me != mine:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message("Only the invited department may answer.", "只有受邀部门可以答复。")
            if answering
            else Message(
                "Only the inviting department may withdraw.", "只有发出邀请的部门可以撤回。"
            ),
            ("input", "invitationId"),
        )
    return row


def _settled(status: InvitationStatus) -> DomainError:
    return DomainError.single(
        ErrorCode.INVALID,
        Message(
            f"The invitation is {status.value.lower()} already.",
            f"该邀请已是{_STATUS_ZH[status]}状态。",
        ),
        ("input", "invitationId"),
    )


_STATUS_ZH = {
    InvitationStatus.PENDING: "待答复",
    InvitationStatus.ACCEPTED: "已接受",
    InvitationStatus.DECLINED: "已谢绝",
    InvitationStatus.WITHDRAWN: "已撤回",
    InvitationStatus.EXPIRED: "已过期",
}


async def respond(
    db: AsyncSession,
    principal: Principal,
    invitation_id: int,
    *,
    accept: bool,
    external_id: str | None,
    extras: joins.Extras,
) -> Answer:
    """Accept (the invited department becomes a host, through a posting of its own) or
    decline; the same answer again changes nothing. The inviting department is told."""
    row = await _own(db, principal, invitation_id, answering=True)
    session = await _live(db, row.session_id)
    wanted = InvitationStatus.ACCEPTED if accept else InvitationStatus.DECLINED
    current = status_of(row, session.start, now())
    if current is wanted:
        return await _answer(db, row)
    if current is not InvitationStatus.PENDING:
        raise _settled(current)
    if accept:
        hosting = await joins.hosting_posting(db, session.id, row.to_department_id)
        if hosting is None:
            posting, _ = await joins.join(
                db, principal, session.id, external_id=external_id, extras=extras,
                invitation_id=row.id,
            )  # fmt: skip
            row.event_id = posting.key
        else:
            row.event_id = hosting.id
    row.status, row.answered_at = wanted.value, now()
    await db.flush()
    await messages.invitation_answered(db, row, await _live(db, row.session_id))
    return await _answer(db, row)


async def withdraw(db: AsyncSession, principal: Principal, invitation_id: int) -> InvitationView:
    """The inviting department takes back a pending invitation; the invited one is told."""
    row = await _own(db, principal, invitation_id, answering=False)
    session = await _live(db, row.session_id)
    current = status_of(row, session.start, now())
    if current is InvitationStatus.WITHDRAWN:
        return await _view(db, row)
    if current is not InvitationStatus.PENDING:
        raise _settled(current)
    row.status, row.answered_at = InvitationStatus.WITHDRAWN.value, now()
    await db.flush()
    await messages.invitation(db, row, session)
    return await _view(db, row)


async def _answer(db: AsyncSession, row: Invitation) -> Answer:
    shown = await _view(db, row)
    if row.event_id is None:
        return Answer(shown, None, None)
    posting = next(
        (posting for posting in shown.session.postings if posting.key == row.event_id), None
    )
    return Answer(shown, posting, shown.session if posting else None)


async def _view(db: AsyncSession, row: Invitation) -> InvitationView:
    (shown,) = await _views(db, [row])
    return shown


async def _views(db: AsyncSession, rows: Sequence[Invitation]) -> list[InvitationView]:
    """Invitations as readers see them, with their live sessions, in a few statements."""
    originals = {
        row.id: row
        for row in await db.scalars(
            select(Session).where(Session.id.in_({row.session_id for row in rows}))
        )
    }
    live_key = {key: row.merged_into_id or key for key, row in originals.items()}
    shown = await sessions_by_id(db, sorted(set(live_key.values())))
    people = await departments_by_id(
        db, [key for row in rows for key in (row.from_department_id, row.to_department_id)]
    )
    moment = now()
    return [
        InvitationView(
            key=row.id,
            status=status_of(row, shown[live_key[row.session_id]].start, moment),
            message=row.message,
            session=shown[live_key[row.session_id]],
            sender=people[row.from_department_id],
            invited=people[row.to_department_id],
            created_at=row.created_at,
            answered_at=row.answered_at,
        )
        for row in rows
    ]


async def mine(
    db: AsyncSession, principal: Principal, status: InvitationStatus | None
) -> list[InvitationView]:
    """The invitations a department sent or received (every one, for the coordinator),
    newest first; ``status`` narrows them."""
    query = select(Invitation)
    if principal.role is not Role.COORDINATOR:
        me = _department_only(principal, Message("Listing invitations", "查看邀请"))
        query = query.where(
            or_(Invitation.from_department_id == me, Invitation.to_department_id == me)
        )
    rows = (
        await db.scalars(
            query.order_by(Invitation.created_at.desc(), Invitation.id.desc()).limit(SHOWN)
        )
    ).all()
    found = await _views(db, rows)
    return [view for view in found if status is None or view.status is status]
