"""The record of departments' own co-hosting decisions: who joined or left which session.

A coordinator reads it to see where departments overruled matching (a leave sticks as a
split does); the report counts its joins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import sessions_by_id
from services.calendar.views import SessionView
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import CohostingDecision, Department, Event, Session
from services.postings.departments import departments_by_id
from services.postings.views import DepartmentView, PostingView


class CohostingDecisionKind(StrEnum):
    JOINED = "JOINED"
    LEFT = "LEFT"


@dataclass(frozen=True, slots=True)
class DecisionView:
    key: int
    kind: CohostingDecisionKind
    department: DepartmentView
    posting: PostingView
    session: SessionView  # the session joined, or the one left (as it is now)
    others: tuple[DepartmentView, ...]  # the session's other hosts at the time
    start: datetime
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DecisionPage:
    decisions: list[DecisionView]
    has_next: bool


def record(
    db: AsyncSession,
    kind: CohostingDecisionKind,
    event: Event,
    session: Session,
    others: list[str],
    invitation_id: int | None = None,
) -> None:
    db.add(
        CohostingDecision(
            kind=kind.value,
            department_id=event.department_id,
            event_id=event.id,
            session_id=session.id,
            invitation_id=invitation_id,
            others=others,
            start=session.start,
            created_at=now(),
        )
    )


async def decisions(
    db: AsyncSession,
    principal: Principal,
    *,
    start: datetime,
    end: datetime,
    first: int,
    after: tuple[datetime, int] | None,
) -> DecisionPage:
    """Decisions about sessions starting in [start, end), in start order: every department's
    for the coordinator, a department's own for it."""
    query = select(CohostingDecision).where(
        CohostingDecision.start >= start, CohostingDecision.start < end
    )
    if principal.role is Role.DEPARTMENT:
        query = query.where(CohostingDecision.department_id == principal.department_id)
    elif principal.role is not Role.COORDINATOR:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(
                "Co-hosting decisions need a department or coordinator token.",
                "查看共同主办记录需要部门或协调员令牌。",
            ),
        )
    if after is not None:
        query = query.where(tuple_(CohostingDecision.start, CohostingDecision.id) > tuple_(*after))
    rows = (
        await db.scalars(
            query.order_by(CohostingDecision.start, CohostingDecision.id).limit(first + 1)
        )
    ).all()
    shown = rows[:first]
    by_session = await sessions_by_id(db, [row.session_id for row in shown])
    postings = {
        event.id: event
        for event in await db.scalars(
            select(Event).where(Event.id.in_([r.event_id for r in shown]))
        )
    }
    people = await departments_by_id(db, [row.department_id for row in shown])
    slugs = {slug for row in shown for slug in row.others}
    named = {
        row.slug: DepartmentView.of(row)
        for row in await db.scalars(select(Department).where(Department.slug.in_(slugs)))
    }
    views = []
    for row in shown:
        department = people[row.department_id]
        views.append(
            DecisionView(
                key=row.id,
                kind=CohostingDecisionKind(row.kind),
                department=department,
                posting=PostingView.of(postings[row.event_id], department),
                session=by_session[row.session_id],
                others=tuple(named[slug] for slug in row.others if slug in named),
                start=row.start,
                created_at=row.created_at,
            )
        )
    return DecisionPage(views, len(rows) > first)
