"""The coordination report with what co-hosting did: invitations sent and accepted, joins, and
the enterprise hours the joins saved, beside the overlaps' figures, per department and pair;
and, per department, what enterprises said (``services.participation.report``).

A join saves what the twin it replaces would have cost enterprises: the session's hours
times its audience's reach, counted as the overlaps' report counts them
(``services.overlaps.report``), for every join that still stands (the department's
posting is still confirmed in that session). Invitations count by the department that
sent them, and for the pair they name; joins for the joining department, and for its pair
with each host it joined. Everything counts sessions starting in the window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.calendar.sessions import CONFIRMED
from services.cohosting.invitations import InvitationStatus
from services.cohosting.record import CohostingDecisionKind
from services.core.models import CohostingDecision, Department, Event, Invitation, Session
from services.overlaps import queries
from services.overlaps.report import Departments, ReportRow, reach
from services.participation.report import participation_report
from services.participation.tally import ParticipationFigures
from services.postings.departments import list_departments
from services.postings.views import DepartmentView


@dataclass(frozen=True, slots=True)
class InvitationFact:
    sender: str
    invited: str
    accepted: bool


@dataclass(frozen=True, slots=True)
class JoinFact:
    department: str
    joined: tuple[str, ...]  # the hosts it joined
    hours_saved: float  # 0 for a join that no longer stands


@dataclass(frozen=True, slots=True)
class CohostingFigures:
    invitations_sent: int = 0
    invitations_accepted: int = 0
    joins: int = 0
    hours_saved: float = 0.0


@dataclass(frozen=True, slots=True)
class CoordinationRow:
    """One department (or pair), its names, the overlaps' figures and co-hosting's, and for a
    department what enterprises said (None for a pair)."""

    departments: tuple[DepartmentView, ...]
    overlaps: ReportRow
    cohosting: CohostingFigures = field(default_factory=CohostingFigures)
    participation: ParticipationFigures | None = None


def _pair(left: str, right: str) -> Departments:
    return (min(left, right), max(left, right))


def cohosting_figures(
    invitations: Iterable[InvitationFact], joins: Iterable[JoinFact]
) -> dict[Departments, CohostingFigures]:
    figures: defaultdict[Departments, CohostingFigures] = defaultdict(CohostingFigures)

    def add(row: Departments, **more: float) -> None:
        now = figures[row]
        figures[row] = replace(
            now, **{name: getattr(now, name) + value for name, value in more.items()}
        )

    for invitation in invitations:
        accepted = int(invitation.accepted)
        for row in ((invitation.sender,), _pair(invitation.sender, invitation.invited)):
            add(row, invitations_sent=1, invitations_accepted=accepted)
    for join in joins:
        add((join.department,), joins=1, hours_saved=join.hours_saved)
        for host in join.joined:
            add(_pair(join.department, host), joins=1, hours_saved=join.hours_saved)
    return {
        row: replace(value, hours_saved=round(value.hours_saved, 2))
        for row, value in figures.items()
    }


def combine(
    rows: Sequence[ReportRow],
    figures: Mapping[Departments, CohostingFigures],
    names: Mapping[str, DepartmentView],
    said: Mapping[str, ParticipationFigures] | None = None,
) -> list[CoordinationRow]:
    """Every department or pair any part counts, departments first, each by slug."""
    said = said or {}
    by_row = {row.departments: row for row in rows}
    keys = sorted(
        set(by_row) | set(figures) | {(slug,) for slug in said}, key=lambda key: (len(key), key)
    )

    def quiet(key: Departments) -> ReportRow:
        """A row the overlaps did not count: nothing in common, so a pair's sessions are both
        departments' sessions."""
        hosted = sum(by_row[(slug,)].sessions for slug in key if (slug,) in by_row)
        return ReportRow(key, hosted if len(key) > 1 else 0, 0, 0, 0, 0, 0.0)

    return [
        CoordinationRow(
            departments=tuple(names.get(slug) or DepartmentView(0, slug, slug) for slug in key),
            overlaps=by_row.get(key) or quiet(key),
            cohosting=figures.get(key, CohostingFigures()),
            participation=said.get(key[0], ParticipationFigures()) if len(key) == 1 else None,
        )
        for key in keys
    ]


async def _invitations(db: AsyncSession, start: datetime, end: datetime) -> list[InvitationFact]:
    sender, invited = aliased(Department), aliased(Department)
    rows = await db.execute(
        select(sender.slug, invited.slug, Invitation.status)
        .join(Session, Session.id == Invitation.session_id)
        .join(sender, sender.id == Invitation.from_department_id)
        .join(invited, invited.id == Invitation.to_department_id)
        .where(Session.start >= start, Session.start < end)
    )
    return [
        InvitationFact(left, right, status == InvitationStatus.ACCEPTED.value)
        for left, right, status in rows
    ]


async def _joins(db: AsyncSession, start: datetime, end: datetime) -> list[JoinFact]:
    joined, now_in = aliased(Session), aliased(Session)
    rows = await db.execute(
        select(CohostingDecision, Department.slug, Event.status, joined.merged_into_id, now_in)
        .join(Department, Department.id == CohostingDecision.department_id)
        .join(Event, Event.id == CohostingDecision.event_id)
        .join(joined, joined.id == CohostingDecision.session_id)
        .join(now_in, now_in.id == Event.session_id)
        .where(
            CohostingDecision.kind == CohostingDecisionKind.JOINED.value,
            CohostingDecision.start >= start,
            CohostingDecision.start < end,
        )
    )
    facts = []
    for decision, slug, status, survivor, session in rows:
        stands = status == CONFIRMED and session.id in (decision.session_id, survivor)
        hours = (session.end - session.start).total_seconds() / 3600
        saved = hours * reach(session.sectors, session.regions) if stands else 0.0
        facts.append(JoinFact(slug, tuple(decision.others), saved))
    return facts


@dataclass(frozen=True, slots=True)
class CoordinationReport:
    rows: list[CoordinationRow]
    settled_until: datetime | None  # when a complaint turns overdue with no write, if one does


async def coordination_report(
    db: AsyncSession, start: datetime, end: datetime
) -> CoordinationReport:
    """The report every door shows alike: GraphQL, the CSV and the spreadsheet."""
    rows = await queries.coordination_report(db, start, end)
    figures = cohosting_figures(await _invitations(db, start, end), await _joins(db, start, end))
    names = {view.slug: view for view in await list_departments(db)}
    said = await participation_report(db, start, end)
    return CoordinationReport(combine(rows, figures, names, said.figures), said.settled_until)
