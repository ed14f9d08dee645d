"""Complaints: filed by an enterprise, assigned by the coordinator, answered by a department.

Every step is kept with who took it and when (``ComplaintTransition``). A department never
learns who filed an anonymous complaint: it is not named, the ids are random, the list is
ordered by day and id, and the filer's own steps (filing, reopening) show only their day,
so no time lines up with anything else the enterprise did. Filing about a session needs no
registration for it, so the session named does not narrow the filer down either.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import sessions_by_id
from services.calendar.views import SessionView
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Complaint, ComplaintTransition, Enterprise
from services.core.validation import DEFAULT_TIMEZONE, Collector, storable
from services.enterprises.accounts import EnterpriseView
from services.participation.access import enterprise_of, session_of
from services.participation.kinds import ComplaintAction, ComplaintCategory, ComplaintStatus
from services.participation.lifecycle import after, allowed_from, reopenable_until
from services.participation.workdays import answer_due, day_start
from services.postings import departments
from services.postings.views import DepartmentView

MAX_TEXT = 2000
MAX_ANSWER = 5000
MAX_REASON = 1000
PER_DAY = 10  # complaints one enterprise may file in any 24 hours
COUNTY = ZoneInfo(DEFAULT_TIMEZONE)
_BY_FILER = frozenset({ComplaintAction.FILED, ComplaintAction.REOPENED})
_AWAITING = frozenset({ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED})


@dataclass(frozen=True, slots=True)
class Actor:
    role: Role
    department: DepartmentView | None = None
    enterprise: EnterpriseView | None = None  # None when the caller may not know the filer


@dataclass(frozen=True, slots=True)
class StepView:
    action: ComplaintAction
    status: ComplaintStatus
    at: datetime
    actor: Actor
    assigned_to: DepartmentView | None
    text: str | None


@dataclass(frozen=True, slots=True)
class ComplaintView:
    reference: str
    status: ComplaintStatus
    category: ComplaintCategory
    text: str
    anonymous: bool
    session: SessionView | None
    department: DepartmentView | None
    assigned_department: DepartmentView | None
    filer: EnterpriseView | None  # None for a department reading an anonymous complaint
    received_at: datetime  # the day only, for a department reading an anonymous complaint
    answer: str | None
    answered_at: datetime | None
    rejection_reason: str | None
    answer_due_at: datetime | None
    reopenable_until: datetime | None
    steps: tuple[StepView, ...]


@dataclass(frozen=True, slots=True)
class ComplaintPage:
    complaints: list[ComplaintView]
    total: int
    has_next: bool


Cursor = tuple[date, str]  # (the day it came in, its reference)


def _not_found() -> DomainError:
    return DomainError.single(
        ErrorCode.NOT_FOUND,
        Message("No such complaint of yours.", "没有属于你的这条投诉。"),
        ("input", "complaintId"),
    )


async def _complaint(db: AsyncSession, reference: str) -> Complaint:
    found = (
        await db.scalar(select(Complaint).where(Complaint.reference == reference))
        if storable(reference)
        else None
    )
    if found is None:
        raise _not_found()
    return found


def _step(
    db: AsyncSession,
    complaint: Complaint,
    action: ComplaintAction,
    principal: Principal,
    *,
    text: str | None = None,
    department_id: int | None = None,
) -> datetime:
    """Take ``action`` if the complaint's status allows it, and keep the step; its time."""
    reached = after(ComplaintStatus(complaint.status), action)
    if reached is None:
        allowed = ", ".join(allowed_from(action))
        raise DomainError.single(
            ErrorCode.INVALID_TRANSITION,
            Message(
                f"A complaint {complaint.status} cannot be {action.lower()}; only one {allowed}.",
                f"状态为 {complaint.status} 的投诉不能执行此操作；仅限 {allowed}。",
            ),
            ("input", "complaintId"),
        )
    moment = now()
    complaint.status = reached.value
    db.add(
        ComplaintTransition(
            complaint_id=complaint.id,
            action=action.value,
            status=reached.value,
            actor_role=principal.role.value,
            actor_id=principal.key,
            department_id=department_id,
            text=text,
            at=moment,
        )
    )
    return moment


def _text(field: str, value: str, limit: int) -> str:
    check = Collector(("input",))
    cleaned = check.prose(field, value, limit, required=True)
    check.raise_if_any()
    assert cleaned is not None
    return cleaned


async def _named_department(db: AsyncSession, slug: str, field: tuple[str, ...]) -> int:
    found = await departments.by_slug(db, slug)
    if found is None:
        raise DomainError.single(
            ErrorCode.NOT_FOUND, Message(f"No department {slug!r}.", f"没有部门 {slug!r}。"), field
        )
    return found.id


async def file(
    db: AsyncSession,
    principal: Principal,
    *,
    session_id: int | None,
    department: str | None,
    category: ComplaintCategory,
    text: str,
    anonymous: bool,
) -> ComplaintView:
    """A complaint of the calling enterprise about a session, a department, or both."""
    enterprise_id = enterprise_of(principal)
    check = Collector(("input",))
    cleaned = check.prose("text", text, MAX_TEXT, required=True)
    if session_id is None and not department:
        check.add(
            "sessionId",
            ErrorCode.REQUIRED,
            Message(
                "Name the session, the department, or both.", "请写明所投诉的活动、部门或两者。"
            ),
        )
    check.raise_if_any()
    assert cleaned is not None
    session = await session_of(db, session_id) if session_id is not None else None
    about = await _named_department(db, department, ("input", "department")) if department else None
    moment = now()
    recent = await db.scalar(
        select(func.count()).where(
            Complaint.enterprise_id == enterprise_id,
            Complaint.received_at > moment - timedelta(days=1),
        )
    )
    if (recent or 0) >= PER_DAY:
        raise DomainError.single(
            ErrorCode.TOO_MANY,
            Message(
                f"An enterprise files at most {PER_DAY} complaints a day; please wait.",
                f"每个企业每天最多投诉 {PER_DAY} 次，请稍后再试。",
            ),
        )
    complaint = Complaint(
        reference="cmp_" + secrets.token_urlsafe(16),
        enterprise_id=enterprise_id,
        anonymous=anonymous,
        session_id=(session.merged_into_id or session.id) if session else None,
        department_id=about,
        category=category.value,
        text=cleaned,
        status=ComplaintStatus.RECEIVED.value,
        received_at=moment,
        received_on=moment.astimezone(COUNTY).date(),
    )
    db.add(complaint)
    await db.flush()
    db.add(
        ComplaintTransition(
            complaint_id=complaint.id,
            action=ComplaintAction.FILED.value,
            status=ComplaintStatus.RECEIVED.value,
            actor_role=principal.role.value,
            actor_id=enterprise_id,
            at=moment,
        )
    )
    return await _one(db, complaint, principal)


async def assign(
    db: AsyncSession, principal: Principal, reference: str, department: str
) -> ComplaintView:
    """The coordinator names the department that must answer (again, while none answered)."""
    principal.require_coordinator()
    complaint = await _complaint(db, reference)
    assignee = await _named_department(db, department, ("input", "department"))
    _step(db, complaint, ComplaintAction.ASSIGNED, principal, department_id=assignee)
    complaint.assigned_department_id = assignee
    return await _one(db, complaint, principal)


async def answer(
    db: AsyncSession, principal: Principal, reference: str, text: str
) -> ComplaintView:
    """The assigned department's answer, which the enterprise reads."""
    if principal.role in (Role.ANONYMOUS, Role.ENTERPRISE):
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(
                "The assigned department answers, with its token.", "由受理部门使用其令牌答复。"
            ),
        )
    if principal.role is Role.COORDINATOR:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message(
                "The assigned department answers; the coordinator assigns, closes or rejects.",
                "由受理部门答复；协调员负责分派、办结或驳回。",
            ),
        )
    complaint = await _complaint(db, reference)
    if complaint.assigned_department_id != principal.department_id:
        raise _not_found()
    cleaned = _text("text", text, MAX_ANSWER)
    moment = _step(db, complaint, ComplaintAction.ANSWERED, principal, text=cleaned)
    complaint.answer, complaint.answered_at = cleaned, moment
    complaint.first_answered_at = complaint.first_answered_at or moment
    return await _one(db, complaint, principal)


async def reopen(
    db: AsyncSession, principal: Principal, reference: str, text: str
) -> ComplaintView:
    """The filer is not satisfied: back to the department that answered, within 30 days."""
    enterprise_id = enterprise_of(principal)
    complaint = await _complaint(db, reference)
    if complaint.enterprise_id != enterprise_id:
        raise _not_found()
    until = reopenable_until(complaint.answered_at)
    if until is not None and now() > until:
        raise DomainError.single(
            ErrorCode.INVALID_TRANSITION,
            Message(
                "A complaint is reopened within 30 days of its answer; file a new one.",
                "投诉须在答复后 30 天内重新打开；请另行投诉。",
            ),
            ("input", "complaintId"),
        )
    cleaned = _text("text", text, MAX_TEXT)
    _step(db, complaint, ComplaintAction.REOPENED, principal, text=cleaned)
    return await _one(db, complaint, principal)


async def close(db: AsyncSession, principal: Principal, reference: str) -> ComplaintView:
    """The coordinator closes an answered complaint."""
    principal.require_coordinator()
    complaint = await _complaint(db, reference)
    _step(db, complaint, ComplaintAction.CLOSED, principal)
    return await _one(db, complaint, principal)


async def reject(
    db: AsyncSession, principal: Principal, reference: str, reason: str
) -> ComplaintView:
    """The coordinator turns a complaint down, saying why, before any answer."""
    principal.require_coordinator()
    complaint = await _complaint(db, reference)
    cleaned = _text("reason", reason, MAX_REASON)
    _step(db, complaint, ComplaintAction.REJECTED, principal, text=cleaned)
    complaint.rejection_reason = cleaned
    return await _one(db, complaint, principal)


async def mine(db: AsyncSession, principal: Principal) -> list[ComplaintView]:
    """The calling enterprise's complaints, oldest first."""
    enterprise_id = enterprise_of(principal)
    rows = (
        await db.scalars(
            select(Complaint)
            .where(Complaint.enterprise_id == enterprise_id)
            .order_by(Complaint.received_at, Complaint.id)
        )
    ).all()
    return await _views(db, rows, principal)


async def listed(
    db: AsyncSession,
    principal: Principal,
    *,
    status: ComplaintStatus | None,
    department: str | None,
    first: int,
    after_cursor: Cursor | None,
) -> ComplaintPage:
    """Complaints by the day they came in: every one for the coordinator, the ones a department
    must answer for that department. ``department`` narrows to the complaints a department
    was assigned, or is named in while none is."""
    if principal.role in (Role.ANONYMOUS, Role.ENTERPRISE):
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(
                "Complaints are read with a department's or the coordinator's token.",
                "投诉须使用部门或协调员令牌查看。",
            ),
        )
    conditions: list[ColumnElement[bool]] = []
    if principal.department_id is not None:
        conditions.append(Complaint.assigned_department_id == principal.department_id)
    if status is not None:
        conditions.append(Complaint.status == status.value)
    if department is not None:
        named = await departments.by_slug(db, department)
        if named is None:
            raise DomainError.single(
                ErrorCode.INVALID,
                Message(f"No department {department!r}.", f"没有部门 {department!r}。"),
                ("department",),
            )
        conditions.append(
            or_(
                Complaint.assigned_department_id == named.id,
                and_(
                    Complaint.assigned_department_id.is_(None),
                    Complaint.department_id == named.id,
                ),
            )
        )
    total = await db.scalar(select(func.count()).select_from(Complaint).where(*conditions))
    query = select(Complaint).where(*conditions)
    if after_cursor is not None:
        query = query.where(
            tuple_(Complaint.received_on, Complaint.reference) > tuple_(*after_cursor)
        )
    rows = (
        await db.scalars(
            query.order_by(Complaint.received_on, Complaint.reference).limit(first + 1)
        )
    ).all()
    return ComplaintPage(await _views(db, rows[:first], principal), total or 0, len(rows) > first)


def cursor_of(view: ComplaintView) -> Cursor:
    """Where a complaint stands in ``listed``'s order."""
    return view.received_at.astimezone(COUNTY).date(), view.reference


async def _one(db: AsyncSession, complaint: Complaint, principal: Principal) -> ComplaintView:
    await db.flush()
    return (await _views(db, [complaint], principal))[0]


def _knows_filer(principal: Principal, complaint: Complaint) -> bool:
    return not complaint.anonymous or principal.role in (Role.COORDINATOR, Role.ENTERPRISE)


async def _views(
    db: AsyncSession, rows: Sequence[Complaint], principal: Principal
) -> list[ComplaintView]:
    """Complaints as ``principal`` may see them, in five statements whatever their number."""
    steps = (
        await db.scalars(
            select(ComplaintTransition)
            .where(ComplaintTransition.complaint_id.in_([row.id for row in rows]))
            .order_by(ComplaintTransition.id)
        )
    ).all()
    department_ids = [
        key
        for row in rows
        for key in (row.department_id, row.assigned_department_id)
        if key is not None
    ] + [
        key
        for step in steps
        for key in (
            step.department_id,
            step.actor_id if step.actor_role == Role.DEPARTMENT.value else None,
        )
        if key is not None
    ]
    named = await departments.departments_by_id(db, department_ids)
    filers = {
        row.id: EnterpriseView.of(row)
        for row in await db.scalars(
            select(Enterprise).where(Enterprise.id.in_([row.enterprise_id for row in rows]))
        )
    }
    sessions = await sessions_by_id(db, [row.session_id for row in rows if row.session_id])
    by_complaint: dict[int, list[ComplaintTransition]] = {row.id: [] for row in rows}
    for step in steps:
        by_complaint[step.complaint_id].append(step)
    return [_view(row, by_complaint[row.id], principal, named, filers, sessions) for row in rows]


def _view(
    row: Complaint,
    steps: Sequence[ComplaintTransition],
    principal: Principal,
    named: dict[int, DepartmentView],
    filers: dict[int, EnterpriseView],
    sessions: dict[int, SessionView],
) -> ComplaintView:
    knows = _knows_filer(principal, row)
    filer = filers[row.enterprise_id] if knows else None

    def when(moment: datetime) -> datetime:
        return moment if knows else day_start(moment, COUNTY)

    shown = tuple(
        StepView(
            action=ComplaintAction(step.action),
            status=ComplaintStatus(step.status),
            at=when(step.at) if step.action in _BY_FILER else step.at,
            actor=_actor(step, named, filer),
            assigned_to=named.get(step.department_id) if step.department_id else None,
            text=step.text,
        )
        for step in steps
    )
    waiting_since = next(
        (step.at for step in reversed(shown) if step.action in _BY_FILER), when(row.received_at)
    )
    return ComplaintView(
        reference=row.reference,
        status=ComplaintStatus(row.status),
        category=ComplaintCategory(row.category),
        text=row.text,
        anonymous=row.anonymous,
        session=sessions.get(row.session_id) if row.session_id else None,
        department=named.get(row.department_id) if row.department_id else None,
        assigned_department=(
            named.get(row.assigned_department_id) if row.assigned_department_id else None
        ),
        filer=filer,
        received_at=when(row.received_at),
        answer=row.answer,
        answered_at=row.answered_at,
        rejection_reason=row.rejection_reason,
        answer_due_at=(
            answer_due(waiting_since, COUNTY) if ComplaintStatus(row.status) in _AWAITING else None
        ),
        reopenable_until=(
            reopenable_until(row.answered_at)
            if row.status in (ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED)
            else None
        ),
        steps=shown,
    )


def _actor(
    step: ComplaintTransition, named: dict[int, DepartmentView], filer: EnterpriseView | None
) -> Actor:
    role = Role(step.actor_role)
    if role is Role.DEPARTMENT and step.actor_id is not None:
        return Actor(role, department=named.get(step.actor_id))
    if role is Role.ENTERPRISE:
        return Actor(role, enterprise=filer)
    return Actor(role)
