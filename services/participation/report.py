"""The coordination report with what enterprises said: each department's ratings and how it
answered complaints, beside the overlaps' figures.

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
from services.overlaps import ReportRow
from services.overlaps import queries as overlaps
from services.participation.complaints import COUNTY
from services.participation.kinds import ComplaintStatus
from services.participation.tally import (
    ComplaintFact,
    ParticipationFigures,
    Rating,
    participation_figures,
)


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One department (or pair) of the report: the overlaps' figures and, for a department,
    what enterprises said."""

    overlaps: ReportRow
    participation: ParticipationFigures | None  # None for a pair


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


async def coordination_report(db: AsyncSession, start: datetime, end: datetime) -> list[ReportLine]:
    """Every department (those with only ratings or complaints too), then every pair."""
    rows = await overlaps.coordination_report(db, start, end)
    figures = participation_figures(
        await _ratings(db, start, end), await _complaints(db, start, end), now(), COUNTY
    )
    by_row = {row.departments: row for row in rows}
    keys = set(by_row) | {(slug,) for slug in figures}
    return [
        ReportLine(
            by_row.get(key) or ReportRow(key, 0, 0, 0, 0, 0, 0.0),
            figures.get(key[0], ParticipationFigures()) if len(key) == 1 else None,
        )
        for key in sorted(keys, key=lambda key: (len(key), key))
    ]
