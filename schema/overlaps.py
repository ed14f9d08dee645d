"""Where departments still collide: overlaps, free slots, and the coordination report."""

from __future__ import annotations

import base64
from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.types import Info

from schema.cache import holds_until, reads_window
from schema.calendar import CalendarFilter, Session
from schema.context import Context
from schema.enums import EventKind
from schema.pagination import (
    DEFAULT_PAGE,
    After,
    First,
    From,
    PageInfo,
    To,
    check_first,
    forged_cursor,
)
from schema.postings.inputs import AudienceInput
from schema.postings.types import Audience
from services import overlaps
from services.calendar.window import window
from services.cohosting import report
from services.core.errors import Language
from services.core.validation import DEFAULT_TIMEZONE
from services.core.versions import COMPLAINTS
from services.overlaps import queries
from services.participation.figures import MIN_RATINGS
from services.vocabularies.checks import checked_filter


@strawberry.enum(
    description="CONFLICT: same audience at intersecting times. REDUNDANT: same kind and subject for the same audience, close in time."
)
class OverlapType(Enum):
    CONFLICT = strawberry.enum_value(
        "CONFLICT", description="Their times intersect, for a shared audience."
    )
    REDUNDANT = strawberry.enum_value(
        "REDUNDANT",
        description="Same kind, a shared topic or similar titles, for a shared audience, close in time.",
    )


@strawberry.type(description="Different sessions an enterprise would feel as waste.")
class Overlap:
    id: strawberry.ID = strawberry.field(description="Opaque; the same pair gives the same id.")
    type: OverlapType = strawberry.field(description="Conflict or redundancy.")
    score: float = strawberry.field(
        description="0 to 1: how much of the time, or how close the subject and date."
    )
    reason: str = strawberry.field(
        description="A sentence a department head understands, in the caller's language."
    )
    sessions: list[Session] = strawberry.field(description="The sessions that overlap.")
    audience: Audience = strawberry.field(
        description="The audience the sessions share (an empty list means everyone)."
    )

    @classmethod
    def of(cls, view: queries.OverlapView, language: Language) -> Overlap:
        found = view.overlap
        return cls(
            id=_overlap_id(found),
            type=OverlapType(found.type.value),
            score=round(found.score, 3),
            reason=found.reason.text(language),
            sessions=[Session.of(session) for session in view.sessions],
            audience=Audience(sectors=list(found.sectors), regions=list(found.regions)),
        )


@strawberry.type(description="An overlap and where it stands in the list.")
class OverlapEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the overlaps after this one.")
    node: Overlap = strawberry.field(description="The overlap.")


@strawberry.type(description="A page of overlaps, worst first.")
class OverlapConnection:
    edges: list[OverlapEdge] = strawberry.field(description="The overlaps of this page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")
    total_count: int = strawberry.field(description="Overlaps in all pages.")

    @strawberry.field(description="The overlaps of `edges`, without cursors.")
    def nodes(self) -> list[Overlap]:
        return [edge.node for edge in self.edges]


@strawberry.type(description="A free time for a new session.")
class Slot:
    start: datetime = strawberry.field(description="Start, in the question's time zone.")
    end: datetime = strawberry.field(description="End, in the question's time zone.")
    redundancy: int = strawberry.field(
        description="Sessions on the same subject for the same audience within 14 days."
    )
    score: float = strawberry.field(
        description="1 for no redundancy, lower with each redundant session."
    )


@strawberry.input(description="The hours of a working day slots fall within.")
class WorkingHoursInput:
    start: str = strawberry.field(default="09:00", description="Local time, HH:MM.")
    end: str = strawberry.field(default="17:30", description="Local time, HH:MM.")


@strawberry.input(description="A session being planned: who for, about what, how long, when.")
class SuggestSlotsInput:
    audience: AudienceInput | None = strawberry.field(
        default=None, description="Who it is for, as a posting's audience; left out, everyone."
    )
    topics: list[str] = strawberry.field(
        default_factory=list, description="Its topics, as a posting's; a new one is fine."
    )
    kind: EventKind | None = strawberry.field(
        default=None, description="Its kind; left out, redundancy is judged against any kind."
    )
    duration_minutes: int = strawberry.field(default=120, description="How long it lasts.")
    from_: datetime = strawberry.field(name="from", description="The earliest start wanted.")
    to: datetime = strawberry.field(description="The latest end wanted.")
    working_hours: WorkingHoursInput | None = strawberry.field(
        default=None, description="The working day; left out, 09:00 to 17:30."
    )
    timezone: str = strawberry.field(
        default=DEFAULT_TIMEZONE, description="The IANA zone of the working hours and the answer."
    )
    count: int = strawberry.field(default=5, description="At most 50.")


@strawberry.type(description="One department's figures, or a pair's, over the window.")
class ReportRow:
    departments: list[str] = strawberry.field(description="One department's slug, or a pair's.")
    names: list[str] = strawberry.field(
        description="The departments' names, in the order of `departments`."
    )
    sessions: int = strawberry.field(description="Sessions it hosts (a pair: both host).")
    cohosted: int = strawberry.field(description="Of those, sessions with other hosts too.")
    merges: int = strawberry.field(
        description="Sessions whose postings came from several departments."
    )
    conflicts: int = strawberry.field(description="Conflicts its sessions are in.")
    redundancies: int = strawberry.field(description="Redundancies its sessions are in.")
    enterprise_hours: float = strawberry.field(
        description="Estimated enterprise hours lost to its overlaps: the shorter session's hours × shared sectors × shared regions (an open list counts 8 sectors, 3 regions)."
    )
    invitations_sent: int = strawberry.field(
        description="Invitations to co-host it sent (for a pair: between the two)."
    )
    invitations_accepted: int = strawberry.field(description="Of those, the ones accepted.")
    joins: int = strawberry.field(
        description="Sessions it joined as a co-host, by `joinSession` or an accepted invitation (for a pair: one joining the other's)."
    )
    enterprise_hours_saved_by_joins: float = strawberry.field(
        description="What the twins those joins replaced would have cost: each joined session's hours × its audience's reach, counted as `enterpriseHours` is, for joins that still stand."
    )
    sessions_rated: int | None = strawberry.field(
        description="Sessions it hosts, starting in the window, that enterprises rated; null for a pair."
    )
    average_rating: float | None = strawberry.field(
        description=f"The average of those ratings, 1 to 5; null below {MIN_RATINGS} ratings (so none can be traced) and for a pair."
    )
    complaints_received: int | None = strawberry.field(
        description="Complaints that came in during the window for it to answer (assigned to it, or naming it while unassigned); null for a pair."
    )
    complaints_answered: int | None = strawberry.field(
        description="Of those, the ones it answered; null for a pair."
    )
    complaints_overdue: int | None = strawberry.field(
        description="Of those, the ones without an answer within 15 working days (Monday to Friday; no holiday calendar) of coming in: answered late, or still unanswered past that. Rejected ones never are. Null for a pair."
    )
    median_days_to_answer: float | None = strawberry.field(
        description="The median of the days (calendar days, to one decimal) from a complaint coming in to its first answer; null without answers and for a pair."
    )


@strawberry.type(
    description="Coordination per department and per department pair; enterprise hours should fall month by month."
)
class CoordinationReport:
    departments: list[ReportRow] = strawberry.field(description="Per department.")
    pairs: list[ReportRow] = strawberry.field(description="Per pair of departments.")


def _overlap_id(found: overlaps.Overlap) -> strawberry.ID:
    text = f"Overlap:{found.type.value}:{','.join(map(str, found.keys))}"
    return strawberry.ID(base64.urlsafe_b64encode(text.encode()).decode().rstrip("="))


def _cursor(index: int) -> str:
    return base64.urlsafe_b64encode(f"overlap:{index}".encode()).decode()


def _offset(after: str | None) -> int:
    if after is None:
        return 0
    try:
        position = int(base64.urlsafe_b64decode(after.encode()).decode().removeprefix("overlap:"))
    except ValueError as error:
        raise forged_cursor() from error
    if position < 0:
        raise forged_cursor()
    return position + 1


def _report_row(row: report.CoordinationRow) -> ReportRow:
    figures, saved, said = row.overlaps, row.cohosting, row.participation
    return ReportRow(
        departments=[department.slug for department in row.departments],
        names=[department.name for department in row.departments],
        sessions=figures.sessions,
        cohosted=figures.cohosted,
        merges=figures.merges,
        conflicts=figures.conflicts,
        redundancies=figures.redundancies,
        enterprise_hours=round(figures.enterprise_hours, 2),
        invitations_sent=saved.invitations_sent,
        invitations_accepted=saved.invitations_accepted,
        joins=saved.joins,
        enterprise_hours_saved_by_joins=saved.hours_saved,
        sessions_rated=said.sessions_rated if said else None,
        average_rating=said.average_rating if said else None,
        complaints_received=said.complaints_received if said else None,
        complaints_answered=said.complaints_answered if said else None,
        complaints_overdue=said.complaints_overdue if said else None,
        median_days_to_answer=said.median_days_to_answer if said else None,
    )


@strawberry.type(description="Where departments still collide.")
class OverlapQueries:
    @strawberry.field(
        description="Overlaps involving sessions in [from, to). `windowDays` is the redundancy window in days (default 14)."
    )
    async def overlaps(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
        filter: Annotated[
            CalendarFilter | None, strawberry.argument(description="Narrows the sessions.")
        ] = None,
        types: Annotated[
            list[OverlapType] | None, strawberry.argument(description="Both when left out.")
        ] = None,
        window_days: Annotated[
            int, strawberry.argument(description="Redundancy window, 1 to 90 days.")
        ] = 14,
        first: First = DEFAULT_PAGE,
        after: After = None,
    ) -> OverlapConnection:
        start, end = window(from_, to)
        wanted = {overlaps.OverlapType(kind.value) for kind in types or list(OverlapType)}
        offset, limit = _offset(after), check_first(first)
        around = queries.margin(queries.redundancy_window(window_days))
        reads_window(info, start - around, end + around)
        async with info.context.database.reading() as db:
            page = await queries.overlap_page(
                db,
                start,
                end,
                await checked_filter(db, (filter or CalendarFilter()).to_service(), ("filter",)),
                types=wanted,
                window=queries.redundancy_window(window_days),
                offset=offset,
                limit=limit,
            )
        edges = [
            OverlapEdge(
                cursor=_cursor(offset + index), node=Overlap.of(view, info.context.language)
            )
            for index, view in enumerate(page.overlaps)
        ]
        return OverlapConnection(
            edges=edges,
            page_info=PageInfo(
                has_next_page=offset + limit < page.total,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total,
        )

    @strawberry.field(
        description="The best free slots for an audience: no conflict, least redundancy, earliest first."
    )
    async def suggest_slots(
        self,
        info: Info[Context, None],
        input: Annotated[
            SuggestSlotsInput, strawberry.argument(description="Who, what and when to plan for.")
        ],
    ) -> list[Slot]:
        hours = input.working_hours or WorkingHoursInput()
        audience = input.audience or AudienceInput()
        question = queries.slot_question(
            kind=input.kind.value if input.kind else None,
            topics=input.topics,
            sectors=audience.sectors,
            regions=audience.regions,
            duration_minutes=input.duration_minutes,
            window=window(input.from_, input.to),
            working_hours=(hours.start, hours.end),
            timezone=input.timezone,
            count=input.count,
        )
        around = queries.margin(overlaps.DEFAULT_WINDOW)
        reads_window(info, question.start - around, question.end + around)
        async with info.context.database.reading() as db:
            found = await queries.suggest_slots(db, await queries.checked_question(db, question))
        return [
            Slot(
                start=slot.start.astimezone(question.zone),
                end=slot.end.astimezone(question.zone),
                redundancy=slot.redundancy,
                score=round(slot.score, 3),
            )
            for slot in found
        ]

    @strawberry.field(
        description="Sessions, co-hosting, merges, conflicts, redundancies and their cost, invitations and joins and what they saved, per department and pair; per department, enterprises' ratings and how it answered their complaints (as /reports/coordination.csv and .xlsx)."
    )
    async def coordination_report(
        self,
        info: Info[Context, None],
        from_: From,
        to: To,
    ) -> CoordinationReport:
        start, end = window(from_, to)
        around = queries.margin(overlaps.DEFAULT_WINDOW)
        reads_window(info, start - around, end + around, also=(COMPLAINTS,))
        async with info.context.database.reading() as db:
            found = await report.coordination_report(db, start, end)
        holds_until(info, found.settled_until)
        shown = [_report_row(row) for row in found.rows]
        return CoordinationReport(
            departments=[row for row in shown if len(row.departments) == 1],
            pairs=[row for row in shown if len(row.departments) > 1],
        )
