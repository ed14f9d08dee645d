"""What enterprises said of each department, for the coordination report
(``services.cohosting.report``): its ratings and how it answered complaints.

Ratings count for the sessions starting in the window that a department hosts; complaints
for those that came in during the window, for the department assigned to answer them (or,
until one is, the department they name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.clock import now
from services.core.models import Complaint, Department, Evaluation, Session
from services.participation.complaints import COUNTY
from services.participation.kinds import ComplaintStatus
from services.participation.tally import (
    ComplaintFact,
    ParticipationFigures,
    Rating,
    participation_figures,
    settled_until,
)


async def _ratings(db: AsyncSession, start: datetime, end: datetime) -> list[Rating]:
    rows = await db.execute(
        select(Session.id, Session.hosts, Evaluation.rating)
        .join(Evaluation, Evaluation.session_id == Session.id)
        .where(Session.start >= start, Session.start < end, Session.merged_into_id.is_(None))
    )
    return [Rating(key, tuple(hosts), rating) for key, hosts, rating in rows]


async def _complaints(db: AsyncSession, start: datetime, end: datetime) -> list[ComplaintFact]:
    answering = func.coalesce(Complaint.assigned_department_id, Complaint.department_id)
    rows = await db.execute(
        select(
            Department.slug, Complaint.received_at, Complaint.first_answered_at, Complaint.status
        )
        .join(Department, Department.id == answering)
        .where(Complaint.received_at >= start, Complaint.received_at < end)
    )
    return [
        ComplaintFact(slug, received, answered, status == ComplaintStatus.REJECTED.value)
        for slug, received, answered, status in rows
    ]


@dataclass(frozen=True, slots=True)
class Said:
    """Each department's figures, and when time alone changes them (a complaint turning
    overdue), if it does."""

    figures: dict[str, ParticipationFigures]
    settled_until: datetime | None


async def participation_report(db: AsyncSession, start: datetime, end: datetime) -> Said:
    """The figures of every department enterprises rated or complained of, by slug."""
    moment, complaints = now(), await _complaints(db, start, end)
    return Said(
        participation_figures(await _ratings(db, start, end), complaints, moment, COUNTY),
        settled_until(complaints, moment, COUNTY),
    )
