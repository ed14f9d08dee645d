"""Enterprises rate the sessions they registered for, once each, after they ended.

Hosts read what enterprises wrote without their names (and without when they wrote it, a
time that could name them); the coordinator sees both. What everyone sees is the average,
from ``figures.MIN_RATINGS`` ratings on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.sessions import CANCELLED
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Enterprise, Evaluation, Registration
from services.core.validation import Collector
from services.enterprises.accounts import EnterpriseView
from services.participation.access import enterprise_of, require_host, session_of
from services.participation.kinds import RegistrationStatus

MAX_COMMENT = 1000
LOWEST, HIGHEST = 1, 5


@dataclass(frozen=True, slots=True)
class EvaluationView:
    key: int
    session_key: int
    rating: int
    usefulness: int
    comment: str | None
    enterprise: EnterpriseView | None  # None for hosts
    evaluated_at: datetime | None  # None for hosts


@dataclass(frozen=True, slots=True)
class EvaluationPage:
    evaluations: list[EvaluationView]
    total: int
    has_next: bool


def _checked(rating: int, usefulness: int, comment: str | None) -> str | None:
    check = Collector(("input",))
    for field, value in (("rating", rating), ("usefulness", usefulness)):
        if not LOWEST <= value <= HIGHEST:
            check.add(
                field,
                ErrorCode.INVALID,
                Message(
                    f"{field} must be between {LOWEST} and {HIGHEST}.",
                    f"{field} 须在 {LOWEST} 到 {HIGHEST} 之间。",
                ),
            )
    cleaned = check.prose("comment", comment, MAX_COMMENT)
    check.raise_if_any()
    return cleaned


async def evaluate(
    db: AsyncSession,
    principal: Principal,
    session_id: int,
    *,
    rating: int,
    usefulness: int,
    comment: str | None,
) -> EvaluationView:
    """The calling enterprise's rating of a session it registered for, once it ended; rating
    it again replaces the rating."""
    enterprise_id = enterprise_of(principal)
    cleaned = _checked(rating, usefulness, comment)
    session = await session_of(db, session_id)
    field = ("input", "sessionId")
    if session.merged_into_id is not None:
        raise DomainError.single(
            ErrorCode.CLOSED,
            Message(
                "This session was merged into another; rate that one.",
                "此活动已并入另一场活动，请评价那一场。",
            ),
            field,
        )
    registered = await db.scalar(
        select(Registration.id).where(
            Registration.enterprise_id == enterprise_id,
            Registration.session_id == session.id,
            Registration.status == RegistrationStatus.REGISTERED.value,
        )
    )
    if registered is None:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message(
                "Only enterprises registered for the session rate it.",
                "只有报名参加该活动的企业才能评价。",
            ),
            field,
        )
    if session.status == CANCELLED:
        raise DomainError.single(
            ErrorCode.CLOSED, Message("This session was cancelled.", "此活动已取消。"), field
        )
    if now() < session.end:
        raise DomainError.single(
            ErrorCode.TOO_EARLY,
            Message("A session is rated once it has ended.", "活动结束后才能评价。"),
            field,
        )
    mine = await db.scalar(
        select(Evaluation).where(
            Evaluation.enterprise_id == enterprise_id, Evaluation.session_id == session.id
        )
    )
    moment = now()
    if mine is None:
        mine = Evaluation(session_id=session.id, enterprise_id=enterprise_id, created_at=moment)
        db.add(mine)
    mine.rating, mine.usefulness, mine.comment, mine.updated_at = (
        rating,
        usefulness,
        cleaned,
        moment,
    )
    await db.flush()
    return (await _views(db, [mine], named=True))[0]


async def of_session(
    db: AsyncSession, principal: Principal, session_id: int, *, first: int, after: int | None
) -> EvaluationPage:
    """A session's ratings and comments, for its hosts (without names) and the coordinator."""
    await require_host(db, principal, session_id, ("sessionId",))
    query = select(Evaluation).where(Evaluation.session_id == session_id)
    total = await db.scalar(select(func.count()).select_from(query.subquery()))
    if after is not None:
        query = query.where(Evaluation.id > after)
    rows = (await db.scalars(query.order_by(Evaluation.id).limit(first + 1))).all()
    views = await _views(db, rows[:first], named=principal.role is Role.COORDINATOR)
    return EvaluationPage(views, total or 0, len(rows) > first)


async def _views(
    db: AsyncSession, rows: Sequence[Evaluation], *, named: bool
) -> list[EvaluationView]:
    enterprises = (
        {
            row.id: EnterpriseView.of(row)
            for row in await db.scalars(
                select(Enterprise).where(Enterprise.id.in_([row.enterprise_id for row in rows]))
            )
        }
        if named
        else {}
    )
    return [
        EvaluationView(
            key=row.id,
            session_key=row.session_id,
            rating=row.rating,
            usefulness=row.usefulness,
            comment=row.comment,
            enterprise=enterprises.get(row.enterprise_id),
            evaluated_at=row.updated_at if named else None,
        )
        for row in rows
    ]
