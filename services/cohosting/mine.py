"""A department's own postings, with the sessions they are in (and so their co-hosts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.auth import Principal, Role
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Department, Event
from services.core.validation import MAX_DURATION
from services.postings.views import DepartmentView, PostingView


@dataclass(frozen=True, slots=True)
class PostingPage:
    postings: list[PostingView]
    has_next: bool


async def my_events(
    db: AsyncSession,
    principal: Principal,
    *,
    start: datetime,
    end: datetime,
    status: str | None,
    first: int,
    after: tuple[datetime, int] | None,
) -> PostingPage:
    """The caller's postings that intersect [start, end), in (start, id) order."""
    if principal.role is not Role.DEPARTMENT or principal.department_id is None:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(
                "Listing your events needs a department token.", "查看本部门活动需要部门令牌。"
            ),
        )
    owner = await db.get(Department, principal.department_id)
    assert owner is not None
    query = select(Event).where(
        Event.department_id == owner.id,
        Event.start < end,
        Event.end > start,
        Event.start > start - MAX_DURATION,
    )
    if status is not None:
        query = query.where(Event.status == status)
    if after is not None:
        query = query.where(tuple_(Event.start, Event.id) > tuple_(*after))
    rows = (await db.scalars(query.order_by(Event.start, Event.id).limit(first + 1))).all()
    department = DepartmentView.of(owner)
    return PostingPage([PostingView.of(row, department) for row in rows[:first]], len(rows) > first)
